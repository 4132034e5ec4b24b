"""A visitor in headless Chromium: home page, English and back, a lesson, its quiz, the score."""

import pytest


@pytest.mark.browser
def test_visitor_switches_language_and_takes_a_quiz(live_demo, artifacts_dir, browser_page):
    from courses.models import LessonPage
    from courses.quiz import questions_from_stream

    lesson = LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")
    questions = questions_from_stream(lesson.quiz)
    page = browser_page

    page.goto(live_demo.url + "/")
    assert page.url.endswith("/zh-hans/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    page.screenshot(path=artifacts_dir / "e2e-home-zh.png", full_page=True)

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert page.locator("h1").inner_text() == "SafeCampus · Safety education"
    page.get_by_role("link", name="简体中文").click()
    page.wait_for_url("**/zh-hans/")

    page.get_by_role("link", name="防溺水").first.click()
    page.get_by_role("link", name=lesson.title).click()
    page.wait_for_url(f"**{lesson.url}")
    assert page.locator("h1").inner_text() == lesson.title

    # Answer the first question wrongly and the rest correctly.
    for question in questions:
        for choice in question.choices:
            wanted = (not choice.correct) if question.number == 1 else choice.correct
            if wanted:
                page.locator(f'input[name="{question.field_name}"][value="{choice.id}"]').check()
                if question.number == 1:
                    break
    page.get_by_role("button", name="检查答案").click()
    score = page.locator(".score")
    score.wait_for()
    assert f"{len(questions) - 1}" in score.inner_text() and f"{len(questions)}" in score.inner_text()
    assert page.locator("fieldset.wrong").count() == 1
    assert page.locator("fieldset.right").count() == len(questions) - 1
    # Every explanation is shown once scored.
    for question in questions:
        assert question.explanation in page.locator(f"#question-{question.number}").inner_text()
    page.screenshot(path=artifacts_dir / "e2e-quiz-result.png", full_page=True)
