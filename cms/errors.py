"""Error pages in the site's own look, in the visitor's language (cms.urls wires them as handler400/403/404/500).

403, 404 and 429 render like any page, with the site's menu. 400 and 500 render standalone: no context processors
and no database, because a 500 is often the database failing, and a 400 is often a request whose host cannot be
trusted (DisallowedHost), which anything reading the request again would raise once more."""

import logging
import sys

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django_ratelimit.exceptions import Ratelimited

from cms.outage import OUTAGE_ERRORS, outage_response

logger = logging.getLogger(__name__)

# The last resort if even the template cannot be rendered: both languages, no markup that could fail.
PLAIN_SERVER_ERROR = (
    '<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8"><title>SafeCampus</title></head><body>'
    "<h1>服务器出错 / Server error</h1><p>请稍后再试。Please try again later.</p></body></html>"
)


def _language_links() -> list[dict]:
    current = get_language()
    return [
        {"code": code, "name": name, "url": f"/{code}/", "current": code == current}
        for code, name in settings.LANGUAGES
    ]


def _standalone(template: str, *, status: int) -> HttpResponse:
    context = {"standalone": True, "language_links": _language_links()}
    response = HttpResponse(loader.get_template(template).render(context), status=status)
    add_never_cache_headers(response)
    return response


def bad_request(request, exception=None):
    return _standalone("400.html", status=400)


def permission_denied(request, exception=None):
    if isinstance(exception, Ratelimited):
        # django-ratelimit's decorator (block=True) refuses with this subclass of PermissionDenied.
        return too_many_requests(request)
    response = render(request, "403.html", status=403)
    add_never_cache_headers(response)
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def too_many_requests(request, exception=None, *, retry_after: int | None = None):
    response = render(request, "429.html", {"retry_after": retry_after}, status=429)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def server_error(request=None):
    failure = sys.exc_info()[1]
    if request is not None and isinstance(failure, OUTAGE_ERRORS):
        # The database went away under a middleware (a session saved, the redirects looked up for a 404), where
        # DatabaseOutageMiddleware, which sees only the view's exceptions, cannot answer: the same 503 page.
        logger.error("Database unavailable, answered 503 for %s: %s: %s", request.path, type(failure).__name__, failure)
        return outage_response(request)
    try:
        return _standalone("500.html", status=500)
    except Exception:
        logger.exception("The 500 page could not be rendered")
        response = HttpResponse(PLAIN_SERVER_ERROR, status=500)
        add_never_cache_headers(response)
        return response


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its cookie, from an old page or from another site."""
    response = render(request, "403.html", {"csrf_failed": True}, status=403)
    add_never_cache_headers(response)
    return response
