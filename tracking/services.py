"""Writes to tracking records. Each one checks who is asking (`tracking.access`) and the rules
(`tracking.rules`), records a revision and a history entry with who and when, and leaves e-mail to
`tracking.notifications`, sent after the transaction commits."""

from collections.abc import Iterable, Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from courses.models import Audience
from tracking import access, notifications
from tracking.models import (
    Appointment,
    PhaseTiming,
    Session,
    SessionAttendance,
    SessionKind,
    SessionStatus,
    VicePrincipal,
)
from tracking.models.people import new_calendar_token
from tracking.rules import appointment_errors, session_errors


class EditConflict(ValidationError):
    """Someone else saved the session after this change was started."""


def _refuse(message: str):
    raise PermissionDenied(message)


def _require_reason(reason: str, *, field: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({field: _("Give a reason.")})
    return reason


def _check(session: Session, *, attendance: Mapping[str, int] | None = None) -> None:
    errors = session_errors(session=session, attendance=attendance)
    if errors:
        raise ValidationError(errors)


def conflict_message() -> str:
    return _(
        "Someone else changed this session while you were editing it. Your changes were not saved: reload the "
        "session to see theirs, then make your changes again."
    )


def _store(session: Session, *, user, action: str, expected_version: int | None, previous: str | None) -> Session:
    """Save `session` and a revision of it, refusing a save over a newer version than the one it was loaded as."""
    with transaction.atomic():
        if session.pk:
            current, stored_start, reminded = (
                Session.objects.select_for_update()
                .values_list("version", "starts_at", "reminder_sent_at")
                .get(pk=session.pk)
            )
            if expected_version is not None and expected_version != current:
                raise EditConflict(conflict_message(), code="conflict")
            session.version = current + 1
            # The reminder is claimed outside any form (tracking.tasks), so the copy being saved may predate it:
            # keep the stored value, unless the start moved and the new time deserves a reminder of its own.
            session.reminder_sent_at = reminded if session.starts_at == stored_start else None
        session.save()
        session.save_revision(user=user, log_action=action, clean=False)
        # Checked now, not at commit, so `notifications.muted()` holds even when the caller's transaction
        # commits after the muted block has ended.
        if previous != session.status and not notifications.is_muted():
            transaction.on_commit(
                lambda: notifications.session_status_changed(session_id=session.pk, previous=previous)
            )
        if previous != session.status:
            # Confirmed: issue the session certificate; voided: revoke it (both once this commits).
            from tracking import certify

            certify.session_status_changed(session=session, previous=previous, user=user)
    return session


def session_schedule(*, session: Session, user) -> Session:
    """Save a new session as scheduled (or an administrator's record of any status)."""
    if not user.is_superuser:
        vp = access.vice_principal_of(user)
        if vp is None or session.vice_principal_id != vp.pk:
            _refuse(_("Only the vice principal themselves can schedule their sessions."))
        session.status = SessionStatus.SCHEDULED
    _check(session)
    return _store(session, user=user, action="wagtail.create", expected_version=None, previous=None)


def session_update(*, session: Session, user, expected_version: int | None = None) -> Session:
    """Save changes to a session's details (what the edit form does)."""
    previous = Session.objects.values_list("status", flat=True).get(pk=session.pk)
    stored = Session.objects.get(pk=session.pk)
    if not access.can_change(user, stored):
        _refuse(_("You cannot change this session."))
    _check(session)
    return _store(session, user=user, action="wagtail.edit", expected_version=expected_version, previous=previous)


def session_log_held(
    *,
    session: Session,
    user,
    attendance: Mapping[Audience, int],
    timings: Iterable[tuple[str, int, int | None]] = (),
    notes: str | None = None,
    class_hours=None,
    expected_version: int | None = None,
) -> Session:
    """Log a scheduled (or disputed, now corrected) session as held: attendance counts per audience, and for a
    drill each phase's measured time against its target. It then awaits the school's confirmation."""
    if session.status == SessionStatus.CANCELLED:
        raise ValidationError({"status": _("A cancelled session cannot be logged as held.")})
    if not access.can_log_held(user, session):
        _refuse(_("Only the session's vice principal can log it as held."))
    previous = session.status
    session.status = SessionStatus.HELD
    session.held_at = timezone.now()
    session.dispute_reason = ""
    if notes is not None:
        session.notes = notes
    if class_hours is not None:
        session.class_hours = class_hours
    counts = {audience: count for audience, count in attendance.items() if count is not None}
    _check(session, attendance={str(audience): count for audience, count in counts.items()})
    session.attendance = [SessionAttendance(audience=audience, count=count) for audience, count in counts.items()]
    if session.kind == SessionKind.DRILL:
        session.phase_timings = [
            PhaseTiming(sort_order=i, phase=phase, target_seconds=target, measured_seconds=measured)
            for i, (phase, target, measured) in enumerate(timings)
        ]
    return _store(session, user=user, action="tracking.held", expected_version=expected_version, previous=previous)


def session_confirm(*, session: Session, user) -> Session:
    if not access.can_confirm(user, session):
        _refuse(_("Only the school's contact can confirm a session once it is logged as held."))
    previous = session.status
    session.status = SessionStatus.CONFIRMED
    session.confirmed_at, session.confirmed_by = timezone.now(), user
    session.dispute_reason = ""
    return _store(session, user=user, action="tracking.confirm", expected_version=None, previous=previous)


def session_dispute(*, session: Session, user, reason: str) -> Session:
    reason = _require_reason(reason, field="dispute_reason")
    if not access.can_dispute(user, session):
        _refuse(_("Only the school's contact can dispute a session that awaits confirmation."))
    previous = session.status
    session.status, session.dispute_reason = SessionStatus.DISPUTED, reason
    return _store(session, user=user, action="tracking.dispute", expected_version=None, previous=previous)


def session_cancel(*, session: Session, user, reason: str) -> Session:
    reason = _require_reason(reason, field="cancel_reason")
    if not access.can_cancel(user, session):
        _refuse(_("Only a scheduled session can be cancelled, by its vice principal or the school."))
    previous = session.status
    session.status, session.cancel_reason = SessionStatus.CANCELLED, reason
    return _store(session, user=user, action="tracking.cancel", expected_version=None, previous=previous)


def session_void(*, session: Session, user, reason: str) -> Session:
    """Take a held or confirmed session out of every count without deleting it: it keeps its history."""
    reason = _require_reason(reason, field="void_reason")
    if not access.can_void(user, session):
        _refuse(_("You cannot void this session."))
    previous = session.status
    session.status, session.void_reason = SessionStatus.VOIDED, reason
    return _store(session, user=user, action="tracking.void", expected_version=None, previous=previous)


def session_delete(*, session: Session, user) -> None:
    if session.status not in (SessionStatus.SCHEDULED, SessionStatus.CANCELLED):
        raise ValidationError(_("A session that was held is never deleted; void it with a reason instead."))
    if not access.can_delete(user, session):
        _refuse(_("You cannot delete this session."))
    with transaction.atomic():
        log(instance=session, action="wagtail.delete", user=user)
        session.delete()


def appointment_save(*, appointment: Appointment, user=None) -> Appointment:
    errors = appointment_errors(appointment=appointment)
    if errors:
        raise ValidationError(errors)
    created = appointment.pk is None
    appointment.save()
    log(instance=appointment, action="wagtail.create" if created else "wagtail.edit", user=user)
    return appointment


def calendar_token_renew(*, vice_principal: VicePrincipal) -> VicePrincipal:
    """A new secret for the calendar feed; the old link stops working at once."""
    vice_principal.calendar_token = new_calendar_token()
    vice_principal.save(update_fields=["calendar_token"])
    return vice_principal


def _too_many_photos(upload) -> ValidationError:
    from tracking.photos import max_per_session

    return ValidationError(
        _("“%(name)s” was not added: a session keeps at most %(max)s photos. Delete one to add another.")
        % {"name": getattr(upload, "name", ""), "max": max_per_session()},
        code="too_many",
    )


def photo_add(*, session: Session, user, upload):
    """Store a cleaned copy of an uploaded photo with the session: checked, upright, re-encoded without its
    location or any other metadata, under a random name. Noted in the session's history."""
    from django.core.files.base import ContentFile

    from tracking import photos
    from tracking.models import EvidencePhoto

    if not access.can_add_photos(user, session):
        _refuse(_("You cannot add photos to this session."))
    if session.photos.count() >= photos.max_per_session():
        raise _too_many_photos(upload)
    clean = photos.clean_upload(upload)
    photo = EvidencePhoto(
        session=session,
        token=photos.new_token(),
        extension=clean.extension,
        content_type=clean.content_type,
        size=len(clean.content),
        width=clean.width,
        height=clean.height,
        uploaded_by=user,
    )
    try:
        with transaction.atomic():
            # Uploads to one session are counted one at a time, so two at once cannot pass the limit together.
            Session.objects.select_for_update().filter(pk=session.pk).exists()
            if EvidencePhoto.objects.filter(session=session).count() >= photos.max_per_session():
                raise _too_many_photos(upload)
            photo.file.save("photo", ContentFile(clean.content), save=False)
            photo.thumbnail.save("thumbnail", ContentFile(clean.thumbnail), save=False)
            photo.save()
            log(instance=session, action="tracking.photo_add", user=user, data={"photo": photo.pk})
    except BaseException:
        for field in (photo.file, photo.thumbnail):
            if field:
                field.storage.delete(field.name)
        raise
    return photo


def photo_delete(*, photo, user) -> None:
    """Delete a photo and (once committed) its files; the session's history keeps a note of it."""
    if not access.can_delete_photo(user, photo):
        _refuse(_("You cannot delete this photo."))
    with transaction.atomic():
        log(instance=photo.session, action="tracking.photo_delete", user=user, data={"photo": photo.pk})
        photo.delete()


def notification_preference_set(*, user, email: bool) -> None:
    """Switch the session e-mails (awaiting confirmation, disputed, reminders) on or off for `user`."""
    from tracking.models import NotificationPreference

    NotificationPreference.objects.update_or_create(user=user, defaults={"email": email})
