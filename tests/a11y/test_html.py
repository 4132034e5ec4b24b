"""The Nu HTML Checker finds no error in the HTML of any public page type or error page, as the server sends it."""

import html as html_module
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.a11y import pages


def _hidden_fields(html: str, form_action: str) -> dict[str, str]:
    form = re.search(r'<form[^>]*action="' + re.escape(form_action) + r'[^"]*"[^>]*>(.*?)</form>', html, re.S)
    assert form, form_action
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(1))
    return {name: html_module.unescape(value) for name, value in fields}


def _quiz_pages(client: Client, lesson) -> dict[str, str]:
    """The lesson after its quiz is sent unanswered, then with every answer right (scores, explanations, the
    certificate offer), and the certificate page the offer leads to."""
    from courses.quiz import questions_from_stream

    quiz_url = lesson.url + "quiz/"
    found = {}
    html = client.get(lesson.url).content.decode()
    response = client.post(quiz_url, _hidden_fields(html, quiz_url), follow=True)
    assert response.status_code < 500
    found["quiz sent unanswered"] = html = response.content.decode()

    data = _hidden_fields(html, quiz_url)
    for question in questions_from_stream(lesson.quiz):
        data[question.field_name] = [choice.id for choice in question.choices if choice.correct]
    response = client.post(quiz_url, data, follow=True)
    assert response.status_code == 200
    found["lesson after the quiz"] = html = response.content.decode()

    certificate_url = lesson.url + "certificate/"
    data = {**_hidden_fields(html, certificate_url), "holder_name": "李明", "under_14": "no"}
    response = client.post(certificate_url, data, follow=True)
    assert response.status_code == 200 and "completion-ready" in response.content.decode()
    found["completion certificate ready"] = response.content.decode()
    return found


@pytest.mark.system_deps
def test_public_pages_and_error_pages_are_valid_html(demo, vnu, settings):
    users = get_user_model().objects
    documents = {}
    clients: dict[str | None, Client] = {}
    for name, entry in pages.public_pages().items():
        if entry["user"] not in clients:
            clients[entry["user"]] = Client()
            if entry["user"]:
                clients[entry["user"]].force_login(users.get(username=entry["user"]))
        response = clients[entry["user"]].get(entry["path"])
        assert response.status_code == entry["status"], (name, response.status_code)
        documents[name] = response.content.decode()
    documents.update(_quiz_pages(clients[None], pages.lesson()))
    documents.update({name: entry["html"] for name, entry in pages.error_pages(settings).items()})

    # The checker itself works: checked in the same run, a broken document has its errors found.
    broken = "<!DOCTYPE html><html lang=en><title>t</title><p>open<div></p>"
    errors = vnu({**documents, "known errors": broken})
    assert errors.pop("known errors")
    assert set(documents) <= set(errors)
    report = [f"{name}:\n  " + "\n  ".join(found) for name, found in errors.items() if found]
    assert not report, "The Nu HTML Checker found errors:\n" + "\n".join(report)
