"""Site-wide reads: home page sections, menus, site search, database health, sign-in lockouts and landing.

cms knows nothing of the content apps: they offer search sections through the `cms_search_sections` hook, keep
pages out of search through `cms_search_exclude` (a page queryset), and appear on the home page and in menus
through ordinary page settings.
"""

import ipaddress
from dataclasses import dataclass
from datetime import datetime

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.urls import reverse
from django.utils import timezone, translation
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.search import tokens


def covering_restrictions():
    """Privacy settings on the page of the enclosing page query, or on one of its ancestors (for Exists())."""
    return PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))


def public(pages):
    """`pages` outside every private section, like PageQuerySet.public(), but inside the same query: Wagtail's
    public() first lists every privacy setting in a query of its own."""
    return pages.exclude(Exists(covering_restrictions()))


def content_language() -> str:
    """The active language as page locales name it (what Locale.get_active() looks up), without a query."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def home_sections(*, home: Page) -> dict:
    """The featured section (e.g. the lesson library) and its live, public children, e.g. the topics."""
    section = Page.objects.live().filter(pk=home.featured_section_id).first() if home.featured_section_id else None
    items = []
    if section is not None:
        # Specific, for a child's own fields (a topic's introduction); their stream fields are never shown.
        items = list(public(section.get_children().live()).defer_streamfields().specific())
    return {"featured_section": section, "featured_items": items}


@dataclass(frozen=True)
class Navigation:
    """The site's header for a page: the menu, and the page's live translations (itself included) by language."""

    menu: list[Page]
    translations: dict[str, Page]


def navigation(*, language_code: str, page: Page | None = None) -> Navigation:
    """Pages marked 'show in menus' below the home page of the language, in tree order, and the translations of
    `page`: both in one query, which every public page runs."""
    in_menu = Q(show_in_menus=True, depth__gte=3, locale__language_code=language_code)
    wanted = in_menu | Q(translation_key=page.translation_key) if page is not None else in_menu
    rows = list(
        Page.objects.live()
        .filter(wanted)
        .annotate(private=Exists(covering_restrictions()))
        .select_related("locale")
        .order_by("path")
    )
    menu = [
        p
        for p in rows
        if p.show_in_menus and p.depth >= 3 and p.locale.language_code == language_code and not p.private
    ]
    translations = {}
    if page is not None:
        translations = {p.locale.language_code: p for p in rows if p.translation_key == page.translation_key}
    return Navigation(menu=menu, translations=translations)


def site_root_paths(request) -> list:
    """Site.get_site_root_paths(), kept on the request where Wagtail keeps its own copy for page URLs."""
    try:
        return request._wagtail_cached_site_root_paths
    except AttributeError:
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
        return request._wagtail_cached_site_root_paths


def site_home(*, request, language_code: str) -> Page | None:
    """The live home page in the given language, for the header link.

    The site's root page (read with the site, which every page URL needs anyway) or, serving a page, the one
    Wagtail routed through (cms.pages.ShortcutRoutingMixin keeps it on the request) is usually that page: the
    site's root paths (cached) tell which language each is in, so then no query is needed."""
    site = Site.find_for_request(request) if request is not None else None
    candidates = [getattr(request, "_cms_routed_home", None), site.root_page if site is not None else None]
    roots = site_root_paths(request) if site is not None else []
    for candidate in candidates:
        if candidate is None or not candidate.live:
            continue
        for root in roots:
            if root.site_id == site.pk and root.root_path == candidate.url_path and root.language_code == language_code:
                return candidate
    homes = Page.objects.live().filter(locale__language_code=language_code)
    if site is not None:
        return homes.filter(translation_key=site.root_page.translation_key).first()
    from cms.models import HomePage

    return homes.type(HomePage).order_by("path").first()


def search_sections(*, locale: Locale) -> list[Page]:
    sections: list[Page] = []
    for fn in hooks.get_hooks("cms_search_sections"):
        sections.extend(fn(locale=locale))
    return sections


RESULTS_PER_PAGE = 10


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    truncated: bool
    # One page of hits (a Django paginator page), specific pages; its paginator counts them all.
    page: PaginatorPage
    sections: list
    section: Page | None


def clean_query(raw: str) -> tuple[str, bool]:
    """Collapse white space and cap the length, telling the caller whether anything was cut."""
    query = " ".join((raw or "").split())
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    if len(query) > limit:
        return query[:limit], True
    return query, False


def page_opens_for(*, request, page: Page) -> bool:
    """Whether Wagtail would serve `page` to this request, judging by the privacy settings of it and its ancestors."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def pages_visible_to(*, user, pages):
    """`pages` without those behind a privacy setting that `user` does not pass (like .public() for anonymous)."""
    shut = covering_restrictions()
    if user.is_authenticated:
        # A password unlocks one page for one browser session; search never shows such pages.
        admitted = Q(restriction_type=PageViewRestriction.LOGIN)
        if user.is_superuser:
            admitted |= Q(restriction_type=PageViewRestriction.GROUPS)
        else:
            admitted |= Q(restriction_type=PageViewRestriction.GROUPS, groups__in=user.groups.all())
        shut = shut.exclude(pk__in=PageViewRestriction.objects.filter(admitted).values("pk"))
    # In the same query as the pages, however many privacy settings there are. (As `pk__in`, which the search
    # backends accept in a searched queryset, where they refuse an Exists() filter.)
    return pages.exclude(pk__in=Page.objects.filter(Exists(shut)).values("pk"))


def specific_pages(pages: list[Page]) -> dict[int, Page]:
    """The specific form of `pages` (generic pages already read), by id: one query per page type, without the
    stream fields, which no listing shows."""
    ids_by_model: dict[type, list[int]] = {}
    for page in pages:
        ids_by_model.setdefault(page.specific_class or Page, []).append(page.pk)
    found: dict[int, Page] = {}
    for model, ids in ids_by_model.items():
        found.update((p.pk, p) for p in model._default_manager.filter(pk__in=ids).defer_streamfields())
    return found


def site_search(*, raw_query: str, locale: Locale, user, section_id: int | None = None, page_number=1) -> SearchOutcome:
    """One page of the pages that hold every word of the query, best first.

    The search engine counts the hits and returns only the page asked for (LIMIT/OFFSET in the database): a
    common word in a large library never loads every hit. That page is then re-ranked (see below)."""
    query, truncated = clean_query(raw_query)
    sections = search_sections(locale=locale)
    section = next((s for s in sections if s.pk == section_id), None)
    found = []
    if query:
        # Private pages (e.g. drill scripts) are found only by the users they are open to.
        pages = pages_visible_to(user=user, pages=Page.objects.live().filter(locale=locale, depth__gt=2))
        for fn in hooks.get_hooks("cms_search_exclude"):
            pages = pages.exclude(pk__in=fn().values("pk"))
        if section is not None:
            pages = pages.descendant_of(section)
        # The search backend analyses the query as it analysed the pages (cms.search_backend).
        found = pages.search(query, operator="and", order_by_relevance=True)
    page = Paginator(found, RESULTS_PER_PAGE).get_page(page_number)
    hits = list(page.object_list)
    if hits:
        specific = specific_pages(hits)
        order = {p.pk: i for i, p in enumerate(hits)}
        # SQLite's bm25 scores the whole row, so a word in a long body can outrank the same word in a title.
        # Within the page, pages whose title holds every query token come first on both databases; the engine
        # orders the rest (and decides which hits make up each page).
        wanted = set(tokens(query))
        hits = sorted(
            (specific.get(p.pk, p) for p in hits), key=lambda p: (not wanted.issubset(tokens(p.title)), order[p.pk])
        )
    page.object_list = hits
    return SearchOutcome(query=query, truncated=truncated, page=page, sections=sections, section=section)


def database_status() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return False, exc.__class__.__name__
    return True, "ok"


def client_ip_address(request) -> str | None:
    """The address a sign-in comes from, as django-axes counts it (it calls this with the request alone).

    Without trusted proxies this is the peer's address. Behind TRUSTED_PROXY_COUNT proxies that each append the
    address they received from to CLIENT_IP_HEADER, the client is the entry that many places from the right: the
    entries to its left are whatever the client sent and are never believed. A header too short to hold that
    entry, or holding something other than an address there, did not come through the proxies: the peer counts.
    """
    peer = request.META.get("REMOTE_ADDR") or None
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return peer
    header = "HTTP_" + settings.CLIENT_IP_HEADER.upper().replace("-", "_")
    entries = [entry.strip() for entry in request.META.get(header, "").split(",") if entry.strip()]
    if len(entries) < count:
        return peer
    try:
        return str(ipaddress.ip_address(entries[-count]))
    except ValueError:
        return peer


@dataclass(frozen=True)
class SignInLockout:
    username: str
    ip_address: str | None
    # Failures that still count: those within the cool-off (all of them without one).
    failures: int
    locked: bool
    # When a lockout in force ends by itself; None when not locked, or when only an administrator can lift it.
    until: datetime | None


def sign_in_lockout(*, username: str | None, ip_address: str | None) -> SignInLockout:
    """Whether, and until when, `username` is locked out at `ip_address`, judged as django-axes judges it.

    Axes adds up the failures of the records (one per browser) whose last failure lies within the cool-off. Each
    record drops out a cool-off after its last failure, oldest first; the lockout ends when the rest fall below
    the limit.
    """
    cool_off = get_cool_off()
    attempts = AccessAttempt.objects.filter(username=username, ip_address=ip_address)
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    records = list(attempts.order_by("attempt_time").values_list("attempt_time", "failures_since_start"))
    failures = sum(count for _, count in records)
    locked = failures >= settings.AXES_FAILURE_LIMIT
    until = None
    if locked and cool_off is not None:
        remaining = failures
        for attempt_time, count in records:
            remaining -= count
            if remaining < settings.AXES_FAILURE_LIMIT:
                until = attempt_time + cool_off
                break
    return SignInLockout(username=username or "", ip_address=ip_address, failures=failures, locked=locked, until=until)


def landing_url(*, request) -> str:
    """Where a sign-in without ?next= ends: the admin dashboard for those who may use it, else the home page in
    the request's language."""
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    site = Site.find_for_request(request)
    if site is not None:
        url = site.root_page.localized.get_url(request)
        if url:
            return url
    return "/"
