"""Every rule of a session and an appointment, through the services that every form and view calls."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses.models import Audience
from tracking import services
from tracking.factories import AppointmentFactory, SchoolFactory
from tracking.models import Appointment, Session, SessionStatus
from tracking.selectors import day_bounds, overlapping_sessions, sessions_between

BEIJING = datetime.timezone(datetime.timedelta(hours=8))


def _errors(excinfo) -> dict:
    return excinfo.value.message_dict


def _past(hours=3):
    return timezone.now() - datetime.timedelta(hours=hours)


def test_the_end_must_be_after_the_start(world, make_session):
    with pytest.raises(ValidationError) as excinfo:
        make_session(minutes=0)
    assert "ends_at" in _errors(excinfo)


def test_a_session_cannot_be_logged_as_held_before_it_starts(world, make_session):
    session = make_session(starts_at=timezone.now() + datetime.timedelta(hours=1))
    with pytest.raises(ValidationError) as excinfo:
        services.session_log_held(session=session, user=world["vp"].user, attendance={})
    assert "starts_at" in _errors(excinfo)
    assert Session.objects.get(pk=session.pk).status == SessionStatus.SCHEDULED


@pytest.mark.parametrize("count, ok", [(0, True), (500, True), (501, False)])
def test_attendance_is_not_above_the_school_s_student_count(world, make_session, count, ok):
    session = make_session(starts_at=_past())
    students = Audience.objects.get(code="upper_primary")
    if ok:
        services.session_log_held(session=session, user=world["vp"].user, attendance={students: count})
        assert session.attendance.get().count == count
    else:
        with pytest.raises(ValidationError) as excinfo:
            services.session_log_held(session=session, user=world["vp"].user, attendance={students: count})
        assert "500" in " ".join(_errors(excinfo)["attendance"])


def test_a_negative_count_is_refused(world, make_session):
    session = make_session(starts_at=_past())
    with pytest.raises(ValidationError) as excinfo:
        services.session_log_held(
            session=session, user=world["vp"].user, attendance={Audience.objects.get(code="parents"): -1}
        )
    assert "attendance" in _errors(excinfo)


def test_the_vice_principal_must_be_appointed_at_the_school_on_that_date(world, make_session):
    with pytest.raises(ValidationError) as excinfo:
        make_session(school=world["other_school"])
    assert "school" in _errors(excinfo)
    # An appointment that ended the day before the session does not count either.
    school = SchoolFactory(region=world["region"])
    AppointmentFactory(
        vice_principal=world["vp"],
        school=school,
        start_date=datetime.date(2024, 9, 1),
        end_date=datetime.date(2025, 1, 9),
    )
    with pytest.raises(ValidationError):
        make_session(school=school, starts_at=datetime.datetime(2025, 1, 10, 9, 0, tzinfo=BEIJING))
    assert make_session(school=school, starts_at=datetime.datetime(2025, 1, 9, 9, 0, tzinfo=BEIJING)).pk


def test_a_cancelled_session_cannot_be_logged_as_held(world, make_session):
    session = make_session(starts_at=_past())
    services.session_cancel(session=session, user=world["vp"].user, reason="学校临时停课")
    with pytest.raises(ValidationError) as excinfo:
        services.session_log_held(session=session, user=world["vp"].user, attendance={})
    assert "status" in _errors(excinfo)


def test_cancelling_and_disputing_need_a_reason(world, make_session):
    session = make_session(starts_at=_past())
    with pytest.raises(ValidationError):
        services.session_cancel(session=session, user=world["vp"].user, reason="  ")
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    with pytest.raises(ValidationError):
        services.session_dispute(session=session, user=world["contact"], reason="")
    services.session_dispute(session=session, user=world["contact"], reason="当天没有开展")
    session.refresh_from_db()
    assert session.status == SessionStatus.DISPUTED and session.dispute_reason == "当天没有开展"


def test_overlapping_sessions_of_one_vice_principal_are_flagged(world, make_session):
    start = timezone.now() + datetime.timedelta(days=5)
    first = make_session(starts_at=start, minutes=60)
    second = make_session(starts_at=start + datetime.timedelta(minutes=30))
    later = make_session(starts_at=start + datetime.timedelta(minutes=75))  # starts as the second ends
    assert list(overlapping_sessions(session=second)) == [first]
    assert list(overlapping_sessions(session=later)) == []
    services.session_cancel(session=first, user=world["vp"].user, reason="改期")
    assert list(overlapping_sessions(session=second)) == []


@pytest.mark.parametrize("status", ["held", "confirmed", "disputed"])
def test_a_held_or_confirmed_session_is_voided_never_deleted(world, make_session, status):
    session = make_session(starts_at=_past())
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    if status == "confirmed":
        services.session_confirm(session=session, user=world["contact"])
    if status == "disputed":
        services.session_dispute(session=session, user=world["contact"], reason="人数不对")
    with pytest.raises(ValidationError):
        services.session_delete(session=session, user=world["contact"])
    assert Session.objects.filter(pk=session.pk).exists()
    services.session_void(session=session, user=world["contact"], reason="重复登记")
    session.refresh_from_db()
    assert session.status == SessionStatus.VOIDED and session.void_reason == "重复登记"


def test_a_scheduled_session_can_be_deleted_by_its_vice_principal_only(world, make_session):
    session = make_session()
    with pytest.raises(PermissionDenied):
        services.session_delete(session=session, user=world["other_vp"].user)
    services.session_delete(session=session, user=world["vp"].user)
    assert not Session.objects.filter(pk=session.pk).exists()


def test_a_second_save_over_a_newer_version_is_refused(world, make_session):
    session = make_session()
    loaded_by_vp = Session.objects.get(pk=session.pk)
    loaded_by_school = Session.objects.get(pk=session.pk)
    loaded_by_school.notes = "学校改了时间"
    services.session_update(session=loaded_by_school, user=world["contact"], expected_version=loaded_by_school.version)
    loaded_by_vp.notes = "我的备注"
    with pytest.raises(services.EditConflict):
        services.session_update(session=loaded_by_vp, user=world["vp"].user, expected_version=loaded_by_vp.version)
    assert Session.objects.get(pk=session.pk).notes == "学校改了时间"


def test_a_vice_principal_serves_at_most_two_schools_at_once(world):
    vp = world["vp"]  # already at world["school"] since 2020
    second = SchoolFactory(region=world["region"])
    third = SchoolFactory(region=world["region"])
    services.appointment_save(
        appointment=Appointment(vice_principal=vp, school=second, start_date=datetime.date(2024, 9, 1))
    )
    with pytest.raises(ValidationError) as excinfo:
        services.appointment_save(
            appointment=Appointment(vice_principal=vp, school=third, start_date=datetime.date(2025, 9, 1))
        )
    assert "school" in _errors(excinfo)
    # Once an appointment has ended, a third school is fine.
    Appointment.objects.filter(vice_principal=vp, school=second).update(end_date=datetime.date(2025, 8, 31))
    services.appointment_save(
        appointment=Appointment(vice_principal=vp, school=third, start_date=datetime.date(2025, 9, 1))
    )


def test_an_appointment_ends_after_it_starts(world):
    with pytest.raises(ValidationError) as excinfo:
        services.appointment_save(
            appointment=Appointment(
                vice_principal=world["vp"],
                school=SchoolFactory(region=world["region"]),
                start_date=datetime.date(2025, 9, 1),
                end_date=datetime.date(2025, 8, 1),
            )
        )
    assert "end_date" in _errors(excinfo)


def test_a_session_at_half_past_midnight_belongs_to_that_beijing_date(world, make_session):
    starts = datetime.datetime(2025, 3, 1, 0, 30, tzinfo=BEIJING)  # 2025-02-28 16:30 UTC
    session = make_session(starts_at=starts)
    assert session.local_date == datetime.date(2025, 3, 1)
    assert day_bounds(datetime.date(2025, 3, 1))[0] == datetime.datetime(2025, 3, 1, tzinfo=BEIJING)
    mine = Session.objects.filter(vice_principal=world["vp"])
    assert list(sessions_between(mine, first=datetime.date(2025, 3, 1), last=datetime.date(2025, 3, 1))) == [session]
    assert list(sessions_between(mine, first=datetime.date(2025, 2, 28), last=datetime.date(2025, 2, 28))) == []


def test_a_move_between_schools_mid_year_is_not_three_at_once(world):
    """An open appointment may span two others that follow each other: never more than two schools on any day."""
    vp = world["vp"]  # at world["school"] since 2020, open-ended
    before = SchoolFactory(region=world["region"])
    after = SchoolFactory(region=world["region"])
    services.appointment_save(
        appointment=Appointment(
            vice_principal=vp, school=before, start_date=datetime.date(2024, 9, 1), end_date=datetime.date(2025, 1, 31)
        )
    )
    services.appointment_save(
        appointment=Appointment(vice_principal=vp, school=after, start_date=datetime.date(2025, 2, 1))
    )
    # A fourth school overlapping only the first move's span still makes three at once there.
    with pytest.raises(ValidationError) as excinfo:
        services.appointment_save(
            appointment=Appointment(
                vice_principal=vp,
                school=SchoolFactory(region=world["region"]),
                start_date=datetime.date(2024, 12, 1),
                end_date=datetime.date(2024, 12, 31),
            )
        )
    assert str(before) in str(excinfo.value)
