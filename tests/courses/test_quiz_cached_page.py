"""The quiz from a lesson page served by the page cache: the page holds no token, the form fetches a one-time quiz
token and the CSRF token when first used, and without JavaScript the answers come back kept in a form that has
them. Every rule of tests/courses/test_quiz.py holds as well."""

import re

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.utils.translation import gettext

from cms.page_cache import HEADER
from courses.models import QuizAttempt
from courses.quiz import questions_from_stream
from courses.tokens import QUIZ_COUNTED_COOKIE
from tests.courses.test_quiz import answers_in_form, make_quiz_lesson, right_answers, token_in_form

UNSENT = "Your answers are kept below but have not been checked yet: send them to be scored."


pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


@pytest.fixture
def lesson(lesson_tree):
    return make_quiz_lesson(lesson_tree["topic"], "cached-quiz-lesson")


def csrf_in_form(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)


def fetch_token(browser, lesson):
    response = browser.get(lesson.url + "quiz/token/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and HEADER not in response
    return response.json()


def test_a_cached_lesson_page_quiz_is_scored_with_csrf_enforced(lesson):
    browser = Client(enforce_csrf_checks=True)
    assert browser.get(lesson.url)[HEADER] == "miss"
    page = browser.get(lesson.url)
    assert page[HEADER] == "hit"
    html = page.content.decode()
    form = re.search(r"<form[^>]*data-quiz-token-url[^>]*>", html).group(0)
    assert 'method="get"' in form and f'action="{lesson.url}quiz/#quiz"' in form
    assert "courses/quiz.js" in html

    fetched = fetch_token(browser, lesson)
    assert django_settings.CSRF_COOKIE_NAME in browser.cookies
    answer = browser.post(
        lesson.url + "quiz/",
        {"token": fetched["token"], "csrfmiddlewaretoken": fetched["csrf"], **right_answers(lesson)},
    )
    assert answer.status_code == 200
    assert (answer.context["quiz_result"].score, answer.context["quiz_result"].total) == (2, 2)
    assert "no-store" in answer["Cache-Control"] and HEADER not in answer
    attempt = QuizAttempt.objects.get(lesson=lesson)
    assert attempt.counted
    assert QUIZ_COUNTED_COOKIE in browser.cookies

    # The cookies a quiz leaves behind (CSRF, counting) do not keep the browser from the cached page.
    assert browser.get(lesson.url)[HEADER] == "hit"

    # The token is used once: the same form sent again is refused, with a fresh one to send it by.
    again = browser.post(
        lesson.url + "quiz/",
        {"token": fetched["token"], "csrfmiddlewaretoken": fetched["csrf"], **right_answers(lesson)},
    )
    assert again.status_code == 400
    assert token_in_form(again) != fetched["token"]
    assert QuizAttempt.objects.filter(lesson=lesson).count() == 1


def test_each_fetch_gives_a_new_token_and_is_never_cached(lesson):
    browser = Client()
    tokens = {fetch_token(browser, lesson)["token"] for _ in range(3)}
    assert len(tokens) == 3
    assert browser.post(lesson.url + "quiz/token/").status_code == 405


def test_an_answer_without_the_csrf_token_is_refused_and_stores_nothing(lesson):
    browser = Client(enforce_csrf_checks=True)
    fetched = fetch_token(browser, lesson)
    refused = browser.post(lesson.url + "quiz/", {"token": fetched["token"], **right_answers(lesson)})
    assert refused.status_code == 403
    assert not QuizAttempt.objects.filter(lesson=lesson).exists()


def test_without_javascript_the_answers_come_back_kept_and_one_more_click_scores_them(settings, lesson):
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 1
    browser = Client(enforce_csrf_checks=True)
    browser.get(lesson.url)
    questions = questions_from_stream(lesson.quiz)
    chosen = {**right_answers(lesson), questions[0].field_name: [questions[0].choices[1].id]}  # one wrong

    # The cached form has no token, so without JavaScript it sends the answers by GET.
    for _ in range(3):  # a GET is not an answer: it neither counts toward the hourly limit nor stores anything
        kept = browser.get(lesson.url + "quiz/", chosen)
    assert kept.status_code == 200
    assert HEADER not in kept and "no-store" in kept["Cache-Control"]
    assert [str(e) for e in kept.context["quiz_errors"]] == [gettext(UNSENT)]
    assert kept.context["quiz_result"] is None
    assert answers_in_form(kept) == chosen
    html = kept.content.decode()
    for ids in chosen.values():
        for choice_id in ids:
            assert f'value="{choice_id}" checked' in html
    assert re.search(rf'<form method="post" action="{re.escape(lesson.url)}quiz/#quiz"', html)
    assert not QuizAttempt.objects.filter(lesson=lesson).exists()
    assert QUIZ_COUNTED_COOKIE not in browser.cookies

    sent = browser.post(
        lesson.url + "quiz/",
        {"token": token_in_form(kept), "csrfmiddlewaretoken": csrf_in_form(kept), **answers_in_form(kept)},
    )
    assert sent.status_code == 200
    assert sent.context["quiz_result"].score == 1
    assert QuizAttempt.objects.get(lesson=lesson).counted


def test_the_quiz_address_without_answers_still_goes_back_to_the_lesson(client, lesson):
    response = client.get(lesson.url + "quiz/", {"unrelated": "1"})
    assert response.status_code == 302 and response["Location"] == lesson.url + "#quiz"


def test_a_private_lessons_token_is_not_handed_out(client, lesson):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lesson.url + "quiz/token/")
    assert response.status_code == 302 and "token" not in response.content.decode()
