#!/usr/bin/env python
"""The project's one entry point for benchmarks: `python bench/run.py [GROUP ...]` (all groups without one).

Each group prints one JSON object per line on stdout, {"name", "value", "unit", "target"} and sometimes more
(e.g. "queries"); progress goes to stderr. A group that finds wrong figures makes the run exit non-zero.

The benchmarks run on a PostgreSQL database of their own (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/safecampus_bench), which is dropped and built again on every run unless
--reuse finds it already generated at the same scale. Results: docs/benchmarks.md.
"""

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/safecampus_bench"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def result(name: str, value, unit: str, target=None, *, at_least: bool = False, **extra) -> dict:
    """One line of output; with a target, `met` says whether the value reached it (at most the target, or equal to
    it for a yes/no figure; at least the target with `at_least`, which the line then carries, e.g. requests/s)."""
    line = {"name": name, "value": value, "unit": unit, "target": target}
    if target is not None:
        if isinstance(target, bool):
            line["met"] = value == target
        elif at_least:
            line["met"] = value >= target
            line["at_least"] = True
        else:
            line["met"] = value <= target
    return {**line, **extra}


# The registry ---------------------------------------------------------------------------------------------------
@dataclass
class Group:
    name: str
    help: str
    run: Callable[["Context"], Iterator[dict]]
    # Groups that need tools the machine may lack (wrk) run only when named.
    default: bool = True


GROUPS: dict[str, Group] = {}


def benchmark(name: str, help: str, *, default: bool = True):
    """Registers a group: a generator of result dicts, run with the shared Context. A group that is not `default`
    runs only when named on the command line."""

    def register(function):
        GROUPS[name] = Group(name, help, function, default)
        return function

    return register


@dataclass
class Context:
    args: argparse.Namespace
    failed: list[str] = field(default_factory=list)
    _dataset: dict | None = None

    def dataset(self) -> dict:
        """The national-scale data set, generated (or reused) once for every group that needs it."""
        if self._dataset is None:
            from bench.database import prepare

            self._dataset = prepare(self.args, log=log)
        return self._dataset

    def fail(self, name: str) -> None:
        self.failed.append(name)


class QueryCounter:
    """Counts the queries run through Django's connection, across reconnections (a page request closes its
    connection at the end when DB_CONN_MAX_AGE is 0, the default, which CaptureQueriesContext does not survive)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def timed(function, *, runs: int) -> tuple[float, int, object]:
    """Median wall time in ms of `runs` warm calls (after one call to warm up), the number of queries of one call,
    and the last call's result."""
    from django.db import connection

    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        value = function()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        value = function()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 1), counter.count, value


# Groups -----------------------------------------------------------------------------------------------------------
@benchmark(
    "report",
    "Regional report over 1,000,000 sessions in 50,000 schools (issue 9): data generation, "
    "rollup rebuild, the report for the largest province and the whole country, and the cross-check "
    "against a plain count over the sessions.",
)
def report_group(ctx: Context) -> Iterator[dict]:
    from bench.report import run

    yield from run(ctx, timed=timed, result=result, log=log)


@benchmark(
    "certificates",
    "Certificate PDFs (issue 10): the median of one render (target 20 ms, embedded fonts and QR code), 1,000 "
    "renders (target 20 s) and peak memory (target 300 MB), in a fresh process on one core; no database needed.",
)
def certificates_group(ctx: Context) -> Iterator[dict]:
    from bench.certificates import run

    yield from run(ctx, result=result, log=log)


@benchmark(
    "certificates_bulk",
    "The bulk issue of annual certificates end to end (issue 10): in a fresh database from the template, 1,000 "
    "eligible vice principals at 200 schools of one city; the run started as the admin does and its task run "
    "synchronously (target 20 s), peak memory (target 300 MB), the ZIPs checked against the eligible vice "
    "principals, and a second run with nothing left to issue.",
)
def certificates_bulk_group(ctx: Context) -> Iterator[dict]:
    from bench.certificates_bulk import run

    yield from run(ctx, result=result, log=log)


@benchmark(
    "pages",
    "Public pages over HTTP (issue 11): gunicorn with 2 workers and the production settings on a throwaway SQLite "
    "database with the demo, loaded with wrk -t2 -c16: the lesson and topic pages with the page cache off and on "
    "(targets: cached lesson 2,000 requests/s with p99 20 ms, uncached lesson 150 requests/s), home, search, "
    "/healthz/, a bare Django view as the ceiling, and the queries per page (target 12). Needs wrk.",
    default=False,
)
def pages_group(ctx: Context) -> Iterator[dict]:
    from bench.pages import run

    yield from run(ctx, result=result, log=log)


# Command line -----------------------------------------------------------------------------------------------------
def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/run.py",
        description=__doc__.split("\n\n")[0],
        epilog="Groups: " + "; ".join(f"{g.name}: {g.help}" for g in GROUPS.values()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "groups",
        nargs="*",
        metavar="GROUP",
        help=f"groups to run ({', '.join(GROUPS)}); without one, every group but those that run only when named "
        f"({', '.join(g.name for g in GROUPS.values() if not g.default)})",
    )
    parser.add_argument("--list", action="store_true", help="list the groups and exit")
    parser.add_argument(
        "--database",
        default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL),
        help="PostgreSQL URL of the benchmark's own database, dropped and rebuilt (default: BENCH_DATABASE_URL or "
        "%(default)s); its name must contain 'bench'",
    )
    parser.add_argument("--reuse", action="store_true", help="keep the database if it holds data of the same scale")
    parser.add_argument(
        "--no-rebuild", action="store_true", help="with --reuse: keep the summary tables of the last run (faster)"
    )
    parser.add_argument(
        "--sessions", type=int, default=1_000_000, help="sessions in the full school year (default %(default)s)"
    )
    parser.add_argument("--schools", type=int, default=50_000, help="schools (default %(default)s)")
    parser.add_argument(
        "--runs", type=int, default=7, help="warm runs per timing; the median is reported (default %(default)s)"
    )
    parser.add_argument("--province", default="440000", help="the province to time (default Guangdong, the largest)")
    parser.add_argument(
        "--pages-duration", type=int, default=10, help="pages: seconds of wrk per page (default %(default)s)"
    )
    parser.add_argument(
        "--pages-database",
        choices=["sqlite", "postgresql"],
        default="sqlite",
        help="pages: a throwaway SQLite database (default), or --database with _pages added, copied from the template",
    )
    parser.add_argument(
        "--pages-redis",
        metavar="URL",
        help="pages: a third run with the cache in this Redis database (e.g. redis://127.0.0.1:6379/4), FLUSHED first",
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.groups if name not in GROUPS]
    if unknown:
        parser.error(f"unknown group {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    if "bench" not in urlsplit(args.database).path:
        parser.error("the benchmark drops its database: give one whose name contains 'bench'")
    return args


def selected_groups(args: argparse.Namespace) -> list[str]:
    """The groups named, or without any, every group that runs by default."""
    return args.groups or [group.name for group in GROUPS.values() if group.default]


def setup_django(database_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()


def machine() -> dict:
    """What the figures were measured on: the 1-minute load average when the run started (the machines are shared),
    cores, and the PostgreSQL server's version and memory settings."""
    from django.db import connection

    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('server_version'), current_setting('shared_buffers'), "
                "current_setting('work_mem')"
            )
            version, shared_buffers, work_mem = cursor.fetchone()
    except Exception:  # no PostgreSQL: groups that need none (certificates) still run
        version = shared_buffers = work_mem = None
    return result(
        "load_average_1m",
        round(os.getloadavg()[0], 2),
        "processes",
        None,
        cpus=os.cpu_count(),
        postgresql=version,
        shared_buffers=shared_buffers,
        work_mem=work_mem,
        started_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    )


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.list:
        for group in GROUPS.values():
            print(f"{group.name}: {group.help}" + ("" if group.default else " (only when named)"))
        return 0
    setup_django(args.database)
    ctx = Context(args)
    print(json.dumps(machine(), ensure_ascii=False), flush=True)
    for name in selected_groups(args):
        log(f"== {name}")
        for line in GROUPS[name].run(ctx):
            print(json.dumps(line, ensure_ascii=False), flush=True)
    if ctx.failed:
        log("FAILED: " + ", ".join(ctx.failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
