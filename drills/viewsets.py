from functools import wraps

from django.contrib.auth.models import Group
from django.db import transaction
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.page_privacy import SetPrivacyView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.revisions import RevisionsRevertView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet, PageViewSet
from wagtail.models import PageViewRestriction
from wagtail.snippets.views.snippets import SnippetViewSet

from drills.access import READER_GROUPS, DrillPrivacyError, SelfApprovalRefused
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


class DrillSetPrivacyView(SetPrivacyView):
    """The privacy dialog for superusers (everyone else is refused by DrillPagePermissionTester): the choices are
    the drill reader groups, and for the index nothing but them, so the dialog cannot make a script public."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["groups"].queryset = Group.objects.filter(name__in=READER_GROUPS).order_by("name")
        form.fields["groups"].help_text = gettext(
            "Drill scripts are security procedures: they stay private to these groups. You may choose which of "
            "them may read this page."
        )
        if isinstance(self.page, ScenarioIndexPage) or self.restriction_on_ancestor is None:
            form.fields["restriction_type"].choices = [
                choice for choice in form.fields["restriction_type"].choices if choice[0] == PageViewRestriction.GROUPS
            ]
        return form

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except DrillPrivacyError as refusal:
            form.add_error(None, refusal.args[0] if refusal.args else gettext("This change is not allowed."))
            return self.form_invalid(form)


class FourEyesEditMixin:
    """A reviewer who changes a scenario while approving it has written part of it, so the approval is refused
    with a clear message; the changes are kept for another reviewer to approve."""

    def perform_workflow_action(self):
        try:
            return super().perform_workflow_action()
        except SelfApprovalRefused as refusal:
            messages.error(self.request, f"{refusal.args[0]} {gettext('Your changes are saved.')}")
            return self.redirect_and_remain()

    def get(self, request, *args, **kwargs):
        from drills.selectors import review_may_approve

        task = self.page.current_workflow_task
        if task is not None and any(
            name == "reject" for name, _label, _modal in task.get_actions(self.page, request.user)
        ):
            if not review_may_approve(page=self.page, user=request.user):
                messages.warning(
                    request,
                    gettext(
                        "You edited or submitted this version, so you can request changes but another reviewer "
                        "must approve it."
                    ),
                )
        return super().get(request, *args, **kwargs)


class DrillEditView(FourEyesEditMixin, EditView):
    pass


class DrillRevisionsRevertView(FourEyesEditMixin, RevisionsRevertView):
    pass


# Wagtail routes every per-page admin URL (edit, history, preview, workflow action and preview, lock, move, copy,
# delete, usage, revisions, the explorer of a page's children...) through the viewset registered for the page's
# type, so these two viewsets close all of them to outsiders at once, whatever page permissions they hold, and
# give readers the drill privacy dialog and the four-eyes edit and revert views.


class PrivateDrillPageViewSet(ReadersOnlyViewSetMixin, PageViewSet):
    set_privacy_view_class = DrillSetPrivacyView
    edit_view_class = DrillEditView
    revisions_revert_view_class = DrillRevisionsRevertView


class ScenarioIndexPageViewSet(PrivateDrillPageViewSet):
    model = ScenarioIndexPage
    # The library's explorer keeps Wagtail's listing, in which the index is hidden from outsiders.
    parent_models = []


class ScenarioPageViewSet(PrivateDrillPageViewSet):
    model = ScenarioPage
    # Exploring an index lists scenarios; exploring a scenario lists its (no) children: both name a hidden page.
    parent_models = [ScenarioIndexPage, ScenarioPage]
