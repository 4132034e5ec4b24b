"""The `report` benchmark group (issue 9, point 5): with 1,000,000 sessions in a school year at 50,000 schools in
31 provinces, the regional report answers in ≤ 200 ms for one province and ≤ 1 s for the whole country, and its
figures are those of a plain count over the sessions.

Timed: generating the data, rebuilding the summary tables (`rollups_rebuild`), `region_report` for the largest
province and the country (median of warm runs, with the number of queries), the admin page that shows it when the
page exists, and `region_report_plain` once each for comparison. Checked: `region_report` equals
`region_report_plain` in every figure, and its totals, schools and coverage equal a count in SQL written here.
"""

import dataclasses
import datetime
import time
from decimal import Decimal

from django.db import models

PROVINCE_TARGET_MS = 200
COUNTRY_TARGET_MS = 1000


def digest(value):
    """A report as plain data to compare: dataclasses as dicts, model instances as their primary keys."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: digest(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple):
        return [digest(item) for item in value]
    if isinstance(value, dict):
        return {key: digest(item) for key, item in value.items()}
    return value


def differences(left, right, path="") -> list[str]:
    """Where two digests differ, as paths (at most a few per list)."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = []
        for key in sorted(set(left) | set(right), key=str):
            found += differences(left.get(key), right.get(key), f"{path}.{key}" if path else str(key))
        return found
    if isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            return [f"{path}: {len(left)} rows != {len(right)} rows"]
        found = []
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found += differences(a, b, f"{path}[{index}]")
            if len(found) > 5:
                break
        return found
    return [] if left == right else [f"{path}: {left!r} != {right!r}"]


def sql_totals(*, prefix: str, period) -> dict:
    """The report's headline figures counted straight from the sessions in SQL, independently of the report code:
    sessions held (held, awaiting confirmation... = held, confirmed or disputed), confirmed, their class-hours and
    attendance, the schools in the region and those with a confirmed session in the period."""
    from django.db import connection

    from tracking.reports.counting import COUNTED, HELD_STATUSES

    params = {
        "prefix": prefix + "%",
        "start": period.starts_at,
        "end": period.ends_at,
        "counted": str(COUNTED),
        "held": [str(status) for status in HELD_STATUSES],
    }
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT count(*) FILTER (WHERE t.status = ANY(%(held)s)),
                      count(*) FILTER (WHERE t.status = %(counted)s),
                      coalesce(sum(t.class_hours) FILTER (WHERE t.status = %(counted)s), 0),
                      count(DISTINCT t.school_id) FILTER (WHERE t.status = %(counted)s)
            FROM tracking_session t JOIN tracking_school s ON s.id = t.school_id
            JOIN tracking_region r ON r.id = s.region_id
            WHERE r.code LIKE %(prefix)s AND t.starts_at >= %(start)s AND t.starts_at < %(end)s""",
            params,
        )
        held, confirmed, hours, covered = cursor.fetchone()
        cursor.execute(
            """SELECT coalesce(sum(a.count), 0) FROM tracking_sessionattendance a
            JOIN tracking_session t ON t.id = a.session_id JOIN tracking_school s ON s.id = t.school_id
            JOIN tracking_region r ON r.id = s.region_id
            WHERE r.code LIKE %(prefix)s AND t.starts_at >= %(start)s AND t.starts_at < %(end)s
              AND t.status = %(counted)s""",
            params,
        )
        attendance = cursor.fetchone()[0]
        cursor.execute(
            """SELECT count(*) FROM tracking_school s JOIN tracking_region r ON r.id = s.region_id
            WHERE r.code LIKE %(prefix)s""",
            params,
        )
        schools = cursor.fetchone()[0]
    return {
        "held_sessions": held,
        "confirmed_sessions": confirmed,
        "class_hours": Decimal(hours),
        "attendance": int(attendance),
        "schools": schools,
        "covered": covered,
    }


def report_sql_figures(report) -> dict:
    totals = report.totals
    return {
        "held_sessions": totals.held_sessions,
        "confirmed_sessions": totals.confirmed_sessions,
        "class_hours": Decimal(totals.class_hours),
        "attendance": int(totals.attendance),
        "schools": report.schools,
        "covered": report.covered,
    }


def _admin_page(ctx, *, timed, result, log, year, scopes):
    """The report's admin page (Reports → Regional report), through the test client as a superuser, when the page
    exists (URL name `tracking_regional_report`; ?region=all is the whole country)."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    try:
        url = reverse("tracking_regional_report")
    except NoReverseMatch:
        log("  the admin page of the regional report is not there yet: only region_report is timed")
        return
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)
    for label, code, target in scopes:
        query = f"{url}?region={code or 'all'}&year={year.start_year}"
        response = client.get(query)
        if response.status_code != 200:
            log(f"  {query} answered {response.status_code}: the page is not timed")
            ctx.fail(f"region_report_page_{label}")
            continue
        ms, queries, response = timed(lambda query=query: client.get(query), runs=ctx.args.runs)
        yield result(
            f"region_report_page_{label}_ms",
            ms,
            "ms",
            target,
            queries=queries,
            url=query,
            status=response.status_code,
            bytes=len(response.content),
        )


def busiest_district(year: int) -> tuple[str, int] | None:
    """The district with the most sessions in the school year, and how many."""
    from django.db.models import Count

    from tracking.models import Session
    from tracking.reports.periods import SchoolYear

    school_year = SchoolYear(year)
    row = (
        Session.objects.filter(starts_at__gte=school_year.starts_at, starts_at__lt=school_year.ends_at)
        .values("school__region__code")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    return (row["school__region__code"], row["n"]) if row else None


def _district_refresh(ctx, *, timed, result, year: int, district: tuple[str, int]):
    """What the background task does after a change: rebuild one district's summary rows for one school year."""
    from tracking.reports.rollups import rollup_refresh_district

    code, sessions = district
    ms, queries, rows = timed(
        lambda: rollup_refresh_district(district_code=code, school_year=year), runs=min(ctx.args.runs, 3)
    )
    yield result(
        "rollup_refresh_district_ms", ms, "ms", None, queries=queries, district=code, sessions=sessions, rows=rows
    )


def run(ctx, *, timed, result, log):
    from django.db import connection

    from tracking.reports.periods import Period, SchoolYear

    data = ctx.dataset()
    counts = data["counts"]
    yield result(
        "generate_seconds",
        round(data["seconds"], 1),
        "s",
        180,
        sessions=counts["sessions"],
        full_year_sessions=data["scale"]["sessions"],
        reused=data["reused"],
        setup_seconds=round(data["setup_seconds"], 1),
        vacuum_seconds=round(data["vacuum_seconds"], 1),
        steps={name: round(seconds, 1) for name, seconds in data["steps"].items()},
        counts=counts,
    )
    try:
        from tracking.reports.regional import region_report, region_report_plain, scope_for
        from tracking.reports.rollups import rollups_rebuild
    except ImportError as error:
        log(f"  the regional report is not there yet ({error}): nothing more to time")
        ctx.fail("report_api_missing")
        return

    if ctx.args.no_rebuild:
        log("  --no-rebuild: the summary tables are used as they are (the cross-check still compares them)")
    else:
        started = time.perf_counter()
        rows = rollups_rebuild()
        seconds = time.perf_counter() - started
        # What autovacuum does within a minute of such a change; the planner needs the tables' statistics.
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE tracking_regionmonthrollup, tracking_schoolyearrollup, tracking_ledgerrollup")
        yield result(
            "rollups_rebuild_seconds",
            round(seconds, 1),
            "s",
            None,
            rows=rows,
            analyze_seconds=round(time.perf_counter() - started, 1),
        )
    district = busiest_district(data["full_year"])
    yield from _district_refresh(ctx, timed=timed, result=result, year=data["full_year"], district=district)

    province = ctx.args.province
    today = datetime.date.fromisoformat(data["today"])
    years = [SchoolYear(data["full_year"]), SchoolYear(data["current_year"])]
    # The drill-down below the province (a city, and a district, whose rows are its schools) is held to the
    # province's target: each is a part of a province.
    scopes = [
        ("province", province, PROVINCE_TARGET_MS),
        ("country", "", COUNTRY_TARGET_MS),
        ("city", district[0][:4] + "00", PROVINCE_TARGET_MS),
        ("district", district[0], PROVINCE_TARGET_MS),
    ]
    matches = True
    for year in years:
        period = Period.whole_year(year)
        suffix = "" if year == years[0] else "_current_year"
        for label, code, target in scopes:
            scope = scope_for(code=code)
            ms, queries, report = timed(
                lambda scope=scope, period=period: region_report(scope=scope, period=period, today=today),
                runs=ctx.args.runs,
            )
            yield result(
                f"region_report_{label}{suffix}_ms",
                ms,
                "ms",
                target,
                queries=queries,
                region=code or "country",
                school_year=year.label,
                confirmed_sessions=report.totals.confirmed_sessions,
            )
            started = time.perf_counter()
            plain = region_report_plain(scope=scope, period=period, today=today)
            plain_ms = round((time.perf_counter() - started) * 1000, 1)
            yield result(f"region_report_plain_{label}{suffix}_ms", plain_ms, "ms", None, runs=1)
            found = differences(digest(report), digest(plain))
            counted = sql_totals(prefix=scope.prefix, period=period)
            found += [
                f"sql {key}: report {value} != count {counted[key]}"
                for key, value in report_sql_figures(report).items()
                if value != counted[key]
            ]
            for line in found[:10]:
                log(f"  MISMATCH {label} {year.label}: {line}")
            matches = matches and not found
        if year == years[0]:
            yield from _admin_page(ctx, timed=timed, result=result, log=log, year=year, scopes=scopes)
    yield result("report_matches_plain_count", matches, "bool", True)
    if not matches:
        ctx.fail("report_matches_plain_count")
