"""cms.sites: the site serving a public page is remembered across requests, and a Site change is seen at once."""

from unittest import mock

import pytest
from django.core.cache import caches
from django.db import OperationalError
from wagtail.models import Site

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
    with django_assert_num_queries(1):
        found = site_for_request(rf.get("/zh-hans/", HTTP_HOST="localhost"))
    assert found.site_name == "护校安园（改名）"


def test_a_served_page_makes_one_query_fewer_once_the_site_is_known(client, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/zh-hans/")
    with CaptureQueriesContext(connection) as known:
        assert client.get("/zh-hans/").status_code == 200
    assert not any("wagtailcore_site" in query["sql"] and "CASE" in query["sql"] for query in known.captured_queries)
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as unknown:
        assert client.get("/zh-hans/").status_code == 200
    assert len(unknown) == len(known) + 1


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
