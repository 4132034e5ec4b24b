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
from django.db import DatabaseError, connection
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.search import tokens


def home_sections(*, home: Page) -> dict:
    """The featured section (e.g. the lesson library) and its live, public children, e.g. the topics."""
    section = home.featured_section.specific if home.featured_section_id else None
    items = []
    if section is not None and section.live:
        items = list(section.get_children().live().public().specific())
    return {"featured_section": section, "featured_items": items}


def menu_pages(*, locale: Locale) -> list[Page]:
    """Pages marked 'show in menus' below the home page of the given language, in tree order."""
    return list(Page.objects.live().public().in_menu().filter(locale=locale, depth__gte=3).order_by("path"))


def search_sections(*, locale: Locale) -> list[Page]:
    sections: list[Page] = []
    for fn in hooks.get_hooks("cms_search_sections"):
        sections.extend(fn(locale=locale))
    return sections


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    truncated: bool
    results: list
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
    group_ids = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups"):
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            admitted = user.is_authenticated
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            admitted = user.is_authenticated and (
                user.is_superuser or any(group.pk in group_ids for group in restriction.groups.all())
            )
        else:
            # A password unlocks one page for one browser session; search never shows such pages.
            admitted = False
        if not admitted:
            pages = pages.exclude(path__startswith=restriction.page.path)
    return pages


def site_search(*, raw_query: str, locale: Locale, user, section_id: int | None = None) -> SearchOutcome:
    query, truncated = clean_query(raw_query)
    sections = search_sections(locale=locale)
    section = next((s for s in sections if s.pk == section_id), None)
    results: list = []
    if query:
        # Private pages (e.g. drill scripts) are found only by the users they are open to.
        pages = pages_visible_to(user=user, pages=Page.objects.live().filter(locale=locale, depth__gt=2))
        for fn in hooks.get_hooks("cms_search_exclude"):
            pages = pages.exclude(pk__in=fn().values("pk"))
        if section is not None:
            pages = pages.descendant_of(section)
        # The search backend analyses the query as it analysed the pages (cms.search_backend).
        found = pages.search(query, operator="and", order_by_relevance=True)
        results = list(Page.objects.filter(pk__in=[p.pk for p in found]).specific())
        order = {p.pk: i for i, p in enumerate(found)}
        # SQLite's bm25 scores the whole row, so a word in a long body can outrank the same word in a title.
        # Pages whose title holds every query token come first on both databases; the engine orders the rest.
        wanted = set(tokens(query))
        results.sort(key=lambda p: (not wanted.issubset(tokens(p.title)), order[p.pk]))
    return SearchOutcome(query=query, truncated=truncated, results=results, sections=sections, section=section)


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
