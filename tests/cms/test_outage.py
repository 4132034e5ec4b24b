"""The database goes away under a running site: visitors get the 503 page (their language, no traceback,
Retry-After), the health check says so, and the site serves again as soon as the database is back.

A real outage, not a mock: gunicorn serves a copy of the demo (tests.servers), and the copy is taken away under it.
On PostgreSQL the database stops accepting connections and its connections are killed, as in a failover, with a
persistent connection in the server; on SQLite the database file's folder is moved away."""

import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import OperationalError, connection
from django.utils import translation

from tests.conftest import require_system
from tests.servers import (
    admin_sql,
    copy_test_database_postgres,
    copy_test_database_sqlite,
    drop_database,
    fetch,
    gunicorn,
    postgres_tools_available,
)

# The tests reach the site over HTTP and leave the test database alone; the marker has pytest-django build it (and
# the demo in it), which is what the server's copy is made from.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_addresses(django_db_setup, django_db_blocker):
    from wagtail.models import Locale

    from certificates.links import verify_path
    from certificates.models import Certificate
    from courses.models import LessonPage

    with django_db_blocker.unblock():
        lesson = LessonPage.objects.live().filter(locale__language_code="zh-hans").order_by("path").first()
        english = lesson.get_translation(Locale.objects.get(language_code="en"))
        certificate = Certificate.objects.order_by("pk").first()
        return {
            "lesson": (urlsplit(lesson.url).path, lesson.title),
            "lesson_en": (urlsplit(english.url).path, english.title),
            "certificate": verify_path(certificate.code),
        }


class PostgresOutage:
    def __init__(self, name: str):
        self.name = name

    def kill_connections(self) -> int:
        rows = admin_sql(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{self.name}' "
            "AND backend_type = 'client backend'"
        )
        return len(rows)

    def begin(self) -> None:
        # Nobody may connect (superusers included), and whoever was connected is cut off mid-session.
        admin_sql(f'ALTER DATABASE "{self.name}" WITH ALLOW_CONNECTIONS false')
        self.kill_connections()

    def end(self) -> None:
        admin_sql(f'ALTER DATABASE "{self.name}" WITH ALLOW_CONNECTIONS true')


class SqliteOutage:
    def __init__(self, folder: Path):
        self.folder = folder
        self.away = folder.with_name(folder.name + "-away")

    def begin(self) -> None:
        # SQLite cannot create a file in a folder that is not there: every connection attempt fails.
        self.folder.rename(self.away)

    def end(self) -> None:
        self.away.rename(self.folder)


@pytest.fixture(scope="module")
def outage_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """gunicorn on a database of its own, and the means to take that database away."""
    if connection.vendor == "postgresql":
        require_system("postgresql-client (pg_dump, pg_restore, psql)", postgres_tools_available())
        name = f"{connection.settings_dict['NAME']}_outage"
        url = copy_test_database_postgres(name)
        outage = PostgresOutage(name)
        # A persistent connection, as production runs: it dies with the outage and must be replaced afterwards.
        env = {"DB_CONN_MAX_AGE": "600"}
    else:
        folder = tmp_path_factory.mktemp("outage") / "database"
        folder.mkdir()
        with django_db_blocker.unblock():
            url = copy_test_database_sqlite(folder / "db.sqlite3")
        outage = SqliteOutage(folder)
        env = {}
    # These pages are asked for as a request that reaches the database: the page cache would answer the ones it
    # holds without it.
    env["PAGE_CACHE_ENABLED"] = "0"
    try:
        with gunicorn(database_url=url, env=env) as base_url:
            yield base_url, outage
    finally:
        if connection.vendor == "postgresql":
            outage.end()
            drop_database(name)


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def in_language(code: str, msgid: str) -> str:
    with translation.override(code):
        return translation.gettext(msgid)


OUTAGE_HEADING = "The site is briefly unavailable"
OUTAGE_TEXT = "We cannot reach our records at the moment. Nothing you did caused this: please try again in a minute."


def assert_outage_page(answer, *, language: str, other: str, heading: str = OUTAGE_HEADING):
    assert answer.status == 503, answer.text[:500]
    assert int(answer.headers["Retry-After"]) > 0
    assert "no-store" in answer.headers["Cache-Control"]
    assert answer.headers["Content-Type"].startswith("text/html")
    assert f'<html lang="{language}">' in answer.text
    # First in the page's language, then in the other, which a translated page would otherwise offer.
    sections = re.findall(r"<section([^>]*)>(.*?)</section>", answer.text, flags=re.S)
    assert len(sections) == 2, sections
    (first_attributes, first), (second_attributes, second) = sections
    assert 'role="alert"' in first_attributes and in_language(language, heading) in visible_text(first)
    assert f'lang="{other}"' in second_attributes and in_language(other, heading) in visible_text(second)
    assert in_language(language, "SafeCampus") in visible_text(answer.text)
    assert "cms/site.css" in answer.text  # the site's own look
    assert "Traceback" not in answer.text and "OperationalError" not in answer.text


def test_database_outage_answers_503_and_the_site_recovers(outage_site, demo_addresses):
    base_url, outage = outage_site
    lesson_url, lesson_title = demo_addresses["lesson"]
    english_url, english_title = demo_addresses["lesson_en"]

    before = fetch(base_url + lesson_url)
    assert before.status == 200 and lesson_title in before.text

    if isinstance(outage, PostgresOutage):
        # A database restart between two requests: the worker's persistent connection (the one client connected) is
        # dead, and the health check (CONN_HEALTH_CHECKS) replaces it before the next request trips over it.
        assert outage.kill_connections() == 1
        restarted = fetch(base_url + lesson_url)
        assert restarted.status == 200 and lesson_title in restarted.text

    outage.begin()
    try:
        chinese = fetch(base_url + lesson_url)
        assert_outage_page(chinese, language="zh-hans", other="en")
        english = fetch(base_url + english_url)
        assert_outage_page(english, language="en", other="zh-hans")
        assert in_language("en", OUTAGE_TEXT) in visible_text(english.text)

        # Certificate verification keeps its own words: an outage is no verdict on the certificate.
        verification = fetch(base_url + demo_addresses["certificate"], accept_language="en")
        assert_outage_page(
            verification, language="en", other="zh-hans", heading="Verification is unavailable right now"
        )
        assert "No certificate has this" not in verification.text

        health = fetch(base_url + "/healthz/")
        assert health.status == 503
        assert '"status": "error"' in health.text
        # Still down a moment later: nothing was cached, nothing pretends.
        assert fetch(base_url + lesson_url).status == 503
    finally:
        outage.end()

    # The very next request after the database is back is served.
    after = fetch(base_url + lesson_url)
    assert after.status == 200 and lesson_title in after.text
    assert fetch(base_url + english_url).status == 200
    assert fetch(base_url + "/healthz/").status == 200
    verified = fetch(base_url + demo_addresses["certificate"], accept_language="en")
    assert verified.status == 200


def test_outage_page_is_served_again_and_again_without_a_slowdown(outage_site, demo_addresses):
    """During an outage each request fails fast with the page, and the worker stays healthy for what follows."""
    base_url, outage = outage_site
    lesson_url, lesson_title = demo_addresses["lesson"]
    outage.begin()
    try:
        started = time.monotonic()
        statuses = [fetch(base_url + lesson_url).status for _ in range(20)]
        elapsed = time.monotonic() - started
    finally:
        outage.end()
    assert statuses == [503] * 20
    assert elapsed < 10, elapsed
    after = fetch(base_url + lesson_url)
    assert after.status == 200 and lesson_title in after.text


def test_outage_page_reads_nothing_from_the_database(rf, django_assert_num_queries):
    from django.db import ProgrammingError

    from cms.outage import DatabaseOutageMiddleware

    middleware = DatabaseOutageMiddleware(lambda request: None)
    request = rf.get("/en/lessons/")
    with django_assert_num_queries(0):
        response = middleware.process_exception(request, OperationalError("connection refused"))
    assert response.status_code == 503
    assert in_language("en", OUTAGE_HEADING) in visible_text(response.content.decode())
    # A broken query is a bug, not an outage: it stays a 500, and waiting would not help.
    assert middleware.process_exception(request, ProgrammingError("no such column")) is None


def test_outage_page_goes_out_with_the_site_security_headers(client, demo, settings):
    """The outage answer passes back out through the whole middleware stack, so it keeps the policies every other
    page carries."""
    from unittest import mock

    settings.PAGE_CACHE_ENABLED = False
    with mock.patch("cms.selectors.navigation", side_effect=OperationalError("connection refused")):
        response = client.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "default-src" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


# What the middleware below raises; a test sets it.
MIDDLEWARE_FAILURE: list[Exception] = []


class FailingMiddleware:
    """A middleware that meets the failure itself, as the session middleware saving a session or Wagtail's
    redirects middleware looking up a missing address would: outside the view, where DatabaseOutageMiddleware's
    process_exception never sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise MIDDLEWARE_FAILURE[0]


@pytest.fixture
def failing_middleware(settings):
    from django.test import Client

    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.FailingMiddleware"]

    def get(path, failure):
        MIDDLEWARE_FAILURE[:] = [failure]
        return Client(raise_request_exception=False).get(path)

    yield get
    MIDDLEWARE_FAILURE.clear()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_an_outage_met_in_a_middleware_answers_503_too(demo, failing_middleware, language):
    response = failing_middleware(f"/{language}/lessons/", OperationalError("server closed the connection"))
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert in_language(language, OUTAGE_HEADING) in visible_text(html)
    assert "Traceback" not in html and "server closed" not in html


def test_any_other_error_in_a_middleware_keeps_the_500_page(demo, failing_middleware):
    from django.db import ProgrammingError

    response = failing_middleware("/zh-hans/lessons/", ProgrammingError("no such column"))
    assert response.status_code == 500
    assert "no such column" not in response.content.decode()


def test_the_redirects_of_a_missing_address_looked_up_in_an_outage_answer_503(demo):
    from unittest import mock

    from django.test import Client

    with mock.patch(
        "wagtail.contrib.redirects.middleware.get_redirect", side_effect=OperationalError("connection refused")
    ):
        response = Client(raise_request_exception=False).get("/no-such-address/")
    assert response.status_code == 503
