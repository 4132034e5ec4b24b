"""The site as production runs it, for fault and backup tests: gunicorn in a process of its own, on a database of its
own (a copy of the test database's demo), reached over HTTP. What happens to that database (taken away, restored
from a backup) is real, and leaves the test database and its transactions alone."""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent


def postgres_tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("pg_dump", "pg_restore", "psql"))


def settings_of_test_database() -> dict:
    from django.db import connection

    return connection.settings_dict


def conninfo(name: str) -> str:
    """A libpq connection string (pg_dump, pg_restore, psql, psycopg) to database `name` on the test server."""
    from psycopg.conninfo import make_conninfo

    s = settings_of_test_database()
    parts = {"dbname": name, "host": s["HOST"], "port": s["PORT"], "user": s["USER"], "password": s["PASSWORD"]}
    return make_conninfo(**{key: str(value) for key, value in parts.items() if value})


def database_url(name: str) -> str:
    """The DATABASE_URL (dj-database-url) of database `name` on the test server."""
    s = settings_of_test_database()
    credentials = quote(s["USER"] or "", safe="")
    if s["PASSWORD"]:
        credentials += ":" + quote(s["PASSWORD"], safe="")
    return f"postgres://{credentials}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{quote(name, safe='')}"


def admin_sql(*statements: str) -> list:
    """Run statements on the server's maintenance database, outside any test transaction; the last one's rows."""
    import psycopg

    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        rows = []
        for statement in statements:
            cursor = admin.execute(statement)
            rows = cursor.fetchall() if cursor.description else []
        return rows


def drop_database(name: str) -> None:
    admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_database(name: str) -> None:
    drop_database(name)
    admin_sql(f'CREATE DATABASE "{name}"')


def copy_test_database_postgres(name: str) -> str:
    """A new database `name` holding what the test database has committed (the demo); its DATABASE_URL.

    CREATE DATABASE … TEMPLATE would need nobody connected to the test database, so the copy goes through
    pg_dump | pg_restore (about a second for the demo)."""
    create_database(name)
    source = settings_of_test_database()["NAME"]
    dump = subprocess.Popen(
        # Without the session's copy of the demo (tests/db_snapshot.py): the copy is of the site, not of the tests.
        ["pg_dump", "--format=custom", "--no-owner", "--exclude-schema=test_snapshot", f"--dbname={conninfo(source)}"],
        stdout=subprocess.PIPE,
    )
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={conninfo(name)}"], stdin=dump.stdout, check=True
    )
    dump.stdout.close()
    assert dump.wait() == 0
    return database_url(name)


def copy_test_database_sqlite(path: Path) -> str:
    """The test database (in memory, or a file) copied to the SQLite file `path`; its DATABASE_URL."""
    from django.db import connection

    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    return f"sqlite:///{path}"


@dataclass
class Answer:
    status: int
    headers: dict
    text: str


def fetch(url: str, *, accept_language: str | None = None, timeout: float = 30) -> Answer:
    request = urllib.request.Request(url, headers={"Accept-Language": accept_language} if accept_language else {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(response.status, dict(response.headers), response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read().decode("utf-8"))


@contextmanager
def gunicorn(*, database_url: str, env: dict | None = None, startup_timeout: float = 90):
    """gunicorn serving cms.wsgi with one sync worker (one process, one database connection: what a request sees
    is what the previous one left), on a socket bound here so that no port can be taken in between. Yields the
    base URL. The settings are the development ones with DEBUG off: the production settings need collected static
    files, which tests never build."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    server_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "TASK_BACKEND", "SEARCH_BACKEND", "SEARCH_URL", "DB_CONN_MAX_AGE"}
    }
    server_env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DEBUG": "false",
            "DATABASE_URL": database_url,
            # No worker runs beside the test server: its tasks run as they are queued, as in the test process.
            "TASK_BACKEND": "immediate",
            **(env or {}),
        }
    )
    log = (BASE_DIR / "test-artifacts").joinpath(f"gunicorn-{port}.log")
    log.parent.mkdir(exist_ok=True)
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cms.wsgi:application",
                f"--bind=fd://{listener.fileno()}",
                "--workers=1",
                "--worker-class=sync",
                "--timeout=60",
            ],
            cwd=BASE_DIR,
            env=server_env,
            pass_fds=(listener.fileno(),),
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    listener.close()
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if process.poll() is not None:
                raise AssertionError(f"gunicorn stopped at startup:\n{log.read_text(errors='replace')[-4000:]}")
            try:
                if fetch(f"{base_url}/healthz/", timeout=5).status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"gunicorn did not answer:\n{log.read_text(errors='replace')[-4000:]}")
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    log.unlink(missing_ok=True)
