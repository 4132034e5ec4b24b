from functools import wraps

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet, PageViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from drills.admin_visibility import user_reads_drills
from drills.models import ScenarioIndexPage, ScenarioPage, ScenarioType


def readers_only(view):
    """Answer 404, before the view says anything, to users outside the reader groups."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not user_reads_drills(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return guarded


class ReadersOnlyViewSetMixin:
    def construct_view(self, view_class, **kwargs):
        return readers_only(super().construct_view(view_class, **kwargs))


class ScenarioPageListingViewSet(ReadersOnlyViewSetMixin, PageListingViewSet):
    """Every scenario in one flat list, filterable, for authors and reviewers who do not want to walk the tree."""

    model = ScenarioPage
    icon = "clipboard-list"
    menu_label = _("Scenarios")
    columns = PageListingViewSet.columns + [Column("scenario_type", label=_("Scenario type"))]
    list_filter = ["scenario_type", "school_levels", "locale"]

    @cached_property
    def menu_item_class(self):
        return type(
            "ScenarioListingMenuItem", (MenuItem,), {"is_shown": lambda item, request: user_reads_drills(request.user)}
        )


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


# Wagtail routes every per-page admin URL (edit, history, preview, workflow action and preview, lock, move, copy,
# delete, usage, revisions, the explorer of a page's children...) through the viewset registered for the page's
# type, so these two viewsets close all of them to outsiders at once, whatever page permissions they hold.


class ScenarioIndexPageViewSet(ReadersOnlyViewSetMixin, PageViewSet):
    model = ScenarioIndexPage
    # The library's explorer keeps Wagtail's listing, in which the index is hidden from outsiders.
    parent_models = []


class ScenarioPageViewSet(ReadersOnlyViewSetMixin, PageViewSet):
    model = ScenarioPage
    # Exploring an index lists scenarios; exploring a scenario lists its (no) children: both name a hidden page.
    parent_models = [ScenarioIndexPage, ScenarioPage]
