"""What counts, in one place: the ledger, the evaluation snapshot, drill compliance, the rollups and the
benchmark's cross-check all use these definitions.

- Class-hours count towards the duty only from confirmed sessions. Sessions logged as held wait for the school
  ("awaiting confirmation") and are shown apart; disputed, cancelled and voided sessions count for nothing.
- A session belongs to the school year and month of its start, in Beijing time.
- An evacuation drill is a drill whose scenario is of an evacuation type (fire or earthquake evacuation).
- A drill is *measured* when it has phase timings and every phase has a measured time; it *passes* when every
  measured time is within its target (the 1-3-5 minutes, or 2 minutes to evacuate).
- A kindergarten (drills due once a quarter) is a school whose only level is kindergarten; a school that also
  teaches primary pupils drills monthly.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from cms.models import SchoolLevelCode
from tracking.models import PhaseTiming, School, Session, SessionKind, SessionStatus, VicePrincipal
from tracking.reports.periods import DUTY_CLASS_HOURS, QUARTERS, SchoolYear, mask_of

COUNTED = SessionStatus.CONFIRMED
PENDING = SessionStatus.HELD
# Sessions that took place by the vice principal's account (whether or not the school has confirmed them yet).
HELD_STATUSES = (SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.DISPUTED)
EVACUATION_TYPE_SLUGS = ("fire-evacuation", "earthquake-evacuation")
ZERO = Decimal("0.0")


def in_year(sessions: QuerySet[Session], year: SchoolYear) -> QuerySet[Session]:
    return sessions.filter(starts_at__gte=year.starts_at, starts_at__lt=year.ends_at)


def evacuation_q(prefix: str = "") -> Q:
    return Q(
        **{f"{prefix}kind": SessionKind.DRILL, f"{prefix}scenario__scenario_type__slug__in": EVACUATION_TYPE_SLUGS}
    )


def measured_q() -> Q:
    """Sessions whose drill was timed in full (as a filter on Session)."""
    has_timings = Exists(PhaseTiming.objects.filter(session=OuterRef("pk")))
    untimed = Exists(PhaseTiming.objects.filter(session=OuterRef("pk"), measured_seconds__isnull=True))
    return Q(kind=SessionKind.DRILL) & Q(has_timings) & ~Q(untimed)


def passed_q() -> Q:
    missed = Exists(PhaseTiming.objects.filter(session=OuterRef("pk"), measured_seconds__gt=F("target_seconds")))
    return measured_q() & ~Q(missed)


def kindergarten_school_ids(school_ids=None) -> set[int]:
    """Schools whose every level is kindergarten."""
    schools = School.objects.all() if school_ids is None else School.objects.filter(pk__in=school_ids)
    rows = schools.annotate(
        levels_total=Count("levels", distinct=True),
        kindergarten=Count("levels", filter=Q(levels__code=SchoolLevelCode.KINDERGARTEN), distinct=True),
    ).values_list("pk", "levels_total", "kindergarten")
    return {pk for pk, total, kg in rows if total and total == kg}


def is_kindergarten(school: School) -> bool:
    return school.pk in kindergarten_school_ids([school.pk])


@dataclass
class LedgerFigures:
    confirmed_hours: Decimal = ZERO
    confirmed_sessions: int = 0
    pending_hours: Decimal = ZERO
    pending_sessions: int = 0
    disputed_sessions: int = 0
    duty_hours: int = DUTY_CLASS_HOURS
    extra: dict = field(default_factory=dict)

    @property
    def missing_hours(self) -> Decimal:
        return max(Decimal(self.duty_hours) - self.confirmed_hours, ZERO)

    @property
    def met(self) -> bool:
        return self.confirmed_hours >= self.duty_hours

    @property
    def percent(self) -> int:
        """Progress towards the duty, capped at 100."""
        return min(100, int(self.confirmed_hours * 100 / self.duty_hours))


def ledger_figures(*, vice_principal: VicePrincipal, school: School, year: SchoolYear) -> LedgerFigures:
    """The duty ledger's totals for one vice principal at one school in one school year, straight from the
    sessions (under every appointment the vice principal held there that year)."""
    sessions = in_year(Session.objects.filter(vice_principal=vice_principal, school=school), year)
    row = sessions.aggregate(
        confirmed_hours=Coalesce(Sum("class_hours", filter=Q(status=COUNTED)), ZERO),
        confirmed_sessions=Count("pk", filter=Q(status=COUNTED)),
        pending_hours=Coalesce(Sum("class_hours", filter=Q(status=PENDING)), ZERO),
        pending_sessions=Count("pk", filter=Q(status=PENDING)),
        disputed_sessions=Count("pk", filter=Q(status=SessionStatus.DISPUTED)),
    )
    return LedgerFigures(**row)


# Drill compliance (Ministry of Education guide, 2014): an evacuation drill every month of term at a school, every
# quarter at a kindergarten. The school's months are its term months, September to July; August is the holiday.
SCHOOL_DRILL_PERIODS: tuple[tuple[int, ...], ...] = tuple((index,) for index in range(11))
KINDERGARTEN_DRILL_PERIODS: tuple[tuple[int, ...], ...] = QUARTERS


def drill_periods(*, kindergarten: bool) -> tuple[tuple[int, ...], ...]:
    """The periods (month indexes of the school year) that each need one confirmed evacuation drill."""
    return KINDERGARTEN_DRILL_PERIODS if kindergarten else SCHOOL_DRILL_PERIODS


def drill_periods_due(*, kindergarten: bool, year: SchoolYear, today: datetime.date | None = None):
    """The periods that have ended by `today`: a month still under way is not yet missed."""
    elapsed = year.elapsed_months(today=today)
    return tuple(period for period in drill_periods(kindergarten=kindergarten) if period[-1] < elapsed)


def drill_periods_missed(*, drill_months: int, kindergarten: bool, year: SchoolYear, today=None):
    """Due periods with no confirmed evacuation drill, given the bit mask of months that had one."""
    return tuple(
        period
        for period in drill_periods_due(kindergarten=kindergarten, year=year, today=today)
        if not drill_months & mask_of(period)
    )
