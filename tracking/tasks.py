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


# Certificates (tracking.certify, tracking.certify_bulk).


def _user(user_id: int | None):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


@task()
def certificate_session_issue(session_id: int, user_id: int | None = None) -> str:
    """Issue the certificate of a session the school confirmed (nothing if it is no longer confirmed)."""
    from tracking import certify
    from tracking.models import Session

    session = Session.objects.filter(pk=session_id).first()
    certificate = session and certify.session_certificate_issue(session=session, user=_user(user_id))
    return certificate.code if certificate else ""


@task()
def certificate_session_revoke(session_id: int, user_id: int | None = None) -> str:
    """Revoke the certificate of a voided session, with the reason it was voided."""
    from tracking import certify
    from tracking.models import Session, SessionStatus

    session = Session.objects.filter(pk=session_id).first()
    if session is None or session.status != SessionStatus.VOIDED:
        return ""
    certificate = certify.session_certificate_revoke(session=session, user=_user(user_id), reason=session.void_reason)
    return certificate.code if certificate else ""


@task()
def certificate_bulk_issue(run_id: int, attempt: int) -> int:
    """Issue a region's annual certificates and build one ZIP of PDFs per school (tracking.certify_bulk)."""
    from tracking.certify_bulk import bulk_issue_run

    return bulk_issue_run(run_id=run_id, attempt=attempt)
