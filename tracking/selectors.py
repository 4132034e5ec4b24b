"""Reads of tracking records. Who may see what is in `tracking.access`; these take already-allowed querysets."""

import datetime
import zoneinfo

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from tracking.models import Appointment, School, Session, SessionStatus, VicePrincipal


def beijing() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The first instant of `day` in Beijing and of the day after, as aware datetimes."""
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=beijing())
    return start, start + datetime.timedelta(days=1)


def appointments_on(*, vice_principal: VicePrincipal, day: datetime.date) -> QuerySet[Appointment]:
    return Appointment.objects.filter(vice_principal=vice_principal, start_date__lte=day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day)
    )


def appointment_on(*, vice_principal: VicePrincipal, school: School, day: datetime.date) -> Appointment | None:
    return appointments_on(vice_principal=vice_principal, day=day).filter(school=school).first()


def schools_of(*, vice_principal: VicePrincipal, day: datetime.date | None = None) -> QuerySet[School]:
    """The schools the vice principal is appointed to on `day` (today, Beijing time, by default)."""
    day = day or timezone.localdate()
    return School.objects.filter(
        pk__in=appointments_on(vice_principal=vice_principal, day=day).values("school")
    ).order_by("name")


def overlapping_sessions(*, session: Session) -> QuerySet[Session]:
    """Other live sessions of the same vice principal whose time overlaps this one."""
    return (
        Session.objects.filter(
            vice_principal_id=session.vice_principal_id,
            starts_at__lt=session.ends_at,
            ends_at__gt=session.starts_at,
        )
        .exclude(pk=session.pk)
        .exclude(status__in=[SessionStatus.CANCELLED, SessionStatus.VOIDED])
    )


def sessions_between(sessions: QuerySet[Session], *, first: datetime.date, last: datetime.date) -> QuerySet[Session]:
    """Sessions starting on Beijing dates `first` to `last` inclusive (a session at 00:30 Beijing time on the
    1st belongs to the 1st, though it is still the 30th in UTC)."""
    return sessions.filter(starts_at__gte=day_bounds(first)[0], starts_at__lt=day_bounds(last)[1])


def awaiting_confirmation(sessions: QuerySet[Session]) -> QuerySet[Session]:
    return sessions.filter(status=SessionStatus.HELD).order_by("starts_at")


def disputed(sessions: QuerySet[Session]) -> QuerySet[Session]:
    return sessions.filter(status=SessionStatus.DISPUTED).order_by("starts_at")


def upcoming(sessions: QuerySet[Session], *, now: datetime.datetime | None = None) -> QuerySet[Session]:
    return sessions.filter(status=SessionStatus.SCHEDULED, starts_at__gte=now or timezone.now()).order_by("starts_at")


def concurrent_schools(*, appointment: Appointment) -> list[School]:
    """The largest set of other schools where the appointment's vice principal serves on one same day within it.

    Appointments that merely overlap the new one's span may follow each other (a move from one school to another
    mid-year), so what counts is how many run at once on some day, not how many touch the span."""
    others = Appointment.objects.filter(vice_principal_id=appointment.vice_principal_id).exclude(
        school_id=appointment.school_id
    )
    if appointment.pk:
        others = others.exclude(pk=appointment.pk)
    if appointment.end_date:
        others = others.filter(start_date__lte=appointment.end_date)
    others = list(
        others.filter(Q(end_date__isnull=True) | Q(end_date__gte=appointment.start_date)).select_related("school")
    )
    # The count of schools at once only rises on a day some appointment starts.
    days = {appointment.start_date} | {o.start_date for o in others if o.start_date > appointment.start_date}
    busiest: list[School] = []
    for day in sorted(days):
        schools = {o.school for o in others if o.start_date <= day and (o.end_date is None or o.end_date >= day)}
        if len(schools) > len(busiest):
            busiest = sorted(schools, key=lambda school: school.pk)
    return busiest


def photos_of(*, session: Session) -> QuerySet:
    """A session's evidence photos, oldest first; the session is one the caller may already see."""
    return session.photos.order_by("uploaded_at", "pk")


# Reminders the day before a session (tracking.notifications, run hourly by `manage.py tracking_reminders`).
# They go out from this hour (Beijing time) of the day before, so nobody is mailed at midnight.
REMINDER_FROM_HOUR_DEFAULT = 8


def reminder_from_hour() -> int:
    return getattr(settings, "TRACKING_REMINDER_FROM_HOUR", REMINDER_FROM_HOUR_DEFAULT)


def reminders_due(*, now: datetime.datetime | None = None) -> QuerySet[Session]:
    """Scheduled sessions on tomorrow's Beijing date whose vice principal has not been reminded yet."""
    local = timezone.localtime(now or timezone.now(), beijing())
    if local.hour < reminder_from_hour():
        return Session.objects.none()
    first, last = day_bounds(local.date() + datetime.timedelta(days=1))
    return Session.objects.filter(
        status=SessionStatus.SCHEDULED, reminder_sent_at__isnull=True, starts_at__gte=first, starts_at__lt=last
    ).order_by("starts_at")


# The calendar feed reaches back a year, so a phone still shows last term; everything ahead is in it.
CALENDAR_FEED_PAST_DAYS = 366


def calendar_window(sessions: QuerySet[Session], *, now: datetime.datetime | None = None) -> QuerySet[Session]:
    since = (now or timezone.now()) - datetime.timedelta(days=CALENDAR_FEED_PAST_DAYS)
    return sessions.filter(starts_at__gte=since).select_related("school", "latest_revision").order_by("starts_at", "pk")


# The month calendar and the dashboard.


def month_sessions(sessions: QuerySet[Session], *, year: int, month: int) -> dict[datetime.date, list[Session]]:
    """`sessions` starting in the given Beijing month, grouped by their Beijing date in start order."""
    first = datetime.date(year, month, 1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    by_day: dict[datetime.date, list[Session]] = {}
    rows = sessions_between(sessions, first=first, last=last).select_related(
        "school", "vice_principal", "topic", "scenario"
    )
    for session in rows.order_by("starts_at"):
        by_day.setdefault(session.local_date, []).append(session)
    return by_day


def status_counts(sessions: QuerySet[Session]) -> dict[str, int]:
    """How many of `sessions` are in each status, in one query."""
    from django.db.models import Count

    counts = dict(sessions.order_by().values_list("status").annotate(n=Count("pk")))
    return {status: counts.get(status, 0) for status in SessionStatus.values}


# --- Admin list and forms of sessions ---------------------------------------------------------------------------


def sessions_for_list(sessions: QuerySet[Session], *, now: datetime.datetime | None = None) -> QuerySet[Session]:
    """Sessions in the order the admin list shows them: what needs someone (awaiting confirmation, disputed)
    first, then upcoming ones soonest first, then the rest newest first; each flagged when it overlaps another
    live session of the same vice principal."""
    from django.db.models import Case, Exists, F, IntegerField, OuterRef, Value, When

    now = now or timezone.now()
    overlaps = (
        Session.objects.filter(
            vice_principal_id=OuterRef("vice_principal_id"),
            starts_at__lt=OuterRef("ends_at"),
            ends_at__gt=OuterRef("starts_at"),
        )
        .exclude(pk=OuterRef("pk"))
        .exclude(status__in=[SessionStatus.CANCELLED, SessionStatus.VOIDED])
    )
    return (
        sessions.select_related("school", "vice_principal", "topic", "scenario")
        .annotate(
            list_priority=Case(
                When(status__in=[SessionStatus.HELD, SessionStatus.DISPUTED], then=Value(0)),
                When(status=SessionStatus.SCHEDULED, starts_at__gte=now, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            overlaps_another=Exists(overlaps),
        )
        .order_by(
            "list_priority",
            Case(When(list_priority=1, then=F("starts_at"))).asc(nulls_last=True),
            "-starts_at",
            "-pk",
        )
    )


def phase_targets(*, scenario) -> list[tuple[str, int]]:
    """The timed phases of a drill scenario as (name, target seconds after the alarm), in order; the scenario
    type's defaults when the scenario lists none."""
    blocks = list(scenario.phases) or list(scenario.scenario_type.default_phases)
    return [
        (str(b.value["name"]), int(b.value["target_seconds"]))
        for b in blocks
        if b.block_type == "phase" and b.value.get("target_seconds")
    ]


def appointed_schools(*, vice_principal: VicePrincipal) -> QuerySet[School]:
    """Every school where the vice principal holds or held an appointment (the rules check the date)."""
    return School.objects.filter(pk__in=Appointment.objects.filter(vice_principal=vice_principal).values("school"))
