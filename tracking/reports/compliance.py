"""Drill compliance per school (issue 9, part 3): which months (quarters at a kindergarten) of a school year had a
confirmed evacuation drill, how each drill did against its phase targets, and the trend over the year.

What counts is decided in tracking.reports.counting (confirmed only, evacuation types, measured and passed drills,
kindergartens and their quarters); this module only gathers and labels it.

- `school_drill_compliance(school=, year=)`: one school in full, in three queries (the kindergarten question, the
  year's confirmed drills with their scenarios, and their phase timings).
- `drill_compliance_summaries(schools=, year=)`: the totals for many schools, in four grouped queries whatever
  their number.

A period is *met* once it has a confirmed evacuation drill (even while it is still under way), *missed* when it has
ended without one, and *upcoming* while it has neither ended nor been met. A school's August is *not required*
(the summer holiday). "Due" periods are those met or missed so far, so met + missed = due.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper, Prefetch, Q, QuerySet
from django.db.models.functions import ExtractMonth
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracking.models import PhaseTiming, School, Session, SessionKind
from tracking.reports.counting import (
    COUNTED,
    drill_periods,
    drill_periods_missed,
    evacuation_q,
    in_year,
    is_kindergarten,
    kindergarten_school_ids,
    measured_q,
    passed_q,
)
from tracking.reports.periods import SchoolYear, beijing, local_today, mask_of, month_index, month_of

MET = "met"
MISSED = "missed"
UPCOMING = "upcoming"
NOT_REQUIRED = "not_required"
STATUS_LABELS = {
    MET: gettext_lazy("Drill held"),
    MISSED: gettext_lazy("No drill: missed"),
    UPCOMING: gettext_lazy("Still to come"),
    NOT_REQUIRED: gettext_lazy("Not required"),
}

# How an evacuation drill's evacuation phase is named (the scenario types' defaults: 全员疏散 / Evacuation; the demo
# scenarios: 疏散撤离, 震后疏散).
EVACUATION_PHASE_WORDS = ("疏散", "撤离", "evacuat")

PASS = "pass"
FAIL = "fail"
NOT_MEASURED = "not_measured"
RESULT_LABELS = {
    PASS: gettext_lazy("Pass"),
    FAIL: gettext_lazy("Fail"),
    NOT_MEASURED: gettext_lazy("Not measured"),
}


def month_label(year: SchoolYear, index: int) -> str:
    """2025年9月 / September 2025."""
    return date_format(month_of(year.start_year, index), "YEAR_MONTH_FORMAT")


def short_month_label(year: SchoolYear, index: int) -> str:
    """9月 / Sep: for chart axes."""
    return date_format(month_of(year.start_year, index), "M")


def period_label(year: SchoolYear, months: tuple[int, ...]) -> str:
    if len(months) == 1:
        return month_label(year, months[0])
    return _("%(first)s – %(last)s") % {"first": month_label(year, months[0]), "last": month_label(year, months[-1])}


def minutes_seconds(seconds: int | None) -> str:
    """125 → 2:05; None → —."""
    if seconds is None:
        return "—"
    return f"{seconds // 60}:{seconds % 60:02d}"


def percent(part: int, whole: int) -> int | None:
    return None if not whole else round(part * 100 / whole)


@dataclass
class PhaseResult:
    phase: str
    target_seconds: int
    measured_seconds: int | None

    @property
    def met(self) -> bool | None:
        """As PhaseTiming.met: None when not measured."""
        if self.measured_seconds is None:
            return None
        return self.measured_seconds <= self.target_seconds

    @property
    def result(self) -> str:
        return NOT_MEASURED if self.met is None else PASS if self.met else FAIL

    @property
    def result_label(self) -> str:
        return str(RESULT_LABELS[self.result])

    @property
    def target_display(self) -> str:
        return minutes_seconds(self.target_seconds)

    @property
    def measured_display(self) -> str:
        return minutes_seconds(self.measured_seconds)


@dataclass
class DrillResult:
    session_id: int
    date: datetime.date
    title: str
    scenario: str
    evacuation: bool
    measured: bool
    passed: bool
    phases: list[PhaseResult]

    @property
    def month(self) -> int:
        return month_index(self.date)

    @property
    def result(self) -> str:
        """Pass or fail once every phase has a measured time; not measured otherwise (or with no timed phase)."""
        return NOT_MEASURED if not self.measured else PASS if self.passed else FAIL

    @property
    def result_label(self) -> str:
        return str(RESULT_LABELS[self.result])

    @property
    def key_phase(self) -> PhaseResult | None:
        """The phase on the trend: for an evacuation drill its evacuation phase (the one named for evacuating,
        e.g. 疏散撤离 against 2 minutes), otherwise the last phase (the one the others lead to, e.g. reinforcement
        in place at 5 minutes)."""
        if not self.phases:
            return None
        if self.evacuation:
            for phase in self.phases:
                if any(word in phase.phase.lower() for word in EVACUATION_PHASE_WORDS):
                    return phase
        return self.phases[-1]


@dataclass
class PeriodCompliance:
    months: tuple[int, ...]
    label: str
    status: str
    evacuation_drills: list[DrillResult] = field(default_factory=list)
    other_drills: list[DrillResult] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])


@dataclass
class MonthPassRate:
    month: int
    label: str
    short_label: str
    measured: int
    passed: int

    @property
    def rate(self) -> int | None:
        return percent(self.passed, self.measured)


@dataclass
class Totals:
    required: int
    met: int
    missed: int

    @property
    def due(self) -> int:
        return self.met + self.missed

    @property
    def upcoming(self) -> int:
        return self.required - self.due


def period_totals(*, drill_months: int, kindergarten: bool, year: SchoolYear, today=None) -> Totals:
    """The totals for a school given the bit mask of months with a confirmed evacuation drill."""
    periods = drill_periods(kindergarten=kindergarten)
    met = sum(1 for period in periods if drill_months & mask_of(period))
    missed = drill_periods_missed(drill_months=drill_months, kindergarten=kindergarten, year=year, today=today)
    return Totals(required=len(periods), met=met, missed=len(missed))


@dataclass
class SchoolDrillCompliance:
    school: School
    year: SchoolYear
    today: datetime.date
    kindergarten: bool
    periods: list[PeriodCompliance]
    drills: list[DrillResult]
    month_pass_rates: list[MonthPassRate]
    totals: Totals

    @property
    def evacuation_drills(self) -> list[DrillResult]:
        return [drill for drill in self.drills if drill.evacuation]

    @property
    def measured(self) -> int:
        return sum(1 for drill in self.drills if drill.measured)

    @property
    def passed(self) -> int:
        return sum(1 for drill in self.drills if drill.measured and drill.passed)

    @property
    def pass_rate(self) -> int | None:
        return percent(self.passed, self.measured)

    @property
    def missed_periods(self) -> list[PeriodCompliance]:
        return [period for period in self.periods if period.status == MISSED]

    @property
    def trend(self) -> list[DrillResult]:
        """The drills with a timed phase, in date order: their key phase against its target."""
        return [drill for drill in self.drills if drill.key_phase is not None]

    @property
    def trend_target(self) -> int | None:
        """The key phases' common target in seconds, when they all share one (e.g. only evacuations, 2 minutes);
        None when they differ, so a chart shows each as a share of its own target."""
        targets = {drill.key_phase.target_seconds for drill in self.trend}
        return targets.pop() if len(targets) == 1 else None


def _flag(q: Q) -> ExpressionWrapper:
    return ExpressionWrapper(q, output_field=BooleanField())


def confirmed_drills(*, school: School, year: SchoolYear) -> QuerySet[Session]:
    """The school's confirmed drills of the year, oldest first, each flagged as counting counts it."""
    return (
        in_year(Session.objects.filter(school=school, kind=SessionKind.DRILL, status=COUNTED), year)
        .select_related("scenario")
        .annotate(is_evacuation=_flag(evacuation_q()), is_measured=_flag(measured_q()), is_passed=_flag(passed_q()))
        .prefetch_related(Prefetch("phase_timings", queryset=PhaseTiming.objects.order_by("sort_order", "pk")))
        .order_by("starts_at", "pk")
    )


def _drill_result(session: Session) -> DrillResult:
    return DrillResult(
        session_id=session.pk,
        date=session.local_date,
        title=session.display_title,
        scenario=str(session.scenario.title) if session.scenario_id else "",
        evacuation=bool(session.is_evacuation),
        measured=bool(session.is_measured),
        passed=bool(session.is_passed),
        phases=[
            PhaseResult(phase=t.phase, target_seconds=t.target_seconds, measured_seconds=t.measured_seconds)
            for t in session.phase_timings.all()
        ],
    )


def school_drill_compliance(
    *, school: School, year: SchoolYear, today: datetime.date | None = None
) -> SchoolDrillCompliance:
    today = today or local_today()
    kindergarten = is_kindergarten(school)
    drills = [_drill_result(session) for session in confirmed_drills(school=school, year=year)]
    drill_months = mask_of({drill.month for drill in drills if drill.evacuation})
    missed = set(drill_periods_missed(drill_months=drill_months, kindergarten=kindergarten, year=year, today=today))
    required = drill_periods(kindergarten=kindergarten)
    shown = list(required)
    if not kindergarten:  # the holiday month, listed so a drill held then is seen
        covered = {index for period in required for index in period}
        shown += [(index,) for index in range(12) if index not in covered]
    periods = []
    for months in shown:
        in_period = [drill for drill in drills if drill.month in months]
        if months not in required:
            status = NOT_REQUIRED
        elif drill_months & mask_of(months):
            status = MET
        elif months in missed:
            status = MISSED
        else:
            status = UPCOMING
        periods.append(
            PeriodCompliance(
                months=months,
                label=period_label(year, months),
                status=status,
                evacuation_drills=[drill for drill in in_period if drill.evacuation],
                other_drills=[drill for drill in in_period if not drill.evacuation],
            )
        )
    month_pass_rates = []
    for index in range(12):
        in_month = [drill for drill in drills if drill.month == index and drill.measured]
        month_pass_rates.append(
            MonthPassRate(
                month=index,
                label=month_label(year, index),
                short_label=short_month_label(year, index),
                measured=len(in_month),
                passed=sum(1 for drill in in_month if drill.passed),
            )
        )
    return SchoolDrillCompliance(
        school=school,
        year=year,
        today=today,
        kindergarten=kindergarten,
        periods=periods,
        drills=drills,
        month_pass_rates=month_pass_rates,
        totals=period_totals(drill_months=drill_months, kindergarten=kindergarten, year=year, today=today),
    )


@dataclass
class SchoolComplianceRow:
    school: School
    kindergarten: bool
    totals: Totals
    drill_months: int
    evacuation_drills: int
    drills: int
    measured: int
    passed: int
    missed_labels: list[str]

    @property
    def pass_rate(self) -> int | None:
        return percent(self.passed, self.measured)


def drill_compliance_summaries(
    *, schools: QuerySet[School], year: SchoolYear, today: datetime.date | None = None
) -> list[SchoolComplianceRow]:
    """Per school: periods due, met and missed, and the pass rate, from grouped queries (not one per school)."""
    today = today or local_today()
    school_list = list(schools.select_related("region").order_by("region__code", "name", "pk"))
    ids = [school.pk for school in school_list]
    kindergartens = kindergarten_school_ids(ids)
    drills = in_year(Session.objects.filter(school_id__in=ids, kind=SessionKind.DRILL, status=COUNTED), year)
    months: dict[int, int] = {}
    evacuations = (
        drills.filter(evacuation_q())
        .annotate(month=ExtractMonth("starts_at", tzinfo=beijing()))
        .values_list("school_id", "month")
        .distinct()
    )
    for school_id, month in evacuations:
        months[school_id] = months.get(school_id, 0) | mask_of([month_index(datetime.date(2000, month, 1))])
    stats = {
        row["school_id"]: row
        for row in drills.order_by()
        .values("school_id")
        .annotate(
            drills=Count("pk"),
            evacuation_drills=Count("pk", filter=evacuation_q()),
            measured=Count("pk", filter=measured_q()),
            passed=Count("pk", filter=passed_q()),
        )
    }
    rows = []
    for school in school_list:
        kindergarten = school.pk in kindergartens
        drill_months = months.get(school.pk, 0)
        stat = stats.get(school.pk, {})
        missed = drill_periods_missed(drill_months=drill_months, kindergarten=kindergarten, year=year, today=today)
        rows.append(
            SchoolComplianceRow(
                school=school,
                kindergarten=kindergarten,
                totals=period_totals(drill_months=drill_months, kindergarten=kindergarten, year=year, today=today),
                drill_months=drill_months,
                evacuation_drills=stat.get("evacuation_drills", 0),
                drills=stat.get("drills", 0),
                measured=stat.get("measured", 0),
                passed=stat.get("passed", 0),
                missed_labels=[period_label(year, period) for period in missed],
            )
        )
    return rows
