"""The bulk issue of annual certificates end to end (issue 10): 1,000 certificates in ≤ 20 s with memory under
300 MB, through the real code path: the run created as the admin's "Issue all" button does
(`tracking.certify_bulk.bulk_issue_start`, which queues the task), then the task (`tracking.tasks.
certificate_bulk_issue`) run synchronously in the same process, as a worker would: it issues every missing
certificate, renders each PDF once and writes one ZIP per school into private storage.

The data: a database of its own (BENCH_DATABASE_URL with `_certificates` added to its name), copied from the
benchmark's template (the migrated schema and the demo, bench/database.py) and given, with a few INSERT … SELECT
statements, one city (330100) with 10 districts and 200 schools, and 1,100 vice principals appointed there, each
with 3 to 6 confirmed class-hours in the last complete school year: 1,000 of them met the duty of 4 (eligible), 100
did not (no certificate, in no ZIP).

The measurements run in a fresh Python process pinned to one core (like the `certificates` group), so that the peak
memory is the run's own; private storage points at a temporary folder, removed afterwards with the database.
Checked: 1,000 certificates issued, one ZIP per school with an eligible vice principal, and in each exactly that
school's eligible vice principals' PDFs; a second run issues nothing and writes the same ZIPs.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent

WALL_TARGET_S = 20
MEMORY_TARGET_MB = 300
VICE_PRINCIPALS = 1000  # eligible
INELIGIBLE = 100  # appointed too, below the duty
SCHOOLS = 200
CITY = ("330100", "杭州市")
PROVINCE = ("330000", "浙江省")
DISTRICTS = 10
USERNAME_PREFIX = "bench-cert-"  # + 6 digits: the vice principals' accounts
ADMIN_USERNAME = "bench-certificates-admin"  # who starts the runs (not matched by the prefix)


# The data ---------------------------------------------------------------------------------------------------------
def populate(*, year, vice_principals: int = VICE_PRINCIPALS, ineligible: int = INELIGIBLE, schools: int = SCHOOLS):
    """Adds the city, its schools and vice principals to the default database (PostgreSQL), beside what is there.
    Vice principal n (1 … vice_principals + ineligible) serves school n mod `schools`; the eligible ones have 4 to 6
    confirmed one-class-hour lectures in `year`, the others 3. Returns the superuser who starts the run."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from bench.generate import GIVEN, SURNAMES

    if connection.vendor != "postgresql":
        raise RuntimeError("The bulk-issue data is written with PostgreSQL's generate_series.")
    total = vice_principals + ineligible
    params = {
        "total": total,
        "eligible": vice_principals,
        "schools": schools,
        "districts": DISTRICTS,
        "city": CITY[0][:4],
        "first": year.first_day,
        "prefix": USERNAME_PREFIX,
    }
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO tracking_region (code, name) VALUES (%s, %s), (%s, %s) ON CONFLICT (code) DO NOTHING",
            [*PROVINCE, *CITY],
        )
        cursor.execute(
            """INSERT INTO tracking_region (code, name)
            SELECT %(city)s || lpad(d::text, 2, '0'), '第' || d || '区' FROM generate_series(1, %(districts)s) d
            ON CONFLICT (code) DO NOTHING""",
            params,
        )
        # School s (0 …) in district s mod 10, with a 10-digit code (district code + 5001 …).
        cursor.execute(
            """INSERT INTO tracking_school (name, code, region_id, student_count, address)
            SELECT '杭州市第' || r.d || '区第' || s || '小学', r.code || lpad((5001 + s)::text, 4, '0'), r.id,
                   300 + s, '学府路' || s || '号'
            FROM generate_series(0, %(schools)s - 1) s
            JOIN (SELECT id, code, right(code, 2)::int AS d FROM tracking_region
                  WHERE code LIKE %(city)s || '__' AND code <> %(city)s || '00') r
              ON r.d = s %% %(districts)s + 1""",
            params,
        )
        cursor.execute(
            """INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, is_staff,
                                      is_active, date_joined)
            SELECT '!', false, %(prefix)s || lpad(n::text, 6, '0'), '', '', '', true, true, now()
            FROM generate_series(1, %(total)s) n""",
            params,
        )
        surnames, given = len(SURNAMES), len(GIVEN)
        cursor.execute(
            f"""INSERT INTO tracking_viceprincipal (user_id, name, agency, unit, badge_number, phone, calendar_token)
            SELECT u.id,
                   CASE WHEN n %% 97 = 0 THEN '阿卜杜·热合曼'
                        ELSE substr('{SURNAMES}', 1 + n %% {surnames}, 1)
                             || substr('{GIVEN}', 1 + (n * 7) %% {given}, 1)
                             || CASE WHEN n %% 5 < 3 THEN substr('{GIVEN}', 1 + (n * 13) %% {given}, 1) ELSE '' END
                   END,
                   '杭州市公安局第' || (1 + n %% 10) || '分局', '第' || (1 + n %% 20) || '派出所',
                   lpad(n::text, 6, '0'), '', md5(u.username)
            FROM (SELECT id, username, right(username, 6)::int AS n FROM auth_user
                  WHERE username LIKE %(prefix)s || '%%') u""",
            params,
        )
        cursor.execute(
            """CREATE TEMP TABLE bench_cert_vp AS
            SELECT v.id AS vp_id, s.id AS school_id, u.n
            FROM (SELECT id, right(username, 6)::int AS n FROM auth_user WHERE username LIKE %(prefix)s || '%%') u
            JOIN tracking_viceprincipal v ON v.user_id = u.id
            JOIN tracking_school s ON right(s.code, 4)::int = 5001 + u.n %% %(schools)s
             AND s.code LIKE %(city)s || '%%'""",
            params,
        )
        cursor.execute(
            """INSERT INTO tracking_appointment (vice_principal_id, school_id, start_date, end_date)
            SELECT vp_id, school_id, %(first)s::date - 100, NULL FROM bench_cert_vp""",
            params,
        )
        # Lecture k of vice principal n: on day 20 + 14 k + n mod 10 of the year, 09:00 Beijing time, 1 class-hour.
        cursor.execute(
            """INSERT INTO tracking_session (
                kind, title, starts_at, ends_at, status, class_hours, notes, dispute_reason, cancel_reason,
                void_reason, held_at, confirmed_at, reminder_sent_at, version, created_at, school_id, vice_principal_id)
            SELECT 'lecture', '', t, t + interval '45 minutes', 'confirmed', 1, '', '', '', '',
                   t + interval '2 hours', t + interval '1 day', t - interval '1 day', 1, t - interval '14 days',
                   school_id, vp_id
            FROM (SELECT v.*, ((%(first)s::date + 20 + 14 * k + v.n %% 10)::timestamp + interval '9 hours')
                              AT TIME ZONE 'Asia/Shanghai' AS t
                  FROM bench_cert_vp v,
                       generate_series(1, CASE WHEN v.n <= %(eligible)s THEN 4 + v.n %% 3 ELSE 3 END) k) x""",
            params,
        )
        cursor.execute("DROP TABLE bench_cert_vp")
    user, _created = get_user_model().objects.get_or_create(
        username=ADMIN_USERNAME, defaults={"is_superuser": True, "is_staff": True, "password": "!"}
    )
    return user


# The measurements -------------------------------------------------------------------------------------------------
def zip_contents(run) -> dict[str, list[str]]:
    """The names of the PDFs in each of the run's ZIPs, by school code; a name whose file is not a PDF is
    reported as "not a PDF: <name>"."""
    contents = {}
    for entry in run.files.all():
        with entry.file.open("rb") as handle, zipfile.ZipFile(handle) as archive:
            names = []
            for name in archive.namelist():
                with archive.open(name) as member:
                    names.append(name if member.read(5) == b"%PDF-" else f"not a PDF: {name}")
            contents[entry.school_code] = sorted(names)
    return contents


def expected_contents(*, region_code: str, year) -> dict[str, list[str]]:
    """What every school's ZIP should hold, from the eligible vice principals, their appointments and their
    certificates in force, read here without the bulk-issue code."""
    from certificates.models import Certificate
    from tracking import certify
    from tracking.certify_bulk import pdf_name
    from tracking.models import Appointment, division_prefix
    from tracking.reports.ledger import appointments_in_year

    prefix = division_prefix(region_code)
    eligible = certify.eligible_vice_principals(region_prefix=prefix, year=year)
    certificates = {
        certificate.holder_key: certificate
        for certificate in Certificate.objects.filter(
            kind="annual", subject_key=certify.annual_subject(year), revoked_at__isnull=True
        )
    }
    expected: dict[str, list[str]] = {}
    appointments = appointments_in_year(
        Appointment.objects.filter(school__region__code__startswith=prefix, vice_principal__in=eligible), year
    ).select_related("school", "vice_principal")
    for appointment in appointments:
        certificate = certificates.get(certify.holder_key(appointment.vice_principal))
        name = pdf_name(certificate) if certificate else f"no certificate: {appointment.vice_principal.pk}"
        expected.setdefault(appointment.school.code, []).append(name)
    return {code: sorted(set(names)) for code, names in expected.items()}


def _queued(run) -> bool:
    """With the dummy task backend (the measuring process's), whether starting the run queued the bulk-issue task
    for this run and attempt; True with another backend, which keeps no list (the tests' immediate backend, whose
    queueing on commit never happens inside a test's transaction)."""
    from django_tasks import default_task_backend

    results = getattr(default_task_backend, "results", None)
    if results is None:
        return True
    return any(
        result.task.name == "certificate_bulk_issue" and list(result.args) == [run.pk, run.attempt]
        for result in results
    )


def measure(ctx, *, result, log, user, region_code: str, year, expected: int):
    """Two runs of the bulk issue for the region and year, timed, with their checks; `expected` eligible vice
    principals."""
    from django.db import connection

    from bench.memory import maxrss_mb, peak_rss_mb
    from bench.run import QueryCounter
    from certificates.models import Certificate
    from tracking import certify
    from tracking.certify_bulk import bulk_issue_start
    from tracking.models import BulkIssueStatus, division_prefix
    from tracking.tasks import certificate_bulk_issue

    eligible = certify.eligible_vice_principals(region_prefix=division_prefix(region_code), year=year)
    keys = [certify.holder_key(vp) for vp in eligible.only("pk")]
    if len(keys) != expected:
        log(f"certificates_bulk: {len(keys)} eligible vice principals, expected {expected}")
        ctx.fail("certificates_bulk_eligible")
    baseline = peak_rss_mb()
    yield result(
        "certificates_bulk_baseline_rss",
        baseline,
        "MB",
        None,
        ru_maxrss=maxrss_mb(),
        note="peak so far (VmHWM): Django set up, before the run",
    )

    runs = []
    for label in ("first", "again"):
        log(f"certificates_bulk: {label} run over {len(keys)} eligible vice principals")
        counter = QueryCounter()
        began = time.perf_counter()
        with connection.execute_wrapper(counter):
            run = bulk_issue_start(user=user, region_code=region_code, year=year)
            try:
                certificate_bulk_issue.call(run.pk, run.attempt)  # what the worker does with the queued task
            except Exception as error:  # the run records it as failed; the status check below reports it
                log(f"certificates_bulk: the {label} run raised {type(error).__name__}: {error}")
        wall = round(time.perf_counter() - began, 2)
        if not _queued(run):
            log(f"certificates_bulk: the {label} run's task was not queued with its id and attempt")
            ctx.fail(f"certificates_bulk_{label}_queued")
        peak = peak_rss_mb()
        run.refresh_from_db()
        runs.append(run)
        if run.status != BulkIssueStatus.DONE:
            log(f"certificates_bulk: the {label} run ended {run.status}: {run.error}")
            ctx.fail(f"certificates_bulk_{label}_status")
        files = run.files.count()
        if label == "first":
            yield result(
                "certificates_bulk_1000",
                wall,
                "s",
                WALL_TARGET_S,
                certificates=run.issued,
                pdfs=run.rendered,
                zips=files,
                queries=counter.count,
                note="bulk_issue_start, then its task run in this process: issue, render, one ZIP per school",
            )
            if wall > WALL_TARGET_S:
                ctx.fail("certificates_bulk_1000")
            yield result(
                "certificates_bulk_peak_rss",
                peak,
                "MB",
                MEMORY_TARGET_MB,
                baseline=baseline,
                ru_maxrss=maxrss_mb(),
                note="the measuring process's peak (VmHWM), Django and the fonts included",
            )
            if peak > MEMORY_TARGET_MB:
                ctx.fail("certificates_bulk_peak_rss")
            if run.issued != expected:
                log(f"certificates_bulk: the run issued {run.issued} certificates, expected {expected}")
                ctx.fail("certificates_bulk_issued")
        else:
            yield result(
                "certificates_bulk_again",
                wall,
                "s",
                None,
                certificates=run.issued,
                pdfs=run.rendered,
                zips=files,
                queries=counter.count,
                peak_rss=peak,
                note="a second run: nothing left to issue, every PDF and ZIP written again",
            )
            if run.issued != 0:
                log(f"certificates_bulk: the second run issued {run.issued} certificates, expected none")
                ctx.fail("certificates_bulk_again_issued")

    in_force = Certificate.objects.filter(
        kind="annual", subject_key=certify.annual_subject(year), holder_key__in=keys, revoked_at__isnull=True
    ).count()
    wanted = expected_contents(region_code=region_code, year=year)
    checks = {"certificates_in_force": in_force == expected == len(keys)}
    for run, label in zip(runs, ("first", "again"), strict=True):
        written = zip_contents(run)
        pdfs = sum(len(names) for names in written.values())
        checks[f"{label}_rendered"] = run.rendered == run.total == expected
        checks[f"{label}_zips"] = written == wanted
        checks[f"{label}_pdfs"] = pdfs == expected
        if written != wanted:
            differing = sorted(code for code in set(written) | set(wanted) if written.get(code) != wanted.get(code))
            log(f"certificates_bulk: {label} run's ZIPs differ from the expected ones at {differing[:5]}")
        if label == "first":
            yield result(
                "certificates_bulk_zips",
                len(written),
                "files",
                None,
                pdfs=pdfs,
                schools_expected=len(wanted),
                smallest=min(map(len, written.values()), default=0),
                largest=max(map(len, written.values()), default=0),
                megabytes=round(sum(entry.size for entry in run.files.all()) / 2**20, 1),
            )
    failed = [name for name, ok in checks.items() if not ok]
    yield result("certificates_bulk_counts_match", not failed, "bool", True, failed=failed)
    if failed:
        ctx.fail("certificates_bulk_counts_match")


# The group: its database, and the measuring process ---------------------------------------------------------------
def database_url(bench_url: str) -> str:
    parts = urlsplit(bench_url)
    return urlunsplit(parts._replace(path=parts.path + "_certificates"))


def run(ctx, *, result, log):
    """bench/run.py's `certificates_bulk` group: a fresh database from the template with the data written in, then
    the measurements in a child process, whose lines are passed on; the database and the ZIPs removed after."""
    from psycopg import sql

    from bench.child import relay
    from bench.database import _admin_connection, _name, _use_database, ensure_template, recreate
    from tracking.reports.periods import SchoolYear

    bench_url = ctx.args.database
    url = database_url(bench_url)
    year = SchoolYear(SchoolYear.current().start_year - 1)  # the last complete school year
    started = time.perf_counter()
    template = ensure_template(bench_url, log=log)
    log(f"certificates_bulk: creating {_name(url)} from {template} …")
    recreate(url, template=template)
    _use_database(url)
    try:
        populate(year=year)
    finally:
        _use_database(bench_url)
    yield result(
        "certificates_bulk_setup",
        round(time.perf_counter() - started, 1),
        "s",
        None,
        vice_principals=VICE_PRINCIPALS + INELIGIBLE,
        eligible=VICE_PRINCIPALS,
        schools=SCHOOLS,
        region=CITY[0],
        school_year=year.start_year,
    )
    storage = tempfile.mkdtemp(prefix="bench-certificates-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": url,
        "PRIVATE_MEDIA_ROOT": storage,
        # Queued tasks are kept, not run: the measuring process runs the task itself, as a worker would.
        "TASK_BACKEND": "django_tasks.backends.dummy.DummyBackend",
    }
    try:
        yield from relay(
            ctx,
            group="certificates_bulk",
            script=Path(__file__).resolve(),
            args=["--year", str(year.start_year)],
            env=env,
            cwd=ROOT,
            log=log,
        )
    finally:
        shutil.rmtree(storage, ignore_errors=True)
        with _admin_connection(url) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(_name(url))))


def main() -> int:
    parser = argparse.ArgumentParser(description="The measuring process of the certificates_bulk group.")
    parser.add_argument("--year", type=int, required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from bench.certificates import _Failures
    from bench.run import log, result
    from tracking.reports.periods import SchoolYear

    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})  # one core, like a worker process
    failures = _Failures()
    user = get_user_model().objects.get(username=ADMIN_USERNAME)
    figures = measure(
        failures,
        result=result,
        log=log,
        user=user,
        region_code=CITY[0],
        year=SchoolYear(args.year),
        expected=VICE_PRINCIPALS,
    )
    for figure in figures:
        print(json.dumps(figure, ensure_ascii=False), flush=True)
    for name in failures.failed:
        print(json.dumps({"name": name, "failed": True}), flush=True)
    return 1 if failures.failed else 0


if __name__ == "__main__":
    sys.exit(main())
