"""Background tasks (django-tasks): the session e-mails. Settings choose the backend: in development and tests
each task runs as soon as it is queued; in production a `manage.py db_worker` process runs them from the database
(docs/deploy.md). Arguments are plain ids and ISO dates, so a queued task survives in the database as JSON."""

import datetime

from django_tasks import task

from tracking import notifications


@task()
def mail_awaiting_confirmation(session_id: int) -> int:
    """Ask the school's contacts to confirm a session logged as held."""
    return notifications.send_awaiting_confirmation(session_id=session_id)


@task()
def mail_disputed(session_id: int) -> int:
    """Tell the vice principal the school disputed their session, and why."""
    return notifications.send_disputed(session_id=session_id)


@task()
def mail_reminder(session_id: int, day: str) -> int:
    """Remind the vice principal, once, of their session on Beijing date `day` (YYYY-MM-DD)."""
    return notifications.send_reminder(session_id=session_id, day=datetime.date.fromisoformat(day))


@task()
def queue_reminders() -> int:
    """Queue the reminders due now; for a scheduler that runs tasks rather than commands."""
    return notifications.queue_due_reminders()


@task()
def refresh_rollups() -> int:
    """Rebuild the regional report's summary rows of the districts changed since the last run."""
    from tracking.reports.rollups import rollups_refresh_pending

    return rollups_refresh_pending()


@task()
def rebuild_rollups() -> int:
    """Rebuild every summary row: a nightly safety net for the report (docs/deploy.md)."""
    from tracking.reports.rollups import rollups_rebuild

    return rollups_rebuild()
