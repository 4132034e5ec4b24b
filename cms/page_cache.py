"""A whole-page cache for anonymous visitors of public pages, on Django's cache framework (the "pages" cache).

Millions of students and parents read the same lesson pages during a campaign; rendering each one costs a score of
queries. `PageCacheMiddleware` sits near the top of MIDDLEWARE, so a hit is answered before sessions, the user,
CSRF or the database are looked at: one cache round trip (the entry and the site's generation, read together).

What is cached is decided twice, and both must agree:

- the request: GET or HEAD, on a language-prefixed path (the language comes from the path, so the language cookie
  and Accept-Language cannot change the page), with no session cookie (a signed-in user, or a visitor who entered a
  page password, always gets the page rendered for them), no pending messages and no Authorization header;
- the response: a page that opted in (`mark_public`, `PublicPageCacheMixin`, `public_page`), status 200, setting
  no cookie, not `Cache-Control: private/no-store/no-cache`, rendered in the path's language for an anonymous user.
  A page that puts a CSRF token in its HTML sets the CSRF cookie, so it is never cached; the CSRF cookie in a
  request is ignored because no cached page holds a token.

Invalidation is by generation: every entry records the site-wide generation read before its page was rendered,
and any change that can show on a public page (a page published, unpublished, moved, deleted or saved live; a
lesson's translation or related lessons; a privacy setting; an image or document edited or deleted; a site)
replaces the generation, so every entry goes stale at once. Working out which pages show a given page (menus, topic
listings, related lessons, language switchers, search results) would be fragile; publishing is rare next to
reading, and one miss per page afterwards is cheap. An entry rendered while the generation changed keeps the old
one, so it is never served.

The same generation keys what a rendered page reads that depends on the pages alone (`remembered`): which site
answers a host, with its home page in each language; the header's menu and the page's translations; a lesson's
related lessons. A page rendered for a signed-in user, or on a miss, reads them from here while nothing changed.
"""

import hashlib
import logging
import secrets
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.models import Page, PageViewRestriction, Site

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache:generation"
# Not forever, so a test run's keys in a shared Redis go away; when it lapses every page is rendered once more.
GENERATION_TIMEOUT = 7 * 24 * 60 * 60
HEADER = "X-Page-Cache"
# Set on a response (not a header, so it never leaves the server) by the views that may be cached.
_PUBLIC_ATTRIBUTE = "_page_cache_public"
# Headers of the rendered response that are not replayed from the cache.
_NOT_STORED = {"set-cookie", HEADER.lower(), "date"}
# A response that varies on anything else cannot be keyed here; Cookie is handled by the session-cookie rule, and
# Accept-Language does not apply to language-prefixed paths.
_VARY_ALLOWED = {"cookie", "accept-language"}
_MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name


def page_cache():
    return caches[CACHE_ALIAS]


def mark_public(response):
    """Let the page cache keep `response` for anonymous visitors (the middleware still checks everything else)."""
    setattr(response, _PUBLIC_ATTRIBUTE, True)
    return response


def public_page(view):
    """For function views whose GET answer is the same for every anonymous visitor (the search results)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return mark_public(view(request, *args, **kwargs))

    return wrapper


class PublicPageCacheMixin:
    """For page types whose pages every anonymous visitor sees alike. Put it first in the bases.

    A page under a view restriction (sign-in, groups or a shared password) never opts in. Wagtail has checked the
    restrictions before serve() (the before_serve_page hook) on this same instance, so the answer is remembered
    here rather than asked of the database a second time.

    `page_cache_routes`: for a RoutablePageMixin page, the names of the routes that may be cached (the quiz,
    certificate and handout routes of a lesson may not); None caches serve() whole.
    """

    page_cache_routes: tuple[str, ...] | None = None

    def get_view_restrictions(self):
        restrictions = getattr(self, "_page_cache_view_restrictions", None)
        if restrictions is None:
            restrictions = super().get_view_restrictions()
            self._page_cache_view_restrictions = restrictions
        return restrictions

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self._page_cache_route_allowed(request) and not self.get_view_restrictions():
            mark_public(response)
        return response

    def _page_cache_route_allowed(self, request) -> bool:
        if self.page_cache_routes is None:
            return True
        match = getattr(request, "routable_resolver_match", None)
        return match is not None and match.url_name in self.page_cache_routes


def generation_new() -> str:
    return secrets.token_hex(8)


def generation_from(found: dict, *, cache) -> str | None:
    """The current generation from the result of a get_many() that asked for GENERATION_KEY; a new one when the
    cache had none (first use, or evicted). None only if the cache cannot keep it."""
    generation = found.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, generation_new(), timeout=GENERATION_TIMEOUT)
        generation = cache.get(GENERATION_KEY)
    return generation


def invalidate(**kwargs) -> None:
    """Make every cached page stale. Connected to the signals in `connect_signals`; callable from anywhere.

    A new random value rather than a counter: if the cache evicted the key, a counter would start again at a
    number older entries may already carry."""
    try:
        page_cache().set(GENERATION_KEY, generation_new(), timeout=GENERATION_TIMEOUT)
    except Exception:
        # A publish must not fail because the cache is away. What it held then is out of reach too; once it is
        # back, pages it kept from before expire within PAGE_CACHE_SECONDS.
        logger.exception("Page cache: could not invalidate; cached pages expire within PAGE_CACHE_SECONDS")


def request_generation(request, *, key: str) -> tuple[str | None, object]:
    """The generation for `request` and the cache entry under `key`. The generation is read once per request (the
    page cache's lookup reads it when it runs) and kept on the request, so a later lookup costs one cache get."""
    cache = page_cache()
    generation = getattr(request, "_page_cache_generation", None) if request is not None else None
    if generation is not None:
        return generation, cache.get(key)
    found = cache.get_many([GENERATION_KEY, key])
    generation = generation_from(found, cache=cache)
    if request is not None:
        request._page_cache_generation = generation
    return generation, found.get(key)


def remembered(name: str, compute, *, request=None):
    """compute()'s answer, kept in the page cache's store for as long as the generation it was computed in lasts.

    For what a rendered public page reads that depends on the pages alone, the same for every visitor: which site
    answers a host, the header's menu, a lesson's related lessons. Every change that invalidates cached pages
    invalidates these too, so a page rendered for a signed-in user, or on a page-cache miss, shows the menu as it
    is now. The answer is pickled: keep it to model instances and plain values. If the cache is away, compute()
    answers every time."""
    key = f"page-cache:data:{name}"
    try:
        generation, entry = request_generation(request, key=key)
    except Exception:
        logger.warning("Page cache: lookup failed; reading %s from the database", name, exc_info=True)
        return compute()
    if entry is not None and generation is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    if generation is not None:
        try:
            page_cache().set(key, (generation, value), settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("Page cache: could not keep %s", name, exc_info=True)
    return value


def _key(request, language: str) -> str:
    raw = "\n".join((request.scheme, request.get_host(), request.path, request.META.get("QUERY_STRING", ""), language))
    return "page-cache:page:" + hashlib.blake2b(raw.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def _request_language(request) -> str | None:
    """The language of a request the cache may answer, or None."""
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_ENABLED:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or _MESSAGES_COOKIE in cookies:
        return None
    if "HTTP_AUTHORIZATION" in request.META:
        return None
    # Outside the language prefix live the admin, documents, certificates' verification and tracking's feeds:
    # none of it is cached.
    return get_language_from_path(request.path_info)


def _storable(request, response, language: str) -> bool:
    if not getattr(response, _PUBLIC_ATTRIBUTE, False) or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    directives = cc_delim_re.split(response.get("Cache-Control", ""))
    cache_control = {part.split("=")[0].strip().lower() for part in directives}
    if cache_control & {"private", "no-store", "no-cache"}:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
    if not vary <= _VARY_ALLOWED:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if response.get("Content-Language", language) != language:
        return False
    return len(response.content) <= settings.PAGE_CACHE_MAX_BYTES


def _shared_max_age(response) -> None:
    if settings.PAGE_CACHE_SHARED_MAX_AGE > 0:
        patch_cache_control(response, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = _request_language(request)
        if language is None:
            return self.get_response(request)
        try:
            key = _key(request, language)
        except DisallowedHost:
            return self.get_response(request)  # refused further in, as without the cache
        cache = page_cache()
        try:
            found = cache.get_many([GENERATION_KEY, key])
            generation = generation_from(found, cache=cache)
            entry = found.get(key)
        except Exception:
            # The cache server is away: pages are rendered as if there were no cache, not refused.
            logger.warning("Page cache: lookup failed; rendering the page", exc_info=True)
            return self.get_response(request)
        if entry is not None and generation is not None and entry[0] == generation:
            # The response itself is stored (as Django's own cache middleware does): unpickling it is cheaper than
            # setting its headers one by one again.
            response = entry[1]
            response[HEADER] = "hit"
            return response

        # Read once per request: the site lookup inside (cms.sites) is keyed by it too.
        request._page_cache_generation = generation
        response = self.get_response(request)
        if generation is not None and _storable(request, response, language):
            _shared_max_age(response)
            stored = HttpResponse(response.content, status=response.status_code)
            for name, value in response.items():
                if name.lower() not in _NOT_STORED:
                    stored[name] = value
            try:
                cache.set(key, (generation, stored), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page cache: could not store a page", exc_info=True)
            else:
                response[HEADER] = "miss"
        return response


def connect_signals() -> None:
    """Invalidate on every change that can show on a public page. Called from CmsConfig.ready().

    Content apps connect their own models (a lesson's related lessons) to `invalidate` too; cms names no model of
    an app above it."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="page_cache_published")
    page_unpublished.connect(invalidate, dispatch_uid="page_cache_unpublished")
    page_published.connect(_purge_listing_pages, dispatch_uid="page_cache_purge_listings_published")
    page_unpublished.connect(_purge_listing_pages, dispatch_uid="page_cache_purge_listings_unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page_cache_moved")
    # Any model: a page's post_save names its own class (LessonPage), never Page.
    post_save.connect(_page_saved, dispatch_uid="page_cache_page_saved")
    post_delete.connect(_page_deleted, dispatch_uid="page_cache_page_deleted")
    post_save.connect(invalidate, sender=Site, dispatch_uid="page_cache_site_saved")
    post_delete.connect(invalidate, sender=Site, dispatch_uid="page_cache_site_deleted")
    # An image or document edited, replaced or deleted shows on the pages that use it (a new one shows on none yet).
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    for model in (get_image_model(), get_document_model()):
        label = model._meta.label_lower
        post_save.connect(_media_saved, sender=model, dispatch_uid=f"page_cache_media_saved_{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"page_cache_media_deleted_{label}")
    # A page made private must stop being served from the cache at once, and leave menus and related lessons.
    post_save.connect(_privacy_changed, sender=PageViewRestriction, dispatch_uid="page_cache_restriction_saved")
    post_delete.connect(_privacy_changed, sender=PageViewRestriction, dispatch_uid="page_cache_restriction_deleted")


# A draft saved in the editor, a lock taken: these change nothing a visitor sees.
_BOOKKEEPING_FIELDS = {
    "wagtail_admin_comments",
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.live:
        return
    if update_fields is not None and set(update_fields) <= _BOOKKEEPING_FIELDS:
        return
    invalidate()


# Wagtail fills these in lazily, the first time an image's size or hash is asked for: nothing a visitor sees.
_MEDIA_BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def _media_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if raw or created:
        return
    if update_fields is not None and set(update_fields) <= _MEDIA_BOOKKEEPING_FIELDS:
        return
    invalidate()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def _purge_listing_pages(sender, instance, **kwargs):
    """Wagtail's frontend cache purges a published or unpublished page from a CDN; the pages above it list it (a
    topic its lessons, the library its topics with their counts, the home page its sections), so they are purged
    with it. Other pages that show it (related lessons, search results) keep it for PAGE_CACHE_SHARED_MAX_AGE."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    purge_pages_from_cache(list(instance.get_ancestors().filter(depth__gte=2).live().specific()))


def _privacy_changed(sender, instance, raw=False, **kwargs):
    invalidate()
    if raw or not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    # A CDN keeps its copy of the section until told (PAGE_CACHE_SHARED_MAX_AGE): purge it, as Wagtail does on
    # publish.
    try:
        pages = list(instance.page.get_descendants(inclusive=True).live().specific())
    except Page.DoesNotExist:  # the restriction went with its page
        return
    purge_pages_from_cache(pages)
