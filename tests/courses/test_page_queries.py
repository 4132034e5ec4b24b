"""An uncached lesson or topic page runs at most 12 queries, whatever the number of lessons beside it."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.demo import translation_of
from courses.factories import LessonPageFactory
from courses.models import LessonPage, LessonRelatedLink

MAX_QUERIES = 12
# A signed-in editor also reads the session and the user, and the "schedule this" button asks about the user's
# tracking role (tracking's cms_page_actions hook).
MAX_QUERIES_SIGNED_IN = MAX_QUERIES + 3
EXTRA_LESSONS = 30


# The pages are measured as rendered: with the page cache on, a repeated request would be a hit and read nothing.
pytestmark = pytest.mark.usefixtures("page_cache_off")


def _queries(client, url, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def _add_lessons(topic, count, start=0):
    return [
        LessonPageFactory(
            parent=topic,
            slug=f"crowd-{i}",
            audiences=["parents", "teachers"] if i % 2 else ["upper_primary"],
            tag_names=[f"标签{i}", "暑假"],
        )
        for i in range(start, start + count)
    ]


def _image_body(images):
    body = [("paragraph", "<p>暑假是溺水事故的高发期。</p>")]
    body += [("image", {"image": image, "caption": f"图 {i}", "attribution": ""}) for i, image in enumerate(images)]
    return body


@pytest.fixture
def crowded(lesson_tree):
    """The test topic with a lesson that shows images and related lessons, and 30 more lessons beside it."""
    from wagtail_factories import ImageFactory

    topic, lesson = lesson_tree["topic"], lesson_tree["lesson"]
    lesson.body = _image_body([ImageFactory() for _ in range(3)])
    lesson.save_revision().publish()
    others = _add_lessons(topic, 4)
    for order, other in enumerate(others):
        LessonRelatedLink.objects.create(page=lesson, lesson=other, sort_order=order)
    return {"topic": topic, "lesson": LessonPage.objects.get(pk=lesson.pk)}


@pytest.mark.parametrize("kind", ["lesson", "topic"])
def test_page_query_count_is_bounded_and_independent_of_the_number_of_lessons(client, crowded, kind):
    url = crowded[kind].url
    client.get(url)  # the first request makes the image renditions and fills the site-root-path cache
    few = _queries(client, url)
    _add_lessons(crowded["topic"], EXTRA_LESSONS, start=100)
    client.get(url)  # publishing made the site lookup stale (cms.sites): warm it again, as after `few`
    many = _queries(client, url)
    assert few <= MAX_QUERIES and many <= MAX_QUERIES, (few, many)
    assert many == few


@pytest.mark.parametrize("kind", ["lesson", "topic"])
def test_right_after_a_page_change_a_page_still_runs_within_the_bound(client, crowded, kind):
    """A change makes everything remembered stale (the site, the menu, related lessons: cms.page_cache.remembered):
    the first render after it reads them all again, and still stays within the bound."""
    from cms.page_cache import invalidate

    url = crowded[kind].url
    client.get(url)
    warm = _queries(client, url)
    invalidate()
    cold = _queries(client, url)
    assert warm < cold <= MAX_QUERIES, (warm, cold)


def test_lesson_page_shows_its_images_related_lessons_and_topic_within_the_bound(
    client, crowded, django_assert_max_num_queries
):
    lesson = crowded["lesson"]
    _add_lessons(crowded["topic"], EXTRA_LESSONS, start=100)
    client.get(lesson.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(lesson.url)
    html = response.content.decode()
    assert html.count("<img") == 3
    assert [r.slug for r in response.context["related"]] == ["crowd-0", "crowd-1", "crowd-2", "crowd-3"]
    assert response.context["topic"].pk == crowded["topic"].pk
    assert crowded["topic"].url in html  # the breadcrumb


def test_every_image_on_a_lesson_page_costs_no_query_of_its_own(client, lesson_tree):
    from wagtail_factories import ImageFactory

    lesson = lesson_tree["lesson"]
    counts = []
    for count in (1, 6):
        lesson.body = _image_body([ImageFactory() for _ in range(count)])
        lesson.save_revision().publish()
        client.get(lesson.url)  # renditions are made on the first view
        counts.append(_queries(client, lesson.url))
    assert counts[0] == counts[1] <= MAX_QUERIES


@pytest.mark.parametrize(
    "params",
    [{"page": 2}, {"page": 3}, {"page": 999}, {"audience": "parents"}, {"tag": "暑假"}, {"audience": "x", "tag": "y"}],
)
def test_topic_page_filters_and_later_pages_stay_within_the_bound(client, crowded, params):
    _add_lessons(crowded["topic"], EXTRA_LESSONS, start=100)
    client.get(crowded["topic"].url)
    assert _queries(client, crowded["topic"].url, **params) <= MAX_QUERIES


def test_topic_page_numbers_past_the_end_show_the_last_page(client, crowded):
    _add_lessons(crowded["topic"], EXTRA_LESSONS, start=100)
    # The test lesson, four related ones and thirty more: three pages of twelve.
    total = 1 + 4 + EXTRA_LESSONS
    last = client.get(crowded["topic"].url, {"page": 999}).context["listing"].page
    assert last.number == 3 and last.paginator.count == total and len(last) == total - 24
    # As Paginator.get_page() answers: not a number, the first page; below 1, the last.
    for bad, number in (("x", 1), ("2.5", 1), ("0", 3), ("-1", 3)):
        page = client.get(crowded["topic"].url, {"page": bad}).context["listing"].page
        assert page.number == number and len(page) == (12 if number == 1 else total - 24), bad
    seen = []
    for number in (1, 2, 3):
        seen += [lesson.pk for lesson in client.get(crowded["topic"].url, {"page": number}).context["listing"].page]
    assert len(seen) == len(set(seen)) == total


def test_english_pages_stay_within_the_bound(client, crowded):
    en = Locale.objects.get(language_code="en")
    topic_en = translation_of(crowded["topic"], en, title="Test topic")
    lesson_en = translation_of(crowded["lesson"], en, title="Six don'ts")
    _add_lessons(crowded["topic"], EXTRA_LESSONS, start=100)
    for page in (topic_en, lesson_en):
        client.get(page.url)
        assert _queries(client, page.url) <= MAX_QUERIES, page.url


@pytest.mark.parametrize("kind", ["lesson", "topic"])
def test_a_signed_in_editor_costs_only_the_session_user_and_page_actions(client, crowded, kind):
    url = crowded[kind].url
    _add_lessons(crowded["topic"], EXTRA_LESSONS, start=100)
    client.get(url)
    anonymous = _queries(client, url)
    client.force_login(get_user_model().objects.get(username="editor"))
    client.get(url)
    assert _queries(client, url) <= anonymous + (MAX_QUERIES_SIGNED_IN - MAX_QUERIES)


def test_routing_answers_as_wagtail_does(client, crowded):
    lesson, topic = crowded["lesson"], crowded["topic"]
    assert client.get(lesson.url + "handout/").status_code == 200
    assert client.get(lesson.url + "quiz/").status_code == 302
    assert client.get(lesson.url + "nothing-here/").status_code == 404
    assert client.get(topic.url + "no-such-lesson/").status_code == 404
    assert client.get(topic.url + "no-such-lesson/deeper/").status_code == 404
    assert client.get("/zh-hans/no-such-section/").status_code == 404
    # Two lessons with one slug under two topics: each path finds its own.
    from courses.factories import TopicPageFactory

    other_topic = TopicPageFactory(parent=topic.get_parent(), slug="other-test-topic")
    twin = LessonPageFactory(parent=other_topic, slug=lesson.slug, title="同名的另一课")
    assert client.get(twin.url).context["page"].pk == twin.pk
    assert client.get(lesson.url).context["page"].pk == lesson.pk
    # An unpublished lesson is not served, its draft never shown.
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_privacy_settings_still_apply_to_every_page_below(client, crowded, django_user_model):
    from wagtail.models import PageViewRestriction

    lesson, topic = crowded["lesson"], crowded["topic"]
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    for url in (topic.url, lesson.url):
        assert client.get(url).status_code == 302
    html = client.get(topic.get_parent().url).content.decode()
    assert topic.title not in html  # off the lesson library's list
    client.force_login(django_user_model.objects.create_user("reader-q", password="x"))
    assert client.get(lesson.url).status_code == 200


def test_a_preview_shows_the_drafts_related_lessons(crowded):
    from courses.selectors import related_lessons

    lesson = LessonPage.objects.get(pk=crowded["lesson"].pk)
    assert [r.slug for r in related_lessons(lesson=lesson)] == ["crowd-0", "crowd-1", "crowd-2", "crowd-3"]
    # As a preview holds the page: the draft's links in memory, not saved.
    crowd_3 = LessonPage.objects.get(slug="crowd-3")
    crowd_1 = LessonPage.objects.get(slug="crowd-1")
    lesson.related_links = [LessonRelatedLink(lesson=crowd_3), LessonRelatedLink(lesson=crowd_1)]
    assert [r.slug for r in related_lessons(lesson=lesson)] == ["crowd-3", "crowd-1"]
