"""Forms of the sessions admin. They only collect input: the rules are checked by `tracking.services` (through
`tracking.rules`), whose field-keyed messages `apply_service_errors` puts beside the matching fields."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from cms import forms as cms_forms
from courses.models import Audience, LessonPage, TopicPage
from drills.models import ScenarioPage
from tracking import access, selectors
from tracking.models import School, SessionKind

TOUCH = {"class": "tracking-touch"}


def apply_service_errors(form: forms.Form, error: ValidationError) -> None:
    """`cms.forms.apply_service_errors`, with attendance messages, which name their audience, beside that audience's
    count."""

    def field_for(field: str, message: str) -> str | None:
        if field == "attendance" and hasattr(form, "attendance_field_for"):
            return form.attendance_field_for(message)
        return None

    cms_forms.apply_service_errors(form, error, field_for=field_for)


class PageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return page_label(obj)


class PageMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return page_label(obj)


def page_label(page) -> str:
    # The library exists in several languages; say which one when it is not the site's default.
    default = Locale.get_default()
    if page.locale_id != default.pk:
        return f"{page.title} ({page.locale.language_code})"
    return page.title


class SessionForm(WagtailAdminModelForm):
    """Schedule or edit a session. Times are typed and shown in Beijing time (the views set it)."""

    # The version the session had when the form was loaded; a save over a newer one is refused.
    loaded_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        vp = self.instance.vice_principal if self.instance.vice_principal_id else None
        if vp is None and user is not None:
            vp = access.vice_principal_of(user)
        if "school" in self.fields:
            if vp is not None:
                schools = selectors.appointed_schools(vice_principal=vp)
            elif user is not None and user.is_superuser:
                schools = School.objects.all()
            else:
                schools = School.objects.none()
            self.fields["school"].queryset = schools.order_by("name")
            if vp is not None:
                # A vice principal has one or two schools: a plain list on the phone beats the snippet chooser
                # Wagtail gives every foreign key to a snippet, which would also offer schools they cannot use.
                self.fields["school"].widget = forms.Select(attrs=TOUCH)
                self.fields["school"].widget.choices = self.fields["school"].choices
            self.fields["school"].help_text = _("Only schools where the vice principal is appointed.")
        if "topic" in self.fields:
            self.fields["topic"] = PageChoiceField(
                queryset=TopicPage.objects.live().select_related("locale").order_by("locale_id", "title"),
                required=False,
                label=self.fields["topic"].label,
                help_text=_("For a lecture."),
                initial=self.fields["topic"].initial,
            )
        if "lessons" in self.fields:
            self.fields["lessons"] = PageMultipleChoiceField(
                queryset=LessonPage.objects.live().select_related("locale").order_by("locale_id", "title"),
                required=False,
                label=self.fields["lessons"].label,
                help_text=_("For a lecture: the lessons of the library you used."),
                widget=forms.SelectMultiple(attrs={"size": 6}),
            )
        if "scenario" in self.fields:
            self.fields["scenario"] = PageChoiceField(
                queryset=ScenarioPage.objects.live().select_related("locale").order_by("locale_id", "title"),
                required=False,
                label=self.fields["scenario"].label,
                help_text=_("For a drill."),
            )
        if "kind" in self.fields:
            # Radio buttons, without the empty choice a select would need.
            self.fields["kind"].choices = SessionKind.choices
        for name in ("starts_at", "ends_at"):
            if name in self.fields:
                self.fields[name].help_text = _("Beijing time.")
        if not self.is_bound:
            self.initial["loaded_version"] = self.instance.version

    def _get_validation_exclusions(self):
        # The database constraint "ends after starts" would add a generic message at the top; the rules say it
        # beside the end field instead (see tracking.rules.session_errors).
        exclusions = super()._get_validation_exclusions()
        exclusions.add("ends_at")
        return exclusions


def _page_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def prefill_from_request(params) -> dict:
    """Initial values for "schedule this": ?topic=, ?lesson= (the lesson and its topic) or ?scenario= (a drill),
    each a page id. Unknown or unpublished pages are ignored."""
    initial: dict = {}
    if (lesson_id := _page_id(params.get("lesson"))) is not None:
        lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
        if lesson is not None:
            initial.update(kind=SessionKind.LECTURE, lessons=[lesson.pk], title=lesson.title)
            initial["audiences"] = list(lesson.audiences.values_list("pk", flat=True))
            topic = TopicPage.objects.live().filter(pk=lesson.get_parent().pk).first()
            if topic is not None:
                initial["topic"] = topic.pk
    if (topic_id := _page_id(params.get("topic"))) is not None and "topic" not in initial:
        if TopicPage.objects.live().filter(pk=topic_id).exists():
            initial.update(kind=SessionKind.LECTURE, topic=topic_id)
    if (scenario_id := _page_id(params.get("scenario"))) is not None:
        scenario = ScenarioPage.objects.live().filter(pk=scenario_id).first()
        if scenario is not None:
            initial.update(kind=SessionKind.DRILL, scenario=scenario.pk, title=scenario.title)
    return initial


class SessionActionForm(forms.Form):
    def __init__(self, *args, session, **kwargs):
        self.session = session
        super().__init__(*args, **kwargs)


def _reason_field(label):
    return forms.CharField(
        label=label,
        required=False,  # the services refuse an empty reason with their own message
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DisputeForm(SessionActionForm):
    dispute_reason = _reason_field(_("What is wrong with this record?"))


class CancelForm(SessionActionForm):
    cancel_reason = _reason_field(_("Why is the session cancelled?"))


class VoidForm(SessionActionForm):
    void_reason = _reason_field(_("Why is this record voided?"))


class LogHeldForm(SessionActionForm):
    """Attendance as counts per audience (never names), class-hours, notes, and for a drill the measured time of
    each timed phase of its scenario."""

    class_hours = forms.DecimalField(
        label=_("Class-hours"), max_digits=3, decimal_places=1, min_value=0, max_value=8, required=True
    )
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, session=session, **kwargs)
        self.fields["class_hours"].initial = session.class_hours
        self.fields["notes"].initial = session.notes
        self.fields["version"].initial = session.version
        audiences = list(session.audiences.all()) or list(Audience.objects.all())
        existing = {a.audience_id: a.count for a in session.attendance.all()}
        self.audience_fields = {}
        for audience in audiences:
            name = f"attendance_{audience.code}"
            self.fields[name] = forms.IntegerField(
                label=str(audience),
                required=False,
                initial=existing.get(audience.pk),
                widget=forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
                help_text=_("Number attending (a count, not names)."),
            )
            self.audience_fields[name] = audience
        self.phase_fields = {}
        if session.kind == SessionKind.DRILL and session.scenario_id:
            measured = {t.phase: t.measured_seconds for t in session.phase_timings.all()}
            for i, (phase, target) in enumerate(selectors.phase_targets(scenario=session.scenario)):
                name = f"phase_{i}"
                self.fields[name] = forms.IntegerField(
                    label=_("%(phase)s: seconds after the alarm") % {"phase": phase},
                    required=False,
                    min_value=0,
                    initial=measured.get(phase),
                    help_text=_("Target: %(target)s seconds.") % {"target": target},
                    widget=forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
                )
                self.phase_fields[name] = (phase, target)

    def attendance(self) -> dict:
        return {
            audience: self.cleaned_data.get(name)
            for name, audience in self.audience_fields.items()
            if self.cleaned_data.get(name) is not None
        }

    def timings(self) -> list[tuple[str, int, int | None]]:
        return [(phase, target, self.cleaned_data.get(name)) for name, (phase, target) in self.phase_fields.items()]

    def attendance_field_for(self, message: str) -> str | None:
        # The rules start each attendance message with the audience's name (then a colon, in either language).
        matches = [(len(str(a)), name) for name, a in self.audience_fields.items() if message.startswith(str(a))]
        return max(matches)[1] if matches else None

    @property
    def attendance_field_names(self):
        return list(self.audience_fields)

    @property
    def phase_field_names(self):
        return list(self.phase_fields)

    @property
    def attendance_bound_fields(self):
        return [self[name] for name in self.audience_fields]

    @property
    def phase_bound_fields(self):
        return [self[name] for name in self.phase_fields]


class AnnualIssueForm(forms.Form):
    """ "Issue all" on the annual certificates page. The region and school year come from the page; the rules (who
    may issue, the date not before today) are `tracking.certify_bulk.bulk_issue_start`'s."""

    region = forms.CharField(widget=forms.HiddenInput)
    year = forms.CharField(widget=forms.HiddenInput)
    expires_on = forms.DateField(
        required=False,
        label=_("Valid until (optional)"),
        help_text=_(
            "Printed on the certificates this run issues, and checked by their verification page. Certificates "
            "already issued keep their own date. Leave empty for certificates that do not expire."
        ),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
