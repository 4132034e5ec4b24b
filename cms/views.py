from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from cms import selectors

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    try:
        section_id = int(request.GET.get("section", ""))
    except ValueError:
        section_id = None
    outcome = selectors.site_search(
        raw_query=request.GET.get("q", ""), locale=Locale.get_active(), user=request.user, section_id=section_id
    )
    page = Paginator(outcome.results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "cms/search.html", {"outcome": outcome, "search_page": page})


@never_cache
@require_GET
def healthz(request):
    ok, detail = selectors.database_status()
    return JsonResponse(
        {"status": "ok" if ok else "error", "database": detail},
        status=200 if ok else 503,
    )
