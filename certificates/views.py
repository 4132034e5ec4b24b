"""The public verification pages: a form to type a code, and /certificates/verify/<code>/ (certificates.links), the
address printed on the certificate and in its QR code. Outside the language prefix, so the printed address never
changes: the language comes from the visitor (cookie, then browser), and the switch (?lang=) keeps the address.

A code nobody holds gives the same page, byte for byte, whatever was typed (malformed too): the typed value is never
shown, and the page carries no per-request token. Lookups are limited per client (certificates.throttle); a
database outage answers the site's 503 page (cms.outage) in words of its own ("try later"), never "not found"."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from certificates import selectors
from certificates.codes import grouped, normalise
from certificates.links import verify_path
from certificates.throttle import verify_lookup_throttle
from cms.outage import outage_message

# An outage during a lookup must not read as a verdict on the certificate.
OUTAGE_MESSAGE = "certificates/_unavailable_text.html"


def _language_links() -> list[dict]:
    # A link to "?lang=xx" keeps the path of whatever page it is on without writing that path into the page.
    current = get_language()
    return [
        {"code": code, "name": name, "url": f"?lang={code}", "current": code == current}
        for code, name in settings.LANGUAGES
    ]


def _finish(response, *, status_headers: dict | None = None):
    response["X-Robots-Tag"] = "noindex, nofollow"
    for header, value in (status_headers or {}).items():
        response[header] = value
    # The language follows the cookie and the browser; the state may change at any moment (revoked).
    patch_vary_headers(response, ("Cookie", "Accept-Language"))
    add_never_cache_headers(response)
    return response


def _page(request, template: str, context: dict | None = None, *, status: int = 200, headers: dict | None = None):
    context = {"language_links": _language_links(), **(context or {})}
    response = render(request, template, context, status=status)
    return _finish(response, status_headers=headers)


def _switch_language(request):
    """?lang=en: remember the language (as Django's set_language does) and come back to the same address."""
    code = request.GET.get("lang", "")
    if code not in dict(settings.LANGUAGES):
        return None
    response = HttpResponseRedirect(request.path)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return _finish(response)


def _throttled(request):
    retry_after = verify_lookup_throttle(request)
    if retry_after is None:
        return None
    return _page(
        request,
        "certificates/throttled.html",
        {"retry_after": retry_after},
        status=429,
        headers={"Retry-After": str(retry_after)},
    )


def _lookup(request, raw: str):
    """The answer for a typed or scanned code: the state page, not found or 429; 503 when the database cannot be
    reached (cms.outage, with the views' OUTAGE_MESSAGE)."""
    refused = _throttled(request)
    if refused is not None:
        return refused
    result = selectors.verification(raw)
    if result.state == selectors.NOT_FOUND:
        return not_found_page(request)
    certificate = result.certificate
    context = {
        "result": result,
        "certificate": certificate,
        "grouped_code": grouped(certificate.code),
        "replacement_url": verify_path(result.replacement.code) if result.replacement else "",
    }
    return _page(request, "certificates/verify.html", context)


def not_found_page(request):
    # 200: the lookup worked and its answer is "no such certificate". (A 404 from outside the language prefix would
    # also be turned by LocaleMiddleware into a redirect to /zh-hans/…, which has no such page.)
    return _page(request, "certificates/not_found.html")


@require_safe
@outage_message(OUTAGE_MESSAGE)
def verify_form(request):
    """The form; ?code= sends a well-formed code to its own address, and answers "not found" for any other."""
    switched = _switch_language(request)
    if switched is not None:
        return switched
    if "code" not in request.GET:
        return _page(request, "certificates/verify_form.html")
    raw = request.GET.get("code", "")
    code = normalise(raw)
    if code is not None:
        return _finish(HttpResponseRedirect(verify_path(code)))
    if not raw.strip():
        return _page(request, "certificates/verify_form.html", {"empty": True}, status=400)
    return _lookup(request, raw)


@require_safe
@outage_message(OUTAGE_MESSAGE)
def verify(request, code: str):
    switched = _switch_language(request)
    if switched is not None:
        return switched
    normalised = normalise(code)
    if normalised is not None and request.path != verify_path(normalised):
        # Typed in lower case, without dashes or with spaces: the printed spelling. Says nothing about existence.
        return _finish(HttpResponseRedirect(verify_path(normalised)))
    return _lookup(request, code)
