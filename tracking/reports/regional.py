"""The regional report: figures for a province, city or district (or the whole country) and a period.

`region_report` reads the summary tables, in a handful of grouped queries whatever the number of sessions.
`region_report_plain` counts the same figures straight from the sessions, appointments and schools; it is slow at
national scale and exists so the tests and the benchmark can check the summary tables against a plain count.
Both build the same `RegionReport` from the same intermediate rows, so a difference can only come from the data.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce, Substr, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.models import TopicPage
from tracking.models import (
    Appointment,
    LedgerRollup,
    Region,
    RegionLevel,
    RegionMonthRollup,
    RollupDirty,
    School,
    SchoolYearRollup,
    Session,
    SessionAttendance,
    SessionKind,
    VicePrincipal,
)
from tracking.reports.counting import (
    COUNTED,
    HELD_STATUSES,
    PENDING,
    ZERO,
    drill_periods_due,
    evacuation_q,
    kindergarten_school_ids,
    measured_q,
    passed_q,
)
from tracking.reports.periods import (
    DUTY_CLASS_HOURS,
    TERM_LABELS,
    TERMS,
    Period,
    SchoolYear,
    beijing,
    local_today,
    mask_of,
    month_index,
    term_started,
)

COUNTRY = "country"
SCHOOL = "school"
LEVEL_LABELS = {
    COUNTRY: _("Whole country"),
    RegionLevel.PROVINCE: RegionLevel.PROVINCE.label,
    RegionLevel.CITY: RegionLevel.CITY.label,
    RegionLevel.DISTRICT: RegionLevel.DISTRICT.label,
    SCHOOL: _("School"),
}
# The rollup column that holds each level's code, and the code's length.
CODE_FIELD = {
    RegionLevel.PROVINCE: "province_code",
    RegionLevel.CITY: "city_code",
    RegionLevel.DISTRICT: "district_code",
}
CODE_LENGTH = {RegionLevel.PROVINCE: 2, RegionLevel.CITY: 4, RegionLevel.DISTRICT: 6}


@dataclass(frozen=True)
class Scope:
    code: str  # "" for the whole country, else a Region code
    name: str
    level: str
    prefix: str

    @property
    def level_label(self) -> str:
        return str(LEVEL_LABELS[self.level])


def scope_for(*, code: str | None) -> Scope:
    """The scope of a Region code, or the whole country for an empty one; Region.DoesNotExist for an unknown code."""
    if not code:
        return Scope(code="", name=gettext("Whole country"), level=COUNTRY, prefix="")
    region = Region.objects.get(code=code)
    return Scope(code=region.code, name=region.name, level=region.level, prefix=region.prefix)


def child_scope_level(scope: Scope) -> str:
    """What the report's rows are one level down: provinces, cities (where the province has city-level regions;
    Beijing's districts sit directly under it), districts, or schools."""
    if scope.level == COUNTRY:
        return RegionLevel.PROVINCE
    if scope.level == RegionLevel.PROVINCE:
        cities = Region.objects.filter(code__startswith=scope.prefix, code__endswith="00").exclude(
            code__endswith="0000"
        )
        return RegionLevel.CITY if cities.exists() else RegionLevel.DISTRICT
    if scope.level == RegionLevel.CITY:
        return RegionLevel.DISTRICT
    return SCHOOL


def _region_code_of(prefix: str) -> str:
    return prefix.ljust(6, "0")


@dataclass
class Figures:
    held_sessions: int = 0
    confirmed_sessions: int = 0
    attendance: int = 0
    class_hours: Decimal = ZERO
    drills_measured: int = 0
    drills_passed: int = 0

    def add(self, other: "Figures") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def pass_rate(self) -> float | None:
        return _percent(self.drills_passed, self.drills_measured)


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@dataclass
class TermCoverage:
    """School coverage in one term of a whole-year report: the schools with a confirmed session in that term."""

    term: str  # periods.AUTUMN or periods.SPRING
    started: bool  # False for a term whose first day is still to come: it shows as not started, not as 0%
    schools: int = 0
    covered: int = 0

    @property
    def label(self) -> str:
        return str(TERM_LABELS[self.term])

    @property
    def coverage(self) -> float | None:
        return _percent(self.covered, self.schools) if self.started else None


def coverage_terms(period: Period) -> tuple[str, ...]:
    """The terms whose coverage a report gives beside the period's own: both terms for a whole school year (a school
    seen in September is not thereby covered in May), none for a term or a month, whose figure is already its own."""
    return tuple(TERMS) if period.is_whole_year else ()


def _term_coverage(*, period: Period, today: datetime.date, schools: int, covered: list[int]) -> list[TermCoverage]:
    return [
        TermCoverage(
            term=term,
            started=term_started(year=period.year, term=term, today=today),
            schools=schools,
            covered=count,
        )
        for term, count in zip(coverage_terms(period), covered, strict=True)
    ]


@dataclass
class ChildRow:
    code: str
    name: str
    level: str
    region_code: str | None = None
    school_id: int | None = None
    figures: Figures = field(default_factory=Figures)
    schools: int = 0
    covered: int = 0
    terms: list[TermCoverage] = field(default_factory=list)
    drill_schools_due: int = 0
    drill_schools_compliant: int = 0
    behind: int = 0
    without_vp: int = 0

    @property
    def coverage(self) -> float | None:
        return _percent(self.covered, self.schools)

    @property
    def drill_compliance(self) -> float | None:
        return _percent(self.drill_schools_compliant, self.drill_schools_due)


@dataclass
class BehindRow:
    vice_principal_id: int
    vice_principal_name: str
    school_id: int
    school_name: str
    confirmed_hours: Decimal
    missing_hours: Decimal
    # Whether the vice principal held an appointment at the school at any time in the school year, and so has a duty
    # ledger there. A row without one comes from sessions alone: held or confirmed under an appointment that was
    # later shortened, moved or deleted (the hours still count where they were given, but no ledger shows them).
    appointed: bool = True


@dataclass
class RegionReport:
    scope: Scope
    period: Period
    today: datetime.date  # the day "without an active vice principal" and the drills due so far are counted on
    child_level: str
    totals: Figures
    by_topic: list[tuple[str, Figures]]
    by_month: list[tuple[datetime.date, Figures]]
    children: list[ChildRow]
    schools: int = 0
    covered: int = 0
    terms: list[TermCoverage] = field(default_factory=list)  # a whole year's coverage term by term
    without_vp_count: int = 0
    without_vp: list[School] = field(default_factory=list)
    behind_count: int = 0
    behind: list[BehindRow] = field(default_factory=list)
    drill_schools_due: int = 0
    drill_schools_compliant: int = 0
    pending_refresh: bool = False

    @property
    def coverage(self) -> float | None:
        return _percent(self.covered, self.schools)

    @property
    def drill_compliance(self) -> float | None:
        return _percent(self.drill_schools_compliant, self.drill_schools_due)


# The intermediate rows both sources produce. `child` is the child's code (region prefix, or school id).


@dataclass
class _Rows:
    # (child, month index, kind, topic id) → Figures
    sessions: dict[tuple, Figures]
    # child → [schools, covered, drill schools due, drill schools compliant, covered in each of coverage_terms()]
    schools: dict
    # child → number of appointments under the duty
    behind: dict
    behind_count: int
    behind_list: list[BehindRow]
    # child → schools without an active vice principal
    without_vp: dict
    without_vp_count: int
    without_vp_list: list[School]


def _coverage_filters(*, periods: list[Period], months_field: str):
    """Annotations plus one Q object per period: rows whose mask of months with a confirmed session has one in it."""
    annotations = {f"s_{p.mask}": F(months_field).bitand(p.mask) for p in periods}
    return annotations, [~Q(**{f"s_{p.mask}": 0}) for p in periods]


def _compliance_filters(*, year: SchoolYear, today: datetime.date, drill_field: str):
    """Annotations plus (due, compliant) Q objects over rows with drill month masks."""
    annotations = {}
    due_q = compliant_q = None
    for kindergarten in (False, True):
        due = drill_periods_due(kindergarten=kindergarten, year=year, today=today)
        if not due:
            continue
        met = Q(is_kindergarten=kindergarten)
        for period_months in due:
            mask = mask_of(period_months)
            annotations[f"d_{mask}"] = F(drill_field).bitand(mask)
            met &= ~Q(**{f"d_{mask}": 0})
        due_q = Q(is_kindergarten=kindergarten) if due_q is None else due_q | Q(is_kindergarten=kindergarten)
        compliant_q = met if compliant_q is None else compliant_q | met
    return annotations, due_q, compliant_q


def _figures(row: dict) -> Figures:
    return Figures(**{name: row.get(name) or 0 for name in Figures.__dataclass_fields__})


def _rows_from_rollups(*, scope: Scope, period: Period, child_level: str, today: datetime.date, list_limit: int):
    year = period.year.start_year
    scope_q = Q(**{CODE_FIELD[scope.level]: scope.prefix}) if scope.level != COUNTRY else Q()
    child = "school_id" if child_level == SCHOOL else CODE_FIELD[child_level]

    if child_level == SCHOOL:
        # The month table is kept per district, not per school; a district's schools come from the sessions.
        return None
    sessions = {}
    month_rows = (
        RegionMonthRollup.objects.filter(scope_q, school_year=year, month__gte=period.first, month__lte=period.last)
        .values(child, "month", "kind", "topic_id")
        .annotate(
            held_sessions=Sum("held_sessions"),
            confirmed_sessions=Sum("confirmed_sessions"),
            attendance=Sum("attendance"),
            class_hours=Sum("class_hours"),
            drills_measured=Sum("drills_measured"),
            drills_passed=Sum("drills_passed"),
        )
    )
    for row in month_rows:
        sessions[(row[child], row["month"], row["kind"], row["topic_id"])] = _figures(row)

    # Coverage from each school's mask of months with a confirmed session: the period's, then each term's.
    terms = coverage_terms(period)
    coverage_annotations, (covered_q, *term_qs) = _coverage_filters(
        periods=[period, *(Period.term(period.year, term) for term in terms)], months_field="session_months"
    )
    drill_annotations, due_q, compliant_q = _compliance_filters(
        year=period.year, today=today, drill_field="drill_months"
    )
    schools = {
        row[child]: [row["schools"], row["covered"], row["due"], row["compliant"], *(row[f"in_{t}"] for t in terms)]
        for row in SchoolYearRollup.objects.filter(scope_q, school_year=year)
        .annotate(**coverage_annotations, **drill_annotations)
        .values(child)
        .annotate(
            schools=Count("pk"),
            covered=Count("pk", filter=covered_q),
            due=Count("pk", filter=due_q) if due_q is not None else Value(0),
            compliant=Count("pk", filter=compliant_q) if compliant_q is not None else Value(0),
            **{f"in_{term}": Count("pk", filter=q) for term, q in zip(terms, term_qs, strict=True)},
        )
    }
    under = LedgerRollup.objects.filter(scope_q, school_year=year, confirmed_hours__lt=DUTY_CLASS_HOURS)
    behind = dict(under.values(child).annotate(n=Count("pk")).values_list(child, "n"))
    # Asked of the listed rows only (the database evaluates it after the sort and limit).
    appointed = _appointments_in(period.year).filter(
        vice_principal=OuterRef("vice_principal_id"), school=OuterRef("school_id")
    )
    behind_list = [
        BehindRow(
            vice_principal_id=row.vice_principal_id,
            vice_principal_name=row.vice_principal.name,
            school_id=row.school_id,
            school_name=row.school.name,
            confirmed_hours=row.confirmed_hours,
            missing_hours=DUTY_CLASS_HOURS - row.confirmed_hours,
            appointed=row.appointed,
        )
        for row in under.select_related("vice_principal", "school")
        .annotate(appointed=Exists(appointed))
        .order_by("confirmed_hours", "school__name", "vice_principal__name", "pk")[:list_limit]
    ]
    return sessions, schools, behind, sum(behind.values()), behind_list


def _appointments_in(year: SchoolYear) -> QuerySet[Appointment]:
    """Appointments that overlap the school year by at least a day: those that give a duty ledger."""
    return Appointment.objects.filter(start_date__lte=year.last_day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=year.first_day)
    )


def _schools_in(scope: Scope) -> QuerySet[School]:
    return School.objects.filter(region__code__startswith=scope.prefix) if scope.prefix else School.objects.all()


def _child_expression(child_level: str, prefix: str = ""):
    if child_level == SCHOOL:
        return F(f"{prefix}pk" if not prefix else f"{prefix}id")
    return Substr(f"{prefix}region__code", 1, CODE_LENGTH[child_level])


def _without_vp(*, scope: Scope, child_level: str, today: datetime.date, list_limit: int):
    active = Appointment.objects.filter(school=OuterRef("pk"), start_date__lte=today).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today)
    )
    lacking = _schools_in(scope).filter(~Exists(active))
    counts = dict(
        lacking.annotate(child=_child_expression(child_level))
        .values("child")
        .annotate(n=Count("pk"))
        .values_list("child", "n")
    )
    return counts, sum(counts.values()), list(lacking.select_related("region").order_by("name", "pk")[:list_limit])


def _rows_from_sessions(*, scope: Scope, period: Period, child_level: str, today: datetime.date, list_limit: int):
    """The same rows as `_rows_from_rollups`, counted from the sessions themselves."""
    year = period.year
    schools_qs = _schools_in(scope)
    in_period = Session.objects.filter(
        school__in=schools_qs, starts_at__gte=period.starts_at, starts_at__lt=period.ends_at
    )
    child = _child_expression(child_level, "school__")
    month = TruncMonth("starts_at", tzinfo=beijing())
    counted = Q(status=COUNTED)
    keys = ("child", "month", "kind", "topic_id")
    sessions: dict[tuple, Figures] = defaultdict(Figures)

    def key(row, prefix=""):
        local = timezone.localtime(row["month"], beijing()).date()
        return (row["child"], month_index(local), row[f"{prefix}kind"], row[f"{prefix}topic_id"])

    for row in (
        in_period.annotate(child=child, month=month)
        .values(*keys)
        .annotate(
            held=Count("pk", filter=Q(status__in=HELD_STATUSES)),
            confirmed=Count("pk", filter=counted),
            hours=Coalesce(Sum("class_hours", filter=counted), ZERO),
        )
    ):
        figures = sessions[key(row)]
        figures.held_sessions, figures.confirmed_sessions, figures.class_hours = (
            row["held"],
            row["confirmed"],
            row["hours"],
        )
    for row in (
        SessionAttendance.objects.filter(session__in=in_period.filter(counted))
        .annotate(
            child=_child_expression(child_level, "session__school__"),
            month=TruncMonth("session__starts_at", tzinfo=beijing()),
        )
        .values("child", "month", "session__kind", "session__topic_id")
        .annotate(total=Sum("count"))
    ):
        sessions[key(row, "session__")].attendance = row["total"]
    drills = in_period.filter(counted).filter(measured_q()).annotate(child=child, month=month).values(*keys)
    for row in drills.annotate(n=Count("pk")):
        sessions[key(row)].drills_measured = row["n"]
    for row in drills.filter(passed_q()).annotate(n=Count("pk")):
        sessions[key(row)].drills_passed = row["n"]

    # Schools: coverage in the period (and, for a whole year, in each term), drill compliance in the year so far.
    child_of = dict(schools_qs.annotate(child=_child_expression(child_level)).values_list("pk", "child"))

    def covered_in(within: Period) -> set[int]:
        confirmed = Session.objects.filter(
            school__in=schools_qs, status=COUNTED, starts_at__gte=within.starts_at, starts_at__lt=within.ends_at
        )
        return set(confirmed.values_list("school_id", flat=True).distinct())

    covered = covered_in(period)
    covered_in_terms = [covered_in(Period.term(year, term)) for term in coverage_terms(period)]
    drill_months: dict[int, int] = defaultdict(int)
    year_drills = Session.objects.filter(
        school__in=schools_qs, starts_at__gte=year.starts_at, starts_at__lt=year.ends_at, status=COUNTED
    ).filter(evacuation_q())
    for school_id, moment in year_drills.values_list("school_id", "starts_at"):
        drill_months[school_id] |= 1 << month_index(timezone.localtime(moment, beijing()).date())
    kindergartens = kindergarten_school_ids(schools_qs.values("pk"))
    schools: dict = defaultdict(lambda: [0, 0, 0, 0] + [0] * len(covered_in_terms))
    for school_id, code in child_of.items():
        entry = schools[code]
        entry[0] += 1
        entry[1] += school_id in covered
        due = drill_periods_due(kindergarten=school_id in kindergartens, year=year, today=today)
        if due:
            entry[2] += 1
            entry[3] += all(drill_months[school_id] & mask_of(p) for p in due)
        for index, in_term in enumerate(covered_in_terms):
            entry[4 + index] += school_id in in_term

    # The duty: every vice principal appointed at a school in the year, or with sessions there that year.
    hours: dict[tuple[int, int], Decimal] = {}
    appointed = set(_appointments_in(year).filter(school__in=schools_qs).values_list("vice_principal_id", "school_id"))
    for pair in appointed:
        hours[pair] = ZERO
    year_sessions = Session.objects.filter(
        school__in=schools_qs, starts_at__gte=year.starts_at, starts_at__lt=year.ends_at
    )
    for vp_id, school_id, total in (
        year_sessions.filter(status__in=(COUNTED, PENDING))
        .values("vice_principal_id", "school_id")
        .annotate(total=Coalesce(Sum("class_hours", filter=counted), ZERO))
        .values_list("vice_principal_id", "school_id", "total")
    ):
        hours[(vp_id, school_id)] = total
    under = {pair: total for pair, total in hours.items() if total < DUTY_CLASS_HOURS}
    behind: dict = defaultdict(int)
    for (_vp, school_id), _total in under.items():
        behind[child_of[school_id]] += 1
    names = dict(School.objects.filter(pk__in={s for _v, s in under}).values_list("pk", "name"))
    vp_names = dict(VicePrincipal.objects.filter(pk__in={v for v, _s in under}).values_list("pk", "name"))
    behind_list = sorted(
        (
            BehindRow(
                vice_principal_id=vp_id,
                vice_principal_name=vp_names[vp_id],
                school_id=school_id,
                school_name=names[school_id],
                confirmed_hours=total,
                missing_hours=DUTY_CLASS_HOURS - total,
                appointed=(vp_id, school_id) in appointed,
            )
            for (vp_id, school_id), total in under.items()
        ),
        key=lambda row: (row.confirmed_hours, row.school_name, row.vice_principal_name),
    )
    return dict(sessions), dict(schools), dict(behind), len(under), behind_list


def _build(*, scope: Scope, period: Period, today: datetime.date | None, list_limit: int, plain: bool) -> RegionReport:
    today = today or local_today()
    child_level = child_scope_level(scope)
    rows = None
    if not plain:
        rows = _rows_from_rollups(
            scope=scope, period=period, child_level=child_level, today=today, list_limit=list_limit
        )
    if rows is None:
        # Plain counts, or a district's schools (the month table is kept per district): straight from sessions.
        rows = _rows_from_sessions(
            scope=scope, period=period, child_level=child_level, today=today, list_limit=list_limit
        )
    sessions, schools, behind, behind_count, behind_list = rows
    without_vp, without_vp_count, without_vp_list = _without_vp(
        scope=scope, child_level=child_level, today=today, list_limit=list_limit
    )

    totals = Figures()
    by_topic: dict[tuple, Figures] = defaultdict(Figures)
    by_month: dict[int, Figures] = {index: Figures() for index in range(period.first, period.last + 1)}
    by_child: dict = defaultdict(Figures)
    for (child, month, kind, topic_id), figures in sessions.items():
        totals.add(figures)
        by_topic[(kind, topic_id)].add(figures)
        by_month[month].add(figures)
        by_child[child].add(figures)

    topics = {
        topic.pk: topic.title
        for topic in TopicPage.objects.filter(pk__in={t for _k, t in by_topic if t}).only("pk", "title")
    }

    def topic_label(kind, topic_id):
        if kind == SessionKind.DRILL:
            return gettext("Drills")
        return topics.get(topic_id) or gettext("Lectures without a topic")

    merged: dict[str, Figures] = defaultdict(Figures)
    for (kind, topic_id), figures in by_topic.items():
        merged[topic_label(kind, topic_id)].add(figures)

    children = _children(
        scope=scope,
        child_level=child_level,
        codes=set(schools) | set(by_child) | set(behind) | set(without_vp),
    )
    empty = [0, 0, 0, 0] + [0] * len(coverage_terms(period))
    for row in children:
        key = row.school_id if child_level == SCHOOL else row.code[: CODE_LENGTH[child_level]]
        row.figures = by_child.get(key, Figures())
        entry = schools.get(key, empty)
        row.schools, row.covered, row.drill_schools_due, row.drill_schools_compliant, *in_terms = entry
        row.terms = _term_coverage(period=period, today=today, schools=row.schools, covered=in_terms)
        row.behind = behind.get(key, 0)
        row.without_vp = without_vp.get(key, 0)

    pending = RollupDirty.objects.filter(school_year=period.year.start_year)
    if scope.prefix:
        pending = pending.filter(district_code__startswith=scope.prefix)
    return RegionReport(
        scope=scope,
        period=period,
        today=today,
        child_level=child_level,
        totals=totals,
        by_topic=sorted(merged.items(), key=lambda item: (-item[1].held_sessions, item[0])),
        by_month=[(period.year.months()[index], figures) for index, figures in by_month.items()],
        children=children,
        schools=sum(row.schools for row in children),
        covered=sum(row.covered for row in children),
        terms=_term_coverage(
            period=period,
            today=today,
            schools=sum(row.schools for row in children),
            covered=[sum(row.terms[index].covered for row in children) for index in range(len(coverage_terms(period)))],
        ),
        without_vp_count=without_vp_count,
        without_vp=without_vp_list,
        behind_count=behind_count,
        behind=behind_list[:list_limit],
        drill_schools_due=sum(row.drill_schools_due for row in children),
        drill_schools_compliant=sum(row.drill_schools_compliant for row in children),
        pending_refresh=not plain and pending.exists(),
    )


def _children(*, scope: Scope, child_level: str, codes: set) -> list[ChildRow]:
    if child_level == SCHOOL:
        return [
            ChildRow(code=school.code, name=school.name, level=SCHOOL, school_id=school.pk)
            for school in _schools_in(scope).order_by("code")
        ]
    names = dict(
        Region.objects.filter(code__in=[_region_code_of(code) for code in codes if code]).values_list("code", "name")
    )
    rows = []
    for code in sorted(c for c in codes if c):
        region_code = _region_code_of(code)
        # A school may sit in a region the table does not list one level down; its row still counts, unnamed.
        rows.append(
            ChildRow(
                code=region_code,
                name=names.get(region_code, region_code),
                level=child_level,
                region_code=region_code if region_code in names else None,
            )
        )
    return rows


def region_report(*, scope: Scope, period: Period, today: datetime.date | None = None, list_limit: int = 50):
    return _build(scope=scope, period=period, today=today, list_limit=list_limit, plain=False)


def region_report_plain(*, scope: Scope, period: Period, today: datetime.date | None = None, list_limit: int = 50):
    return _build(scope=scope, period=period, today=today, list_limit=list_limit, plain=True)
