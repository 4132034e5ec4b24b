"""Wagtail admin views, panels and bulk actions that keep drill scripts out of sight of users outside the reader
groups (the rule is drills.admin_visibility). Each one is Wagtail's own class with the hidden pages taken out;
for readers and superusers they behave exactly like the originals. They replace the originals where Wagtail has
no hook into what they show: see wagtail_hooks.py."""

import json

from django.http import Http404
from django.urls import reverse
from wagtail.admin.views import chooser, home
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.contrib.simple_translation.views import SubmitPageTranslationView
from wagtail.models import Page

from drills.admin_visibility import (
    log_entries_visible_to,
    page_hidden_from,
    page_ids_hidden_from,
    pages_visible_to,
    user_reads_drills,
)


def _object_hidden_from(obj, user) -> bool:
    # Workflow panels also list snippets, which have no place in the page tree.
    return isinstance(obj, Page) and page_hidden_from(obj, user)


# Page chooser


class ChooserBrowseView(chooser.BrowseView):
    """The chooser opened on a hidden page (?parent_page_id, or a page type whose pages all sit in a scenario
    index) would name it as the parent row; its children are already filtered by the chooser queryset hook."""

    def get_object_list(self):
        if page_hidden_from(self.parent_page, self.request.user):
            raise Http404
        return super().get_object_list()


class ChooserChosenMultipleView(chooser.ChosenMultipleView):
    """Turns ?id=… into titles and URLs, with no queryset hook: hidden ids are answered as unknown ones."""

    def get(self, request):
        if page_ids_hidden_from(request.GET.getlist("id"), request.user):
            raise Http404
        return super().get(request)


class ChooserExternalLinkView(chooser.ExternalLinkView):
    """Wagtail turns a typed URL of an internal page into a link to that page, naming it. A URL that leads to a
    hidden page stays the external link that was typed, as if no page matched."""

    def post(self, request):
        response = super().post(request)
        if user_reads_drills(request.user) or response.get("Content-Type") != "application/json":
            return response
        data = json.loads(response.content)
        matched = [(data.get(key) or {}).get("id") for key in ("result", "internal")]
        if page_ids_hidden_from([pk for pk in matched if pk], request.user):
            return chooser.BaseLinkFormView.post(self, request)
        return response


class HidingSubmitPageTranslationView(SubmitPageTranslationView):
    """Wagtail's view asks only the page permission tester whether the user may edit the page (a group with
    rights on the root may), then names the page."""

    def get_object(self):
        if page_ids_hidden_from([self.kwargs["page_id"]], self.request.user):
            raise Http404
        return super().get_object()


class HidingPageAdminURLFinder:
    """Edit links to pages as Wagtail's page URL finder gives them (it asks the page permission tester, which
    knows nothing of the policy), and none to a hidden page: usage listings then show "(Private page)" instead
    of its title."""

    def __init__(self, user):
        self.user = user

    def get_edit_url(self, instance):
        if self.user and (
            page_hidden_from(instance, self.user) or not instance.permissions_for_user(self.user).can_edit()
        ):
            return None
        return reverse("wagtailadmin_pages:edit", args=(instance.pk,))


# Reports that look past the page permission policy


class HidingLockedPagesView(LockedPagesView):
    """Also lists every page locked by the user, whatever their permissions (a former author's locks)."""

    def get_queryset(self):
        return pages_visible_to(super().get_queryset(), self.request.user)


class HidingPageTypesUsageReportView(PageTypesUsageReportView):
    """Counts pages of every type and names the last edited page of each: the count stays, the name goes."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        for item in page_types:
            if page_hidden_from(item.last_edited_page, self.request.user):
                item.last_edited_page = None
        return page_types


class HidingLogEntriesView(LogEntriesView):
    """Site history also shows the entries of deleted pages to users with rights on the root page."""

    def filter_queryset(self, queryset):
        return log_entries_visible_to(super().filter_queryset(queryset), self.request.user)


# Dashboard panels


class HidingWorkflowObjectsToModeratePanel(home.WorkflowObjectsToModeratePanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["states"] = [state for state in context["states"] if not _object_hidden_from(state["obj"], user)]
        return context


class HidingUserObjectsInWorkflowModerationPanel(home.UserObjectsInWorkflowModerationPanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["workflow_states"] = [
            state for state in context["workflow_states"] if not _object_hidden_from(state.content_object, user)
        ]
        return context


class HidingRecentEditsPanel(home.RecentEditsPanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["last_edits"] = [
            (when, page) for when, page in context["last_edits"] if not page_hidden_from(page, user)
        ]
        return context


class HidingLockedPagesPanel(home.LockedPagesPanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["locked_pages"] = pages_visible_to(context["locked_pages"], parent_context["request"].user)
        return context


HIDING_PANELS = {
    home.WorkflowObjectsToModeratePanel: HidingWorkflowObjectsToModeratePanel,
    home.UserObjectsInWorkflowModerationPanel: HidingUserObjectsInWorkflowModerationPanel,
    home.RecentEditsPanel: HidingRecentEditsPanel,
    home.LockedPagesPanel: HidingLockedPagesPanel,
}


# Bulk actions: their confirmation pages list every ?id= (or every page of ?id=all&childOf=…&q=…), titles
# included, even the ones the user may not act on.


class HidingPageBulkActionMixin:
    # Wagtail calls self.get_queryset(self.model, object_ids); as an instance method it also knows the user.
    def get_queryset(self, model, object_ids):
        pages = list(pages_visible_to(model.objects.filter(pk__in=object_ids), self.request.user))
        if not pages:
            raise Http404
        return pages


class HidingPublishBulkAction(HidingPageBulkActionMixin, PublishBulkAction):
    pass


class HidingUnpublishBulkAction(HidingPageBulkActionMixin, UnpublishBulkAction):
    pass


class HidingDeleteBulkAction(HidingPageBulkActionMixin, DeleteBulkAction):
    pass


class HidingMoveBulkAction(HidingPageBulkActionMixin, MoveBulkAction):
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        # A destination the user may not act on is named in the confirmation ("cannot be moved to …").
        if "data" in kwargs and page_ids_hidden_from([kwargs["data"].get("chooser", "")], self.request.user):
            raise Http404
        return kwargs


HIDING_BULK_ACTIONS = [HidingPublishBulkAction, HidingUnpublishBulkAction, HidingDeleteBulkAction, HidingMoveBulkAction]
