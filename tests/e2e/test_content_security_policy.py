"""Public pages and Wagtail's admin work in Chromium under their Content-Security-Policy: every violation the
browser reports (the `securitypolicyviolation` event, in every frame, and its console message) fails the test,
except the admin's report-only ones, which are what Wagtail still runs inline."""

import pytest

from tests.e2e.quiz import tick_right_answers
from tests.e2e.signin import admin_login

# Runs in every frame before any script of the page; CSP does not apply to it.
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({
    disposition: event.disposition,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile + ':' + event.lineNumber,
  });
});
"""


class ViolationWatch:
    def __init__(self, context):
        self.console = []
        context.add_init_script(WATCH_VIOLATIONS)
        self.context = context

    def attach(self, page):
        page.on(
            "console",
            lambda message: (
                self.console.append(f"{page.url}: {message.text}")
                if "Content Security Policy" in message.text and "report-only" not in message.text
                else None
            ),
        )
        return page

    def violations(self, page, *, enforced_only: bool = False) -> list[dict]:
        found = []
        for frame in page.frames:
            if frame.url.startswith("chrome-error:"):  # a frame the policy refused to load
                found.append({"frame": frame.url, "directive": "frame blocked"})
                continue
            try:
                events = frame.evaluate("window.__cspViolations || []")
            except Exception:  # a cross-origin frame (a video player) keeps its own
                continue
            found += [{"frame": frame.url, **event} for event in events]
        if enforced_only:
            found = [event for event in found if event.get("disposition") != "report"]
        return found

    def assert_clean(self, page, *, enforced_only: bool = False):
        page.wait_for_load_state("networkidle")
        assert self.violations(page, enforced_only=enforced_only) == [], page.url
        assert self.console == [], page.url


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    watch = ViolationWatch(context)
    page = watch.attach(context.new_page())
    yield page, watch
    context.close()


def _goto(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url
    return response


@pytest.mark.browser
def test_public_pages_run_under_their_policy(live_demo, watched):
    from courses.models import LessonPage, TopicPage
    from courses.quiz import questions_from_stream
    from drills.models import DrillLibraryPage, ScenarioPage

    lesson = LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")
    questions = questions_from_stream(lesson.quiz)
    topic = TopicPage.objects.live().filter(locale__language_code="zh-hans").first()
    library = DrillLibraryPage.objects.live().filter(locale__language_code="zh-hans").first()
    scenario = ScenarioPage.objects.live().filter(locale__language_code="zh-hans").first()
    page, watch = watched
    base = live_demo.url

    for url in ["/zh-hans/", "/en/", topic.url, "/zh-hans/search/?q=溺水", "/en/search/?q=drowning", library.url]:
        _goto(page, base + url)
        watch.assert_clean(page)

    # A lesson, and its quiz sent and scored (the form posts to the site itself).
    _goto(page, base + lesson.url)
    watch.assert_clean(page)
    tick_right_answers(page, questions)
    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()
    watch.assert_clean(page)

    # A drill scenario, behind the site's sign-in.
    admin_login(page, base, "vp")
    _goto(page, base + scenario.url)
    assert page.locator("h1").inner_text() == scenario.title
    watch.assert_clean(page)

    # The error pages run under the same policy.
    assert page.goto(base + "/en/no-such-page/").status == 404
    watch.assert_clean(page)


@pytest.mark.browser
def test_an_embedded_video_plays_under_the_policy(live_demo, watched):
    from courses.factories import LessonPageFactory
    from courses.models import TopicPage

    topic = TopicPage.objects.live().filter(locale__language_code="zh-hans").first()
    lesson = LessonPageFactory(
        parent=topic,
        slug="video-under-csp",
        body=[("video", {"video": "https://video.example.test/drowning", "caption": "防溺水视频"})],
    )
    page, watch = watched
    # The video site, served by the browser itself: the test machine has no network.
    page.route(
        "https://video.example.test/**",
        lambda route: route.fulfill(
            content_type="text/html",
            body='<!DOCTYPE html><title>player</title><video id="player" controls></video><p id="ready">player</p>',
        ),
    )
    _goto(page, live_demo.url + lesson.url)
    frame = page.frame(url="https://video.example.test/drowning")
    assert frame is not None
    frame.locator("#ready").wait_for()
    assert frame.locator("video#player").count() == 1
    watch.assert_clean(page)


@pytest.mark.browser
def test_the_page_editor_works_under_the_admin_policy(live_demo, browser):
    from courses.models import LessonPage

    lesson = LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    watch = ViolationWatch(context)
    page = watch.attach(context.new_page())
    try:
        admin_login(page, live_demo.url, "editor")
        watch.assert_clean(page, enforced_only=True)

        response = page.goto(f"{live_demo.url}/admin/pages/{lesson.pk}/edit/")
        assert response.status == 200
        assert "content-security-policy-report-only" in response.headers
        watch.assert_clean(page, enforced_only=True)
        # The report-only policy does report Wagtail's inline scripts: it is in force, and only reports.
        assert any(v.get("disposition") == "report" for v in watch.violations(page))

        # The preview panel frames the page as visitors will see it.
        page.locator('[data-side-panel-toggle="preview"]').click()
        preview = page.frame_locator("iframe[src*='/preview/']")
        preview.locator("h1").wait_for()
        assert preview.locator("h1").inner_text() == lesson.title
        watch.assert_clean(page, enforced_only=True)

        # The editor's scripts work: a changed title is saved as a draft.
        page.fill("#id_title", lesson.title + "（修订）")
        page.locator("button.action-save").first.click()
        page.wait_for_load_state("networkidle")
        lesson.refresh_from_db()
        assert lesson.get_latest_revision_as_object().title == lesson.title + "（修订）"
        watch.assert_clean(page, enforced_only=True)

        for url in ["/admin/pages/", "/admin/images/", f"/admin/pages/{lesson.pk}/history/"]:
            assert page.goto(live_demo.url + url).status == 200
            watch.assert_clean(page, enforced_only=True)
    finally:
        context.close()
