import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses.models import Audience
from tracking import access, services
from tracking.models import SessionStatus


def test_a_session_goes_from_scheduled_to_held_to_confirmed(world, make_session):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    assert session.status == SessionStatus.SCHEDULED
    parents = Audience.objects.get(code="parents")
    services.session_log_held(session=session, user=world["vp"].user, attendance={parents: 40})
    session.refresh_from_db()
    assert session.status == SessionStatus.HELD
    assert [(a.audience.code, a.count) for a in session.attendance.all()] == [("parents", 40)]
    services.session_confirm(session=session, user=world["contact"])
    session.refresh_from_db()
    assert session.status == SessionStatus.CONFIRMED and session.confirmed_by == world["contact"]
    assert not access.can_change(world["vp"].user, session)
    assert access.can_change(world["contact"], session)
    assert session.revisions.count() == 3


def test_the_other_school_cannot_confirm(world, make_session):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    with pytest.raises(PermissionDenied):
        services.session_confirm(session=session, user=world["other_contact"])


def test_visibility_per_role(world, make_session):
    mine = make_session()
    theirs = make_session(vp=world["other_vp"], school=world["other_school"])
    assert set(access.sessions_visible_to(world["vp"].user)) >= {mine}
    assert theirs not in access.sessions_visible_to(world["vp"].user)
    assert mine in access.sessions_visible_to(world["contact"])
    assert theirs not in access.sessions_visible_to(world["contact"])
    assert mine in access.sessions_visible_to(world["regional"])
    assert theirs not in access.sessions_visible_to(world["regional"])
    assert mine not in access.sessions_visible_to(world["trainer"])


def test_a_stale_save_is_refused(world, make_session):
    session = make_session()
    loaded_version = session.version
    services.session_update(session=session, user=world["vp"].user, expected_version=loaded_version)
    session.notes = "mine"
    with pytest.raises(ValidationError):
        services.session_update(session=session, user=world["contact"], expected_version=loaded_version)
