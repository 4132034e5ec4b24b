"""The Redis task queue (TASK_BACKEND=rq, django-tasks-rq): a real session e-mail task goes through Redis and is run
by an RQ burst worker with django-tasks-rq's job class, and the worker command of docs/deploy.md runs a queued task
in a process of its own.

Needs the Redis server at 127.0.0.1:6379 (database 2 unless SAFECAMPUS_TEST_TASK_REDIS_URL says otherwise); skipped
visibly without it, and a failure in CI (SAFECAMPUS_REQUIRE_SYSTEM_DEPS=1)."""

import datetime
import os
import uuid
import zoneinfo

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from tests.conftest import require_system
from tracking import tasks
from tracking.models import Session, SessionStatus

REDIS_URL = os.environ.get("SAFECAMPUS_TEST_TASK_REDIS_URL", "redis://127.0.0.1:6379/2")
BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


def _redis_up() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def rq_queue():
    """The RQ backend on a queue of this test's own, so parallel test processes never run each other's jobs.

    django_rq's queue and worker helpers read RQ_QUEUES at call time; its app (for `rqworker`) is not needed here."""
    require_system(f"a Redis server at {REDIS_URL}", _redis_up())
    from django_tasks import task_backends

    name = f"test-{uuid.uuid4().hex}"
    with override_settings(
        # The backend looks results up through the "default" queue's connection; nothing is queued there.
        RQ_QUEUES={name: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 60}, "default": {"URL": REDIS_URL}},
        TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [name]}},
    ):
        import django_rq

        queue = django_rq.get_queue(name)
        try:
            yield name, task_backends["default"]
        finally:
            queue.empty()
            queue.delete(delete_jobs=True)


def _burst(queue_name: str) -> None:
    """What `manage.py rqworker --burst --job-class django_tasks_rq.Job` does, without forking a work horse: the job
    runs in this process, on the test's database connection and inside its transaction."""
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    worker = django_rq.get_worker(queue_name, worker_class=SimpleWorker, job_class=Job)
    assert worker.work(burst=True) is True


@pytest.fixture
def tomorrow(db, world, make_session):
    """A lecture tomorrow at 10:00 Beijing time, the only scheduled session not reminded yet."""
    Session.objects.filter(status=SessionStatus.SCHEDULED).update(reminder_sent_at=timezone.now())
    day = timezone.localdate(timezone.now(), BEIJING) + datetime.timedelta(days=1)
    session = make_session(starts_at=datetime.datetime.combine(day, datetime.time(10), tzinfo=BEIJING))
    mail.outbox.clear()
    return session, day


def test_a_reminder_goes_through_redis_and_a_burst_worker_sends_it(world, tomorrow, rq_queue):
    from django_tasks import TaskResultStatus

    session, day = tomorrow
    queue_name, backend = rq_queue
    result = tasks.mail_reminder.using(queue_name=queue_name).enqueue(session.pk, day.isoformat())

    # Queued in Redis, not run: nothing is sent until a worker takes it.
    assert result.backend == "default" and type(backend).__name__ == "RQBackend"
    assert backend.get_result(result.id).status == TaskResultStatus.READY
    assert mail.outbox == []

    _burst(queue_name)

    assert [m.to for m in mail.outbox] == [[world["vp"].user.email]]
    session.refresh_from_db()
    assert session.reminder_sent_at is not None
    done = backend.get_result(result.id)
    assert done.status == TaskResultStatus.SUCCESSFUL
    assert done.return_value == 1


def test_a_failing_task_is_reported_failed_and_the_queue_moves_on(world, tomorrow, rq_queue):
    from django_tasks import TaskResultStatus

    session, day = tomorrow
    queue_name, backend = rq_queue
    broken = tasks.mail_reminder.using(queue_name=queue_name).enqueue(session.pk, "not-a-date")
    good = tasks.mail_reminder.using(queue_name=queue_name).enqueue(session.pk, day.isoformat())

    _burst(queue_name)

    failed = backend.get_result(broken.id)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.errors and failed.errors[0].exception_class_path == "builtins.ValueError"
    assert backend.get_result(good.id).status == TaskResultStatus.SUCCESSFUL
    assert len(mail.outbox) == 1


def test_the_documented_worker_command_runs_a_queued_task_in_its_own_process(tmp_path, rq_queue):
    """`manage.py rqworker --burst --job-class django_tasks_rq.Job <queue>`, as docs/deploy.md gives it, in a process
    of its own with the production settings and a database of its own (migrated first): it takes the task queued
    here, runs it in a forked work horse and records the result in Redis."""
    import secrets
    import subprocess
    import sys
    from pathlib import Path

    from django_tasks import TaskResultStatus

    queue_name, backend = rq_queue
    root = Path(__file__).resolve().parents[2]
    (tmp_path / "worker_settings.py").write_text(
        "from cms.settings.production import *  # noqa: F403\n"
        f"RQ_QUEUES = {{**RQ_QUEUES, {queue_name!r}: {{'URL': {REDIS_URL!r}}}}}  # noqa: F405\n"
        f"TASKS['default']['QUEUES'].append({queue_name!r})  # noqa: F405\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "TASK_", "DB_", "DJANGO_", "PYTEST"))}
    env.update(
        DJANGO_SETTINGS_MODULE="worker_settings",
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(root)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        WAGTAILADMIN_BASE_URL="https://safecampus.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        TASK_BACKEND="rq",
        REDIS_URL=REDIS_URL,
    )

    def manage(*args):
        done = subprocess.run(
            [sys.executable, str(root / "manage.py"), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done

    manage("migrate", "--no-input", "-v", "0")
    result = tasks.queue_reminders.using(queue_name=queue_name).enqueue()
    assert backend.get_result(result.id).status == TaskResultStatus.READY

    manage("rqworker", "--burst", "--job-class", "django_tasks_rq.Job", "--name", f"ci-{queue_name}", queue_name)

    done = backend.get_result(result.id)
    assert done.status == TaskResultStatus.SUCCESSFUL, [error.traceback for error in done.errors]
    assert done.return_value == 0  # nothing due in the worker's empty database
    assert done.worker_ids == [f"ci-{queue_name}"]
