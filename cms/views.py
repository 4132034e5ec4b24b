import math

from axes.helpers import get_client_username
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from cms import selectors
from cms.page_cache import public_page


@public_page
@require_GET
def search(request):
    try:
        section_id = int(request.GET.get("section", ""))
    except ValueError:
        section_id = None
    outcome = selectors.site_search(
        raw_query=request.GET.get("q", ""),
        locale=Locale.get_active(),
        user=request.user,
        section_id=section_id,
        page_number=request.GET.get("page"),
    )
    return render(request, "cms/search.html", {"outcome": outcome, "search_page": outcome.page})


@never_cache
@require_GET
def healthz(request):
    ok, detail = selectors.database_status()
    return JsonResponse(
        {"status": "ok" if ok else "error", "database": detail},
        status=200 if ok else 503,
    )


@never_cache
@require_GET
def signed_in(request):
    return redirect(selectors.landing_url(request=request))


def sign_in_locked_out(request, original_response=None, credentials=None):
    """The page django-axes sends instead of the sign-in form's answer while a lockout holds (AXES_LOCKOUT_CALLABLE),
    on every sign-in door, in the site's look and the request's language."""
    ip_address = getattr(request, "axes_ip_address", None) or selectors.client_ip_address(request)
    lockout = selectors.sign_in_lockout(username=get_client_username(request, credentials), ip_address=ip_address)
    response = render(request, "cms/sign_in_locked_out.html", {"lockout": lockout}, status=429)
    if lockout.until is not None:
        response["Retry-After"] = str(max(1, math.ceil((lockout.until - timezone.now()).total_seconds())))
    add_never_cache_headers(response)
    return response
