"""The rules a session and an appointment must keep, as {field: [messages]}, so admin forms put each message
beside its field and the services refuse the same things whatever calls them."""

import datetime
from collections.abc import Mapping

from django.utils import timezone
from django.utils.translation import gettext as _

from tracking.models import Appointment, Session, SessionKind, SessionStatus
from tracking.selectors import appointment_on, concurrent_schools

# Order No. 52: one person serves as vice principal at no more than two schools.
MAX_SCHOOLS_AT_ONCE = 2

Errors = dict[str, list[str]]


def _add(errors: Errors, field: str, message: str) -> None:
    errors.setdefault(field, []).append(message)


def session_errors(
    *, session: Session, attendance: Mapping[str, int] | None = None, now: datetime.datetime | None = None
) -> Errors:
    """What is wrong with `session` as it stands. `attendance` maps an audience label to its count, for sessions
    whose counts are not saved yet."""
    errors: Errors = {}
    now = now or timezone.now()
    if session.starts_at and session.ends_at and session.ends_at <= session.starts_at:
        _add(errors, "ends_at", _("The end must be after the start."))
    if session.status in (SessionStatus.HELD, SessionStatus.CONFIRMED) and session.starts_at:
        if session.starts_at > now:
            _add(errors, "starts_at", _("A session that has not started yet cannot be logged as held."))
    if session.kind == SessionKind.DRILL and session.scenario_id is None:
        _add(errors, "scenario", _("Choose the drill scenario this drill ran."))
    if session.kind == SessionKind.LECTURE and session.topic_id is None:
        _add(errors, "topic", _("Choose the topic of this lecture."))
    if session.school_id and session.vice_principal_id and session.starts_at:
        if appointment_on(vice_principal=session.vice_principal, school=session.school, day=session.local_date) is None:
            _add(
                errors,
                "school",
                _("%(name)s holds no appointment at %(school)s on %(date)s.")
                % {"name": session.vice_principal, "school": session.school, "date": session.local_date},
            )
    if attendance is not None and session.school_id:
        limit = session.school.student_count
        for label, count in attendance.items():
            if count is not None and count < 0:
                _add(errors, "attendance", _("%(audience)s: a count cannot be negative.") % {"audience": label})
            elif count is not None and count > limit:
                _add(
                    errors,
                    "attendance",
                    _("%(audience)s: %(count)s is more than the school's %(limit)s students.")
                    % {"audience": label, "count": count, "limit": limit},
                )
    return errors


def appointment_errors(*, appointment: Appointment) -> Errors:
    errors: Errors = {}
    if appointment.end_date and appointment.start_date and appointment.end_date < appointment.start_date:
        _add(errors, "end_date", _("The end date must not be before the start date."))
        return errors
    if appointment.vice_principal_id and appointment.school_id and appointment.start_date:
        others = concurrent_schools(appointment=appointment)
        if len(others) + 1 > MAX_SCHOOLS_AT_ONCE:
            _add(
                errors,
                "school",
                _("%(name)s already serves %(schools)s at that time; a vice principal serves at most %(max)s schools.")
                % {
                    "name": appointment.vice_principal,
                    "schools": "、".join(str(s) for s in others),
                    "max": MAX_SCHOOLS_AT_ONCE,
                },
            )
    return errors
