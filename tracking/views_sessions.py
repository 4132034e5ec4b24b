"""The sessions admin's views: Wagtail's snippet views narrowed to what `tracking.access` allows, and the one-click
actions (log as held, confirm, dispute, cancel, void). Every object view looks the session up in
`access.sessions_visible_to` (so another school's session is a 404), then asks the permission policy for this
session (a visible session the user may not change is a 403 that says why). Writes go through `tracking.services`.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.snippets.views import snippets as snippet_views

from tracking import access, admin_responses, admin_views, certify, selectors, services
from tracking.exports import FormulaSafeExportMixin
from tracking.forms import (
    CancelForm,
    DisputeForm,
    LogHeldForm,
    VoidForm,
    apply_service_errors,
)
from tracking.models import Session, SessionKind, SessionStatus
from tracking.permissions import denial_message, session_permission_policy

BEIJING_FORMAT = "Y年n月j日 H:i"


def beijing_display(value) -> str:
    """A datetime as Beijing people write it: 2026年11月25日 14:00."""
    if value is None:
        return ""
    return dateformat.format(timezone.localtime(value, selectors.beijing()), BEIJING_FORMAT)


def forbidden(request, message: str):
    return admin_responses.forbidden(
        request,
        message,
        back_url=reverse("wagtailsnippets_tracking_session:list"),
        back_label=_("Back to sessions"),
    )


def url_for(name: str, session: Session) -> str:
    return reverse(f"wagtailsnippets_tracking_session:{name}", args=[quote(session.pk)])


# --- Buttons: shown only to who may use them ---------------------------------------------------------------------

ACTION_BUTTONS = (
    # (policy action, URL name, label, icon)
    ("log_held", "log_held", gettext_lazy("Log as held"), "tick"),
    ("confirm", "confirm", gettext_lazy("Confirm"), "success"),
    ("dispute", "dispute", gettext_lazy("Dispute"), "warning"),
    ("cancel", "cancel", gettext_lazy("Cancel session"), "cross"),
    ("void", "void", gettext_lazy("Void"), "bin"),
)


# Confirming needs no input, so its button posts at once; the others open a short form.
ONE_CLICK = {"confirm"}


def allowed_actions(user, session: Session) -> list[dict]:
    return [
        {
            "action": action,
            "url": url_for(url_name, session),
            "label": label,
            "icon": icon,
            "one_click": action in ONE_CLICK,
            "priority": priority,
        }
        for priority, (action, url_name, label, icon) in enumerate(ACTION_BUTTONS, start=1)
        if session_permission_policy.user_has_permission_for_instance(user, action, session)
    ]


def action_buttons(user, session: Session, *, button_class=Button) -> list:
    buttons = []
    for link in allowed_actions(user, session):
        attrs = {}
        if link["one_click"]:
            attrs = {
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": link["url"],
            }
        buttons.append(
            button_class(link["label"], url=link["url"], icon_name=link["icon"], priority=link["priority"], attrs=attrs)
        )
    return buttons


class BeijingTimeMixin:
    """Forms and pages of sessions read and show times in Beijing time, whatever the user's own time zone."""

    def dispatch(self, request, *args, **kwargs):
        with timezone.override(selectors.beijing()):
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
            return response


class VisibleSessionMixin(BeijingTimeMixin):
    """For Wagtail's object views: 404 for a session the user may not see, 403 with a reason for one they may see
    but not act on (`object_action`)."""

    object_action = "view"

    def visible_sessions(self):
        return access.sessions_visible_to(self.request.user)

    def inspect_url(self, instance):
        return url_for("inspect", instance)

    def get_base_object_queryset(self):
        return self.visible_sessions()

    def dispatch(self, request, *args, **kwargs):
        session = self.object
        if not session_permission_policy.user_has_permission_for_instance(request.user, self.object_action, session):
            return forbidden(request, denial_message(request.user, session, self.object_action))
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as denied:
            return forbidden(request, str(denied) or denial_message(request.user, session, self.object_action))


# --- Listing -------------------------------------------------------------------------------------------------------


class SessionIndexView(FormulaSafeExportMixin, snippet_views.IndexView):
    export_filename = "sessions"

    def get_base_queryset(self):
        sessions = selectors.sessions_for_list(access.sessions_visible_to(self.request.user))
        return sessions.prefetch_related("attendance") if self.is_export else sessions

    def order_queryset(self, queryset):
        # The selector's order (what needs someone first) unless a column heading was clicked.
        if self.request.GET.get("ordering") in self.get_valid_orderings():
            return super().order_queryset(queryset)
        return queryset

    @cached_property
    def columns(self):
        return [
            Column(
                "starts_at",
                label=_("Date and time"),
                accessor=lambda s: beijing_display(s.starts_at),
                sort_key="starts_at",
                classname="tracking-when",
            ),
            self._get_title_column_class(TitleColumn)(
                "title",
                label=_("Title"),
                accessor="display_title",
                get_url=self.get_row_url,
                classname="tracking-title",
            ),
            Column("school", label=_("School"), accessor="school", sort_key="school__name"),
            Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda s: s.status in (SessionStatus.HELD, SessionStatus.DISPUTED),
            ),
            Column(
                "flags",
                label=_("Flags"),
                accessor=lambda s: _("Overlaps another session") if getattr(s, "overlaps_another", False) else "",
            ),
        ]

    def get_row_url(self, instance):
        return self.get_edit_url(instance) or self.get_inspect_url(instance)

    def get_edit_url(self, instance):
        if session_permission_policy.user_has_permission_for_instance(self.request.user, "change", instance):
            return url_for("edit", instance)

    def get_delete_url(self, instance):
        if session_permission_policy.user_has_permission_for_instance(self.request.user, "delete", instance):
            return url_for("delete", instance)

    def get_copy_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        buttons = action_buttons(self.request.user, instance)
        buttons.append(Button(_("Inspect"), url=url_for("inspect", instance), icon_name="info-circle", priority=30))
        if edit_url := self.get_edit_url(instance):
            buttons.append(Button(_("Edit"), url=edit_url, icon_name="edit", priority=31))
        buttons.append(Button(_("History"), url=url_for("history", instance), icon_name="history", priority=40))
        if delete_url := self.get_delete_url(instance):
            buttons.append(Button(_("Delete"), url=delete_url, icon_name="bin", priority=50))
        return buttons

    # Export: Beijing times, labels instead of codes, the same filtered rows as the list.
    EXPORT_VALUES = {
        "starts_at": lambda s: beijing_display(s.starts_at),
        "ends_at": lambda s: beijing_display(s.ends_at),
        "title": lambda s: s.display_title,
        "school": lambda s: s.school.name,
        "school_code": lambda s: s.school.code,
        "vice_principal": lambda s: s.vice_principal.name,
        "kind": lambda s: s.get_kind_display(),
        "status": lambda s: s.get_status_display(),
        "topic": lambda s: s.topic.title if s.topic_id else "",
        "scenario": lambda s: s.scenario.title if s.scenario_id else "",
        "class_hours": lambda s: float(s.class_hours),
        "attendance": lambda s: sum(a.count for a in s.attendance.all()),
        "notes": lambda s: s.notes,
        "dispute_reason": lambda s: s.dispute_reason,
    }

    def to_row_dict(self, item):
        return {field: self.EXPORT_VALUES[field](item) for field in self.list_export}


# --- Create and edit -----------------------------------------------------------------------------------------------


class ServiceSaveMixin(admin_views.ServiceSaveMixin):
    def forbid(self, message: str):
        return forbidden(self.request, message)

    def inspect_url(self, instance):
        return url_for("inspect", instance)


class SessionCreateView(ServiceSaveMixin, BeijingTimeMixin, snippet_views.CreateView):
    def dispatch(self, request, *args, **kwargs):
        if not access.may_schedule(request.user):
            return forbidden(request, _("Only vice principals schedule sessions, at schools they are appointed to."))
        return super().dispatch(request, *args, **kwargs)

    def get_initial_form_instance(self):
        # A vice principal schedules for themselves; a superuser picks the vice principal in the form.
        vp = access.vice_principal_of(self.request.user)
        return Session(vice_principal=vp) if vp else Session()

    def get_initial(self):
        from tracking.forms import prefill_from_request

        return {"kind": SessionKind.LECTURE, **super().get_initial(), **prefill_from_request(self.request.GET)}

    def save_instance(self):
        session = self.form.save(commit=False)
        return services.session_schedule(session=session, user=self.request.user)


class SessionEditView(ServiceSaveMixin, VisibleSessionMixin, snippet_views.EditView):
    object_action = "change"

    def get_queryset(self):
        return self.visible_sessions()

    def save_instance(self):
        session = self.form.save(commit=False)
        return services.session_update(
            session=session, user=self.request.user, expected_version=self.form.cleaned_data.get("loaded_version")
        )

    def get(self, request, *args, **kwargs):
        if self.object.status == SessionStatus.DISPUTED and self.object.dispute_reason:
            messages.warning(request, _("Disputed by the school: %(reason)s") % {"reason": self.object.dispute_reason})
        return super().get(request, *args, **kwargs)

    def get_success_message(self, instance=None):
        return _("Session '%(title)s' saved.") % {"title": (instance or self.object).display_title}

    @cached_property
    def header_more_buttons(self):
        buttons = [b for b in super().header_more_buttons if b.label != _("Copy")]
        return action_buttons(self.request.user, self.object) + buttons

    def get_delete_url(self):
        if session_permission_policy.user_has_permission_for_instance(self.request.user, "delete", self.object):
            return url_for("delete", self.object)


class SessionRevertView(SessionEditView):
    """Reverting would also put back an old status; sessions change only through edits and the actions."""

    def dispatch(self, request, *args, **kwargs):
        return forbidden(request, _("Sessions are not reverted to an earlier revision; edit the session instead."))


class SessionDeleteView(VisibleSessionMixin, snippet_views.DeleteView):
    object_action = "delete"

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        return get_object_or_404(self.visible_sessions(), pk=self.kwargs[self.pk_url_kwarg])

    def delete_action(self):
        services.session_delete(session=self.object, user=self.request.user)

    def get_usage_url(self):
        return None


class SessionInspectView(VisibleSessionMixin, snippet_views.InspectView):
    template_name = "tracking/admin/session_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(self.visible_sessions(), pk=self.pk)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)

    def get_edit_url(self):
        if session_permission_policy.user_has_permission_for_instance(self.request.user, "change", self.object):
            return url_for("edit", self.object)

    def get_delete_url(self):
        if session_permission_policy.user_has_permission_for_instance(self.request.user, "delete", self.object):
            return url_for("delete", self.object)

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        buttons.append(Button(_("History"), url=url_for("history", self.object), icon_name="history", priority=40))
        return buttons

    @cached_property
    def header_buttons(self):
        return action_buttons(self.request.user, self.object, button_class=HeaderButton)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.object
        context.update(
            {
                "session": session,
                "starts": beijing_display(session.starts_at),
                "ends": beijing_display(session.ends_at),
                "held_at": beijing_display(session.held_at),
                "confirmed_at": beijing_display(session.confirmed_at),
                "attendance": list(session.attendance.select_related("audience")),
                "timings": list(session.phase_timings.all()),
                "overlaps": list(
                    access.sessions_visible_to(self.request.user).filter(
                        pk__in=selectors.overlapping_sessions(session=session).values("pk")
                    )
                ),
                "history_url": url_for("history", session),
                "photos_url": reverse("tracking_session_photos", args=[session.pk]),
                "photo_count": selectors.photos_of(session=session).count(),
                "is_drill": session.kind == SessionKind.DRILL,
                "action_links": allowed_actions(self.request.user, session),
                "certificate": certify.session_certificate(session),
            }
        )
        return context


class SessionHistoryView(admin_views.ReaderHistoryMixin, VisibleSessionMixin, snippet_views.HistoryView):
    permission_policy = session_permission_policy


class SessionUsageView(VisibleSessionMixin, snippet_views.UsageView):
    object_action = "view"
    permission_required = None
    any_permission_required = ["view"]


class SessionCompareView(admin_views.ReaderCompareMixin, VisibleSessionMixin, snippet_views.RevisionsCompareView):
    permission_policy = session_permission_policy

    def get_object(self, queryset=None):
        return get_object_or_404(self.visible_sessions(), pk=self.pk)


# --- The one-click actions -----------------------------------------------------------------------------------------


class SessionActionView(BeijingTimeMixin, WagtailAdminTemplateMixin, FormView):
    """Base of the action views: POST through a service, then back to the session."""

    action = ""
    template_name = "tracking/admin/session_action.html"
    header_icon = "date"
    submit_label = gettext_lazy("Save")
    success_message = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(access.sessions_visible_to(request.user), pk=kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        if not session_permission_policy.user_has_permission_for_instance(request.user, self.action, self.object):
            return forbidden(request, denial_message(request.user, self.object, self.action))
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.object.display_title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("wagtailsnippets_tracking_session:list"), "label": _("Sessions")},
            {"url": url_for("inspect", self.object), "label": self.object.display_title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "session": self.object}

    def perform(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.perform(form)
        except ValidationError as error:
            apply_service_errors(form, error)
            messages.error(self.request, _("The session could not be saved due to errors."))
            return self.form_invalid(form)
        except PermissionDenied as denied:
            return forbidden(self.request, str(denied))
        messages.success(self.request, self.success_message % {"title": self.object.display_title})
        return redirect(self.get_success_url())

    def get_success_url(self):
        return url_for("inspect", self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "session": self.object,
                "starts": beijing_display(self.object.starts_at),
                "submit_label": self.submit_label,
                "action_url": self.request.path,
                "cancel_url": url_for("inspect", self.object),
                # Attendance and timings are shown in their own groups, the rest of the fields after them.
                "grouped_fields": [
                    *getattr(context["form"], "attendance_field_names", []),
                    *getattr(context["form"], "phase_field_names", []),
                ],
            }
        )
        return context


class LogHeldView(SessionActionView):
    action = "log_held"
    form_class = LogHeldForm
    page_title = gettext_lazy("Log as held")
    submit_label = gettext_lazy("Log as held")
    success_message = gettext_lazy("Session '%(title)s' logged as held; it now awaits the school's confirmation.")

    def perform(self, form):
        services.session_log_held(
            session=self.object,
            user=self.request.user,
            attendance=form.attendance(),
            timings=form.timings(),
            notes=form.cleaned_data["notes"],
            class_hours=form.cleaned_data["class_hours"],
            expected_version=form.cleaned_data.get("version"),
        )


class ConfirmView(SessionActionView):
    """One click: the list's and the session's "Confirm" buttons post here directly."""

    action = "confirm"
    page_title = gettext_lazy("Confirm")
    submit_label = gettext_lazy("Confirm")
    success_message = gettext_lazy("Session '%(title)s' confirmed.")

    def get_form_class(self):
        from django import forms

        class ConfirmForm(forms.Form):
            def __init__(self, *args, session=None, **kwargs):
                super().__init__(*args, **kwargs)

        return ConfirmForm

    def perform(self, form):
        services.session_confirm(session=self.object, user=self.request.user)


class DisputeView(SessionActionView):
    action = "dispute"
    form_class = DisputeForm
    page_title = gettext_lazy("Dispute")
    submit_label = gettext_lazy("Dispute")
    success_message = gettext_lazy("Session '%(title)s' disputed; the vice principal sees your reason.")

    def perform(self, form):
        services.session_dispute(
            session=self.object, user=self.request.user, reason=form.cleaned_data["dispute_reason"]
        )


class CancelView(SessionActionView):
    action = "cancel"
    form_class = CancelForm
    page_title = gettext_lazy("Cancel session")
    submit_label = gettext_lazy("Cancel session")
    success_message = gettext_lazy("Session '%(title)s' cancelled.")

    def perform(self, form):
        services.session_cancel(session=self.object, user=self.request.user, reason=form.cleaned_data["cancel_reason"])


class VoidView(SessionActionView):
    action = "void"
    form_class = VoidForm
    page_title = gettext_lazy("Void")
    submit_label = gettext_lazy("Void")
    success_message = gettext_lazy("Session '%(title)s' voided; it no longer counts but keeps its history.")

    def perform(self, form):
        services.session_void(session=self.object, user=self.request.user, reason=form.cleaned_data["void_reason"])
