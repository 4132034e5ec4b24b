"""The yearly evaluations' admin (Reports → Yearly evaluations): the list with filters and CSV/XLSX export, the
school contact's form (a phone at 390×844 is enough), "Submit" with a confirmation, an administrator's amendment
with a reason, the history, and the A4 PDF for the sending agency.

Every object URL looks the evaluation up in `access.evaluations_visible_to` (another school's evaluation is a 404),
then asks the permission policy (tracking.reports.evaluations_policy) about this evaluation: one the user may read
but not act on is a 403 that says why. Writes go through tracking.reports.evaluations.
"""

import django_filters
from django import forms
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from tracking import access, admin_responses, admin_views
from tracking.exports import FormulaSafeExportMixin
from tracking.forms import TOUCH, apply_service_errors
from tracking.models import Evaluation, EvaluationStatus, Rating, School
from tracking.reports import evaluations as services
from tracking.reports.evaluations_pdf import beijing_time, evaluation_pdf_render, person
from tracking.reports.evaluations_policy import evaluation_permission_policy as policy

NAMESPACE = "wagtailsnippets_tracking_evaluation"


def url_for(name: str, evaluation: Evaluation) -> str:
    return reverse(f"{NAMESPACE}:{name}", args=[quote(evaluation.pk)])


def can(user, action: str, evaluation: Evaluation) -> bool:
    return policy.user_has_permission_for_instance(user, action, evaluation)


def forbidden(request, message: str):
    reads = access.reads_evaluations(request.user)
    return admin_responses.forbidden(
        request,
        message,
        back_url=reverse(f"{NAMESPACE}:list") if reads else None,
        back_label=_("Back to yearly evaluations") if reads else None,
    )


def denial_message(user, evaluation: Evaluation, action: str) -> str:
    if action in ("change", "submit", "delete") and evaluation.is_locked:
        return services.locked_message()
    if action == "amend":
        if not evaluation.is_locked:
            return _("This evaluation is still a draft: change it with Edit, then submit it.")
        return _("Only an administrator can change a submitted evaluation.")
    return _("You can read this evaluation but not change it: only the school's contact records it.")


def visible(user):
    return access.evaluations_visible_to(user).select_related(
        "school__region", "vice_principal", "submitted_by", "latest_revision"
    )


class ForbiddenMixin:
    """A refused action answers 403 with a page saying so (see `forbidden`)."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as denied:
            return forbidden(request, str(denied) or _("You cannot do this here."))


class ScopedObjectMixin(ForbiddenMixin):
    """404 for an evaluation outside the user's scope (so an id typed into a URL confirms nothing), then 403 with a
    reason for one they may see but not `object_action`."""

    object_action = "view"

    def dispatch(self, request, *args, **kwargs):
        evaluation = visible(request.user).filter(pk=unquote(str(kwargs.get("pk", "")))).first()
        if evaluation is None:
            raise Http404
        refusal = self.refuse(request, evaluation)
        if refusal is not None:
            return refusal
        return super().dispatch(request, *args, **kwargs)

    def inspect_url(self, instance):
        return url_for("inspect", instance)

    def refuse(self, request, evaluation):
        if not can(request.user, self.object_action, evaluation):
            return forbidden(request, denial_message(request.user, evaluation, self.object_action))
        return None


# --- The form ------------------------------------------------------------------------------------------------------


class EvaluationForm(WagtailAdminModelForm):
    """A contact picks one of their schools, a vice principal appointed there, the school year, a rating and
    comments. Plain selects and radio buttons, which a phone handles better than Wagtail's choosers."""

    school_year = forms.TypedChoiceField(label=gettext_lazy("School year"), coerce=int, choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and user.is_superuser:
            schools = School.objects.all()
        elif user is not None:
            schools = School.objects.filter(contacts=user)
        else:
            schools = School.objects.none()
        schools = schools.order_by("name")
        if "school" in self.fields:
            self.fields["school"].queryset = schools
            self.fields["school"].widget = forms.Select(attrs=TOUCH, choices=self.fields["school"].choices)
        if "vice_principal" in self.fields:
            field = self.fields["vice_principal"]
            field.queryset = services.vice_principals_appointed_at(schools)
            field.widget = forms.Select(attrs=TOUCH, choices=field.choices)
            field.help_text = _("A vice principal appointed at the school at any time in that school year.")
        if "school_year" in self.fields:
            choices = services.year_choices()
            if self.instance.pk and self.instance.school_year not in dict(choices):
                choices.append((self.instance.school_year, services.year_of(self.instance).label))
            self.fields["school_year"].choices = choices
            self.fields["school_year"].widget.attrs.update(TOUCH)
            if not self.instance.pk:
                self.initial.setdefault("school_year", choices[0][0])
        if "rating" in self.fields:
            self.fields["rating"].widget = forms.RadioSelect(choices=Rating.choices)
            self.fields["rating"].choices = Rating.choices
        if "comments" in self.fields:
            self.fields["comments"].widget = forms.Textarea(attrs={"rows": 6})
            self.fields["comments"].label = _("Evaluation comments")
            self.fields["comments"].help_text = _(
                "What the vice principal did well and what should improve; the sending agency reads this."
            )

    def clean(self):
        cleaned = super().clean()
        candidate = Evaluation(
            pk=self.instance.pk,
            school=cleaned.get("school"),
            vice_principal=cleaned.get("vice_principal"),
            school_year=cleaned.get("school_year"),
            rating=cleaned.get("rating") or "",
        )
        if candidate.school_id and candidate.vice_principal_id and candidate.school_year and candidate.rating:
            for field, field_messages in services.evaluation_errors(evaluation=candidate).items():
                for message in field_messages:
                    self.add_error(field if field in self.fields else None, message)
        return cleaned

    def validate_unique(self):
        # The service says which evaluation already exists, beside the vice principal field.
        pass


# --- Listing and export --------------------------------------------------------------------------------------------


def _visible_schools(request):
    if request is None:
        return School.objects.none()
    return School.objects.filter(pk__in=visible(request.user).values("school")).order_by("name")


class EvaluationFilterSet(WagtailFilterSet):
    school_year = django_filters.TypedChoiceFilter(
        label=gettext_lazy("School year"), coerce=int, choices=lambda: services.year_choices() + _older_years()
    )
    rating = django_filters.ChoiceFilter(label=gettext_lazy("Rating"), choices=Rating.choices)
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=EvaluationStatus.choices)
    school = django_filters.ModelChoiceFilter(label=gettext_lazy("School"), queryset=_visible_schools)

    class Meta:
        model = Evaluation
        fields = ["school_year", "rating", "status", "school"]


def _older_years():
    from tracking.reports.periods import SchoolYear

    newest = services.year_choices()[-1][0]
    years = Evaluation.objects.filter(school_year__lt=newest).values_list("school_year", flat=True).distinct()
    return [(year, SchoolYear(year).label) for year in sorted(years, reverse=True)]


class EvaluationIndexView(ForbiddenMixin, FormulaSafeExportMixin, snippet_views.IndexView):
    any_permission_required = ["view"]

    def get_base_queryset(self):
        return visible(self.request.user)

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "vice_principal",
                label=_("Vice principal"),
                accessor="vice_principal",
                get_url=lambda e: url_for("inspect", e),
                sort_key="vice_principal__name",
                classname="tracking-title",
            ),
            Column("school", label=_("School"), accessor="school", sort_key="school__name"),
            Column(
                "school_year",
                label=_("School year"),
                accessor=lambda e: services.year_of(e).label,
                sort_key="school_year",
            ),  # fmt: skip
            Column("rating", label=_("Rating"), accessor="get_rating_display", sort_key="rating"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda e: not e.is_locked,
            ),
            Column(
                "confirmed_hours",
                label=_("Confirmed class-hours"),
                accessor=lambda e: e.confirmed_hours if e.is_locked else "—",
            ),
        ]

    def get_edit_url(self, instance):
        if can(self.request.user, "change", instance):
            return url_for("edit", instance)

    def get_delete_url(self, instance):
        if can(self.request.user, "delete", instance):
            return url_for("delete", instance)

    def get_copy_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        user = self.request.user
        buttons = [Button(_("Inspect"), url=url_for("inspect", instance), icon_name="info-circle", priority=10)]
        if can(user, "submit", instance):
            buttons.append(Button(_("Submit"), url=url_for("submit", instance), icon_name="tick", priority=5))
        if edit_url := self.get_edit_url(instance):
            buttons.append(Button(_("Edit"), url=edit_url, icon_name="edit", priority=20))
        if can(user, "amend", instance):
            buttons.append(Button(_("Amend"), url=url_for("amend", instance), icon_name="edit", priority=20))
        buttons.append(Button(_("PDF"), url=url_for("pdf", instance), icon_name="doc-full", priority=30))
        buttons.append(Button(_("History"), url=url_for("history", instance), icon_name="history", priority=40))
        if delete_url := self.get_delete_url(instance):
            buttons.append(Button(_("Delete"), url=delete_url, icon_name="bin", priority=50))
        return buttons

    EXPORT_VALUES = {
        "school_year": lambda e: services.year_of(e).label,
        "school": lambda e: e.school.name,
        "school_code": lambda e: e.school.code,
        "region": lambda e: e.school.region.name,
        "vice_principal": lambda e: e.vice_principal.name,
        "agency": lambda e: e.vice_principal.agency,
        "rating": lambda e: e.get_rating_display(),
        "comments": lambda e: e.comments,
        "status": lambda e: e.get_status_display(),
        "confirmed_hours": lambda e: float(e.confirmed_hours) if e.is_locked else "",
        "confirmed_sessions": lambda e: e.confirmed_sessions if e.is_locked else "",
        "pending_hours": lambda e: float(e.pending_hours) if e.is_locked else "",
        "pending_sessions": lambda e: e.pending_sessions if e.is_locked else "",
        "submitted_at": lambda e: beijing_time(e.submitted_at),
        "submitted_by": lambda e: person(e.submitted_by),
    }

    def to_row_dict(self, item):
        return {field: self.EXPORT_VALUES[field](item) for field in self.list_export}


# --- Create, edit, delete ------------------------------------------------------------------------------------------


class ServiceSaveMixin(admin_views.ServiceSaveMixin):
    """Afterwards the user lands on the evaluation, where "Submit" is."""

    def save_instance(self):
        return services.evaluation_save(evaluation=self.form.save(commit=False), user=self.request.user)

    def forbid(self, message: str):
        return forbidden(self.request, message)

    def get_success_message(self, instance=None):
        return _("Evaluation of %(name)s saved as a draft. Submit it when it is final.") % {
            "name": (instance or self.object).vice_principal.name
        }

    def inspect_url(self, instance):
        return url_for("inspect", instance)


class EvaluationCreateView(ForbiddenMixin, ServiceSaveMixin, snippet_views.CreateView):
    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_permission(request.user, "add"):
            return forbidden(request, _("Only a school's contact records the school's evaluations."))
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        initial = super().get_initial()
        schools = School.objects.filter(contacts=self.request.user)
        if schools.count() == 1:
            initial["school"] = schools.get().pk
        for name in ("school", "vice_principal"):
            if str(self.request.GET.get(name, "")).isdigit():
                initial[name] = int(self.request.GET[name])
        return initial


class EvaluationEditView(ScopedObjectMixin, ServiceSaveMixin, snippet_views.EditView):
    object_action = "change"

    def refuse(self, request, evaluation):
        if evaluation.is_locked:
            # Submitted: locked for everyone. An administrator changes it with a reason on the amend page.
            if request.method == "GET" and can(request.user, "amend", evaluation):
                return redirect(url_for("amend", evaluation))
            return forbidden(request, services.locked_message())
        return super().refuse(request, evaluation)

    @cached_property
    def header_more_buttons(self):
        buttons = [b for b in super().header_more_buttons if b.label != _("Copy")]
        return [*evaluation_buttons(self.request.user, self.object, button_class=Button, edit=False), *buttons]


class EvaluationRevertView(EvaluationEditView):
    """Reverting would go round the lock; a draft is edited, a submitted evaluation amended."""

    def dispatch(self, request, *args, **kwargs):
        return forbidden(request, _("Evaluations are not reverted to an earlier revision; edit or amend instead."))


class EvaluationDeleteView(ScopedObjectMixin, snippet_views.DeleteView):
    object_action = "delete"

    def delete_action(self):
        services.evaluation_delete(evaluation=self.object, user=self.request.user)

    def get_usage_url(self):
        return None


# --- Reading: inspect, history, compare, PDF -----------------------------------------------------------------------


def evaluation_buttons(user, evaluation: Evaluation, *, button_class=HeaderButton, edit=True) -> list:
    buttons = []
    if can(user, "submit", evaluation):
        buttons.append(button_class(_("Submit"), url=url_for("submit", evaluation), icon_name="tick", priority=1))
    if edit and can(user, "change", evaluation):
        buttons.append(button_class(_("Edit"), url=url_for("edit", evaluation), icon_name="edit", priority=2))
    if can(user, "amend", evaluation):
        buttons.append(button_class(_("Amend"), url=url_for("amend", evaluation), icon_name="edit", priority=2))
    buttons.append(button_class(_("PDF"), url=url_for("pdf", evaluation), icon_name="doc-full", priority=3))
    return buttons


def details_context(evaluation: Evaluation) -> dict:
    figures = services.snapshot_of(evaluation)
    return {
        "evaluation": evaluation,
        "year": services.year_of(evaluation),
        "figures": figures,
        "submitted_at": beijing_time(evaluation.submitted_at),
        "submitted_by": person(evaluation.submitted_by),
    }


class EvaluationInspectView(ScopedObjectMixin, snippet_views.InspectView):
    template_name = "tracking/reports/evaluation_inspect.html"
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        return get_object_or_404(visible(self.request.user), pk=unquote(str(self.pk)))

    def get_edit_url(self):
        if can(self.request.user, "change", self.object):
            return url_for("edit", self.object)

    def get_delete_url(self):
        if can(self.request.user, "delete", self.object):
            return url_for("delete", self.object)

    @cached_property
    def header_buttons(self):
        # Submit, Edit and Amend are big buttons on the page itself; the header keeps the PDF, so the title fits a
        # phone's header.
        return [HeaderButton(_("PDF"), url=url_for("pdf", self.object), icon_name="doc-full")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(details_context(self.object))
        context.update(
            {
                "history_url": url_for("history", self.object),
                "pdf_url": url_for("pdf", self.object),
                "submit_url": url_for("submit", self.object) if can(user, "submit", self.object) else "",
                "edit_url": self.get_edit_url() or "",
                "amend_url": url_for("amend", self.object) if can(user, "amend", self.object) else "",
            }
        )
        return context


class EvaluationHistoryView(admin_views.ReaderHistoryMixin, ScopedObjectMixin, snippet_views.HistoryView):
    permission_policy = policy

    @cached_property
    def header_buttons(self):
        # Changing goes through the evaluation's own page (Submit, Amend), not a header button here.
        return []


class EvaluationUsageView(ScopedObjectMixin, snippet_views.UsageView):
    permission_required = None
    any_permission_required = ["view"]


class EvaluationCompareView(admin_views.ReaderCompareMixin, ScopedObjectMixin, snippet_views.RevisionsCompareView):
    permission_policy = policy


class EvaluationPdfView(ScopedObjectMixin, View):
    def get(self, request, pk):
        evaluation = get_object_or_404(visible(request.user), pk=unquote(str(pk)))
        response = HttpResponse(evaluation_pdf_render(evaluation=evaluation), content_type="application/pdf")
        filename = f"evaluation-{evaluation.school.code}-{evaluation.school_year}-{evaluation.pk}.pdf"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response


# --- Submit and amend ----------------------------------------------------------------------------------------------


class EvaluationActionView(ScopedObjectMixin, WagtailAdminTemplateMixin, FormView):
    header_icon = "clipboard-list"
    template_name = "tracking/reports/evaluation_action.html"
    submit_label = gettext_lazy("Save")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = visible(request.user).filter(pk=unquote(str(kwargs["pk"]))).first()

    def get_page_subtitle(self):
        return str(self.object.vice_principal)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse(f"{NAMESPACE}:list"), "label": _("Yearly evaluations")},
            {"url": url_for("inspect", self.object), "label": str(self.object.vice_principal)},
            {"url": "", "label": self.get_page_title()},
        ]

    def perform(self, form) -> Evaluation:
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.object = self.perform(form)
        except ValidationError as error:
            apply_service_errors(form, error)
            messages.error(self.request, _("The evaluation could not be saved due to errors."))
            return self.form_invalid(form)
        except PermissionDenied as denied:
            return forbidden(self.request, str(denied))
        messages.success(self.request, self.success_message % {"name": self.object.vice_principal.name})
        return redirect(url_for("inspect", self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(details_context(self.object))
        context.update(
            {
                "submit_label": self.submit_label,
                "action_url": self.request.path,
                "back_url": url_for("inspect", self.object),
            }
        )
        return context


class SubmitForm(forms.Form):
    pass


class EvaluationSubmitView(EvaluationActionView):
    """GET asks for confirmation and shows the ledger as it stands now; POST submits."""

    object_action = "submit"
    form_class = SubmitForm
    page_title = gettext_lazy("Submit evaluation")
    submit_label = gettext_lazy("Submit and lock")
    success_message = gettext_lazy("Evaluation of %(name)s submitted. It is now locked.")

    def get_context_data(self, **kwargs):
        from tracking.reports.counting import ledger_figures

        context = super().get_context_data(**kwargs)
        context["confirming_submit"] = True
        context["ledger_now"] = ledger_figures(
            vice_principal=self.object.vice_principal, school=self.object.school, year=services.year_of(self.object)
        )
        return context

    def perform(self, form):
        return services.evaluation_submit(evaluation=self.object, user=self.request.user)


class AmendForm(forms.Form):
    rating = forms.ChoiceField(label=gettext_lazy("Rating"), choices=Rating.choices, widget=forms.RadioSelect)
    comments = forms.CharField(
        label=gettext_lazy("Evaluation comments"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    refresh_figures = forms.BooleanField(
        label=gettext_lazy("Copy the ledger figures in again, as they stand now"),
        required=False,
        help_text=gettext_lazy("For instance after a session of that year was voided or confirmed late."),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason for the change"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept in the evaluation's history, with your name and the time."),
    )


class EvaluationAmendView(EvaluationActionView):
    object_action = "amend"
    form_class = AmendForm
    page_title = gettext_lazy("Amend submitted evaluation")
    submit_label = gettext_lazy("Save amendment")
    success_message = gettext_lazy("Evaluation of %(name)s amended; the reason is kept in its history.")

    def get_initial(self):
        return {"rating": self.object.rating, "comments": self.object.comments}

    def perform(self, form):
        data = form.cleaned_data
        return services.evaluation_amend(
            evaluation=self.object,
            user=self.request.user,
            reason=data["reason"],
            rating=data["rating"],
            comments=data["comments"],
            refresh_figures=data["refresh_figures"],
        )


# --- Chooser and bulk deletion, narrowed like everything else ------------------------------------------------------


class ScopedChooserMixin:
    def get_object_list(self):
        return visible(self.request.user)


class EvaluationChooseView(ScopedChooserMixin, snippet_chooser.ChooseView):
    pass


class EvaluationChooseResultsView(ScopedChooserMixin, snippet_chooser.ChooseResultsView):
    pass


class EvaluationChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return visible(self.request.user).get(pk=pk)


class EvaluationChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible(self.request.user).filter(pk__in=pks)


class EvaluationChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = EvaluationChooseView
    choose_results_view_class = EvaluationChooseResultsView
    chosen_view_class = EvaluationChosenView
    chosen_multiple_view_class = EvaluationChosenMultipleView


class EvaluationBulkDeleteAction(DeleteBulkAction):
    """Snippets' bulk delete, narrowed: ids of evaluations the user cannot see are ignored (not even named), and
    each draft is deleted through the service, which refuses a submitted evaluation."""

    models = [Evaluation]

    @classmethod
    def get_queryset(cls, model, object_ids):
        return Evaluation.objects.filter(pk__in=[i for i in object_ids if str(i).isdigit()])

    def get_actionable_objects(self):
        ids = [i for i in self.request.GET.getlist("id") if i.isdigit()]
        objects, no_access = [], []
        for evaluation in visible(self.request.user).filter(pk__in=ids):
            (objects if can(self.request.user, "delete", evaluation) else no_access).append(evaluation)
        return objects, {"items_with_no_access": no_access}

    def get_all_objects_in_listing_query(self, parent_id):
        return visible(self.request.user).values_list("pk", flat=True)

    def get_execution_context(self):
        # Wagtail passes no user to execute_action; the service needs to know who deletes.
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for evaluation in objects:
            services.evaluation_delete(evaluation=evaluation, user=user)
        return len(objects), 0


# --- The viewset ---------------------------------------------------------------------------------------------------


def _menu_hook() -> str:
    """Inside the Tracking group once it takes items from a hook (a `submenu_hook` on TrackingViewSetGroup); until
    then under Reports."""
    from tracking.viewsets import TrackingViewSetGroup

    return TrackingViewSetGroup.submenu_hook or "register_reports_menu_item"


class EvaluationViewSet(SnippetViewSet):
    model = Evaluation
    icon = "clipboard-list"
    menu_label = gettext_lazy("Yearly evaluations")
    menu_name = "tracking-evaluations"
    menu_order = 160
    menu_hook = _menu_hook()

    index_view_class = EvaluationIndexView
    add_view_class = EvaluationCreateView
    edit_view_class = EvaluationEditView
    delete_view_class = EvaluationDeleteView
    inspect_view_class = EvaluationInspectView
    history_view_class = EvaluationHistoryView
    usage_view_class = EvaluationUsageView
    revisions_compare_view_class = EvaluationCompareView
    chooser_viewset_class = EvaluationChooserViewSet
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    search_fields = ["vice_principal__name", "school__name", "comments"]
    filterset_class = EvaluationFilterSet
    list_per_page = 30

    list_export = [
        "school_year",
        "school",
        "school_code",
        "region",
        "vice_principal",
        "agency",
        "rating",
        "comments",
        "status",
        "confirmed_hours",
        "confirmed_sessions",
        "pending_hours",
        "pending_sessions",
        "submitted_at",
        "submitted_by",
    ]
    export_headings = {
        "school_year": gettext_lazy("School year"),
        "school": gettext_lazy("School"),
        "school_code": gettext_lazy("School identification code"),
        "region": gettext_lazy("Region"),
        "vice_principal": gettext_lazy("Vice principal"),
        "agency": gettext_lazy("Sending agency"),
        "rating": gettext_lazy("Rating"),
        "comments": gettext_lazy("Evaluation comments"),
        "status": gettext_lazy("Status"),
        "confirmed_hours": gettext_lazy("Confirmed class-hours"),
        "confirmed_sessions": gettext_lazy("Confirmed sessions"),
        "pending_hours": gettext_lazy("Class-hours awaiting confirmation"),
        "pending_sessions": gettext_lazy("Sessions awaiting confirmation"),
        "submitted_at": gettext_lazy("Submitted (Beijing time)"),
        "submitted_by": gettext_lazy("Submitted by"),
    }
    export_filename = "yearly-evaluations"

    panels = [
        FieldPanel("school"),
        FieldPanel("vice_principal"),
        FieldPanel("school_year"),
        FieldPanel("rating"),
        FieldPanel("comments"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=EvaluationForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return visible(request.user)

    def get_permissions_to_register(self):
        from django.contrib.auth.models import Permission

        # Group permissions open nothing here (see evaluations_policy): offer none in the group editor.
        return Permission.objects.none()

    @property
    def revisions_revert_view_class(self):
        return EvaluationRevertView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("submit/<str:pk>/", EvaluationSubmitView.as_view(), name="submit"),
            path("amend/<str:pk>/", EvaluationAmendView.as_view(), name="amend"),
            path("pdf/<str:pk>/", EvaluationPdfView.as_view(), name="pdf"),
        ]
