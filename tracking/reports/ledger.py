"""The Order No. 52 duty ledger (台账): a vice principal's confirmed class-hours at one school in one school year,
against the 4-hour duty.

A ledger exists for every vice principal appointed at a school at any time in the school year, with no sessions
too. Its sessions are all the vice principal's sessions at that school in that year, under any of their
appointments there; what counts is decided in `tracking.reports.counting` (confirmed sessions only; sessions
awaiting confirmation are shown apart and count for nothing yet). The duty stays 4 class-hours whatever date the
appointment starts.

Reads only: callers pass what the user may see (`tracking.access`).
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from tracking.models import Appointment, Region, School, Session, SessionKind, SessionStatus, VicePrincipal
from tracking.reports.counting import COUNTED, PENDING, ZERO, LedgerFigures, in_year, ledger_figures
from tracking.reports.periods import SchoolYear


@dataclass(frozen=True)
class Span:
    """A stretch of appointment inside the school year (appointments that follow each other are joined)."""

    start: datetime.date
    end: datetime.date | None  # None: open-ended

    def within(self, year: SchoolYear) -> "Span":
        start = max(self.start, year.first_day)
        end = year.last_day if self.end is None else min(self.end, year.last_day)
        return Span(start, end)


@dataclass
class Breakdown:
    """Confirmed sessions of one topic or one kind."""

    key: str
    label: str
    sessions: int = 0
    hours: Decimal = ZERO


@dataclass
class Ledger:
    vice_principal: VicePrincipal
    school: School
    year: SchoolYear
    figures: LedgerFigures
    spans: list[Span] = field(default_factory=list)  # the appointments, clipped to the school year
    # Only on a ledger read with `ledger_detail`:
    by_topic: list[Breakdown] = field(default_factory=list)
    by_kind: list[Breakdown] = field(default_factory=list)
    confirmed: list[Session] = field(default_factory=list)
    pending: list[Session] = field(default_factory=list)
    disputed: list[Session] = field(default_factory=list)

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.vice_principal.pk, self.school.pk, self.year.start_year)

    @property
    def appointed_from(self) -> datetime.date | None:
        """The first day of appointment when it is after 1 September: the year started without them."""
        if self.spans and self.spans[0].start > self.year.first_day:
            return self.spans[0].start
        return None

    @property
    def appointed_until(self) -> datetime.date | None:
        """The last day of appointment when the appointment ended before 31 August."""
        if self.spans and self.spans[-1].end is not None and self.spans[-1].end < self.year.last_day:
            return self.spans[-1].end
        return None

    @property
    def clipped_spans(self) -> list[Span]:
        return [span.within(self.year) for span in self.spans]


def appointments_in_year(appointments: QuerySet[Appointment], year: SchoolYear) -> QuerySet[Appointment]:
    """Appointments that overlap the school year by at least one day."""
    return appointments.filter(start_date__lte=year.last_day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=year.first_day)
    )


def merge_spans(spans: Iterable[tuple[datetime.date, datetime.date | None]]) -> list[Span]:
    """Spans in date order, with those that overlap or follow on the next day joined into one."""
    merged: list[Span] = []
    for start, end in sorted(spans, key=lambda span: span[0]):
        if merged:
            last = merged[-1]
            if last.end is None or start <= last.end + datetime.timedelta(days=1):
                joined_end = None if last.end is None or end is None else max(last.end, end)
                merged[-1] = Span(last.start, joined_end)
                continue
        merged.append(Span(start, end))
    return merged


def _figures_by_pair(sessions: QuerySet[Session], year: SchoolYear) -> dict[tuple[int, int], LedgerFigures]:
    """`ledger_figures` for every (vice principal, school) pair among `sessions`, in one grouped query."""
    rows = (
        in_year(sessions, year)
        .order_by()
        .values("vice_principal_id", "school_id")
        .annotate(
            confirmed_hours=Coalesce(Sum("class_hours", filter=Q(status=COUNTED)), ZERO),
            confirmed_sessions=Count("pk", filter=Q(status=COUNTED)),
            pending_hours=Coalesce(Sum("class_hours", filter=Q(status=PENDING)), ZERO),
            pending_sessions=Count("pk", filter=Q(status=PENDING)),
            disputed_sessions=Count("pk", filter=Q(status=SessionStatus.DISPUTED)),
        )
    )
    figures = {}
    for row in rows:
        pair = (row.pop("vice_principal_id"), row.pop("school_id"))
        figures[pair] = LedgerFigures(**row)
    return figures


def ledgers_for(
    appointments: QuerySet[Appointment], year: SchoolYear, *, sessions: QuerySet[Session] | None = None
) -> list[Ledger]:
    """One ledger per (vice principal, school) among `appointments` that overlap the school year, in two queries
    (the appointments with their people and schools, and the grouped session figures).

    `sessions` narrows the sessions scanned (by default those of the appointments' vice principals and schools);
    it must hold every session of every ledger."""
    overlapping = appointments_in_year(appointments, year)
    rows = list(overlapping.select_related("vice_principal", "school", "school__region").order_by())
    if not rows:
        return []
    if sessions is None:
        sessions = Session.objects.filter(
            vice_principal__in=overlapping.order_by().values("vice_principal_id"),
            school__in=overlapping.order_by().values("school_id"),
        )
    figures = _figures_by_pair(sessions, year)
    grouped: dict[tuple[int, int], list[Appointment]] = {}
    for row in rows:
        grouped.setdefault((row.vice_principal_id, row.school_id), []).append(row)
    ledgers = [
        Ledger(
            vice_principal=group[0].vice_principal,
            school=group[0].school,
            year=year,
            figures=figures.get(pair) or LedgerFigures(),
            spans=merge_spans((a.start_date, a.end_date) for a in group),
        )
        for pair, group in grouped.items()
    ]
    ledgers.sort(key=lambda ledger: (ledger.school.region.code, ledger.school.name, ledger.vice_principal.name))
    return ledgers


def vice_principal_ledgers(*, vice_principal: VicePrincipal, year: SchoolYear) -> list[Ledger]:
    """The vice principal's ledgers: one for each school they were appointed at during the year."""
    return ledgers_for(
        Appointment.objects.filter(vice_principal=vice_principal),
        year,
        sessions=Session.objects.filter(vice_principal=vice_principal),
    )


def school_ledgers(*, school: School, year: SchoolYear) -> list[Ledger]:
    """The ledgers of every vice principal appointed at the school during the year."""
    return ledgers_for(Appointment.objects.filter(school=school), year, sessions=Session.objects.filter(school=school))


def region_ledgers(*, region: Region, year: SchoolYear) -> list[Ledger]:
    """Every appointment's ledger at the schools under the region's division code."""
    prefix = region.prefix
    return ledgers_for(
        Appointment.objects.filter(school__region__code__startswith=prefix),
        year,
        sessions=Session.objects.filter(school__region__code__startswith=prefix),
    )


def _breakdown(rows, *, key: str, label) -> list[Breakdown]:
    return [
        Breakdown(key=str(row[key]), label=label(row), sessions=row["sessions"], hours=row["hours"] or ZERO)
        for row in rows
    ]


def ledger_detail(*, vice_principal: VicePrincipal, school: School, year: SchoolYear) -> Ledger | None:
    """The whole ledger of one vice principal at one school in one school year, or None when they held no
    appointment there during the year."""
    appointments = appointments_in_year(Appointment.objects.filter(vice_principal=vice_principal, school=school), year)
    spans = merge_spans(appointments.values_list("start_date", "end_date"))
    if not spans:
        return None
    sessions = in_year(Session.objects.filter(vice_principal=vice_principal, school=school), year)
    confirmed = sessions.filter(status=COUNTED)
    # Topics are what lectures are about; drills have scenarios instead and are counted under their kind.
    by_topic = _breakdown(
        confirmed.filter(kind=SessionKind.LECTURE)
        .order_by()
        .values("topic_id", "topic__title")
        .annotate(sessions=Count("pk"), hours=Sum("class_hours"))
        .order_by("-hours", "topic__title"),
        key="topic_id",
        label=lambda row: row["topic__title"] or _("Without a topic"),
    )
    kinds = dict(SessionKind.choices)
    # In the order the kinds are declared (lectures, then drills), not their stored values': every ledger, on screen
    # and as filed, lists them alike.
    order = {kind: index for index, kind in enumerate(kinds)}
    by_kind = _breakdown(
        sorted(
            confirmed.order_by().values("kind").annotate(sessions=Count("pk"), hours=Sum("class_hours")),
            key=lambda row: order.get(row["kind"], len(order)),
        ),
        key="kind",
        label=lambda row: str(kinds.get(row["kind"], row["kind"])),
    )
    listed = (
        sessions.filter(status__in=[COUNTED, PENDING, SessionStatus.DISPUTED])
        .select_related("topic", "scenario")
        .annotate(attendance_total=Sum("attendance__count"))
        .order_by("starts_at", "pk")
    )
    by_status: dict[str, list[Session]] = {COUNTED: [], PENDING: [], SessionStatus.DISPUTED: []}
    for session in listed:
        by_status[session.status].append(session)
    return Ledger(
        vice_principal=vice_principal,
        school=school,
        year=year,
        figures=ledger_figures(vice_principal=vice_principal, school=school, year=year),
        spans=spans,
        by_topic=by_topic,
        by_kind=by_kind,
        confirmed=by_status[COUNTED],
        pending=by_status[PENDING],
        disputed=by_status[SessionStatus.DISPUTED],
    )


def ledger_years(appointments: QuerySet[Appointment], *, today: datetime.date | None = None) -> list[SchoolYear]:
    """The school years with a ledger among `appointments`, newest first, up to the current one."""
    current = SchoolYear.of(today) if today else SchoolYear.current()
    first = appointments.order_by("start_date").values_list("start_date", flat=True).first()
    if first is None:
        return [current]
    start = min(SchoolYear.of(first).start_year, current.start_year)
    return [SchoolYear(y) for y in range(current.start_year, start - 1, -1)]
