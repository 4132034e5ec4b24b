"""axe-core in headless Chromium: every public page type and the main tracking screens have no serious or critical
accessibility violations (contrast, names, labels, landmarks, headings ...)."""

import pytest

from tests.a11y import pages
from tests.e2e.phone import PHONE
from tests.e2e.quiz import tick_right_answers
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

    tick_right_answers(page, questions_from_stream(lesson.quiz))
    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()


def _axe_finds_a_known_violation(browser, axe) -> None:
    """The checker itself works: an unnamed button and a picture without alt text are found (and not counted)."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_content(
        '<!DOCTYPE html><html lang="zh-hans"><title>t</title><main><button></button><img src="data:,"></main></html>'
    )
    found = axe.check(page, "known violations")
    context.close()
    assert any("button-name" in problem for problem in found), found
    assert any("image-alt" in problem for problem in found), found
    axe.problems.clear()
    axe.checked.clear()


def _walk_public_pages(browser, base: str, axe) -> None:
    screens = pages.public_pages()
    lesson = pages.lesson()
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
        page.locator("#quiz button[type=submit]").click()
        page.locator("#quiz .field-error").first.wait_for()
        axe.check(page, "quiz sent unanswered")
        _answer_and_submit(page, lesson)
        axe.check(page, "lesson after the quiz")
        page.locator("#certificate input[name=holder_name]").fill("李明")
        page.locator('#certificate input[name="under_14"][value="no"]').check()
        page.locator("#certificate button[type=submit]").click()
        page.locator(".completion-ready").wait_for()
        axe.check(page, "completion certificate ready")
    finally:
        for context, _page in contexts.values():
            context.close()
    assert len(axe.checked) == len(screens) + 3


def _walk_tracking_screens(browser, base: str, axe) -> None:
    screens = pages.tracking_screens()
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


def _answer_with(entry: dict):
    def answer(route, _request):
        route.fulfill(status=entry["status"], body=entry["html"], content_type="text/html; charset=utf-8")

    return answer


def _walk_error_pages(browser, base: str, axe, settings) -> None:
    """Each error page as the server sends it (tests/a11y/pages.error_pages), shown by the browser at an address of
    the live site, so its style sheet and fonts load as they would."""
    errors = pages.error_pages(settings)
    context, page = _context(browser, base, None)
    try:
        for number, (name, entry) in enumerate(errors.items()):
            address = f"{base}/a11y-error-page/{number}/"
            page.route(address, _answer_with(entry))
            response = page.goto(address)
            assert response.status == entry["status"], name
            axe.check(page, name)
    finally:
        context.close()


@pytest.mark.browser
def test_public_pages_and_tracking_screens_have_no_serious_accessibility_violations(live_demo, browser, axe, settings):
    """One walk over all of them (one live server database to restore, one browser start); every violation found
    on any screen is listed together."""
    _axe_finds_a_known_violation(browser, axe)
    _walk_public_pages(browser, live_demo.url, axe)
    _walk_tracking_screens(browser, live_demo.url, axe)
    _walk_error_pages(browser, live_demo.url, axe, settings)  # last: it switches in views that fail on purpose
    axe.assert_clean()
    assert sum("(429," in name for name in axe.checked) == 8
