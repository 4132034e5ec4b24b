"""What a rendered public page reads once per generation of the pages (cms.page_cache.remembered): the header's
menu and translations, a lesson's related lessons. A change that can show on a page shows on the next render.

`.ci/run` runs this file once more against the Redis server at 127.0.0.1:6379 (TEST_REDIS_URL)."""

from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from cms.models import StandardPage
from cms.page_cache import HEADER, invalidate, remembered
from courses.factories import LessonPageFactory
from courses.models import LessonPage, LessonRelatedLink

# Pages are rendered without the whole-page cache, so each request shows what a signed-in editor or a cache miss
# gets (the last test turns it back on).
pytestmark = pytest.mark.usefixtures("page_cache_off")


def standard_page(parent, slug, title, *, show_in_menus=True):
    page = StandardPage(title=title, slug=slug, body=[("heading", title)], show_in_menus=show_in_menus)
    parent.add_child(instance=page)
    return page


def menu_html(client, url="/zh-hans/") -> str:
    html = client.get(url).content.decode()
    return html[html.index('class="topics-nav"') : html.index("</nav>", html.index('class="topics-nav"'))]


# --- The helper ----------------------------------------------------------------------------------------------------


def test_an_answer_is_computed_once_per_generation(db, rf):
    computed = []

    def compute():
        computed.append(1)
        return {"lessons": [len(computed)]}

    assert remembered("test-answer", compute) == {"lessons": [1]}
    assert remembered("test-answer", compute) == {"lessons": [1]}
    assert len(computed) == 1
    invalidate()  # what any page change does
    assert remembered("test-answer", compute) == {"lessons": [2]}
    assert len(computed) == 2


def test_the_generation_is_read_once_per_request(db, rf):
    from cms.page_cache import page_cache

    request = rf.get("/zh-hans/")
    remembered("test-first", lambda: 1, request=request)
    generation = request._page_cache_generation
    assert generation is not None
    with mock.patch.object(type(page_cache()), "get_many", side_effect=AssertionError("read again")):
        assert remembered("test-second", lambda: 2, request=request) == 2
    invalidate()
    # A request that began before the change keeps its generation; what it computes is kept under that one, which
    # no later request reads.
    assert remembered("test-second", lambda: 3, request=request) == 2
    assert remembered("test-second", lambda: 4, request=rf.get("/zh-hans/")) == 4


def test_with_the_cache_away_every_answer_is_computed(db):
    broken = mock.Mock(**{"get_many.side_effect": ConnectionError("away"), "get.side_effect": ConnectionError})
    with mock.patch("cms.page_cache.page_cache", return_value=broken):
        assert remembered("test-away", lambda: "fresh") == "fresh"
        assert remembered("test-away", lambda: "fresher") == "fresher"


# --- The header ----------------------------------------------------------------------------------------------------


def test_the_menu_is_read_once_then_remembered(client, homes):
    standard_page(homes["zh-hans"], "remembered-menu", "菜单里的页面")
    client.get("/zh-hans/")
    with CaptureQueriesContext(connection) as warm:
        html = menu_html(client)
    assert "菜单里的页面" in html
    # The menu query is the one that marks private pages (cms.selectors.navigation).
    assert not any('AS "private"' in query["sql"] for query in warm.captured_queries)


def test_a_page_published_into_the_menu_shows_on_the_next_render(client, homes):
    assert "新的菜单页面" not in menu_html(client)
    standard_page(homes["zh-hans"], "remembered-new", "新的菜单页面")
    assert "新的菜单页面" in menu_html(client)


def test_a_page_taken_out_of_the_menu_or_unpublished_leaves_it_on_the_next_render(client, homes):
    shown = standard_page(homes["zh-hans"], "remembered-out", "将移出菜单")
    gone = standard_page(homes["zh-hans"], "remembered-gone", "将取消发布")
    html = menu_html(client)
    assert "将移出菜单" in html and "将取消发布" in html
    shown.show_in_menus = False
    shown.save_revision().publish()
    gone.unpublish()
    html = menu_html(client)
    assert "将移出菜单" not in html and "将取消发布" not in html


def test_a_page_made_private_leaves_the_menu_on_the_next_render(client, homes):
    page = standard_page(homes["zh-hans"], "remembered-private", "即将设为私密")
    assert "即将设为私密" in menu_html(client)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "即将设为私密" not in menu_html(client)
    restriction.delete()
    assert "即将设为私密" in menu_html(client)


def test_the_language_switcher_follows_a_new_translation(client, lesson_tree):
    lesson = lesson_tree["lesson"]
    html = client.get(lesson.url).content.decode()
    assert 'href="/en/"' in html  # no English lesson yet: the switcher offers the English home
    english = lesson.copy_for_translation(locale=Locale.objects.get(language_code="en"), copy_parents=True).specific
    english.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert f'href="{english.url}"' in html


# --- Related lessons -----------------------------------------------------------------------------------------------


@pytest.fixture
def related(lesson_tree):
    lesson, topic = lesson_tree["lesson"], lesson_tree["topic"]
    others = [LessonPageFactory(parent=topic, slug=f"remembered-{i}", title=f"相关课程{i}") for i in range(3)]
    for order, other in enumerate(others):
        LessonRelatedLink.objects.create(page=lesson, lesson=other, sort_order=order)
    return {"lesson": LessonPage.objects.get(pk=lesson.pk), "others": others}


def _related_titles(client, lesson):
    return [page.title for page in client.get(lesson.url).context["related"]]


def test_related_lessons_are_read_once_then_remembered(client, related):
    lesson = related["lesson"]
    assert _related_titles(client, lesson) == ["相关课程0", "相关课程1", "相关课程2"]
    with CaptureQueriesContext(connection) as warm:
        assert _related_titles(client, lesson) == ["相关课程0", "相关课程1", "相关课程2"]
    assert not any("courses_lessonrelatedlink" in query["sql"] for query in warm.captured_queries)


def test_a_related_lesson_renamed_removed_or_made_private_shows_on_the_next_render(client, related):
    lesson, others = related["lesson"], related["others"]
    _related_titles(client, lesson)
    others[0].title = "改名后的相关课程"
    others[0].save_revision().publish()
    assert _related_titles(client, lesson) == ["改名后的相关课程", "相关课程1", "相关课程2"]
    LessonRelatedLink.objects.filter(page=lesson, lesson=others[1]).delete()
    assert _related_titles(client, lesson) == ["改名后的相关课程", "相关课程2"]
    PageViewRestriction.objects.create(page=others[2], restriction_type=PageViewRestriction.LOGIN)
    assert _related_titles(client, lesson) == ["改名后的相关课程"]
    others[0].unpublish()
    assert _related_titles(client, lesson) == []


def test_each_lesson_remembers_its_own_related_lessons(client, related):
    other = related["others"][0]
    assert _related_titles(client, related["lesson"]) == ["相关课程0", "相关课程1", "相关课程2"]
    assert _related_titles(client, other) == []


# --- Privacy and the whole-page cache ------------------------------------------------------------------------------


def test_a_cached_page_made_private_is_no_longer_served_from_the_cache(settings, homes):
    settings.PAGE_CACHE_ENABLED = True
    page = standard_page(homes["zh-hans"], "remembered-cached", "已缓存的页面")
    visitor = Client()
    visitor.get(page.url)
    assert visitor.get(page.url)[HEADER] == "hit"
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = Client().get(page.url)
    assert response.status_code == 302 and HEADER not in response
    assert "已缓存的页面" not in response.content.decode()
