"""Tracking's admin: Wagtail viewsets, registered from wagtail_hooks."""

import django_filters
from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import TopicPage
from tracking import access, selectors, views_sessions
from tracking.forms import SessionForm
from tracking.models import Session, SessionKind, SessionStatus
from tracking.viewsets_records import GROUP_ITEMS


class HiddenFieldPanel(FieldPanel):
    """A form field sent along with the form but not shown (the session's version)."""

    class BoundPanel(FieldPanel.BoundPanel):
        def render_html(self, parent_context=None):
            return str(self.bound_field)


def visible_schools(request):
    if request is None:
        return access.School.objects.none()
    return access.schools_visible_to(request.user).order_by("name")


def visible_vice_principals(request):
    if request is None:
        return access.VicePrincipal.objects.none()
    return access.session_vice_principals(request.user).order_by("name")


class SessionFilterSet(WagtailFilterSet):
    # Beijing dates: a session at 00:30 Beijing time on the 1st is on the 1st (still the 30th in UTC).
    date = django_filters.DateFromToRangeFilter(
        label=_("Date (Beijing)"), method="filter_date", widget=DateRangePickerWidget
    )
    school = django_filters.ModelChoiceFilter(label=_("School"), queryset=visible_schools)
    vice_principal = django_filters.ModelChoiceFilter(label=_("Vice principal"), queryset=visible_vice_principals)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=SessionKind.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=SessionStatus.choices)
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=TopicPage.objects.live().order_by("locale_id", "title")
    )

    class Meta:
        model = Session
        fields = ["date", "school", "vice_principal", "kind", "status", "topic"]

    def filter_date(self, queryset, name, value):
        first, last = value.start, value.stop
        if first:
            queryset = queryset.filter(starts_at__gte=selectors.day_bounds(first)[0])
        if last:
            queryset = queryset.filter(starts_at__lt=selectors.day_bounds(last)[1])
        return queryset


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    menu_order = 100
    add_to_admin_menu = False

    index_view_class = views_sessions.SessionIndexView
    add_view_class = views_sessions.SessionCreateView
    edit_view_class = views_sessions.SessionEditView
    delete_view_class = views_sessions.SessionDeleteView
    inspect_view_class = views_sessions.SessionInspectView
    history_view_class = views_sessions.SessionHistoryView
    usage_view_class = views_sessions.SessionUsageView
    revisions_compare_view_class = views_sessions.SessionCompareView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = SessionFilterSet
    list_per_page = 30

    list_export = [
        "starts_at",
        "ends_at",
        "title",
        "school",
        "school_code",
        "vice_principal",
        "kind",
        "status",
        "topic",
        "scenario",
        "class_hours",
        "attendance",
        "notes",
        "dispute_reason",
    ]
    export_headings = {
        "starts_at": _("Starts (Beijing time)"),
        "ends_at": _("Ends (Beijing time)"),
        "title": _("Title"),
        "school": _("School"),
        "school_code": _("School identification code"),
        "vice_principal": _("Vice principal"),
        "kind": _("Kind"),
        "status": _("Status"),
        "topic": _("Topic"),
        "scenario": _("Drill scenario"),
        "class_hours": _("Class-hours"),
        "attendance": _("Number attending"),
        "notes": _("Notes"),
        "dispute_reason": _("Reason for dispute"),
    }
    export_filename = "sessions"

    panels = [
        FieldPanel("vice_principal", permission="tracking.change_session"),
        FieldPanel("school"),
        FieldPanel("kind", widget=forms.RadioSelect),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When (Beijing time)")),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("lessons")], heading=_("Lecture")),
        FieldPanel("scenario"),
        FieldPanel("class_hours"),
        FieldPanel("notes"),
        HiddenFieldPanel("loaded_version"),
    ]

    def get_edit_handler(self):
        # The vice principal field is for superusers only: nobody else holds Django's model permission on
        # sessions (who may do what is decided by tracking.access, not by group rights).
        return ObjectList(self.panels, base_form_class=SessionForm).bind_to_model(self.model)

    @property
    def revisions_revert_view_class(self):
        return views_sessions.SessionRevertView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("held/<int:pk>/", views_sessions.LogHeldView.as_view(), name="log_held"),
            path("confirm/<int:pk>/", views_sessions.ConfirmView.as_view(), name="confirm"),
            path("dispute/<int:pk>/", views_sessions.DisputeView.as_view(), name="dispute"),
            path("cancel/<int:pk>/", views_sessions.CancelView.as_view(), name="cancel"),
            path("void/<int:pk>/", views_sessions.VoidView.as_view(), name="void"),
        ]


class TrackingViewSetGroup(ViewSetGroup):
    menu_label = _("Tracking")
    menu_icon = "calendar-alt"
    menu_order = 150
    items = (SessionViewSet, *GROUP_ITEMS)
