"""Admin views of the site-wide app: sign-in lockouts under Settings."""

import django_filters
from axes.models import AccessAttempt
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import path
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import BasePermissionPolicy

from cms import selectors, services


class SuperuserOnlyPermissionPolicy(BasePermissionPolicy):
    """Only active superusers may see sign-in lockouts and lift them, whatever their groups may otherwise do: the
    list shows who is being guessed at from where, and lifting a lockout lets the guessing go on.

    Records are made by django-axes alone, so nobody adds or changes them; unlocking deletes them.
    """

    actions = frozenset({"view", "delete"})

    def user_has_permission(self, user, action):
        return action in self.actions and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True, is_superuser=True)
        return users if self.actions.intersection(actions) else users.none()


class AddressFilter(django_filters.Filter):
    # Validated as an address first: PostgreSQL refuses to compare an inet column with anything else.
    field_class = forms.GenericIPAddressField


class SignInLockoutFilterSet(WagtailFilterSet):
    username = django_filters.CharFilter(label=_("Username"), lookup_expr="icontains")
    ip_address = AddressFilter(label=_("Address"), lookup_expr="exact")

    class Meta:
        model = AccessAttempt
        fields = ["username", "ip_address"]


def lockout_status(attempt: AccessAttempt) -> str:
    lockout = selectors.sign_in_lockout(username=attempt.username, ip_address=attempt.ip_address)
    if not lockout.locked:
        return gettext("Not locked")
    if lockout.until is None:
        return gettext("Locked until unlocked")
    return gettext("Locked until %(time)s") % {"time": date_format(timezone.localtime(lockout.until), "Y-m-d H:i")}


class SignInLockoutIndexView(generic.IndexView):
    page_title = _("Sign-in lockouts")
    # Only in the count under the list ("2 failure records"); the count comes first.
    verbose_name = _("failure record")
    verbose_name_plural = _("failure records")

    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return gettext("No failed sign-ins match.")
        return gettext("No failed sign-ins are recorded, so nobody is locked out.")

    @cached_property
    def columns(self):
        title_column_class = self._get_title_column_class(TitleColumn)
        return [
            title_column_class("username", label=_("Username"), sort_key="username", get_url=lambda attempt: None),
            Column("ip_address", label=_("Address"), sort_key="ip_address"),
            Column("failures_since_start", label=_("Failures"), sort_key="failures_since_start"),
            DateColumn("attempt_time", label=_("Last failure"), sort_key="attempt_time"),
            Column("status", label=_("Status"), accessor=lockout_status),
            Column("user_agent", label=_("Browser"), accessor=lambda attempt: Truncator(attempt.user_agent).chars(80)),
        ]

    def get_list_more_buttons(self, instance):
        # Unlocking is the one thing to do with a record; it is a button of its own, not a menu entry.
        return []

    def get_list_buttons(self, instance):
        if url := self.get_delete_url(instance):
            return [ListingButton(_("Unlock"), url=url, icon_name="lock-open")]
        return []


class SignInUnlockView(generic.DeleteView):
    page_title = _("Unlock")
    template_name = "cms/admin/sign_in_unlock.html"

    def get_page_subtitle(self):
        return f"{self.object.username} @ {self.object.ip_address}"

    @property
    def confirmation_message(self):
        return gettext("Let “%(username)s” sign in again from %(address)s?") % {
            "username": self.object.username,
            "address": self.object.ip_address,
        }

    def delete_action(self):
        self.deleted = services.sign_in_unlock(attempt=self.object, user=self.request.user)

    def get_success_message(self):
        return ngettext(
            "“%(username)s” can sign in again from %(address)s (%(count)d record removed).",
            "“%(username)s” can sign in again from %(address)s (%(count)d records removed).",
            self.deleted,
        ) % {"username": self.object.username, "address": self.object.ip_address, "count": self.deleted}


class SignInLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "sign_in_lockouts"
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    index_view_class = SignInLockoutIndexView
    delete_view_class = SignInUnlockView
    filterset_class = SignInLockoutFilterSet
    search_fields = ["username", "ip_address"]
    search_backend_name = None  # the database's LIKE search; axes' records are not in the search index
    ordering = ["-attempt_time"]
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        # Records are written by django-axes alone: there is nothing to add, edit, trace in history or find usages
        # of, so those views are not built.
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, history_url_name=None, usage_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("unlock/<int:pk>/", self.delete_view, name="delete"),
        ]

    def register_admin_url_finder(self):
        # No edit view to point at.
        pass

    def get_permissions_to_register(self):
        # Group permissions cannot open this view (see SuperuserOnlyPermissionPolicy): offer none in the group editor.
        return Permission.objects.none()
