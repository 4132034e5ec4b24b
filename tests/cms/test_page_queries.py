"""The home page and the search stay cheap: a bounded number of queries, and search reads one page of hits."""

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.selectors import RESULTS_PER_PAGE
from courses.factories import LessonPageFactory

# The bound lesson and topic pages keep; the demo home page also shows a picture (two queries: it and its rendition).
MAX_HOME_QUERIES = 12
MAX_SEARCH_QUERIES = 10
# A word no demo page uses, in every test lesson's title; some hold it in the body only.
WORD = "冰窟"
HITS = 25


# The pages are measured as rendered: with the page cache on, a repeated request would be a hit and read nothing.
pytestmark = pytest.mark.usefixtures("page_cache_off")


def _queries(client, url, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return response, captured.captured_queries


@pytest.fixture
def many_hits(lesson_tree):
    topic = lesson_tree["topic"]
    pages = [LessonPageFactory(parent=topic, slug=f"ice-{i}", title=f"{WORD}安全第{i}课") for i in range(HITS - 5)]
    pages += [
        LessonPageFactory(
            parent=topic,
            slug=f"ice-body-{i}",
            title=f"冬季安全第{i}课",
            body=[("paragraph", f"<p>不要在冰面玩耍，谨防{WORD}。</p>")],
        )
        for i in range(5)
    ]
    return pages


@pytest.mark.parametrize("url", ["/zh-hans/", "/en/"])
def test_home_page_query_count_is_bounded(client, demo, url, lesson_tree):
    from courses.factories import TopicPageFactory

    client.get(url)
    _, few = _queries(client, url)
    for i in range(10):
        TopicPageFactory(parent=lesson_tree["index"], slug=f"more-topics-{i}")
    client.get(url)  # publishing made the site lookup stale (cms.sites): warm it again, as before `few`
    _, many = _queries(client, url)
    assert len(few) <= MAX_HOME_QUERIES and len(many) == len(few), (len(few), len(many))


@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_search_query_count_is_bounded_whatever_the_number_of_hits(client, many_hits, lang):
    url = f"/{lang}/search/"
    client.get(url, {"q": WORD})
    response, queries = _queries(client, url, q=WORD if lang == "zh-hans" else "drowning")
    assert len(queries) <= MAX_SEARCH_QUERIES, len(queries)
    response, queries = _queries(client, url, q=WORD, page=3)
    assert len(queries) <= MAX_SEARCH_QUERIES, len(queries)


def test_search_reads_only_the_page_of_hits_it_shows(client, many_hits):
    hit_ids = {page.pk for page in many_hits}
    made = []

    def note(sender, instance, **kwargs):
        if isinstance(instance, Page) and instance.pk in hit_ids:
            made.append(instance.pk)

    post_init.connect(note, weak=False, dispatch_uid="count-search-hits")
    try:
        response, queries = _queries(client, "/zh-hans/search/", q=WORD, page=2)
    finally:
        post_init.disconnect(dispatch_uid="count-search-hits")
    shown = [page.pk for page in response.context["search_page"]]
    assert response.context["search_page"].paginator.count == HITS
    assert len(shown) == RESULTS_PER_PAGE
    # Each hit on the page is read twice (the search's row, then its specific row); no other hit is read at all.
    assert set(made) == set(shown) and len(made) <= 2 * RESULTS_PER_PAGE
    # The database did the paging.
    searches = [q["sql"] for q in queries if "LIMIT" in q["sql"] and "search" in q["sql"].lower()]
    assert any(f"LIMIT {RESULTS_PER_PAGE}" in sql and f"OFFSET {RESULTS_PER_PAGE}" in sql for sql in searches), searches


def test_paging_through_the_search_shows_every_hit_exactly_once(client, many_hits):
    seen = []
    for number in (1, 2, 3):
        response = client.get("/zh-hans/search/", {"q": WORD, "page": number})
        seen += [page.pk for page in response.context["search_page"]]
    assert len(seen) == len(set(seen)) == HITS
    assert set(seen) == {page.pk for page in many_hits}
    # Past the end: the last page, as before.
    last = client.get("/zh-hans/search/", {"q": WORD, "page": 99}).context["search_page"]
    assert last.number == 3 and len(last) == HITS - 2 * RESULTS_PER_PAGE


def test_within_a_page_title_matches_come_first(client, many_hits):
    body_only = {page.pk for page in many_hits[-5:]}
    for number in (1, 2, 3):
        found = [page.pk for page in client.get("/zh-hans/search/", {"q": WORD, "page": number}).context["search_page"]]
        flags = [pk in body_only for pk in found]
        assert flags == sorted(flags), number  # every title match before any body-only match
