"""The school's yearly evaluation (年度考核) of its rule-of-law vice principal (Order No. 52).

The school's contact records a draft (rating and comments) for a vice principal appointed at the school during the
school year, and submits it. Submitting copies the duty ledger's figures as they stand at that moment
(`tracking.reports.counting.ledger_figures`) and locks the evaluation: from then on only an administrator changes
it, with a reason. Every write saves a revision and a history entry, so the history shows who changed what, when
and why.
"""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log

from tracking import access
from tracking.models import Appointment, Evaluation, EvaluationStatus, Rating, School, VicePrincipal
from tracking.reports.counting import LedgerFigures, ledger_figures
from tracking.reports.periods import SchoolYear

# Fields an administrator may change on a submitted evaluation; the snapshot changes only when taken again.
AMENDABLE = ("rating", "comments")
SNAPSHOT = ("confirmed_hours", "confirmed_sessions", "pending_hours", "pending_sessions")
# How many school years back a school may still record an evaluation (the current one and the two before it).
YEARS_BACK = 2

SUBMIT_ACTION = "tracking.evaluation_submit"
AMEND_ACTION = "tracking.evaluation_amend"


class EvaluationLocked(PermissionDenied):
    """The evaluation was submitted: only an administrator changes it, through `evaluation_amend`."""


def locked_message() -> str:
    return _(
        "This evaluation was submitted, so it is locked. Only an administrator can change it, giving a reason; "
        "the change is kept in its history."
    )


# --- Reads -----------------------------------------------------------------------------------------------------------


def year_of(evaluation: Evaluation) -> SchoolYear:
    return SchoolYear(evaluation.school_year)


def appointments_in_year(*, school: School, year: SchoolYear) -> QuerySet[Appointment]:
    """Appointments at `school` that cover at least one day of the school year."""
    return Appointment.objects.filter(school=school, start_date__lte=year.last_day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=year.first_day)
    )


def vice_principals_to_evaluate(*, school: School, year: SchoolYear) -> QuerySet[VicePrincipal]:
    """Vice principals the school may evaluate for that year: those appointed there at any time in it."""
    return VicePrincipal.objects.filter(
        pk__in=appointments_in_year(school=school, year=year).values("vice_principal")
    ).order_by("name")


def vice_principals_appointed_at(schools: QuerySet[School] | Iterable[School]) -> QuerySet[VicePrincipal]:
    """Every vice principal with an appointment at one of `schools` (the evaluation form's choices; the year is
    checked when saving)."""
    return VicePrincipal.objects.filter(appointments__school__in=schools).distinct().order_by("name")


def year_choices(*, today=None) -> list[tuple[int, str]]:
    """The school years a school may record an evaluation for: the current one and the two before it."""
    current = SchoolYear.of(today) if today else SchoolYear.current()
    return [
        (start, SchoolYear(start).label) for start in range(current.start_year, current.start_year - YEARS_BACK - 1, -1)
    ]


def snapshot_of(evaluation: Evaluation) -> LedgerFigures:
    """The ledger figures copied in at submission (zero for a draft), for pages and the PDF."""
    return LedgerFigures(
        confirmed_hours=evaluation.confirmed_hours,
        confirmed_sessions=evaluation.confirmed_sessions,
        pending_hours=evaluation.pending_hours,
        pending_sessions=evaluation.pending_sessions,
    )


def evaluation_errors(*, evaluation: Evaluation, today=None) -> dict[str, list[str]]:
    """What keeps `evaluation` from being saved, by field."""
    errors: dict[str, list[str]] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    if not evaluation.school_id:
        add("school", _("Choose the school."))
    if not evaluation.vice_principal_id:
        add("vice_principal", _("Choose the vice principal."))
    if evaluation.rating not in Rating.values:
        add("rating", _("Choose a rating."))
    allowed_years = [start for start, _label in year_choices(today=today)]
    if not isinstance(evaluation.school_year, int):
        add("school_year", _("Choose the school year."))
    elif evaluation.school_year > allowed_years[0]:
        add("school_year", _("A school year that has not started yet cannot be evaluated."))
    elif evaluation.school_year < allowed_years[-1] and not evaluation.pk:
        add(
            "school_year",
            _("Evaluations are recorded for the current school year or the %(count)s before it.")
            % {"count": YEARS_BACK},
        )
    if errors:
        return errors

    year = year_of(evaluation)
    school, vp = evaluation.school, evaluation.vice_principal
    if not appointments_in_year(school=school, year=year).filter(vice_principal=vp).exists():
        add(
            "vice_principal",
            _(
                "%(name)s was not appointed at %(school)s at any time in the school year %(year)s, so the school "
                "cannot evaluate them for that year."
            )
            % {"name": vp.name, "school": school.name, "year": year.label},
        )
    elif (
        Evaluation.objects.filter(vice_principal=vp, school=school, school_year=evaluation.school_year)
        .exclude(pk=evaluation.pk)
        .exists()
    ):
        add("vice_principal", duplicate_message(evaluation))
    return errors


def duplicate_message(evaluation: Evaluation) -> str:
    return _(
        "%(school)s already has an evaluation of %(name)s for the school year %(year)s; open that one instead."
    ) % {
        "school": evaluation.school.name,
        "name": evaluation.vice_principal.name,
        "year": year_of(evaluation).label,
    }


# --- Writes ----------------------------------------------------------------------------------------------------------


def _check(evaluation: Evaluation) -> None:
    errors = evaluation_errors(evaluation=evaluation)
    if errors:
        raise ValidationError(errors)


def _locked_for_update(evaluation: Evaluation) -> Evaluation:
    return Evaluation.objects.select_for_update().select_related("school", "vice_principal").get(pk=evaluation.pk)


def evaluation_save(*, evaluation: Evaluation, user) -> Evaluation:
    """Create or change a draft evaluation: the school's contact (or an administrator), for a vice principal
    appointed at the school during that school year, once per vice principal, school and year."""
    if not evaluation.school_id or not evaluation.vice_principal_id:
        _check(evaluation)
    if not (user.is_superuser or access.is_school_contact(user, evaluation.school)):
        raise PermissionDenied(_("Only the school's contact records the school's evaluations of its vice principals."))
    created = evaluation.pk is None
    try:
        with transaction.atomic():
            if not created:
                stored = _locked_for_update(evaluation)
                if stored.is_locked:
                    raise EvaluationLocked(locked_message())
                if not access.can_edit_evaluation(user, stored):
                    raise PermissionDenied(_("You cannot change this evaluation."))
                # What only submitting sets stays as stored.
                for field in ("status", "submitted_at", "submitted_by_id", *SNAPSHOT):
                    setattr(evaluation, field, getattr(stored, field))
            else:
                evaluation.status = EvaluationStatus.DRAFT
            _check(evaluation)
            evaluation.save()
            evaluation.save_revision(user=user, log_action="wagtail.create" if created else "wagtail.edit", clean=False)
    except IntegrityError as error:
        # Another contact saved the same vice principal, school and year a moment before.
        if created:
            evaluation.pk = None
        raise ValidationError({"vice_principal": duplicate_message(evaluation)}) from error
    return evaluation


def evaluation_submit(*, evaluation: Evaluation, user) -> Evaluation:
    """Sign the evaluation as saved: copy in the ledger figures as they stand now, and lock it."""
    with transaction.atomic():
        stored = _locked_for_update(evaluation)
        if stored.is_locked:
            raise EvaluationLocked(
                _("This evaluation was already submitted; it is locked. Only an administrator can change it.")
            )
        if not access.can_submit_evaluation(user, stored):
            raise PermissionDenied(_("Only the school's contact submits the school's evaluations."))
        _check(stored)
        figures = ledger_figures(vice_principal=stored.vice_principal, school=stored.school, year=year_of(stored))
        for field in SNAPSHOT:
            setattr(stored, field, getattr(figures, field))
        stored.status = EvaluationStatus.SUBMITTED
        stored.submitted_at, stored.submitted_by = timezone.now(), user
        stored.save()
        revision = stored.save_revision(user=user, clean=False)
        log(
            instance=stored,
            action=SUBMIT_ACTION,
            user=user,
            revision=revision,
            content_changed=True,
            data={"confirmed_hours": str(stored.confirmed_hours), "confirmed_sessions": stored.confirmed_sessions},
        )
    return stored


def evaluation_amend(
    *,
    evaluation: Evaluation,
    user,
    reason: str,
    rating: str | None = None,
    comments: str | None = None,
    refresh_figures: bool = False,
) -> Evaluation:
    """An administrator's change to a submitted evaluation, with a reason: a new revision and a history entry
    that names the changed fields and gives the reason. `refresh_figures` copies the ledger in again as it
    stands now (after a session was voided or confirmed late, say)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason for the change; it is kept in the history.")})
    with transaction.atomic():
        stored = _locked_for_update(evaluation)
        if not stored.is_locked:
            raise ValidationError(_("This evaluation is still a draft: change it with Edit, then submit it."))
        if not access.can_amend_evaluation(user, stored):
            raise PermissionDenied(_("Only an administrator can change a submitted evaluation."))
        if rating is not None and rating not in Rating.values:
            raise ValidationError({"rating": _("Choose a rating.")})
        changed = []
        for field, value in (("rating", rating), ("comments", comments)):
            if value is not None and value != getattr(stored, field):
                setattr(stored, field, value)
                changed.append(field)
        if refresh_figures:
            figures = ledger_figures(vice_principal=stored.vice_principal, school=stored.school, year=year_of(stored))
            for field in SNAPSHOT:
                if getattr(figures, field) != getattr(stored, field):
                    setattr(stored, field, getattr(figures, field))
                    changed.append(field)
        if not changed:
            raise ValidationError(_("Nothing was changed, so there is nothing to record."))
        stored.save()
        revision = stored.save_revision(user=user, clean=False)
        log(
            instance=stored,
            action=AMEND_ACTION,
            user=user,
            revision=revision,
            content_changed=True,
            data={"reason": reason, "fields": changed},
        )
    return stored


def evaluation_delete(*, evaluation: Evaluation, user) -> None:
    """Delete a draft recorded by mistake; a submitted evaluation is never deleted."""
    with transaction.atomic():
        stored = _locked_for_update(evaluation)
        if stored.is_locked:
            raise EvaluationLocked(_("A submitted evaluation is never deleted."))
        if not access.can_delete_evaluation(user, stored):
            raise PermissionDenied(_("You cannot delete this evaluation."))
        log(instance=stored, action="wagtail.delete", user=user)
        stored.delete()


# --- History entries -------------------------------------------------------------------------------------------------


class SubmitFormatter(LogFormatter):
    label = gettext_lazy("Submit evaluation")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Submitted and locked; ledger copied in: %(hours)s confirmed class-hours in %(sessions)s sessions") % {
            "hours": data.get("confirmed_hours", "?"),
            "sessions": data.get("confirmed_sessions", "?"),
        }


class AmendFormatter(LogFormatter):
    label = gettext_lazy("Amend submitted evaluation")

    def format_message(self, log_entry):
        names = {field.name: str(field.verbose_name) for field in Evaluation._meta.fields}
        fields = [names.get(name, name) for name in (log_entry.data or {}).get("fields", [])]
        return _("Amended by an administrator: %(fields)s") % {"fields": "、".join(fields)}

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("reason", "")


def register_log_actions(actions) -> None:
    actions.register_action(SUBMIT_ACTION)(SubmitFormatter)
    actions.register_action(AMEND_ACTION)(AmendFormatter)
