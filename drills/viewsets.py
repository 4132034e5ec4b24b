from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from drills.models import ScenarioPage, ScenarioType


class ScenarioPageListingViewSet(PageListingViewSet):
    """Every scenario in one flat list, filterable, for authors and reviewers who do not want to walk the tree."""

    model = ScenarioPage
    icon = "clipboard-list"
    menu_label = _("Scenarios")
    columns = PageListingViewSet.columns + [Column("scenario_type", label=_("Scenario type"))]
    list_filter = ["scenario_type", "school_levels", "locale"]


class ScenarioTypeViewSet(SnippetViewSet):
    model = ScenarioType
    icon = "tag"
    menu_label = _("Scenario types")
    list_display = ["name", "slug"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]
    search_backend_name = None  # a handful of rows: the database's LIKE search is enough


class DrillsViewSetGroup(ViewSetGroup):
    menu_label = _("Drills")
    menu_icon = "warning"
    menu_order = 210
    items = (ScenarioPageListingViewSet("drill_scenarios"), ScenarioTypeViewSet)
