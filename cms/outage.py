"""A database that cannot be reached answers 503 ("try again in a minute"), never a 500 or a traceback.

An outage is temporary: a 503 with Retry-After tells browsers, crawlers, load balancers and caches so, where a 500
would say the page is broken. The page (cms/templates/503.html) is rendered without the database: no page tree, no
site settings, no context processors (the user and the messages context processors both read the database), so it
renders while the database is down. The connection itself heals on its own: Django closes a connection that raised
once the request ends, and CONN_HEALTH_CHECKS (cms/settings/base.py) replaces a persistent one that died between
requests, so the first request after the database returns is served normally.

A view that wants its own words for the outage (certificate verification must say the outage says nothing about the
certificate) names an include with `outage_message`; the status, headers and page stay this module's.
"""

import logging
from functools import wraps

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# What a lost or refused connection raises (psycopg and sqlite3 alike, wrapped by Django). Not every DatabaseError:
# a ProgrammingError or an IntegrityError is a bug or a conflict, and waiting a minute will not fix it.
OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60
DEFAULT_MESSAGE_TEMPLATE = "cms/includes/outage_message.html"
_MESSAGE_ATTRIBUTE = "outage_message_template"


def outage_response(request, *, message_template: str | None = None) -> HttpResponse:
    """The 503 page in the request's language, with the same words in the site's other languages below: the link
    to a page's translation would need the database, so the page carries every language itself."""
    language = translation.get_language_from_request(request, check_path=True)
    context = {
        "message_template": message_template or getattr(request, _MESSAGE_ATTRIBUTE, DEFAULT_MESSAGE_TEMPLATE),
        "other_languages": [code for code, _name in settings.LANGUAGES if code != language],
    }
    with translation.override(language):
        # No request: so no context processor runs, and none can reach for the database.
        body = render_to_string("503.html", context)
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["X-Robots-Tag"] = "noindex"
    # Never kept by the page cache, a proxy or a CDN: the next request may well succeed.
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Turns a lost database connection, raised by a view or while rendering its template, into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OUTAGE_ERRORS):
            return None
        # One line per request, not a traceback: during an outage every request fails the same way, and
        # django.request logs each 503 as well.
        logger.error(
            "Database unavailable, answered 503 for %s: %s: %s", request.path, type(exception).__name__, exception
        )
        return outage_response(request)


def outage_message(template_name: str):
    """Decorate a view so that an outage during it shows `template_name` (an include: a heading and a paragraph)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            setattr(request, _MESSAGE_ATTRIBUTE, template_name)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
