"""The Nu HTML Checker finds no error in the HTML of any public page type, as the server sends it."""

import re

from django.contrib.auth import get_user_model
from django.test import Client

from tests.a11y import pages


def _hidden_fields(html: str, form_action: str) -> dict[str, str]:
    form = re.search(r'<form[^>]*action="' + re.escape(form_action) + r'[^"]*"[^>]*>(.*?)</form>', html, re.S)
    assert form, form_action
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(1)))


def _quiz_answered(client: Client, lesson) -> str:
    """The lesson after its quiz is sent with every answer right: scores, explanations, the certificate offer."""
    from courses.quiz import questions_from_stream

    html = client.get(lesson.url).content.decode()
    data = _hidden_fields(html, lesson.url + "quiz/")
    for question in questions_from_stream(lesson.quiz):
        data[question.field_name] = [choice.id for choice in question.choices if choice.correct]
    response = client.post(lesson.url + "quiz/", data, follow=True)
    assert response.status_code < 500
    return response.content.decode()


def test_public_pages_are_valid_html(demo, vnu):
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
    documents["lesson after the quiz"] = _quiz_answered(clients[None], pages.lesson())

    errors = vnu(documents)
    assert set(documents) <= set(errors)
    report = [f"{name}:\n  " + "\n  ".join(found) for name, found in errors.items() if found]
    assert not report, "The Nu HTML Checker found errors:\n" + "\n".join(report)
