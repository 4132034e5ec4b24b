"""Keeping the regional report's summary tables (tracking.models.reports) in step with the sessions.

Any change to a session, its attendance or timings, an appointment or a school marks its district and school year
as dirty (a `RollupDirty` row, written in the same transaction as the change, so a crash cannot lose it). Once the
change is committed a background task rebuilds the dirty districts, one district and year at a time, from the
sessions themselves: a district's rows are small, and rebuilding them whole cannot drift the way running
increments can. `rollups_rebuild` does the same for everything at once (the demo loader, the benchmark, and a
nightly safety net).
"""

from collections import defaultdict

from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone

from tracking.models import (
    Appointment,
    LedgerRollup,
    RegionMonthRollup,
    RollupDirty,
    School,
    SchoolYearRollup,
    Session,
    SessionAttendance,
)
from tracking.reports.counting import (
    COUNTED,
    HELD_STATUSES,
    PENDING,
    ZERO,
    evacuation_q,
    kindergarten_school_ids,
    measured_q,
    passed_q,
)
from tracking.reports.periods import SchoolYear, beijing, month_index

BATCH = 2000
# Marks cleared per statement, each an OR of (pk, marked_at) pairs: well within SQLite's expression depth (1000).
MARKS_BATCH = 400


def codes_of(region_code: str) -> dict[str, str]:
    return {"province_code": region_code[:2], "city_code": region_code[:4], "district_code": region_code}


def _month(value) -> int:
    return month_index(timezone.localtime(value, beijing()).date())


def _in_year(sessions: QuerySet, year: SchoolYear, prefix: str = "") -> QuerySet:
    return sessions.filter(**{f"{prefix}starts_at__gte": year.starts_at, f"{prefix}starts_at__lt": year.ends_at})


def _month_rows(schools: QuerySet, year: SchoolYear) -> list[RegionMonthRollup]:
    sessions = _in_year(Session.objects.filter(school__in=schools), year)
    month = TruncMonth("starts_at", tzinfo=beijing())
    keys = ("school__region__code", "month", "kind", "topic_id")
    rows: dict[tuple, dict] = defaultdict(
        lambda: {
            "held_sessions": 0,
            "confirmed_sessions": 0,
            "class_hours": ZERO,
            "attendance": 0,
            "drills_measured": 0,
            "drills_passed": 0,
        }
    )
    counted = Q(status=COUNTED)
    for row in (
        sessions.annotate(month=month)
        .values(*keys)
        .annotate(
            held=Count("pk", filter=Q(status__in=HELD_STATUSES)),
            confirmed=Count("pk", filter=counted),
            hours=Coalesce(Sum("class_hours", filter=counted), ZERO),
        )
    ):
        figures = rows[(row["school__region__code"], _month(row["month"]), row["kind"], row["topic_id"])]
        figures.update(held_sessions=row["held"], confirmed_sessions=row["confirmed"], class_hours=row["hours"])
    # Separate queries: joining attendance or timings above would multiply the session counts.
    attendance = (
        SessionAttendance.objects.filter(session__in=sessions.filter(counted))
        .annotate(month=TruncMonth("session__starts_at", tzinfo=beijing()))
        .values("session__school__region__code", "month", "session__kind", "session__topic_id")
        .annotate(total=Sum("count"))
    )
    for row in attendance:
        key = (row["session__school__region__code"], _month(row["month"]), row["session__kind"])
        rows[(*key, row["session__topic_id"])]["attendance"] = row["total"]
    drills = sessions.filter(counted).filter(measured_q()).annotate(month=month).values(*keys)
    for name, query in (("drills_measured", drills), ("drills_passed", drills.filter(passed_q()))):
        for row in query.annotate(n=Count("pk")):
            rows[(row["school__region__code"], _month(row["month"]), row["kind"], row["topic_id"])][name] = row["n"]
    return [
        RegionMonthRollup(
            school_year=year.start_year, month=month_, kind=kind, topic_id=topic_id, **codes_of(code), **figures
        )
        for (code, month_, kind, topic_id), figures in rows.items()
    ]


def _school_rows(schools: QuerySet, year: SchoolYear) -> list[SchoolYearRollup]:
    confirmed = _in_year(Session.objects.filter(school__in=schools, status=COUNTED), year)
    months: dict[str, dict[int, int]] = {"session_months": defaultdict(int), "drill_months": defaultdict(int)}
    for name, query in (("session_months", confirmed), ("drill_months", confirmed.filter(evacuation_q()))):
        for school_id, month in (
            query.annotate(month=TruncMonth("starts_at", tzinfo=beijing())).values_list("school_id", "month").distinct()
        ):
            months[name][school_id] |= 1 << _month(month)
    kindergartens = kindergarten_school_ids(schools.values("pk"))
    return [
        SchoolYearRollup(
            school_id=school_id,
            school_year=year.start_year,
            is_kindergarten=school_id in kindergartens,
            session_months=months["session_months"][school_id],
            drill_months=months["drill_months"][school_id],
            **codes_of(code),
        )
        for school_id, code in schools.values_list("pk", "region__code")
    ]


def _ledger_rows(schools: QuerySet, year: SchoolYear) -> list[LedgerRollup]:
    """A row for every vice principal appointed at a school at any time in the year, and for any who logged
    sessions there that year (whose hours count wherever the appointment record stands)."""
    rows: dict[tuple[int, int], dict] = {}
    appointed = Appointment.objects.filter(school__in=schools, start_date__lte=year.last_day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=year.first_day)
    )
    for vp_id, school_id, code in appointed.values_list("vice_principal_id", "school_id", "school__region__code"):
        rows[(vp_id, school_id)] = {"code": code, "confirmed_hours": ZERO, "pending_hours": ZERO}
    sessions = _in_year(Session.objects.filter(school__in=schools), year)
    for row in (
        sessions.filter(status__in=(COUNTED, PENDING))
        .values("vice_principal_id", "school_id", "school__region__code")
        .annotate(
            confirmed=Coalesce(Sum("class_hours", filter=Q(status=COUNTED)), ZERO),
            pending=Coalesce(Sum("class_hours", filter=Q(status=PENDING)), ZERO),
        )
    ):
        entry = rows.setdefault((row["vice_principal_id"], row["school_id"]), {"code": row["school__region__code"]})
        entry.update(confirmed_hours=row["confirmed"], pending_hours=row["pending"])
    return [
        LedgerRollup(
            vice_principal_id=vp_id,
            school_id=school_id,
            school_year=year.start_year,
            confirmed_hours=entry.get("confirmed_hours", ZERO),
            pending_hours=entry.get("pending_hours", ZERO),
            **codes_of(entry["code"]),
        )
        for (vp_id, school_id), entry in rows.items()
    ]


def _write(*, schools: QuerySet, year: SchoolYear, scope: Q) -> int:
    """Replace the rows of `year` under `scope` (a filter on the rollup codes) with ones rebuilt from `schools`."""
    built = 0
    for model, build in (
        (RegionMonthRollup, _month_rows),
        (SchoolYearRollup, _school_rows),
        (LedgerRollup, _ledger_rows),
    ):
        stale = scope if model is RegionMonthRollup else scope | Q(school__in=schools)
        # A school's own rows go with it: a school that moved district leaves none behind in the old one.
        model.objects.filter(stale, school_year=year.start_year).delete()
        rows = build(schools, year)
        model.objects.bulk_create(rows, batch_size=BATCH)
        built += len(rows)
    return built


def rollup_years() -> list[SchoolYear]:
    """The school years that have sessions, and the current one."""
    years = {SchoolYear.current()}
    bounds = Session.objects.aggregate(first=Min("starts_at"), last=Max("starts_at"))
    if bounds["first"]:
        first = SchoolYear.of(timezone.localtime(bounds["first"], beijing()).date())
        last = SchoolYear.of(timezone.localtime(bounds["last"], beijing()).date())
        years.update(SchoolYear(start) for start in range(first.start_year, last.start_year + 1))
    return sorted(years)


def rollups_rebuild(*, school_year: int | None = None) -> int:
    """Rebuild every summary row (of one school year, or of all), and clear the marks it has caught up with.
    Returns rows written.

    A change committed while the rebuild runs (a minute at national scale) may come after the rebuild read its
    district, so its mark must outlive the rebuild. On PostgreSQL each statement sees what was committed before it
    started: every mark read before the first session is read stands for a change the rebuild sees, and only
    those marks, exactly as they were read, are cleared. A mark written or rewritten since (a later `marked_at`)
    stays, and is refreshed once the rebuild commits. No clock is compared: a long transaction that marked early
    and committed late, or a server whose clock runs behind, keeps its mark too. SQLite lets one writer in at a
    time, so nothing commits beside the rebuild once its first delete has taken the write lock."""
    years = [SchoolYear(school_year)] if school_year is not None else rollup_years()
    written = 0
    with transaction.atomic():
        _hold_off_refreshes()
        for model in (RegionMonthRollup, SchoolYearRollup, LedgerRollup):
            stale = model.objects.all() if school_year is None else model.objects.filter(school_year=school_year)
            stale.delete()
        waiting = RollupDirty.objects.all()
        if school_year is not None:
            waiting = waiting.filter(school_year=school_year)
        seen = list(waiting.values_list("pk", "marked_at"))
        for year in years:
            written += _write(schools=School.objects.all(), year=year, scope=Q())
        for start in range(0, len(seen), MARKS_BATCH):
            caught_up = Q()
            for pk, marked_at in seen[start : start + MARKS_BATCH]:
                caught_up |= Q(pk=pk, marked_at=marked_at)
            RollupDirty.objects.filter(caught_up).delete()
        # The refreshes queued by changes committed meanwhile stepped aside (see below): one runs after this commits.
        connection_queue_refresh()
    return written


# A district refresh rebuilding rows beside a full rebuild would wait on the rows the rebuild deleted, then add
# its own beside the rebuild's (or lock a mark the rebuild is about to clear: a deadlock). So on PostgreSQL a
# rebuild holds this advisory lock alone, refreshes share it, and a refresh that finds a rebuild running leaves
# its marks to the refresh the rebuild queues. Transaction-scoped, so it suits a pooler in transaction mode too.
ROLLUP_LOCK = 0x726F6C6C  # "roll"


def _hold_off_refreshes() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ROLLUP_LOCK])


def _refresh_may_run() -> bool:
    """Share the lock with other refreshes; False (and nothing taken) while a rebuild holds it."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock_shared(%s)", [ROLLUP_LOCK])
        return cursor.fetchone()[0]


def rollup_refresh_district(*, district_code: str, school_year: int) -> int:
    return _write(
        schools=School.objects.filter(region__code=district_code),
        year=SchoolYear(school_year),
        scope=Q(district_code=district_code),
    )


def rollups_refresh_pending() -> int:
    """Rebuild each dirty district and year. Marks are written inside the changing transaction, so a mark whose
    change is not yet committed is locked and skipped here (its own commit queues another refresh); a mark made
    while a district is being rebuilt waits for the rebuild to commit and then marks it dirty again. While a full
    rebuild runs this does nothing: the rebuild queues a refresh for whatever it leaves marked."""
    refreshed = 0
    while True:
        with transaction.atomic():
            if not _refresh_may_run():
                return refreshed
            dirty = RollupDirty.objects.select_for_update(skip_locked=True).order_by("marked_at", "pk").first()
            if dirty is None:
                return refreshed
            rollup_refresh_district(district_code=dirty.district_code, school_year=dirty.school_year)
            dirty.delete()
        refreshed += 1


# Marking. Each change writes its marks in its own transaction; the refresh is queued once that commits.


def rollups_mark(*, district_codes, years) -> None:
    now = timezone.now()
    marks = [
        RollupDirty(district_code=code, school_year=year.start_year, marked_at=now)
        for code in set(district_codes)
        for year in set(years)
    ]
    if not marks:
        return
    RollupDirty.objects.bulk_create(
        marks, update_conflicts=True, unique_fields=["district_code", "school_year"], update_fields=["marked_at"]
    )
    connection_queue_refresh()


def connection_queue_refresh() -> None:
    from tracking.tasks import refresh_rollups

    # Queued once the change commits (never for a rolled-back one). A transaction that changes many sessions
    # queues many refreshes; the first rebuilds what is marked and the rest find nothing left to do.
    transaction.on_commit(refresh_rollups.enqueue)


def years_of(*moments) -> set[SchoolYear]:
    return {SchoolYear.of(timezone.localtime(moment, beijing()).date()) for moment in moments if moment}


def session_changed(*, session_id: int | None = None, old: tuple | None = None, new: tuple | None = None) -> None:
    """Mark what a session's change touches: (region code, starts_at) before and after."""
    codes, years = set(), set()
    for state in (old, new):
        if state:
            codes.add(state[0])
            years |= years_of(state[1])
    rollups_mark(district_codes=codes, years=years)


def session_child_changed(*, session_id: int) -> None:
    row = Session.objects.filter(pk=session_id).values_list("school__region__code", "starts_at").first()
    if row:
        session_changed(new=row)


def appointment_changed(*, school_id: int, start_date, end_date) -> None:
    code = School.objects.filter(pk=school_id).values_list("region__code", flat=True).first()
    if code is None:
        return
    last = end_date or SchoolYear.current().last_day
    years = {
        SchoolYear(start) for start in range(SchoolYear.of(start_date).start_year, SchoolYear.of(last).start_year + 1)
    }
    rollups_mark(district_codes=[code], years=years)


def school_changed(*, school_id: int, region_codes) -> None:
    """A school moved, was renamed or changed levels: every year it has rows in, in its old and new districts."""
    years = {
        SchoolYear(y)
        for y in SchoolYearRollup.objects.filter(school_id=school_id).values_list("school_year", flat=True)
    }
    years.add(SchoolYear.current())
    rollups_mark(district_codes=region_codes, years=years)
