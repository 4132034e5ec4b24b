import io
import os
import shutil
from pathlib import Path

import pytest

REQUIRE_SYSTEM_DEPS = os.environ.get("SAFECAMPUS_REQUIRE_SYSTEM_DEPS") == "1"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def require_system(what: str, available: bool) -> None:
    """Skip visibly when a system package is missing; in CI (SAFECAMPUS_REQUIRE_SYSTEM_DEPS=1) fail instead."""
    if available:
        return
    message = f"{what} is not installed (apt-get install it, or run .ci/run)"
    if REQUIRE_SYSTEM_DEPS:
        pytest.fail(message + "; SAFECAMPUS_REQUIRE_SYSTEM_DEPS=1 forbids skipping", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def pdftotext():
    require_system("poppler-utils (pdftotext)", shutil.which("pdftotext") is not None)
    from cms.pdf import find_cjk_font

    require_system("a TrueType CJK font (fonts-wqy-zenhei)", find_cjk_font() is not None)

    import subprocess

    def extract(pdf_bytes: bytes) -> str:
        # -raw keeps content-stream order, so text in side-by-side table cells is not interleaved.
        return subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf_bytes, capture_output=True, check=True
        ).stdout.decode("utf-8")

    return extract


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's default language.

    LocaleMiddleware activates a request's language on the thread that ran it and never deactivates it, so a
    test-client request in English would otherwise leave English active for whichever test runs next on that
    worker, and expected strings worked out in the test would no longer match what a zh-CN browser is shown.
    """
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the whole demo, built once per session; each test runs in a transaction on it.

    Tests add what they need beside the demo (their own slugs, their own users) and never assume an empty site.
    Browser tests need committed data, so their database is flushed after each one; serialized rollback (the
    `live_demo` fixture) then restores the demo from the copy taken here (tests/db_snapshot.py), instead of
    rebuilding it.
    """
    from django.db import connections

    from tests import db_snapshot

    with django_db_blocker.unblock():
        demo_load()
        for connection in connections.all(initialized_only=True):
            db_snapshot.take(connection)


def demo_load() -> None:
    from django.core.management import call_command

    call_command("load_demo", allow_production=True, stdout=io.StringIO())


@pytest.fixture
def demo(db):
    """The demo site as `load_demo` builds it (loaded once for the session, see django_db_setup)."""


@pytest.fixture
def homes(db):
    from cms.demo import home_pages

    return home_pages()


@pytest.fixture
def lesson_tree(homes):
    """A topic of the demo lesson library holding one test lesson of its own."""
    from courses.factories import LessonPageFactory, TopicPageFactory
    from courses.models import LessonIndexPage

    index = LessonIndexPage.objects.get(locale__language_code="zh-hans")
    topic = TopicPageFactory(parent=index, slug="test-topic", title="测试专题")
    lesson = LessonPageFactory(parent=topic, slug="six-donts", title="防溺水安全教育：暑期六不准")
    return {"index": index, "topic": topic, "lesson": lesson}


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Each test starts with no cached pages (cms.page_cache): a page another test cached at the same address, from
    content since rolled back, must not be served. A new generation makes every entry stale, for this process only
    (the test settings give each process its own key prefix)."""
    from cms.page_cache import invalidate

    invalidate()
    yield


@pytest.fixture
def page_cache_off(settings):
    """For tests that measure rendering (query counts): every request renders, as with no page cache."""
    settings.PAGE_CACHE_ENABLED = False
