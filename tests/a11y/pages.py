"""The screens the accessibility and markup checks visit, looked up in the demo site (tests/conftest.py)."""

import datetime

from django.utils import timezone

from cms.factories import image_block

PICTURE_ALT = "两名民警在校门口护送学生过马路"


def standard_page():
    """The demo has no standard page (about, contact): one with a described and a decorative picture."""
    from wagtail_factories import ImageFactory

    from cms.demo import home_pages
    from cms.models import StandardPage

    existing = StandardPage.objects.filter(slug="a11y-about").first()
    if existing is not None:
        return existing
    picture = ImageFactory(title="护学岗")
    page = StandardPage(
        slug="a11y-about",
        title="关于护校安园",
        summary="法治副校长、学校和家长共同守护校园安全。",
        body=[
            ("heading", "护学岗"),
            ("paragraph", "<p>每天上学、放学时段，民警和老师在校门口值守。</p>"),
            image_block(picture, alt_text=PICTURE_ALT, caption="校门口的护学岗", attribution="SafeCampus"),
            image_block(picture, decorative=True),
        ],
    )
    home_pages()["zh-hans"].add_child(instance=page)
    page.save_revision().publish()
    return page


def certificate(state: str = "valid"):
    """A certificate to verify, valid, revoked or expired (issued here, so the test never depends on the demo's)."""
    from certificates import services
    from tests.certificates.demo_certificates import dongcheng_session_certificate

    issued = dongcheng_session_certificate(
        key=f"a11y.{state}", expires_on=datetime.date(2025, 12, 31) if state == "expired" else None
    )
    if state == "revoked":
        return services.certificate_revoke(certificate=issued, user=issued.owner, reason="学校核实：该课时未实际举行。")
    return issued


def lesson():
    from courses.models import LessonPage

    return LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")


def public_pages() -> dict[str, dict]:
    """Name -> {"path", "user" (None: signed out), "status"}: one of every public page type, in both languages
    where the page type has translated content."""
    from wagtail.models import Locale

    from certificates.links import verify_path
    from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage

    the_lesson = lesson()
    topic = the_lesson.get_parent().specific
    scenario = ScenarioPage.objects.live().filter(locale__language_code="zh-hans").first()
    pages = {
        "home": {"path": "/zh-hans/"},
        "home (English)": {"path": "/en/"},
        "lesson library": {"path": topic.get_parent().url},
        "topic": {"path": topic.url},
        "topic filtered": {"path": topic.url + "?audience=parents"},
        "lesson with quiz": {"path": the_lesson.url},
        "lesson with quiz (English)": {"path": the_lesson.get_translation(Locale.objects.get(language_code="en")).url},
        "search results": {"path": "/zh-hans/search/?q=溺水"},
        "search results (English)": {"path": "/en/search/?q=swimming"},
        "search without results": {"path": "/zh-hans/search/?q=不存在的词语"},
        "standard page": {"path": standard_page().url},
        "drill library": {"path": DrillLibraryPage.objects.get(locale__language_code="zh-hans").url},
        "drill scenario index": {
            "path": ScenarioIndexPage.objects.get(locale__language_code="zh-hans").url,
            "user": "vp",
        },
        "drill scenario with cue cards": {"path": scenario.url, "user": "vp"},
        "certificate verification form": {"path": "/certificates/verify/"},
        "certificate verified": {"path": verify_path(certificate().code)},
        "certificate revoked": {"path": verify_path(certificate("revoked").code)},
        "certificate expired": {"path": verify_path(certificate("expired").code)},
        "certificate not found": {"path": verify_path("23456789ABCDEFGHJKMN")},
        "sign-in": {"path": "/zh-hans/_util/login/?next=" + scenario.url},
        "page not found (404)": {"path": "/zh-hans/no-such-page/", "status": 404},
    }
    for entry in pages.values():
        entry.setdefault("user", None)
        entry.setdefault("status", 200)
    return pages


def tracking_screens() -> dict[str, dict]:
    """Name -> {"path", "user"}: the screens vice principals, school contacts and regional administrators use
    most, on the demo's records."""
    from tracking import services
    from tracking.models import Session, SessionKind, SessionStatus, VicePrincipal
    from tracking.reports.ledger import vice_principal_ledgers
    from tracking.reports.periods import SchoolYear
    from tracking.reports.views_ledger import ledger_url

    vp = VicePrincipal.objects.get(user__username="vp")
    school = vp.appointments.first().school
    # Held three hours ago and not logged yet, so the log-as-held form opens.
    starts_at = (timezone.now() - datetime.timedelta(hours=3)).replace(second=0, microsecond=0)
    to_log = services.session_schedule(
        session=Session(
            kind=SessionKind.LECTURE,
            vice_principal=vp,
            school=school,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(minutes=40),
            title="防溺水主题班会",
            topic=lesson().get_parent().specific,
        ),
        user=vp.user,
    )
    awaiting = (
        Session.objects.filter(
            status=SessionStatus.HELD, school__contacts__username="school", vice_principal=vp
        ).first()
        or Session.objects.filter(status=SessionStatus.HELD, school__contacts__username="school").first()
    )
    ledger = max(
        vice_principal_ledgers(vice_principal=vp, year=SchoolYear.current()),
        key=lambda item: (item.figures.confirmed_sessions, item.school.pk),
    )
    sessions = "/admin/snippets/tracking/session/"
    return {
        "vice principal dashboard": {"path": "/admin/", "user": "vp"},
        "vice principal's sessions": {"path": sessions, "user": "vp"},
        "schedule a session": {"path": sessions + "add/", "user": "vp"},
        "log a session as held": {"path": sessions + f"held/{to_log.pk}/", "user": "vp"},
        "duty ledger": {"path": ledger_url(ledger), "user": "vp"},
        "school: session awaiting confirmation": {"path": sessions + f"inspect/{awaiting.pk}/", "user": "school"},
        "school: confirm a session": {"path": sessions + f"confirm/{awaiting.pk}/", "user": "school"},
        "school: dispute a session": {"path": sessions + f"dispute/{awaiting.pk}/", "user": "school"},
        "regional report": {"path": "/admin/reports/region/", "user": "region"},
    }


def error_pages(settings) -> dict[str, dict]:
    """Name -> {"status", "html"}: every error page a visitor can meet, in both languages, as the server sends it
    (the test client, DEBUG off): 400, 403 (refused, and a form without its CSRF token), 429 (the site's page, a
    throttled quiz, certificate lookups, a sign-in lockout), 500 and the 503 outage page. The 404 page is among the
    public pages. `settings` is pytest-django's fixture: the views that fail on purpose (tests/cms/error_urls.py)
    are switched in, and the quiz limit lowered to one answer an hour."""
    from django.core.cache import cache
    from django.test import Client, RequestFactory
    from wagtail.models import Locale

    from certificates.links import verify_path
    from cms.outage import outage_response

    settings.ROOT_URLCONF = "tests.cms.error_urls"
    settings.DEBUG = False
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 1
    cache.clear()  # the rate limits' counts
    the_lesson = lesson()
    code = certificate().code
    found = {}

    def keep(name: str, response, status: int):
        assert response.status_code == status, (name, response.status_code)
        found[name] = {"status": status, "html": response.content.decode()}

    for language in ("zh-hans", "en"):
        client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language)
        lesson_url = the_lesson.get_translation(Locale.objects.get(language_code=language)).url
        keep(f"bad request (400, {language})", client.get(f"/{language}/", HTTP_HOST="attacker.example"), 400)
        keep(f"access denied (403, {language})", client.get(f"/{language}/_test/fail/403/"), 403)
        strict = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE=language)
        keep(f"form without its token (403, {language})", strict.post(lesson_url + "quiz/", {}), 403)
        client.get(f"/{language}/_test/limited/")
        keep(f"too many requests (429, {language})", client.get(f"/{language}/_test/limited/"), 429)
        client.post(lesson_url + "quiz/", {})
        keep(f"quiz throttled (429, {language})", client.post(lesson_url + "quiz/", {}), 429)
        for _ in range(100):
            response = client.get(verify_path(code))
            if response.status_code == 429:
                break
        keep(f"certificate lookups throttled (429, {language})", response, 429)
        for _ in range(settings.AXES_FAILURE_LIMIT):
            response = client.post(
                f"/{language}/_util/login/", {"username": f"a11y-locked-out-{language}", "password": "wrong"}
            )
        keep(f"sign-in locked out (429, {language})", response, 429)
        keep(f"server error (500, {language})", client.get(f"/{language}/_test/fail/500/"), 500)
        keep(f"database outage (503, {language})", outage_response(RequestFactory().get(f"/{language}/")), 503)
    cache.clear()  # the limits reached here must not refuse the test's later requests
    return found
