"""A visitor whose quiz form is refused keeps every answer: one more click is scored."""

import time
from unittest import mock

import pytest
from django.core.cache import cache

from tests.courses.test_quiz import make_quiz_lesson


@pytest.mark.browser
def test_a_tab_left_open_overnight_keeps_its_answers(live_demo, lesson_tree, artifacts_dir, browser_page, settings):
    from courses.models import QuizAttempt
    from courses.quiz import questions_from_stream
    from courses.tokens import QUIZ_TOKEN_MAX_AGE, quiz_token_issue

    cache.clear()
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 2
    lesson = make_quiz_lesson(lesson_tree["topic"], "overnight-quiz-test")
    questions = questions_from_stream(lesson.quiz)
    with mock.patch("django.core.signing.time.time", return_value=time.time() - QUIZ_TOKEN_MAX_AGE - 60):
        stale_token = quiz_token_issue(lesson=lesson)
    page = browser_page

    page.goto(live_demo.url + lesson.url)
    chosen = [questions[0].choices[0], questions[1].choices[0], questions[1].choices[1]]
    for question in questions:
        for choice in question.choices:
            if choice in chosen:
                page.locator(f'input[name="{question.field_name}"][value="{choice.id}"]').check()
    # The page was loaded yesterday evening: its token has expired by the time the student sends it.
    page.locator('input[name="token"]').evaluate("(input, token) => { input.value = token; }", stale_token)
    page.locator("#quiz button[type=submit]").click()
    page.locator(".errors").wait_for()
    page.screenshot(path=artifacts_dir / "e2e-quiz-expired-form.png", full_page=True)
    for question in questions:
        for choice in question.choices:
            box = page.locator(f'input[name="{question.field_name}"][value="{choice.id}"]')
            assert box.is_checked() == (choice in chosen)
    assert not QuizAttempt.objects.filter(lesson=lesson).exists()

    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()
    assert "2" in page.locator(".score").inner_text()
    assert QuizAttempt.objects.filter(lesson=lesson).count() == 1

    # A third submission is over the hourly limit: the page says why, and still keeps the answers.
    page.locator("#quiz button[type=submit]").click()
    page.locator(".errors").wait_for()
    page.screenshot(path=artifacts_dir / "e2e-quiz-rate-limited.png", full_page=True)
    assert page.locator(f'input[name="{questions[1].field_name}"]:checked').count() == 2
    assert QuizAttempt.objects.filter(lesson=lesson).count() == 1
    cache.clear()
