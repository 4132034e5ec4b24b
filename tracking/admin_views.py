"""Mixins shared by the tracking records' snippet views (sessions, yearly evaluations): saving through a service,
and the read-only history and comparison that everyone who may read a record gets."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail.admin.menu import MenuItem

from tracking import admin_responses
from tracking.forms import apply_service_errors


class ServiceSaveMixin:
    """Create and edit save through the service (`save_instance`); its rule messages go beside the fields and the
    form keeps what was typed. Afterwards the user lands on the record's page."""

    def save_instance(self):
        raise NotImplementedError

    def forbid(self, message: str):
        return admin_responses.forbidden(self.request, message)

    def form_valid(self, form):
        self.form = form
        try:
            self.object = self.save_instance()
        except ValidationError as error:
            apply_service_errors(form, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        except PermissionDenied as denied:
            return self.forbid(str(denied))
        messages.success(self.request, self.get_success_message(self.object))
        return redirect(self.get_success_url())

    def get_success_url(self):
        return self.inspect_url(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Autosave would save behind the service's back (and bump a session's version under the user's feet).
        context["autosave_enabled"] = False
        context.pop("autosave_indicator", None)
        return context


class ReaderRevisionsMixin:
    """History and comparison for everyone who may read the record: who changed it, when and why. Links to edit
    or revert are only for those who may change it; the others go to the record's page."""

    def may_change(self, instance) -> bool:
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", instance)


class ReaderHistoryMixin(ReaderRevisionsMixin):
    any_permission_required = ["view"]

    @cached_property
    def columns(self):
        columns = super().columns
        columns[0].url_names = {**columns[0].url_names, "revisions_revert": None}
        return columns

    @cached_property
    def header_buttons(self):
        return super().header_buttons if self.may_change(self.object) else []

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self.may_change(instance) else self.inspect_url(instance)


class ReaderCompareMixin(ReaderRevisionsMixin):
    permission_required = "view"

    def get_edit_url(self):
        return super().get_edit_url() if self.may_change(self.object) else None


class ShownToMenuItem(MenuItem):
    """A menu item shown only to the users `shown_to(user)` accepts; its pages check the same again on every URL."""

    def __init__(self, label, url, *, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)
