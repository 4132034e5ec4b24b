"""The site's URLs plus views that fail on purpose, for the error page tests (ROOT_URLCONF override)."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpResponse
from django.urls import path
from django_ratelimit.decorators import ratelimit

from cms.urls import handler400, handler403, handler404, handler500  # noqa: F401
from cms.urls import urlpatterns as site_urlpatterns

SECRET_DETAIL = "internal-detail-7f3a that must never reach a visitor"


def fail(request, status: int):
    if status == 400:
        raise SuspiciousOperation(SECRET_DETAIL)
    if status == 403:
        raise PermissionDenied(SECRET_DETAIL)
    if status == 404:
        raise Http404(SECRET_DETAIL)
    raise RuntimeError(SECRET_DETAIL)


@ratelimit(key="ip", rate="1/h", block=True)
def limited(request):
    return HttpResponse("ok")


urlpatterns = [
    *i18n_patterns(
        path("_test/fail/<int:status>/", fail),
        path("_test/limited/", limited),
        prefix_default_language=True,
    ),
    *site_urlpatterns,
]
