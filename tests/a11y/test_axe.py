"""axe-core in headless Chromium: every public page type and the main tracking screens have no serious or critical
accessibility violations (contrast, names, labels, landmarks, headings ...)."""

import pytest

from tests.a11y import pages
from tests.e2e.phone import PHONE
from tests.e2e.signin import admin_login


def _context(browser, base: str, user: str | None):
    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    if user:
        admin_login(page, base, user)
    return context, page


def _answer_and_submit(page, lesson) -> None:
    """Every question answered right, then sent, as a student would."""
    from courses.quiz import questions_from_stream

    for question in questions_from_stream(lesson.quiz):
        for choice in question.choices:
            if choice.correct:
                page.locator(f'input[name="{question.field_name}"][value="{choice.id}"]').check()
    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()


@pytest.mark.browser
def test_public_pages_have_no_serious_accessibility_violations(live_demo, browser, axe):
    screens = pages.public_pages()
    lesson = pages.lesson()
    base = live_demo.url
    contexts = {}
    try:
        for name, entry in screens.items():
            if entry["user"] not in contexts:
                contexts[entry["user"]] = _context(browser, base, entry["user"])
            page = contexts[entry["user"]][1]
            response = page.goto(base + entry["path"])
            assert response.status == entry["status"], (name, response.status, page.url)
            axe.check(page, name)

        page = contexts[None][1]
        page.goto(base + lesson.url)
        _answer_and_submit(page, lesson)
        axe.check(page, "lesson after the quiz")
        if page.locator("#certificate form").count():
            page.locator("#certificate input[name=holder_name]").fill("李明")
            page.locator('#certificate input[name="under_14"][value="no"]').check()
            page.locator("#certificate button[type=submit]").click()
            page.locator(".completion-ready").wait_for()
            axe.check(page, "completion certificate ready")
    finally:
        for context, _page in contexts.values():
            context.close()
    axe.assert_clean()


@pytest.mark.browser
def test_tracking_screens_have_no_serious_accessibility_violations(live_demo, browser, axe):
    screens = pages.tracking_screens()
    base = live_demo.url
    by_user: dict[str, list] = {}
    for name, entry in screens.items():
        by_user.setdefault(entry["user"], []).append((name, entry["path"]))
    for user, visits in by_user.items():
        context, page = _context(browser, base, user)
        try:
            for name, path in visits:
                response = page.goto(base + path)
                assert response.status == 200, (name, response.status, page.url)
                axe.check(page, name)
        finally:
            context.close()
    axe.assert_clean()
