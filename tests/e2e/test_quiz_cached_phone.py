"""A student on a phone opens a lesson page served from the page cache and answers its quiz: the form fetches its
token when first used and the answers are scored. Without JavaScript, one more tap sends them."""

import pytest
from django.core.cache import cache
from django.utils.translation import gettext

from tests.courses.test_quiz import make_quiz_lesson
from tests.e2e.phone import PHONE, fits_the_phone
from tests.e2e.quiz import tick_right_answers


@pytest.mark.browser
def test_a_phone_answers_the_quiz_of_a_cached_lesson_page(live_demo, lesson_tree, artifacts_dir, browser):
    from courses.models import QuizAttempt
    from courses.quiz import questions_from_stream

    cache.clear()
    lesson = make_quiz_lesson(lesson_tree["topic"], "cached-phone-quiz")
    questions = questions_from_stream(lesson.quiz)
    address = live_demo.url + lesson.url
    scored = gettext("You scored %(score)s out of %(total)s.") % {"score": 2, "total": 2}

    context = browser.new_context(viewport=PHONE, locale="zh-CN")
    page = context.new_page()
    assert page.goto(address).headers.get("x-page-cache") == "miss"
    assert page.goto(address).headers.get("x-page-cache") == "hit"
    # The cached page carries no token: the form has none until it is used.
    assert page.locator('#quiz input[name="token"]').input_value() == ""
    assert page.locator("#quiz form").get_attribute("method") == "get"
    fits_the_phone(page, artifacts_dir / "e2e-quiz-cached-page.png")

    tick_right_answers(page, questions)
    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()
    assert page.locator(".score").inner_text().strip() == scored
    fits_the_phone(page, artifacts_dir / "e2e-quiz-cached-page-scored.png")
    attempt = QuizAttempt.objects.get(lesson=lesson)
    assert (attempt.score, attempt.total, attempt.counted) == (2, 2, True)

    # The next visitor still gets the cached page.
    assert page.goto(address).headers.get("x-page-cache") == "hit"
    context.close()

    # A phone with JavaScript off: the answers come back kept, and one more tap scores them.
    context = browser.new_context(viewport=PHONE, locale="zh-CN", java_script_enabled=False)
    page = context.new_page()
    assert page.goto(address).headers.get("x-page-cache") == "hit"
    tick_right_answers(page, questions)
    page.locator("#quiz button[type=submit]").click()
    page.locator(".errors").wait_for()
    assert page.locator(".errors").inner_text().strip() == gettext(
        "Your answers are kept below but have not been checked yet: send them to be scored."
    )
    fits_the_phone(page, artifacts_dir / "e2e-quiz-cached-page-no-javascript.png")
    for question in questions:
        for choice in question.choices:
            box = page.locator(f'input[name="{question.field_name}"][value="{choice.id}"]')
            assert box.is_checked() == choice.correct
    assert QuizAttempt.objects.filter(lesson=lesson).count() == 1
    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()
    assert page.locator(".score").inner_text().strip() == scored
    assert QuizAttempt.objects.filter(lesson=lesson).count() == 2
    context.close()
    cache.clear()
