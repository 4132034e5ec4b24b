from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from drills.access import PUBLISH_WITHOUT_REVIEW
from drills.viewsets import DrillsViewSetGroup, ScenarioIndexPageViewSet, ScenarioPageViewSet

register_snippet(DrillsViewSetGroup)


@hooks.register("register_admin_viewset")
def register_private_drill_page_viewsets():
    return [ScenarioIndexPageViewSet("drill_scenario_index_pages"), ScenarioPageViewSet("drill_scenario_pages")]


@hooks.register("register_log_actions")
def register_drill_log_actions(actions):
    actions.register_action(PUBLISH_WITHOUT_REVIEW, _("Publish without review"), _("Published without review"))


@hooks.register("cms_search_exclude")
def exposed_drill_pages():
    """Drill pages that lost their privacy setting are never found, by anyone, until it is restored."""
    from drills.selectors import drill_pages_exposed

    return drill_pages_exposed()


@hooks.register("cms_load_demo", order=20)
def load_drill_demo(*, homes, stdout):
    from drills.demo import load_drill_demo

    return load_drill_demo(homes=homes, stdout=stdout)
