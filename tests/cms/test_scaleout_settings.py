"""Scale-out settings, read from the environment: PostgreSQL with persistent, health-checked connections; the task
backend (the database queue, or Redis through django-tasks-rq); media on S3-compatible object storage with the
private files in a bucket of their own. Each case loads the settings module in a fresh interpreter with exactly the
environment it names, as a server process would."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_system

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = "https://safecampus.example.org"
# Variables a developer's shell may carry that would change what these cases read.
_SCRUBBED = ("AWS_", "TASK_", "DB_", "REDIS_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "RQ_")


def production_env(**env: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
    return {**base, "SECRET_KEY": secrets.token_urlsafe(50), "WAGTAILADMIN_BASE_URL": PUBLIC, **env}


def load(names: list[str], module: str = "cms.settings.production", **env: str) -> dict:
    """The named settings of `module` under `env`, as JSON (paths as strings)."""
    script = (
        "import importlib, json, sys\n"
        "m = importlib.import_module(sys.argv[1])\n"
        "print(json.dumps({n: getattr(m, n, None) for n in sys.argv[2:]}, default=str))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, module, *names],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def refused(module: str = "cms.settings.production", **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    return done.stderr


# PostgreSQL connections


def test_production_keeps_database_connections_and_checks_them_before_reuse():
    db = load(["DATABASES"], DATABASE_URL="postgres://app:pw@db.internal:6432/safecampus")["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["HOST"], db["PORT"], db["NAME"], db["USER"]) == ("db.internal", 6432, "safecampus", "app")
    assert db["CONN_MAX_AGE"] == 60
    assert db["CONN_HEALTH_CHECKS"] is True
    assert db["DISABLE_SERVER_SIDE_CURSORS"] is False


def test_connection_lifetime_and_pgbouncer_mode_come_from_the_environment():
    db = load(
        ["DATABASES"],
        DATABASE_URL="postgres://app@pgbouncer:6432/safecampus",
        DB_CONN_MAX_AGE="300",
        DB_DISABLE_SERVER_SIDE_CURSORS="true",
    )["DATABASES"]["default"]
    assert db["CONN_MAX_AGE"] == 300
    assert db["CONN_HEALTH_CHECKS"] is True
    assert db["DISABLE_SERVER_SIDE_CURSORS"] is True


def _postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        # The server's maintenance database: always there, and this check writes nothing.
        return url.rsplit("/", 1)[0] + "/postgres"
    return os.environ.get("CI_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/safecampus").rsplit("/", 1)[0] + (
        "/postgres"
    )


def _postgres_up(url: str) -> bool:
    try:
        import psycopg

        psycopg.connect(url.replace("postgres://", "postgresql://", 1), connect_timeout=2).close()
        return True
    except Exception:
        return False


RECONNECT_SCRIPT = """
import django, json
django.setup()
from django.core.signals import request_finished, request_started
from django.db import connection
import psycopg

def request():
    request_started.send(sender=None)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return cursor.fetchone()[0]
    finally:
        request_finished.send(sender=None)

first = request()
second = request()
# The database drops the connection between two requests (a restart, a failover, PgBouncer's idle timeout).
params = connection.get_connection_params()
params.pop("cursor_factory", None)
params.pop("context", None)
with psycopg.connect(**params, autocommit=True) as admin:
    admin.execute("SELECT pg_terminate_backend(%s)", [second])
third = request()
print(json.dumps([first, second, third]))
"""


def test_a_connection_the_database_dropped_is_replaced_before_the_next_request_uses_it():
    url = _postgres_url()
    require_system(f"PostgreSQL at {url}", _postgres_up(url))
    done = subprocess.run(
        [sys.executable, "-c", RECONNECT_SCRIPT],
        cwd=ROOT,
        env=production_env(DJANGO_SETTINGS_MODULE="cms.settings.production", DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    first, second, third = json.loads(done.stdout)
    assert first == second  # kept between requests (CONN_MAX_AGE)
    assert third != second  # checked, found dead and replaced (CONN_HEALTH_CHECKS), with no error for the visitor


# Task backend


def test_production_runs_tasks_from_the_database_queue_by_default():
    loaded = load(["TASKS", "INSTALLED_APPS"])
    assert loaded["TASKS"] == {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert "django_rq" not in loaded["INSTALLED_APPS"]


def test_development_queues_tasks_in_the_database_too():
    """`make run` starts `db_worker` beside the server, so development runs tasks as production does."""
    loaded = load(["TASKS"], module="cms.settings.dev")
    assert loaded["TASKS"] == {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.parametrize("name", ["rq", "django_tasks_rq.RQBackend"])
def test_task_backend_rq_queues_in_redis(name):
    loaded = load(["TASKS", "RQ_QUEUES", "INSTALLED_APPS"], TASK_BACKEND=name, REDIS_URL="redis://cache:6379/0")
    assert loaded["TASKS"] == {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    assert loaded["RQ_QUEUES"]["default"]["URL"] == "redis://cache:6379/0"
    assert loaded["RQ_QUEUES"]["default"]["DEFAULT_TIMEOUT"] == 3600
    assert {"django_rq", "django_tasks_rq"} <= set(loaded["INSTALLED_APPS"])


def test_the_queue_may_have_a_redis_of_its_own():
    loaded = load(
        ["RQ_QUEUES", "CACHES"],
        TASK_BACKEND="rq",
        REDIS_URL="redis://cache:6379/0",
        TASK_REDIS_URL="redis://queue:6379/0",
        TASK_RQ_JOB_TIMEOUT="7200",
    )
    assert loaded["RQ_QUEUES"]["default"] == {"URL": "redis://queue:6379/0", "DEFAULT_TIMEOUT": 7200}
    assert loaded["CACHES"]["default"]["LOCATION"] == "redis://cache:6379/0"


def test_the_redis_queue_without_a_redis_address_is_refused():
    assert "TASK_REDIS_URL or REDIS_URL" in refused(TASK_BACKEND="rq")


def test_short_names_and_dotted_paths_both_name_a_backend():
    assert load(["TASKS"], TASK_BACKEND="database")["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    immediate = "django_tasks.backends.immediate.ImmediateBackend"
    assert load(["TASKS"], TASK_BACKEND=immediate)["TASKS"]["default"]["BACKEND"] == immediate


def test_the_rq_settings_pass_the_backends_own_checks_and_offer_the_worker_command():
    """With TASK_BACKEND=rq, `manage.py check` finds django_rq installed and the queue configured, and the worker
    command of docs/deploy.md takes django-tasks-rq's job class."""
    env = production_env(
        DJANGO_SETTINGS_MODULE="cms.settings.production", TASK_BACKEND="rq", REDIS_URL="redis://127.0.0.1:6379/2"
    )

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )

    check = manage("check", "--fail-level", "ERROR")
    assert check.returncode == 0, check.stderr
    worker_help = manage("help", "rqworker")
    assert worker_help.returncode == 0 and "--job-class" in worker_help.stdout


# Object storage


def test_media_stay_on_the_file_system_unless_a_bucket_is_named():
    storages = load(["STORAGES"])["STORAGES"]
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["private"]["BACKEND"] == "tracking.storage.PrivateFileSystemStorage"


S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "safecampus-media",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "safecampus-private",
    "AWS_S3_ENDPOINT_URL": "https://oss-cn-beijing.aliyuncs.com",
    "AWS_S3_REGION_NAME": "cn-beijing",
    "AWS_S3_CUSTOM_DOMAIN": "media.safecampus.example.org",
}


def test_public_media_and_private_files_go_to_two_buckets():
    storages = load(["STORAGES"], **S3_ENV)["STORAGES"]
    public, private = storages["default"], storages["private"]
    assert public["BACKEND"] == private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert public["OPTIONS"]["bucket_name"] == "safecampus-media"
    assert private["OPTIONS"]["bucket_name"] == "safecampus-private"
    for options in (public["OPTIONS"], private["OPTIONS"]):
        assert options["endpoint_url"] == "https://oss-cn-beijing.aliyuncs.com"
        assert options["region_name"] == "cn-beijing"
        assert options["signature_version"] == "s3v4"
        assert options["file_overwrite"] is False
    # Public: plain URLs through the CDN, readable by the bucket's policy.
    assert public["OPTIONS"]["querystring_auth"] is False
    assert public["OPTIONS"]["custom_domain"] == "media.safecampus.example.org"
    # Private: no public ACL, every URL signed and short-lived, never through the CDN domain.
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["querystring_expire"] == 300
    assert private["OPTIONS"]["custom_domain"] is None
    assert private["OPTIONS"]["object_parameters"]["CacheControl"] == "private, no-store"
    # Static files stay with WhiteNoise.
    assert storages["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_private_files_may_go_to_a_bucket_while_public_media_stay_on_disk():
    storages = load(["STORAGES"], AWS_PRIVATE_STORAGE_BUCKET_NAME="safecampus-private")["STORAGES"]
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["private"]["OPTIONS"]["bucket_name"] == "safecampus-private"


def test_one_bucket_for_both_is_refused():
    assert "AWS_PRIVATE_STORAGE_BUCKET_NAME" in refused(
        AWS_STORAGE_BUCKET_NAME="safecampus", AWS_PRIVATE_STORAGE_BUCKET_NAME="safecampus"
    )
