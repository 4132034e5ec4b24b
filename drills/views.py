from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from drills.models import ScenarioPage
from drills.pack import scenario_pack_render


def pack_view(request, *, scenario: ScenarioPage):
    """Reached only through Wagtail's page serving, so the scenario's privacy settings apply here too."""
    response = HttpResponse(scenario_pack_render(scenario=scenario), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{scenario.slug}-drill-pack.pdf"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True)
    return response
