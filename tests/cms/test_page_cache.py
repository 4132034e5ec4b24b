"""The whole-page cache for anonymous visitors (cms.page_cache): what it serves, to whom, and when it lets go.

`.ci/run` runs this file once more against the Redis server at 127.0.0.1:6379 (TEST_REDIS_URL)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, Page, PageViewRestriction

from cms.models import StandardPage
from cms.page_cache import HEADER, PageCacheMiddleware, invalidate, mark_public, page_cache
from courses.factories import LessonPageFactory
from courses.models import LessonPage, LessonRelatedLink

ROOT = Path(__file__).resolve().parent.parent.parent


def cache_state(response):
    return response.get(HEADER)


def get_twice(client, url, **extra):
    first = client.get(url, **extra)
    second = client.get(url, **extra)
    return first, second


@pytest.fixture
def lesson(lesson_tree):
    return lesson_tree["lesson"]


@pytest.fixture
def zh_lesson(demo):
    """A demo lesson with its English translation, and the lessons related to it."""
    return LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")


def standard_page(parent, slug, title):
    page = StandardPage(title=title, slug=slug, body=[("heading", title)])
    parent.add_child(instance=page)
    return page


def publish_title(page, title):
    page = page.specific
    page.title = title
    page.save_revision().publish()
    return page


# --- What is served from the cache ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        lambda tree: tree["lesson"].url,
        lambda tree: tree["topic"].url,
        lambda tree: tree["index"].url,
        lambda tree: "/zh-hans/",
        lambda tree: "/en/",
        lambda tree: "/zh-hans/search/?q=%E6%BA%BA%E6%B0%B4",
    ],
    ids=["lesson", "topic", "library", "home", "home-en", "search"],
)
def test_a_public_page_is_rendered_once_then_served_from_the_cache(client, lesson_tree, url, django_assert_num_queries):
    address = url(lesson_tree)
    first = client.get(address)
    assert first.status_code == 200 and cache_state(first) == "miss"
    # A hit reads no session, no user and no database.
    with django_assert_num_queries(0):
        second = client.get(address)
    assert second.status_code == 200 and cache_state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == first["Content-Language"]
    assert "Set-Cookie" not in second


def test_head_is_answered_from_the_cache_too(client, lesson):
    client.get(lesson.url)
    head = client.head(lesson.url)
    assert head.status_code == 200 and cache_state(head) == "hit"
    assert head.content == b""


def test_the_cached_lesson_page_holds_no_token_of_any_kind(client, lesson):
    client.get(lesson.url)
    html = client.get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'name="token"' not in html
    assert f'data-quiz-token-url="{lesson.url}quiz/token/"' in html


def test_pages_are_keyed_by_query_string_language_and_host(client, lesson_tree):
    topic = lesson_tree["topic"]
    assert cache_state(client.get(topic.url)) == "miss"
    assert cache_state(client.get(topic.url, {"audience": "parents"})) == "miss"
    assert cache_state(client.get(topic.url, {"audience": "parents"})) == "hit"
    assert cache_state(client.get(topic.url, HTTP_HOST="localhost")) == "miss"
    assert cache_state(client.get("/zh-hans/search/?q=a")) == "miss"
    assert cache_state(client.get("/zh-hans/search/?q=b")) == "miss"
    zh = client.get("/zh-hans/")
    en = client.get("/en/")
    assert cache_state(en) == "miss" and '<html lang="en">' in en.content.decode()
    assert zh.content != en.content


def test_the_language_cookie_does_not_change_a_language_prefixed_page(client, demo):
    client.get("/zh-hans/")
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/zh-hans/")
    assert cache_state(response) == "hit"
    assert '<html lang="zh-hans">' in response.content.decode()
    # Outside the prefix the cookie decides where "/" goes: that answer is never cached.
    assert cache_state(client.get("/")) is None


def test_a_csrf_cookie_alone_still_gets_the_cached_page(client, lesson):
    client.get(lesson.url)
    client.get(lesson.url + "quiz/token/")
    assert django_settings.CSRF_COOKIE_NAME in client.cookies
    assert cache_state(client.get(lesson.url)) == "hit"


@pytest.mark.parametrize(
    "path",
    ["/admin/", "/admin/login/", "/documents/1/x.pdf", "/certificates/verify/", "/tracking/feed/x/", "/healthz/"],
)
def test_nothing_outside_the_public_pages_is_looked_up(client, demo, path):
    for _ in range(2):
        assert cache_state(client.get(path)) is None


def test_the_quiz_certificate_handout_and_token_routes_are_never_cached(client, lesson):
    for route in ["quiz/", "quiz/token/", "handout/", "certificate/", "certificate/not-a-token/"]:
        for _ in range(2):
            assert cache_state(client.get(lesson.url + route)) is None, route


def test_nothing_is_cached_when_the_cache_is_switched_off(client, lesson, page_cache_off):
    first, second = get_twice(client, lesson.url)
    assert cache_state(first) is None and cache_state(second) is None
    assert second.context is not None


# --- Who is never served from it -------------------------------------------------------------------------------


def test_a_signed_in_user_is_never_served_a_cached_page(client, lesson_tree, django_user_model):
    lesson = lesson_tree["lesson"]
    client.get(lesson.url)
    assert cache_state(client.get(lesson.url)) == "hit"

    user = django_user_model.objects.create_user("page-cache-reader", password="x")
    client.force_login(user)
    for _ in range(2):
        response = client.get(lesson.url)
        assert response.status_code == 200
        assert cache_state(response) is None
        assert response.context["request"].user == user  # rendered for this user

    # And what was rendered for the user was not stored for anyone else.
    client.logout()
    assert cache_state(Client().get(lesson_tree["topic"].url)) == "miss"


def test_the_page_a_vice_principal_sees_is_not_stored(client, lesson, django_user_model):
    vp = django_user_model.objects.get(username="vp")
    signed_in = Client()
    signed_in.force_login(vp)
    personal = signed_in.get(lesson.url)
    assert personal.status_code == 200 and cache_state(personal) is None
    anonymous = Client().get(lesson.url)
    assert cache_state(anonymous) == "miss"
    assert anonymous.content != personal.content


def test_any_session_cookie_bypasses_the_cache(client, lesson):
    client.get(lesson.url)
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    response = client.get(lesson.url)
    assert response.status_code == 200 and cache_state(response) is None


def test_pending_messages_bypass_the_cache(client, lesson):
    client.get(lesson.url)
    client.cookies["messages"] = "anything"
    assert cache_state(client.get(lesson.url)) is None


@pytest.fixture
def private_pages(homes):
    home = homes["zh-hans"]
    signed_in_only = standard_page(home, "page-cache-staff-only", "仅限员工")
    PageViewRestriction.objects.create(page=signed_in_only, restriction_type=PageViewRestriction.LOGIN)
    password = standard_page(home, "page-cache-password", "需要密码")
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="campus-secret"
    )
    child = standard_page(signed_in_only, "page-cache-inside", "内部页面")
    return {"login": signed_in_only, "password": password, "child": child}


def test_a_private_page_is_never_cached(client, private_pages, django_user_model):
    for page in private_pages.values():
        for _ in range(2):
            response = client.get(page.url)
            assert cache_state(response) is None, page.slug
            assert response.status_code in (200, 302)

    # Signed in, the pages show; what the user saw is not kept for the next anonymous visitor.
    client.force_login(django_user_model.objects.create_user("page-cache-staff", password="x"))
    assert client.get(private_pages["login"].url).status_code == 200
    client.logout()
    response = Client().get(private_pages["login"].url)
    assert response.status_code == 302 and cache_state(response) is None


def test_a_password_page_once_unlocked_is_not_stored(client, private_pages):
    page = private_pages["password"]
    restriction = PageViewRestriction.objects.get(page=page)
    form = client.get(page.url)
    assert form.status_code == 200 and "campus-secret" not in form.content.decode()
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "campus-secret", "return_url": page.url},
    )
    unlocked = client.get(page.url)
    assert unlocked.status_code == 200 and "需要密码" in unlocked.content.decode()
    assert cache_state(unlocked) is None
    stranger = Client().get(page.url)
    assert cache_state(stranger) is None
    assert 'name="password"' in stranger.content.decode()


def test_a_page_under_a_restriction_is_never_stored_even_when_the_restriction_lets_the_request_in(
    client, private_pages, monkeypatch
):
    """Should a restriction ever pass a request with no session (another sign-in method, say), the page still
    does not opt in: the mixin checks the restrictions itself."""
    monkeypatch.setattr(PageViewRestriction, "accept_request", lambda self, request: True)
    for page in private_pages.values():
        for _ in range(2):
            response = client.get(page.url)
            assert response.status_code == 200
            assert cache_state(response) is None, page.slug


# --- Which responses are never stored --------------------------------------------------------------------------


def _through_middleware(make_response, path="/zh-hans/page-cache-unit/"):
    calls = []

    def view(request):
        calls.append(request)
        with translation.override("zh-hans"):
            return make_response(request)

    middleware = PageCacheMiddleware(view)
    factory = RequestFactory()
    responses = [middleware(factory.get(path)) for _ in range(2)]
    return responses, len(calls)


def _public(**headers):
    def make(request):
        response = mark_public(HttpResponse("<p>page</p>"))
        response["Content-Language"] = "zh-hans"
        for name, value in headers.items():
            response[name] = value
        return response

    return make


def test_an_opted_in_response_is_stored_by_the_middleware(db):
    responses, rendered = _through_middleware(_public())
    assert rendered == 1
    assert [cache_state(r) for r in responses] == ["miss", "hit"]


def _sets_cookie(request):
    response = _public()(request)
    response.set_cookie("anything", "1")
    return response


def _not_opted_in(request):
    response = HttpResponse("<p>page</p>")
    response["Content-Language"] = "zh-hans"
    return response


def _not_found(request):
    response = _public()(request)
    response.status_code = 404
    return response


@pytest.mark.parametrize(
    "make_response",
    [
        _sets_cookie,
        _public(**{"Cache-Control": "private"}),
        _public(**{"Cache-Control": "no-store"}),
        _public(**{"Cache-Control": "max-age=0, no-cache, no-store, must-revalidate, private"}),
        _public(**{"Vary": "Cookie, User-Agent"}),
        _public(**{"Content-Language": "en"}),
        _not_opted_in,
        _not_found,
    ],
    ids=["set-cookie", "private", "no-store", "never-cache", "vary-other", "other-language", "not-opted-in", "404"],
)
def test_responses_that_must_not_be_shared_are_never_stored(db, make_response):
    responses, rendered = _through_middleware(make_response)
    assert rendered == 2
    assert [cache_state(r) for r in responses] == [None, None]


def test_a_page_rendered_while_the_site_changed_is_not_served(db):
    """An entry keeps the generation read before its page was rendered: a publish during rendering makes it stale."""

    def publishes_meanwhile(request):
        invalidate()
        return _public()(request)

    responses, rendered = _through_middleware(publishes_meanwhile)
    assert rendered == 2
    assert [cache_state(r) for r in responses] == ["miss", "miss"]


def test_a_lost_generation_key_makes_every_page_stale(client, lesson):
    client.get(lesson.url)
    page_cache().delete("page-cache:generation")
    assert cache_state(client.get(lesson.url)) == "miss"
    assert cache_state(client.get(lesson.url)) == "hit"


# --- When it lets go -------------------------------------------------------------------------------------------


def test_publishing_a_page_invalidates_it(client, lesson):
    client.get(lesson.url)
    publish_title(lesson, "新的标题：暑期六不准")
    response = client.get(lesson.url)
    assert cache_state(response) == "miss"
    assert "新的标题：暑期六不准" in response.content.decode()


def test_publishing_a_lesson_updates_its_topic_listing_and_the_search_results(client, lesson_tree):
    topic, lesson = lesson_tree["topic"], lesson_tree["lesson"]
    search = "/zh-hans/search/?q=%E6%BA%BA%E6%B0%B4"  # 溺水
    client.get(topic.url)
    client.get(search)
    publish_title(lesson, "溺水自救新课")
    assert "溺水自救新课" in client.get(topic.url).content.decode()
    assert cache_state(client.get(search)) == "miss"


def test_a_new_lesson_shows_on_its_topic_at_once(client, lesson_tree):
    topic = lesson_tree["topic"]
    client.get(topic.url)
    LessonPageFactory(parent=topic, slug="page-cache-new-lesson", title="新加的课")
    response = client.get(topic.url)
    assert cache_state(response) == "miss" and "新加的课" in response.content.decode()


def test_unpublishing_a_page_invalidates_it(client, lesson):
    client.get(lesson.url)
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_moving_a_page_invalidates_it(client, lesson_tree):
    lesson, topic = lesson_tree["lesson"], lesson_tree["topic"]
    other_topic = topic.get_siblings().exclude(pk=topic.pk).type(topic.specific_class).first()
    old_url = lesson.url
    client.get(old_url)
    client.get(other_topic.url)
    lesson.move(other_topic, pos="last-child")
    lesson.refresh_from_db()
    # The old address now redirects (Wagtail adds a redirect on a move) instead of serving the cached page.
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"] == lesson.url
    assert lesson.title in client.get(other_topic.url).content.decode()


def test_deleting_a_page_invalidates_it(client, lesson_tree):
    lesson, topic = lesson_tree["lesson"], lesson_tree["topic"]
    client.get(lesson.url)
    client.get(topic.url)
    url, title = lesson.url, lesson.title
    lesson.delete()
    assert client.get(url).status_code == 404
    assert title not in client.get(topic.url).content.decode()


def test_a_change_to_a_lessons_translation_shows_on_it(client, zh_lesson):
    english = zh_lesson.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(zh_lesson.url).content.decode()
    assert f'href="{english.url}" lang="en"' in html

    english.unpublish()
    html = client.get(zh_lesson.url).content.decode()
    assert f'href="{english.url}"' not in html and 'href="/en/" lang="en"' in html

    english.save_revision().publish()
    assert f'href="{english.url}" lang="en"' in client.get(zh_lesson.url).content.decode()


def test_a_change_to_a_related_lesson_shows_on_the_lesson(client, lesson_tree):
    lesson, topic = lesson_tree["lesson"], lesson_tree["topic"]
    other = LessonPageFactory(parent=topic, slug="page-cache-related", title="相关的课")
    client.get(lesson.url)
    assert "相关的课" not in client.get(lesson.url).content.decode()

    # Added by an editor: a new revision of the lesson, published.
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.related_links.add(LessonRelatedLink(lesson=other))
    lesson.save_revision().publish()
    assert "相关的课" in client.get(lesson.url).content.decode()

    # The related lesson renamed and published: the lesson shows the new title.
    publish_title(other, "改名后的相关课")
    assert "改名后的相关课" in client.get(lesson.url).content.decode()

    # Links changed in code, without a publish.
    LessonRelatedLink.objects.filter(page=lesson).delete()
    assert "改名后的相关课" not in client.get(lesson.url).content.decode()


def test_a_draft_saved_in_the_editor_does_not_invalidate(client, lesson):
    client.get(lesson.url)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.title = "草稿标题"
    lesson.save_revision()
    response = client.get(lesson.url)
    assert cache_state(response) == "hit" and "草稿标题" not in response.content.decode()


def test_an_image_edited_or_deleted_shows_on_the_next_visit(client, lesson):
    from wagtail_factories import ImageFactory

    image = ImageFactory(title="溺水警示图")
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = [("image", {"image": image, "caption": "警示", "attribution": ""})]
    lesson.save_revision().publish()
    first, second = get_twice(client, lesson.url)
    assert cache_state(second) == "hit"

    ImageFactory(title="新上传的图片")  # on no page yet
    assert cache_state(client.get(lesson.url)) == "hit"
    image.get_file_size()  # Wagtail fills in a missing size lazily: nothing a visitor sees
    image.get_file_hash()
    assert cache_state(client.get(lesson.url)) == "hit"

    image.title = "溺水警示图（更新）"
    image.save()
    assert cache_state(client.get(lesson.url)) == "miss"
    image.delete()
    assert cache_state(client.get(lesson.url)) == "miss"


def test_a_document_edited_shows_on_the_next_visit(client, lesson):
    from wagtail_factories import DocumentFactory

    document = DocumentFactory(title="家长告知书")
    client.get(lesson.url)
    assert cache_state(client.get(lesson.url)) == "hit"
    document.title = "家长告知书（修订）"
    document.save()
    assert cache_state(client.get(lesson.url)) == "miss"


# --- Frontend cache purge (a CDN) ------------------------------------------------------------------------------

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    """Stands in for a CDN's purge API: records the URLs Wagtail asks it to purge."""

    def purge(self, url):
        PURGED.append(url)


def test_publishing_purges_the_page_from_the_cdn(settings, lesson, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish_title(lesson, "清除 CDN 缓存")
    assert any(url.endswith(lesson.url) for url in PURGED), PURGED
    assert any(url.endswith("/en" + lesson.url.removeprefix("/zh-hans")) for url in PURGED), PURGED

    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        lesson.unpublish()
    assert any(url.endswith(lesson.url) for url in PURGED), PURGED


def test_publishing_also_purges_the_pages_that_list_it(settings, lesson_tree, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    lesson = lesson_tree["lesson"]
    for change in (lambda: publish_title(lesson, "列表也清除"), lesson.unpublish):
        PURGED.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        for listing in (lesson_tree["topic"], lesson_tree["index"]):
            assert any(url.endswith(listing.url) for url in PURGED), (listing.url, PURGED)
        assert any(url.endswith("/zh-hans/") for url in PURGED), PURGED


def test_making_a_section_private_purges_it_from_the_cdn(settings, lesson_tree, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    topic, lesson = lesson_tree["topic"], lesson_tree["lesson"]
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    assert any(url.endswith(topic.url) for url in PURGED), PURGED
    assert any(url.endswith(lesson.url) for url in PURGED), PURGED
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert any(url.endswith(lesson.url) for url in PURGED), PURGED


def test_no_cdn_purge_is_configured_by_default():
    assert django_settings.WAGTAILFRONTENDCACHE == {}
    assert "wagtail.contrib.frontend_cache" in django_settings.INSTALLED_APPS


def _base_settings(env: dict) -> dict:
    code = (
        "import json; from cms.settings import base as s; "
        "print(json.dumps({'cdn': s.WAGTAILFRONTENDCACHE, 'pages': s.CACHES['pages'], "
        "'middleware': s.MIDDLEWARE, 'shared': s.PAGE_CACHE_SHARED_MAX_AGE}))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CLOUDFLARE_", "FRONTEND_CACHE_", "REDIS_URL"))}
    result = subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_the_cdn_purge_the_redis_cache_and_the_middleware_come_from_the_environment():
    plain = _base_settings({})
    assert plain["cdn"] == {}
    assert plain["pages"]["BACKEND"].endswith("LocMemCache")
    middleware = plain["middleware"]
    # Right after static files, before sessions, CSRF and the user: a hit skips them all.
    assert middleware.index("cms.page_cache.PageCacheMiddleware") == (
        middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1
    )
    assert middleware.index("cms.page_cache.PageCacheMiddleware") < middleware.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )

    configured = _base_settings(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://varnish.internal:6081/",
            "CLOUDFLARE_API_TOKEN": "token-from-the-environment",
            "CLOUDFLARE_ZONE_ID": "zone",
            "REDIS_URL": "redis://cache.internal:6379/0",
            "PAGE_CACHE_SHARED_MAX_AGE": "60",
        }
    )
    assert configured["cdn"]["http"]["LOCATION"] == "http://varnish.internal:6081/"
    assert configured["cdn"]["cloudflare"]["BEARER_TOKEN"] == "token-from-the-environment"
    assert configured["pages"]["BACKEND"].endswith("RedisCache")
    assert configured["pages"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert configured["shared"] == 60


def test_a_cdn_may_keep_public_pages_for_a_while(client, lesson, settings):
    settings.PAGE_CACHE_SHARED_MAX_AGE = 60
    first, second = get_twice(client, lesson.url)
    for response in (first, second):
        assert "s-maxage=60" in response["Cache-Control"]
    signed_in = Client()
    signed_in.cookies[django_settings.SESSION_COOKIE_NAME] = "x"
    assert "s-maxage" not in signed_in.get(lesson.url).get("Cache-Control", "")


# --- The cache behind it ---------------------------------------------------------------------------------------


def test_the_tests_use_redis_when_ci_names_it():
    url = os.environ.get("TEST_REDIS_URL") or os.environ.get("REDIS_URL")
    backend = django_settings.CACHES["pages"]["BACKEND"]
    if url:
        assert backend == "cms.cache_backends.RedisCache"
        assert django_settings.CACHES["pages"]["LOCATION"] == url
        # Each test process keys its own pages, so parallel workers never see each other's.
        assert str(os.getpid()) in django_settings.CACHES["pages"]["KEY_PREFIX"]
    else:
        assert backend == "django.core.cache.backends.locmem.LocMemCache"


def test_pages_are_still_served_and_published_when_the_cache_server_is_away(client, lesson, settings, caplog):
    settings.CACHES = {
        **django_settings.CACHES,
        "pages": {"BACKEND": "cms.cache_backends.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},  # nothing there
    }
    for _ in range(2):
        response = client.get(lesson.url)
        assert response.status_code == 200 and cache_state(response) is None
    publish_title(lesson, "缓存不在时发布")
    assert "缓存不在时发布" in client.get(lesson.url).content.decode()
    assert "Page cache" in caplog.text


def test_a_page_moved_under_a_private_section_is_no_longer_served(client, lesson_tree, private_pages):
    lesson = lesson_tree["lesson"]
    page = standard_page(lesson_tree["index"].get_parent(), "page-cache-mover", "将被移动")
    client.get(page.url)
    assert cache_state(client.get(page.url)) == "hit"
    Page.objects.get(pk=page.pk).move(private_pages["login"], pos="last-child")
    page.refresh_from_db()
    response = client.get(page.url)
    assert response.status_code == 302 and cache_state(response) is None
    assert lesson.live
