from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from drills.models import ScenarioPage
from drills.pack import scenario_pack_render


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
