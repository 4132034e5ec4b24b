"""Which Wagtail site answers a request for a public page, remembered across requests.

Wagtail asks the database which site serves each page request (Site.find_for_request: one query, ordered by a
CASE over hostname, port and the default flag). Sites change a handful of times in a deployment's life, so the
answer is kept in the page cache's store beside its generation, which every Site change (and every page change)
replaces (cms.page_cache.connect_signals): the next request in every process then asks the database again.
Wagtail reads the answer from `request._wagtail_site`, where Site.find_for_request says it keeps it.

Only requests under a language prefix (the public pages) are looked up here; anything going wrong (the cache or
the database away) leaves the request to Wagtail's own lookup, in the view, where an outage gets its 503 page.
"""

import logging

from django.http.request import split_domain_port
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from cms.page_cache import GENERATION_KEY, GENERATION_TIMEOUT, generation_from, page_cache

logger = logging.getLogger(__name__)


def _key(request) -> str:
    # As Site._find_for_request reads them: the raw host, so ALLOWED_HOSTS is still checked where it was.
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"page-cache:site:{hostname}:{request.get_port()}"


def site_for_request(request) -> Site | None:
    """The site Wagtail would find for `request`: from the cache when the generation it was found in is current."""
    cache = page_cache()
    key = _key(request)
    # The page cache read the generation for this request already, unless it is switched off or passed it by.
    generation = getattr(request, "_page_cache_generation", None)
    if generation is not None:
        entry = cache.get(key)
    else:
        found = cache.get_many([GENERATION_KEY, key])
        generation = generation_from(found, cache=cache)
        entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    site = Site._find_for_request(request)
    if site is not None and generation is not None:
        # Stored now, before the request hangs anything on the site's root page.
        cache.set(key, (generation, site), timeout=GENERATION_TIMEOUT)
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
