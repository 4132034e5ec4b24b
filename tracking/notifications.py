"""E-mail about sessions. Called after a change commits; the sending itself runs as a background task
(`tracking.tasks`), so a slow mail server never holds up the vice principal's phone.

- held (awaiting confirmation): the school's contacts;
- disputed: the vice principal, with the school's reason;
- the day before a scheduled session (Beijing dates): the vice principal, once (`manage.py tracking_reminders`).

Mails say when, where and what, and link to the session in the admin; nothing about students (no attendance,
no notes), as most of them are under 14. Each user can switch them off (NotificationPreference)."""

import contextlib
import contextvars
import datetime
import zoneinfo
from collections.abc import Iterable, Iterator
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from tracking import selectors
from tracking.models import Session, SessionStatus

_muted = contextvars.ContextVar("tracking_notifications_muted", default=False)


@contextlib.contextmanager
def muted() -> Iterator[None]:
    """Send nothing about the changes made inside the block (bulk loads such as `load_demo`)."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def is_muted() -> bool:
    return _muted.get()


def session_status_changed(*, session_id: int, previous: str | None) -> None:
    """Queue the e-mail the session's new status calls for (services call this after the change commits)."""
    if is_muted():
        return
    from tracking import tasks

    status = Session.objects.filter(pk=session_id).values_list("status", flat=True).first()
    if status == SessionStatus.HELD:
        tasks.mail_awaiting_confirmation.enqueue(session_id)
    elif status == SessionStatus.DISPUTED:
        tasks.mail_disputed.enqueue(session_id)


def queue_due_reminders(*, now: datetime.datetime | None = None) -> int:
    """Queue a reminder for every session due one (see selectors.reminders_due); returns how many.

    Run every hour. Queuing twice is harmless: the task claims the reminder before sending it."""
    from tracking import tasks

    now = now or timezone.now()
    due = list(selectors.reminders_due(now=now).values_list("pk", "starts_at"))
    for pk, starts_at in due:
        tasks.mail_reminder.enqueue(pk, timezone.localtime(starts_at, selectors.beijing()).date().isoformat())
    return len(due)


# What the tasks do.


def send_awaiting_confirmation(*, session_id: int) -> int:
    session = _session(session_id)
    if session is None or session.status != SessionStatus.HELD:
        return 0  # confirmed, disputed or changed before the mail went out: nothing to ask any more
    return _send(session, "awaiting_confirmation", _wanting_mail(session.school.contacts.all()))


def send_disputed(*, session_id: int) -> int:
    session = _session(session_id)
    if session is None or session.status != SessionStatus.DISPUTED:
        return 0
    return _send(session, "disputed", _wanting_mail([session.vice_principal.user]))


def send_reminder(*, session_id: int, day: datetime.date) -> int:
    """Remind the vice principal of a session on Beijing date `day`, unless someone already has.

    The reminder is claimed with one conditional UPDATE before anything is sent, so two workers (or two runs
    of the command) never both send it; a session moved to another day, cancelled or already begun is skipped.
    """
    now = timezone.now()
    first, last = selectors.day_bounds(day)
    claimed = Session.objects.filter(
        pk=session_id,
        status=SessionStatus.SCHEDULED,
        reminder_sent_at__isnull=True,
        starts_at__gte=max(first, now),
        starts_at__lt=last,
    ).update(reminder_sent_at=now)
    if not claimed:
        return 0
    session = _session(session_id)
    if session is None:
        return 0
    try:
        return _send(session, "reminder", _wanting_mail([session.vice_principal.user]))
    except Exception:
        # Give it back, so the next hourly run tries again.
        Session.objects.filter(pk=session_id, reminder_sent_at=now).update(reminder_sent_at=None)
        raise


def _session(session_id: int) -> Session | None:
    return Session.objects.select_related("school", "vice_principal__user").filter(pk=session_id).first()


def _wanting_mail(users: Iterable) -> list:
    """Those of `users` who can be mailed and have not switched the session e-mails off."""
    pks = [user.pk for user in users]
    return list(
        get_user_model()
        .objects.filter(pk__in=pks, is_active=True)
        .exclude(email="")
        .exclude(session_notifications__email=False)
        .order_by("pk")
    )


def admin_url(session: Session) -> str:
    """The session in the admin, absolute (mail has no request to take the host from)."""
    try:
        path = reverse("wagtailsnippets_tracking_session:inspect", args=[quote(str(session.pk))])
    except NoReverseMatch:
        # The viewset has no inspect view: the edit view shows the session to whoever may see it.
        path = reverse("wagtailsnippets_tracking_session:edit", args=[quote(str(session.pk))])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def language_of(user) -> str:
    """The language `user` chose for the admin, else the site's (Chinese). Reads only: no profile is created."""
    from wagtail.users.models import UserProfile

    # Not get_preferred_language(): it falls back to the active language, which in a feed request is whatever
    # the phone's calendar app sent.
    preferred = UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    return preferred or settings.LANGUAGE_CODE


def _send(session: Session, kind: str, recipients: list) -> int:
    if not recipients:
        return 0
    beijing = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    context = {
        "session": session,
        "title": session.display_title,
        "school": session.school,
        "vice_principal": session.vice_principal,
        "starts": timezone.localtime(session.starts_at, beijing),
        "ends": timezone.localtime(session.ends_at, beijing),
        "url": admin_url(session),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    messages = []
    for user in recipients:
        # Dates and times always in Beijing time, whatever the server runs in; words in the user's language.
        with translation.override(language_of(user)), timezone.override(beijing):
            context["kind"] = session.get_kind_display()
            context["status"] = session.get_status_display()
            context["recipient"] = user
            subject = render_to_string(f"tracking/email/{kind}_subject.txt", context)
            message = EmailMultiAlternatives(
                subject=" ".join(subject.split()),
                body=render_to_string(f"tracking/email/{kind}.txt", context),
                to=[user.email],
                headers={"Auto-Submitted": "auto-generated"},
            )
            message.attach_alternative(render_to_string(f"tracking/email/{kind}.html", context), "text/html")
            messages.append(message)
    return get_connection().send_messages(messages) or 0
