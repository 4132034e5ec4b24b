"""cms.sites: the site serving a public page is remembered across requests, and a Site change is seen at once."""

from unittest import mock

import pytest
from django.core.cache import caches
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, Site

from cms.sites import site_for_request

pytestmark = pytest.mark.usefixtures("page_cache_off")


@pytest.fixture(autouse=True)
def empty_store():
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def test_the_site_is_found_once_then_read_from_the_cache(rf, demo, django_assert_num_queries):
    request = rf.get("/zh-hans/", HTTP_HOST="localhost")
    expected = Site._find_for_request(request)
    assert site_for_request(request) == expected
    with django_assert_num_queries(0):
        again = site_for_request(rf.get("/zh-hans/", HTTP_HOST="localhost"))
    assert again == expected and again.root_page_id == expected.root_page_id
    # Each request gets its own copy: nothing one request hangs on it reaches the next.
    assert again is not site_for_request(rf.get("/zh-hans/", HTTP_HOST="localhost"))


def test_a_site_change_is_seen_by_the_next_request(rf, demo, django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    site_for_request(rf.get("/zh-hans/", HTTP_HOST="localhost"))
    site.site_name = "护校安园（改名）"
    site.save()
    with CaptureQueriesContext(connection) as asked:
        found = site_for_request(rf.get("/zh-hans/", HTTP_HOST="localhost"))
    assert found.site_name == "护校安园（改名）"
    assert any("wagtailcore_site" in query["sql"] for query in asked.captured_queries)


def test_the_site_carries_its_home_page_in_every_language(rf, demo, django_assert_num_queries):
    """Wagtail routes from site.root_page.localized.specific: with the site remembered, that costs no query."""
    site_for_request(rf.get("/zh-hans/", HTTP_HOST="localhost"))
    for language in ("zh-hans", "en"):
        expected = Page.objects.get(depth=2, locale__language_code=language).specific
        site = site_for_request(rf.get(f"/{language}/", HTTP_HOST="localhost"))
        with translation.override(language), django_assert_num_queries(0):
            home = site.root_page.localized.specific
        assert type(home) is type(expected) and home.pk == expected.pk


def test_an_unpublished_translation_of_the_home_page_is_not_routed_to(rf, demo):
    english = Page.objects.get(depth=2, locale__language_code="en")
    english.unpublish()
    site = site_for_request(rf.get("/en/", HTTP_HOST="localhost"))
    with translation.override("en"):
        # As Wagtail's own `localized`: the root page itself when the translation is not live.
        assert site.root_page.localized.pk == site.root_page_id


def test_a_served_page_asks_neither_the_site_nor_the_home_page_once_the_site_is_known(client, demo):
    client.get("/zh-hans/")
    with CaptureQueriesContext(connection) as known:
        assert client.get("/zh-hans/").status_code == 200
    sqls = [query["sql"] for query in known.captured_queries]
    assert not any("wagtailcore_site" in sql and "CASE" in sql for sql in sqls)
    assert not any('FROM "wagtailcore_locale"' in sql for sql in sqls)  # Locale.get_active()
    assert not any('FROM "cms_homepage"' in sql for sql in sqls)  # the home page's specific row
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as unknown:
        assert client.get("/zh-hans/").status_code == 200
    assert len(unknown) > len(known)


def test_other_addresses_are_left_to_wagtail(client, demo):
    with mock.patch("cms.sites.site_for_request") as lookup:
        client.get("/healthz/")
        client.get("/admin/login/")
    lookup.assert_not_called()


@pytest.mark.parametrize("failure", [ConnectionError("cache server away"), OperationalError("database away")])
def test_a_failed_lookup_leaves_the_request_to_wagtail(client, demo, failure):
    with mock.patch("cms.sites.site_for_request", side_effect=failure):
        response = client.get("/zh-hans/")
    # With the database up, Wagtail's own lookup in the view serves the page as usual.
    assert response.status_code == 200
