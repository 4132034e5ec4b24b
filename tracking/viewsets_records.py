"""Admin viewsets for the records sessions hang on: regions, schools, vice principals, appointments and training
departments. Superusers manage them; regional administrators, school contacts and vice principals read the ones
`tracking.access` shows them (see tracking.policies). Every list, export, chooser and object URL is narrowed to
that scope, and a record outside it answers 404 whatever the URL."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ProtectedError, Q, RestrictedError
from django.http import Http404
from django.shortcuts import get_list_or_404, redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.utils import get_latest_str
from wagtail.admin.widgets import AdminDateInput
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import SchoolLevel
from tracking import admin_responses, rules, services
from tracking.exports import FormulaSafeExportMixin
from tracking.models import Appointment, Region, School, TrainingDepartment, VicePrincipal
from tracking.policies import visible_records

# --- Views shared by every record viewset ---------------------------------------------------------------------


class ForbiddenMixin:
    """A refused action answers 403 with a page saying so. Wagtail's own answer, a redirect to the dashboard,
    would read as if the link were broken to someone who may read the record but not change it."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return admin_responses.forbidden(
                request,
                gettext(
                    "You cannot do this here: these records are read-only for you, or this record is still used by "
                    "others. Only an administrator adds, changes or deletes them."
                ),
            )


class ScopedObjectMixin(ForbiddenMixin):
    """Answers 404 for a record outside the user's scope before any permission check, so changing an id in a URL
    does not even confirm that the record exists. Read-only users then get 403 on edit and delete."""

    def dispatch(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not visible_records(self.model, request.user).filter(pk=unquote(str(pk))).exists():
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class RecordIndexView(ForbiddenMixin, FormulaSafeExportMixin, snippet_views.IndexView):
    pass


class RecordCreateView(ForbiddenMixin, snippet_views.CreateView):
    pass


class RecordEditView(ScopedObjectMixin, snippet_views.EditView):
    pass


class RecordDeleteView(ScopedObjectMixin, snippet_views.DeleteView):
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except (ProtectedError, RestrictedError):
            # Schools, appointments and sessions protect what they point at: a record in use stays.
            messages.error(
                self.request,
                gettext("“%(object)s” is still used by other records, so it cannot be deleted.")
                % {"object": get_latest_str(self.object)},
            )
            return redirect(self.get_delete_url())


class RecordHistoryView(ScopedObjectMixin, snippet_views.HistoryView):
    # Who changed a record and when is part of reading it.
    any_permission_required = ["add", "change", "delete", "view"]


class RecordUsageView(ScopedObjectMixin, snippet_views.UsageView):
    pass


class RecordInspectView(ScopedObjectMixin, snippet_views.InspectView):
    pass


class ScopedChooserMixin:
    def get_object_list(self):
        return visible_records(self.model_class, self.request.user)


class RecordChooseView(ScopedChooserMixin, snippet_chooser.ChooseView):
    pass


class RecordChooseResultsView(ScopedChooserMixin, snippet_chooser.ChooseResultsView):
    pass


class RecordChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return visible_records(self.model_class, self.request.user).get(pk=pk)


class RecordChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible_records(self.model_class, self.request.user).filter(pk__in=pks)


class RecordChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = RecordChooseView
    choose_results_view_class = RecordChooseResultsView
    chosen_view_class = RecordChosenView
    chosen_multiple_view_class = RecordChosenMultipleView


class RecordDeleteBulkAction(DeleteBulkAction):
    """Bulk delete limited to records in the user's scope: Wagtail's own lists the records a user may not delete
    by name, which would name any school whose id one typed into the URL."""

    models = [Region, School, VicePrincipal, Appointment, TrainingDepartment]

    def get_queryset(self, model, object_ids):
        return get_list_or_404(visible_records(model, self.request.user), pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        return visible_records(self.model, self.request.user).values_list("pk", flat=True)


class RecordViewSet(SnippetViewSet):
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    # The database's LIKE search: these records are not in the search index.
    search_backend_name = None
    index_view_class = RecordIndexView
    add_view_class = RecordCreateView
    edit_view_class = RecordEditView
    delete_view_class = RecordDeleteView
    history_view_class = RecordHistoryView
    usage_view_class = RecordUsageView
    inspect_view_class = RecordInspectView
    chooser_viewset_class = RecordChooserViewSet

    def get_queryset(self, request):
        return visible_records(self.model, request.user)

    def get_permissions_to_register(self):
        # Group permissions open nothing here (see tracking.policies): offer none in the group editor.
        return Permission.objects.none()


def _visible_schools(request):
    return visible_records(School, request.user) if request is not None else School.objects.none()


def _visible_vice_principals(request):
    return visible_records(VicePrincipal, request.user) if request is not None else VicePrincipal.objects.none()


def _regions_of_visible_schools(request):
    if request is None:
        return Region.objects.none()
    return Region.objects.filter(
        Q(pk__in=visible_records(School, request.user).values("region"))
        | Q(pk__in=visible_records(Region, request.user).values("pk"))
    )


# --- Regions --------------------------------------------------------------------------------------------------


class RegionFilterSet(WagtailFilterSet):
    code = django_filters.CharFilter(
        label=_("Division code starts with"),
        lookup_expr="startswith",
        help_text=_("e.g. 11 for a province, 1101 for a city, 110101 for one district."),
    )

    class Meta:
        model = Region
        fields = ["code"]


class RegionViewSet(RecordViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    filterset_class = RegionFilterSet
    search_fields = ["name", "code"]
    list_display = ["name", "code", Column("level", label=_("Level"), accessor="get_level_display")]
    list_export = ["code", "name", "get_level_display"]
    export_headings = {"code": _("Division code"), "name": _("Name"), "get_level_display": _("Level")}
    export_filename = "regions"
    inspect_view_fields = ["code", "name", "level", "administrators"]
    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("administrators", widget=forms.SelectMultiple)]


# --- Schools --------------------------------------------------------------------------------------------------


class SchoolFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=_regions_of_visible_schools)
    region_code = django_filters.CharFilter(
        label=_("Division code starts with"), field_name="region__code", lookup_expr="startswith"
    )
    levels = django_filters.ModelChoiceFilter(
        label=_("School level"), field_name="levels", queryset=SchoolLevel.objects.all()
    )

    class Meta:
        model = School
        fields = ["region", "region_code", "levels"]


class SchoolViewSet(RecordViewSet):
    model = School
    icon = "home"
    menu_label = _("Schools")
    filterset_class = SchoolFilterSet
    search_fields = ["name", "code", "address"]
    list_display = ["name", "code", "region", "student_count"]
    list_export = ["code", "name", "region", "student_count", "address"]
    export_headings = {
        "code": _("School identification code"),
        "name": _("Name"),
        "region": _("Region"),
        "student_count": _("Number of students"),
        "address": _("Address"),
    }
    export_filename = "schools"
    inspect_view_fields = ["name", "code", "region", "levels", "student_count", "address", "contacts"]
    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("region"),
        FieldPanel("levels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("student_count"),
        FieldPanel("address"),
        FieldPanel("contacts", widget=forms.SelectMultiple),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")


# --- Vice principals ------------------------------------------------------------------------------------------


class VicePrincipalFilterSet(WagtailFilterSet):
    agency = django_filters.CharFilter(label=_("Sending agency"), lookup_expr="icontains")
    school = django_filters.ModelChoiceFilter(
        label=_("School"), field_name="appointments__school", queryset=_visible_schools, distinct=True
    )

    class Meta:
        model = VicePrincipal
        fields = ["agency", "school"]


class VicePrincipalViewSet(RecordViewSet):
    model = VicePrincipal
    icon = "user"
    menu_label = _("Vice principals")
    filterset_class = VicePrincipalFilterSet
    search_fields = ["name", "agency", "unit", "badge_number"]
    list_display = ["name", "agency", "unit", "badge_number", "phone"]
    list_export = ["name", "agency", "unit", "badge_number", "phone"]
    export_headings = {
        "name": _("Name"),
        "agency": _("Sending agency"),
        "unit": _("Unit"),
        "badge_number": _("Police or staff number"),
        "phone": _("Phone"),
    }
    export_filename = "vice-principals"
    inspect_view_fields = ["name", "agency", "unit", "badge_number", "phone", "appointments"]
    panels = [
        FieldPanel("user"),
        FieldPanel("name"),
        FieldPanel("agency"),
        FieldPanel("unit"),
        FieldPanel("badge_number"),
        FieldPanel("phone"),
    ]


# --- Appointments ---------------------------------------------------------------------------------------------


class AppointmentForm(WagtailAdminModelForm):
    """Puts each appointment rule's message beside its field (end date, school) and keeps what was typed."""

    def clean(self):
        cleaned = super().clean()
        candidate = Appointment(
            pk=self.instance.pk,
            vice_principal=cleaned.get("vice_principal"),
            school=cleaned.get("school"),
            start_date=cleaned.get("start_date"),
            end_date=cleaned.get("end_date"),
        )
        for field, field_messages in rules.appointment_errors(appointment=candidate).items():
            for message in field_messages:
                self.add_error(field if field in self.fields else None, message)
        return cleaned


class AppointmentSaveMixin:
    """Saves through services.appointment_save, which checks the rules again inside the save and logs it."""

    def save_instance(self):
        return services.appointment_save(appointment=self.form.save(commit=False), user=self.request.user)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class AppointmentCreateView(AppointmentSaveMixin, RecordCreateView):
    pass


class AppointmentEditView(AppointmentSaveMixin, RecordEditView):
    pass


class AppointmentFilterSet(WagtailFilterSet):
    school = django_filters.ModelChoiceFilter(label=_("School"), queryset=_visible_schools)
    vice_principal = django_filters.ModelChoiceFilter(label=_("Vice principal"), queryset=_visible_vice_principals)
    serving_on = django_filters.DateFilter(
        label=_("Serving on"),
        method="filter_serving_on",
        widget=AdminDateInput,
        help_text=_("Appointments that cover this date."),
    )

    class Meta:
        model = Appointment
        fields = ["school", "vice_principal", "serving_on"]

    def filter_serving_on(self, queryset, name, value):
        return queryset.filter(start_date__lte=value).filter(Q(end_date__isnull=True) | Q(end_date__gte=value))


class AppointmentViewSet(RecordViewSet):
    model = Appointment
    icon = "link"
    menu_label = _("Appointments")
    add_view_class = AppointmentCreateView
    edit_view_class = AppointmentEditView
    filterset_class = AppointmentFilterSet
    search_fields = ["vice_principal__name", "school__name"]
    list_display = [
        Column("vice_principal", label=_("Vice principal"), accessor="vice_principal"),
        "school",
        DateColumn("start_date", label=_("Start date"), sort_key="start_date"),
        DateColumn("end_date", label=_("End date"), sort_key="end_date"),
    ]
    list_export = ["vice_principal", "school", "start_date", "end_date"]
    export_headings = {
        "vice_principal": _("Vice principal"),
        "school": _("School"),
        "start_date": _("Start date"),
        "end_date": _("End date"),
    }
    export_filename = "appointments"
    inspect_view_fields = ["vice_principal", "school", "start_date", "end_date"]
    edit_handler = ObjectList(
        [FieldPanel("vice_principal"), FieldPanel("school"), FieldPanel("start_date"), FieldPanel("end_date")],
        base_form_class=AppointmentForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("vice_principal", "school")


# --- Training departments -------------------------------------------------------------------------------------


class TrainingDepartmentFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=_regions_of_visible_schools)

    class Meta:
        model = TrainingDepartment
        fields = ["region"]


class TrainingDepartmentViewSet(RecordViewSet):
    model = TrainingDepartment
    icon = "group"
    menu_label = _("Training departments")
    filterset_class = TrainingDepartmentFilterSet
    search_fields = ["name"]
    list_display = ["name", "region"]
    list_export = ["name", "region"]
    export_headings = {"name": _("Name"), "region": _("Region")}
    export_filename = "training-departments"
    inspect_view_fields = ["name", "region", "members", "scenario_roots"]
    panels = [
        FieldPanel("name"),
        FieldPanel("region"),
        FieldPanel("members", widget=forms.SelectMultiple),
        FieldPanel("scenario_roots", widget=forms.SelectMultiple),
    ]


RECORD_VIEWSETS = (RegionViewSet, SchoolViewSet, VicePrincipalViewSet, AppointmentViewSet, TrainingDepartmentViewSet)


def _group_items():
    from tracking.views_calendar import CalendarMenu

    return (CalendarMenu(), *RECORD_VIEWSETS)


# What the Tracking menu group holds beside the sessions: the calendar, then the records.
GROUP_ITEMS = _group_items()
