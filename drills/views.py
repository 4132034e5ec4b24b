import logging

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext

from drills.models import ScenarioPage
from drills.pack import scenario_pack_render

logger = logging.getLogger(__name__)


def pack_response(*, scenario: ScenarioPage, download: bool = True) -> HttpResponse:
    response = HttpResponse(scenario_pack_render(scenario=scenario), content_type="application/pdf")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{scenario.slug or "draft"}-drill-pack.pdf"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True)
    return response


def pack_view(request, *, scenario: ScenarioPage):
    """Reached only through Wagtail's page serving, so the scenario's privacy settings apply here too."""
    return pack_response(scenario=scenario)


def unsealed_response(*, page) -> HttpResponse | None:
    """A 503 instead of the page when no reader-group privacy setting covers it (someone removed or changed it
    behind the application's back): a drill script fails closed, never open."""
    from drills.selectors import path_is_sealed

    if path_is_sealed(path=page.path):
        return None
    logger.error(
        "Refused to serve drill page %r (id %s): no reader-group privacy setting covers it. "
        "Run `manage.py drills_secure` to restore it.",
        page,
        page.pk,
    )
    response = HttpResponse(
        gettext("Drill scripts are unavailable at the moment. Please try again later."),
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True, no_store=True)
    return response
