"""Public pages over HTTP (issue 11, point 5): the site under gunicorn with 2 workers and the production settings,
loaded with wrk -t2 -c16 on 127.0.0.1, with the full-page cache off (`PAGE_CACHE_ENABLED=0`) and on (the production
default), beside a bare Django view with Django's default middleware as the ceiling; and the queries each page runs.

Targets on the 2-core development machine: a cached lesson page ≥ 2,000 requests/s with p99 ≤ 20 ms; an uncached
lesson page ≥ 150 requests/s; ≤ 12 queries for a lesson page and a topic page.

What it does, in order (about two and a half minutes at the default 10 s per page; docs/benchmarks.md):

1. A throwaway database in a temporary folder: a copy of a SQLite database migrated and given the demo
   (`load_demo`, with the development settings, which index the pages for search as they are saved), kept in
   ~/.cache/safecampus-bench/ under a name that changes with the migrations, the demo and the search analysis.
   With `--pages-database postgresql`: `BENCH_DATABASE_URL` with `_pages` added, copied from the benchmark's
   template (bench/database.py), dropped at the end.
2. `collectstatic` into the temporary folder (`STATIC_ROOT`), with the production settings (WhiteNoise's manifest).
3. The queries: each page through Django's test client, anonymous, in a process of its own with the production
   settings and the page cache off; a first request warms what a worker keeps between requests, the second is
   counted (`first_request` says what the first ran); and the median CPU time of a request (`cpu_ms`).
4. gunicorn (`cms.wsgi`, `--workers 2`) with the production settings and the page cache off: the lesson and topic
   pages. Then again with the page cache on: the lesson, topic, home and search pages and `/healthz/`. Each page is
   first requested four times by two clients at once (both workers warm), then for each: one request checks the
   status, wrk runs for a second, then the measured run; after it, three requests record the `X-Page-Cache` header
   the page came with (`absent` when there is none: no cache was at work, whatever the run was called). An
   `X-Page-Cache: hit` in a run with the cache off fails the group.
5. The bare view (bench/bare_settings.py) under gunicorn with 2 workers, the same way.

The environment of the servers: a random 50-byte `SECRET_KEY`, `WAGTAILADMIN_BASE_URL=https://bench.example.org`,
`ALLOWED_HOSTS=127.0.0.1`, `DEBUG=0` and `SECURE_SSL_REDIRECT=0` (wrk speaks plain HTTP); `REDIS_URL` is removed
(the caches are local memory, one per worker) unless `--pages-redis URL` asks for a third run with the page cache
in that Redis database, which is flushed first. `BENCH_GUNICORN_ARGS` adds arguments to both gunicorn commands.

Needs wrk (Debian package `wrk`); without it the group fails with a message and installs nothing.
"""

import http.client
import json
import os
import re
import secrets
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent

WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 16
WARMUP_SECONDS = 1
WRK_TIMEOUT_SECONDS = 10
HEADER_SAMPLES = 3
WARM_ROUNDS = 4
CPU_RUNS = 15
BASE_URL = "https://bench.example.org"
# A word in many lessons' titles and text, so the results page has several pages of hits to rank.
SEARCH_QUERY = "安全"

CACHED_LESSON_RPS_TARGET = 2000
CACHED_LESSON_P99_TARGET_MS = 20
UNCACHED_LESSON_RPS_TARGET = 150
QUERIES_TARGET = 12  # lesson and topic pages

# Settings a developer's shell may hold that would change what is measured: each run sets its own.
_SCRUBBED = (
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "REDIS_URL",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "WAGTAILADMIN_BASE_URL",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "PRIVATE_MEDIA_ROOT",
    "PAGE_CACHE_ENABLED",
)


# wrk's output ------------------------------------------------------------------------------------------------------
@dataclass
class WrkResult:
    requests_per_second: float
    latency_ms: dict[str, float]  # "50", "75", "90", "99" (per cent) -> milliseconds
    requests: int
    seconds: float
    non_2xx_3xx: int = 0
    socket_errors: dict[str, int] = field(default_factory=dict)

    @property
    def p99_ms(self) -> float:
        return self.latency_ms["99"]

    @property
    def errors(self) -> int:
        return self.non_2xx_3xx + sum(self.socket_errors.values())


_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = r"([\d.]+)(us|ms|s|m|h)"


def _to_ms(number: str, unit: str) -> float:
    return float(number) * _TIME_UNITS_MS[unit]


def parse_wrk(text: str) -> WrkResult:
    """Requests per second, the latency distribution (wrk --latency), the request count and the errors, from wrk's
    text output. Raises ValueError when the output lacks the throughput or the distribution."""
    rate = re.search(r"^Requests/sec:\s+([\d.]+)\s*$", text, re.M)
    distribution: dict[str, float] = {}
    for percent, number, unit in re.findall(r"^\s+(50|75|90|99)%\s+" + _DURATION + r"\s*$", text, re.M):
        distribution[percent] = round(_to_ms(number, unit), 2)
    total = re.search(r"^\s+(\d+) requests in " + _DURATION + ",", text, re.M)
    if not rate or "99" not in distribution or not total:
        raise ValueError("not the output of wrk --latency:\n" + text)
    errors = re.search(r"^\s+Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)\s*$", text, re.M)
    non_2xx = re.search(r"^\s+Non-2xx or 3xx responses: (\d+)\s*$", text, re.M)
    return WrkResult(
        requests_per_second=float(rate.group(1)),
        latency_ms=distribution,
        requests=int(total.group(1)),
        seconds=round(_to_ms(total.group(2), total.group(3)) / 1000, 2),
        non_2xx_3xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=dict(zip(("connect", "read", "write", "timeout"), map(int, errors.groups()), strict=True))
        if errors
        else {},
    )


def wrk_command(url: str, *, seconds: int) -> list[str]:
    # wrk drops a response slower than its timeout (2 s by default) from the latency figures and counts it as an
    # error instead; a longer one keeps slow uncached pages in the p99.
    return [
        "wrk",
        f"-t{WRK_THREADS}",
        f"-c{WRK_CONNECTIONS}",
        f"-d{seconds}s",
        "--timeout",
        f"{WRK_TIMEOUT_SECONDS}s",
        "--latency",
        url,
    ]


# The pages and their queries (run in a process with the production settings) ----------------------------------------
def public_pages() -> dict[str, str]:
    """The paths measured, in the default language: home, the first topic of the lesson library, its first lesson
    with a quiz, and a search."""
    from django.conf import settings
    from wagtail.models import Locale, Site

    from courses.models import LessonPage, TopicPage

    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.get_translation_or_none(locale) or site.root_page
    topics = TopicPage.objects.live().public().filter(locale=locale).order_by("path")
    for topic in topics:
        lesson = next(
            (lesson for lesson in LessonPage.objects.live().public().child_of(topic).order_by("path") if lesson.quiz),
            None,
        )
        if lesson is not None:
            break
    else:
        raise LookupError("no live lesson with a quiz under any topic: was the demo loaded?")
    return {
        "lesson": lesson.get_url(),
        "topic": topic.get_url(),
        "home": home.get_url(),
        "search": f"/{locale.language_code}/search/?q={quote(SEARCH_QUERY)}",
    }


def page_queries(path: str) -> tuple[int, int, int, int]:
    """The status of an anonymous GET of `path`, the queries of the first request, those of a second one, and
    those of one right after a page change (nothing remembered: cms.page_cache.remembered)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from cms.page_cache import invalidate

    client = Client(HTTP_HOST="127.0.0.1")
    counts = []
    for cold in (False, False, True):
        if cold:
            invalidate()
        # What rendering the page costs: a page-cache hit would run no query at all.
        with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        counts.append(len(captured))
        client.cookies.clear()  # anonymous each time: no CSRF or session cookie carried over
    return response.status_code, counts[0], counts[1], counts[2]


def cpu_ms(path: str, *, runs: int = CPU_RUNS, cold: bool = False) -> float:
    """The median CPU time of this process for one anonymous request of `path` through the test client (the whole
    middleware and view, no HTTP): what a request costs a core, which the machine's load moves less than it moves
    requests/s under wrk. `cold`: each request right after a page change, so the site, the menu and the related
    lessons are read again (cms.page_cache.remembered), as on the first render after a publish."""
    from django.test import Client
    from django.test.utils import override_settings

    from cms.page_cache import invalidate

    client = Client(HTTP_HOST="127.0.0.1")
    samples = []
    for _ in range(runs):
        client.cookies.clear()
        if cold:
            invalidate()
        began = time.process_time()
        with override_settings(PAGE_CACHE_ENABLED=False):
            client.get(path)
        samples.append((time.process_time() - began) * 1000)
    return round(statistics.median(samples), 1)


def measure_queries(*, result, log):
    pages = public_pages()
    for page, path in pages.items():
        status, first, warm, cold = page_queries(path)
        target = QUERIES_TARGET if page in ("lesson", "topic") else None
        line = result(
            f"pages_{page}_queries",
            warm,
            "queries",
            target,
            url=path,
            first_request=first,
            after_a_change=cold,
            status=status,
            cpu_ms=cpu_ms(path),
            cpu_ms_after_a_change=cpu_ms(path, cold=True),
        )
        if status != 200:
            log(f"pages: {path} answered {status}")
            line["failed"] = True
        if target is not None and cold > target:
            # The bound holds for every render, not only those that find the menu and the site remembered.
            log(f"pages: {path} ran {cold} queries right after a page change (target {target})")
            line["failed"] = True
            line["met"] = False
        yield line


# Servers ----------------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str, *, timeout: float = 30) -> http.client.HTTPResponse:
    """One GET, without following redirects; the body is read."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.body = response.read()
        return response
    finally:
        connection.close()


def _gunicorn_knows(setting: str) -> bool:
    from gunicorn.config import KNOWN_SETTINGS

    return any(known.name == setting for known in KNOWN_SETTINGS)


class Server:
    """gunicorn serving `app` with 2 workers on 127.0.0.1, until stop()."""

    def __init__(self, app: str, *, env: dict, workdir: Path, label: str, probe: str):
        self.port = free_port()
        self.log_path = workdir / f"gunicorn-{label}.log"
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        if _gunicorn_knows("control_socket_disable"):
            # gunicorn ≥ 25.1 opens a control socket at one path per user; two servers would fight over it.
            command.append("--no-control-socket")
        command += shlex.split(os.environ.get("BENCH_GUNICORN_ARGS", ""))
        self.command = command
        with open(self.log_path, "wb") as log_file:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        self._wait(probe)

    def _wait(self, probe: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with status {self.process.returncode}:\n{self.log_tail()}")
            try:
                if fetch(self.port, probe, timeout=5).status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer {probe} within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # the master stops its workers
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def warm(server: Server, paths: list[str], *, rounds: int = WARM_ROUNDS) -> dict[str, float]:
    """Each path requested `rounds` times by two clients at once, so that both workers have served it before wrk
    starts: a sync worker takes one connection at a time, so the second of two simultaneous requests goes to the
    other worker. A worker's first request of a page type costs seconds (templates compiled, blocks and translations
    loaded); wrk's one-second warm-up alone can leave that inside the measured run. Returns, per path, the slowest
    of the first two requests in ms."""
    from concurrent.futures import ThreadPoolExecutor

    def timed_fetch(path: str) -> float:
        began = time.perf_counter()
        fetch(server.port, path, timeout=120)
        return (time.perf_counter() - began) * 1000

    first = {}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for path in paths:
            for round_ in range(rounds):
                slowest = max(pool.map(timed_fetch, [path] * WORKERS))
                if round_ == 0:
                    first[path] = round(slowest)
    return first


def header_values(responses) -> str:
    """What the page cache said, over a few responses: `hit`, `miss`, `hit,miss`, or `absent`."""
    seen = sorted({response.getheader("X-Page-Cache") or "absent" for response in responses})
    return ",".join(seen)


def load(server: Server, path: str, *, page: str, mode: str | None, seconds: int, result, log, ctx, **extra):
    """wrk against one page: a status check, a second of warm-up, the measured run, the headers sampled after it."""
    name = f"pages_{page}" + (f"_{mode}" if mode else "")
    first = fetch(server.port, path)
    if first.status != 200:
        log(f"pages: {path} answered {first.status}; not measured")
        ctx.fail(name)
        return
    url = f"http://127.0.0.1:{server.port}{path}"
    subprocess.run(wrk_command(url, seconds=WARMUP_SECONDS), capture_output=True, check=True)
    log(f"pages: {name}: wrk {seconds} s on {path}")
    completed = subprocess.run(wrk_command(url, seconds=seconds), capture_output=True, text=True, check=True)
    measured = parse_wrk(completed.stdout)
    after = [fetch(server.port, path) for _ in range(HEADER_SAMPLES)]
    cookies = {
        cookie.split("=", 1)[0].strip() for response in after for cookie in response.headers.get_all("Set-Cookie", [])
    }
    yield from figures(
        measured,
        page=page,
        mode=mode,
        path=path,
        seconds=seconds,
        cache=header_values(after),
        cookies=sorted(cookies),
        size=len(after[-1].body),
        result=result,
        log=log,
        ctx=ctx,
        **extra,
    )


def figures(
    measured: WrkResult,
    *,
    page: str,
    mode: str | None,
    path: str,
    seconds: int,
    cache: str,
    cookies,
    size,
    result,
    log,
    ctx,
    **extra,
):
    """The two lines of one page's run (requests/s and p99), with the failures marked on `ctx`: a missed target,
    errors, no request completed, or a cache hit in a run with the cache off."""
    name = f"pages_{page}" + (f"_{mode}" if mode else "")
    if page == "lesson" and mode == "cached":
        rps_target, p99_target = CACHED_LESSON_RPS_TARGET, CACHED_LESSON_P99_TARGET_MS
    elif page == "lesson" and mode == "uncached":
        rps_target, p99_target = UNCACHED_LESSON_RPS_TARGET, None
    else:
        rps_target = p99_target = None
    rps = result(
        f"{name}_rps",
        round(measured.requests_per_second),
        "requests/s",
        rps_target,
        at_least=True,
        url=path,
        x_page_cache=cache,
        set_cookie=cookies,
        bytes=size,
        requests=measured.requests,
        seconds=measured.seconds,
        non_2xx_3xx=measured.non_2xx_3xx,
        socket_errors=measured.socket_errors,
        wrk=" ".join(wrk_command("URL", seconds=seconds)[1:-1]),
        workers=WORKERS,
        **extra,
    )
    p99 = result(
        f"{name}_p99",
        measured.p99_ms,
        "ms",
        p99_target,
        p50=measured.latency_ms.get("50"),
        p90=measured.latency_ms.get("90"),
        x_page_cache=cache,
    )
    if measured.requests == 0:
        # wrk prints a distribution of zeros when nothing came back in time: no latency was measured at all.
        log(f"pages: {name}: no request completed in {seconds} s")
        p99["value"] = p99["p50"] = p99["p90"] = None
        if p99_target is not None:
            p99["met"] = False
        ctx.fail(f"{name}_no_requests")
    yield rps
    yield p99
    for line in (rps, p99):
        if line.get("met") is False:
            ctx.fail(line["name"])
    if measured.errors:
        log(f"pages: {name}: {measured.non_2xx_3xx} non-2xx/3xx responses, socket errors {measured.socket_errors}")
        ctx.fail(f"{name}_errors")
    if mode == "uncached" and "hit" in cache.split(","):
        log(f"pages: {name}: X-Page-Cache: hit with PAGE_CACHE_ENABLED=0; the uncached figures are not uncached")
        ctx.fail(f"{name}_cache_off")


# The database -----------------------------------------------------------------------------------------------------
def sqlite_template_dir() -> Path:
    """Where the migrated SQLite database with the demo is kept between runs, named after everything that shapes
    it: the migrations and the demo (as for the PostgreSQL template) and the search analysis (the index is in it)."""
    import hashlib

    from bench.database import schema_fingerprint

    digest = hashlib.sha256(schema_fingerprint().encode())
    for path in sorted(ROOT.glob("cms/search*.py")):
        digest.update(path.read_bytes())
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "safecampus-bench"
    return cache / f"pages-{digest.hexdigest()[:16]}"


def prepare_sqlite(workdir: Path, *, base: dict, log) -> None:
    """The database and media folder of the run, copied from the template (built first when missing: migrate and
    load_demo, half a minute or more)."""
    template = sqlite_template_dir()
    if not (template / "db.sqlite3").exists():
        log(f"pages: building {template} (migrate, load_demo) …")
        template.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=template.name + "-", dir=template.parent))
        env = {key: value for key, value in os.environ.items() if key not in _SCRUBBED}
        env.update(
            base,
            DATABASE_URL=f"sqlite:///{building / 'db.sqlite3'}",
            MEDIA_ROOT=str(building / "media"),
            PRIVATE_MEDIA_ROOT=str(building / "private-media"),
            # The demo's own tasks (the reference index, report refreshes) run at once, so the copy is complete
            # without a worker.
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            TASK_BACKEND="immediate",
            DEBUG="1",
        )
        for command in (["migrate", "--no-input", "-v", "0"], ["load_demo"]):
            subprocess.run(
                [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
            )
        shutil.rmtree(template, ignore_errors=True)  # a build that was cut short
        try:
            building.rename(template)
        except OSError:  # another run finished the same build first
            shutil.rmtree(building, ignore_errors=True)
    shutil.copy2(template / "db.sqlite3", workdir / "db.sqlite3")
    for folder in ("media", "private-media"):
        if (template / folder).exists():
            shutil.copytree(template / folder, workdir / folder)


def _postgresql_url(database_url: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=parts.path + "_pages"))


def server_env(*, base: dict, page_cache: bool, redis_url: str | None = None) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in _SCRUBBED}
    env.update(base)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "DEBUG": "0",
            "SECRET_KEY": base["SECRET_KEY"],
            "WAGTAILADMIN_BASE_URL": BASE_URL,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",  # plain HTTP on 127.0.0.1; the redirect would answer every request with 301
            "PAGE_CACHE_ENABLED": "1" if page_cache else "0",
        }
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


# The group --------------------------------------------------------------------------------------------------------
def run(ctx, *, result, log):
    """bench/run.py's `pages` group."""
    if shutil.which("wrk") is None:
        log("pages: wrk is not installed: `apt-get install wrk` (Debian package wrk). The benchmark installs nothing.")
        ctx.fail("pages_wrk")
        return
    args = ctx.args
    seconds = args.pages_duration
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    base = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private-media"),
    }
    postgresql = args.pages_database == "postgresql"
    servers: list[Server] = []
    try:
        if postgresql:
            from bench.database import ensure_template, recreate

            base["DATABASE_URL"] = _postgresql_url(args.database)
            template = ensure_template(args.database, log=log)
            log(f"pages: copying {template} …")
            recreate(base["DATABASE_URL"], template=template)
        else:
            base["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
            prepare_sqlite(workdir, base=base, log=log)
        uncached_env = server_env(base=base, page_cache=False)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
            cwd=ROOT,
            env=uncached_env,
            check=True,
        )
        yield result(
            "pages_setup",
            round(time.perf_counter() - started, 1),
            "s",
            None,
            database="postgresql" if postgresql else "sqlite",
            note="database with the demo, and collectstatic",
        )

        log(f"pages: {time.perf_counter() - started:.0f} s: counting queries")
        pages: dict[str, str] = {}
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "queries"],
            cwd=ROOT,
            env=uncached_env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for raw in child.stdout:
            line = json.loads(raw)
            if line.pop("failed", False):
                ctx.fail(line["name"])
            elif line.get("met") is False:
                ctx.fail(line["name"])
            page = line["name"].removeprefix("pages_").removesuffix("_queries")
            pages[page] = line["url"]
            yield line
        if child.wait() != 0 or not pages:
            log(f"pages: counting the queries failed (status {child.returncode})")
            ctx.fail("pages_queries")
            return

        cached_env = server_env(base=base, page_cache=True)
        runs = [
            ("uncached", uncached_env, ["lesson", "topic"]),
            ("cached", cached_env, ["lesson", "topic", "home", "search", "healthz"]),
        ]
        if args.pages_redis:
            import redis

            # A page cached by an earlier run (another database with the same paths) must not be served as a hit.
            redis.Redis.from_url(args.pages_redis).flushdb()
            redis_env = server_env(base=base, page_cache=True, redis_url=args.pages_redis)
            runs.append(("cached_redis", redis_env, ["lesson", "topic"]))
        pages["healthz"] = "/healthz/"
        for mode, env, names in runs:
            log(
                f"pages: {time.perf_counter() - started:.0f} s: gunicorn, {mode} "
                f"(PAGE_CACHE_ENABLED={env['PAGE_CACHE_ENABLED']})"
            )
            server = Server("cms.wsgi:application", env=env, workdir=workdir, label=mode, probe="/healthz/")
            servers.append(server)
            cold = warm(server, [pages[page] for page in names])
            for page in names:
                yield from load(
                    server,
                    pages[page],
                    page=page,
                    mode=None if page == "healthz" else mode,
                    seconds=seconds,
                    result=result,
                    log=log,
                    ctx=ctx,
                    first_request_ms=cold[pages[page]],
                )
            server.stop()

        log(f"pages: {time.perf_counter() - started:.0f} s: gunicorn, the bare Django view")
        bare_env = {key: value for key, value in os.environ.items() if key not in _SCRUBBED}
        bare_env["BARE_SECRET_KEY"] = secrets.token_urlsafe(50)
        server = Server("bench.bare_wsgi:application", env=bare_env, workdir=workdir, label="bare", probe="/")
        servers.append(server)
        cold = warm(server, ["/"])
        yield from load(
            server,
            "/",
            page="bare_django",
            mode=None,
            seconds=seconds,
            result=result,
            log=log,
            ctx=ctx,
            first_request_ms=cold["/"],
        )
        server.stop()
        yield result("pages_total", round(time.perf_counter() - started, 1), "s", None)
    except (RuntimeError, subprocess.CalledProcessError, ValueError, OSError) as exc:
        log(f"pages: {exc}")
        ctx.fail("pages")
    finally:
        for server in servers:
            server.stop()
        if postgresql and "DATABASE_URL" in base:
            from psycopg import sql

            from bench.database import _admin_connection, _name

            name = sql.Identifier(_name(base["DATABASE_URL"]))
            with _admin_connection(base["DATABASE_URL"]) as admin:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    # `python bench/pages.py queries`: the queries of each page, in a process with the server's environment.
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from bench.run import log, result

    for figure in measure_queries(result=result, log=log):
        print(json.dumps(figure, ensure_ascii=False), flush=True)
