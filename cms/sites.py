"""Which Wagtail site answers a request for a public page, remembered across requests.

Wagtail asks the database which site serves each page request (Site.find_for_request: one query, ordered by a
CASE over hostname, port and the default flag). Sites change a handful of times in a deployment's life, so the
answer is kept in the page cache's store beside its generation, which every Site change (and every page change)
replaces (cms.page_cache.connect_signals): the next request in every process then asks the database again.
Wagtail reads the answer from `request._wagtail_site`, where Site.find_for_request says it keeps it. The site
carries its home page in each language, which Wagtail's routing would otherwise read on every request too.

Only requests under a language prefix (the public pages) are looked up here; anything going wrong (the cache or
the database away) leaves the request to Wagtail's own lookup, in the view, where an outage gets its 503 page.
"""

import logging

from django.conf import settings
from django.http.request import split_domain_port
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from cms.page_cache import GENERATION_TIMEOUT, page_cache, request_generation
from cms.pages import ShortcutRoutingMixin

logger = logging.getLogger(__name__)


def _key(request) -> str:
    # As Site._find_for_request reads them: the raw host, so ALLOWED_HOSTS is still checked where it was.
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"page-cache:site:{hostname}:{request.get_port()}"


def _with_home_pages(site: Site) -> Site:
    """`site` with its root page in its specific form, holding the site's home page in each content language.

    Wagtail routes every page request from `site.root_page.localized.specific`: a query for the active language's
    Locale, then one for the home page's own row (and one more for a translation). Worked out here in one query,
    once per generation, they are kept with the site; ShortcutRoutingMixin.localized answers from them."""
    root = site.root_page
    model = root.specific_class
    if model is None or not issubclass(model, ShortcutRoutingMixin):
        return site
    pages = list(model.objects.filter(translation_key=root.translation_key).select_related("locale"))
    home = next((page for page in pages if page.pk == root.pk), None)
    if home is None:  # pragma: no cover - the root page was deleted since the site was read
        return site
    by_language = {page.locale.language_code: page for page in pages}
    homes = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        # As Wagtail's `localized`: the live translation in that language, else the root page itself.
        found = by_language.get(code)
        homes[code] = found if found is not None and (found.live or found.pk == home.pk) else home
    home._cms_localized_homes = homes
    site.root_page = home
    return site


def site_for_request(request) -> Site | None:
    """The site Wagtail would find for `request`: from the cache when the generation it was found in is current."""
    key = _key(request)
    generation, entry = request_generation(request, key=key)
    if entry is not None and generation is not None and entry[0] == generation:
        return entry[1]
    site = Site._find_for_request(request)
    if site is not None and generation is not None:
        # Stored now, before the request hangs anything on the site's root page. A host that finds no site is not
        # remembered: hosts come from the request, and would fill the cache.
        site = _with_home_pages(site)
        page_cache().set(key, (generation, site), timeout=GENERATION_TIMEOUT)
    return site


class SiteLookupMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if get_language_from_path(request.path_info) is not None and not hasattr(request, "_wagtail_site"):
            try:
                site = site_for_request(request)
            except Exception:
                logger.warning("Site lookup cache unavailable; Wagtail looks the site up itself", exc_info=True)
            else:
                if site is not None:
                    request._wagtail_site = site
        return self.get_response(request)
