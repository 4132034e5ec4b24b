"""The private calendar feed, parsed back with the icalendar library, and the admin page with its "new link"."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from courses.models import Audience
from tracking import services
from tracking.models import VicePrincipal

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


def _url(vp: VicePrincipal) -> str:
    return reverse("tracking:calendar_feed", kwargs={"token": vp.calendar_token})


def _feed(client, vp: VicePrincipal):
    response = client.get(_url(vp))
    assert response.status_code == 200
    return response, Calendar.from_ical(response.content)


def _events(calendar) -> dict:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _uid(session) -> str:
    return f"session-{session.pk}@127.0.0.1"


def test_the_feed_is_a_valid_private_calendar(world, make_session, client):
    session = make_session(title="交通安全进校园")
    response, calendar = _feed(client, world["vp"])
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    assert calendar["VERSION"] == "2.0"
    assert "SafeCampus" in str(calendar["PRODID"])
    assert "测试警官甲" in str(calendar["X-WR-CALNAME"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    event = _events(calendar)[_uid(session)]
    assert str(event["SUMMARY"]) == "交通安全进校园"
    assert event.decoded("DTSTART") == session.starts_at.replace(microsecond=0)
    assert event.decoded("DTEND") == session.ends_at.replace(microsecond=0)
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert "DTSTAMP" in event
    assert str(event["STATUS"]) == "TENTATIVE"
    assert str(event["LOCATION"]).startswith("测试第一小学")
    # The parser is strict about structure: the body is CRLF-delimited RFC 5545 text.
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert response.content.rstrip().endswith(b"END:VCALENDAR")


def test_location_is_the_school_with_its_address(world, make_session, client):
    school = world["school"]
    school.address = "北京市东城区测试路1号"
    school.save()
    session = make_session()
    _response, calendar = _feed(client, world["vp"])
    assert str(_events(calendar)[_uid(session)]["LOCATION"]) == "测试第一小学, 北京市东城区测试路1号"


def test_uids_stay_the_same_across_edits_and_the_sequence_grows(world, make_session, client):
    session = make_session(title="防诈骗讲座")
    _response, before = _feed(client, world["vp"])
    first = _events(before)[_uid(session)]
    session.title = "防诈骗讲座（改期）"
    session.starts_at += datetime.timedelta(hours=2)
    session.ends_at += datetime.timedelta(hours=2)
    services.session_update(session=session, user=world["vp"].user)
    _response, after = _feed(client, world["vp"])
    assert set(_events(after)) == set(_events(before))
    second = _events(after)[_uid(session)]
    assert str(second["SUMMARY"]) == "防诈骗讲座（改期）"
    assert second["SEQUENCE"] > first["SEQUENCE"]
    assert second.decoded("DTSTART") == session.starts_at.replace(microsecond=0)


def test_cancelled_and_voided_sessions_are_marked_cancelled(world, make_session, client):
    cancelled = make_session()
    services.session_cancel(session=cancelled, user=world["vp"].user, reason="暴雨停课")
    held = make_session(starts_at=timezone.now() - datetime.timedelta(hours=5))
    services.session_log_held(session=held, user=world["vp"].user, attendance={})
    voided = make_session(starts_at=timezone.now() - datetime.timedelta(days=3))
    services.session_log_held(session=voided, user=world["vp"].user, attendance={})
    services.session_void(session=voided, user=world["vp"].user, reason="重复登记")
    _response, calendar = _feed(client, world["vp"])
    events = _events(calendar)
    assert str(events[_uid(cancelled)]["STATUS"]) == "CANCELLED"
    assert str(events[_uid(voided)]["STATUS"]) == "CANCELLED"
    assert str(events[_uid(held)]["STATUS"]) == "CONFIRMED"


def test_only_the_owners_sessions(world, make_session, client):
    mine = make_session()
    theirs = make_session(vp=world["other_vp"], school=world["other_school"])
    _response, calendar = _feed(client, world["vp"])
    assert _uid(mine) in _events(calendar)
    assert _uid(theirs) not in _events(calendar)
    _response, calendar = _feed(client, world["other_vp"])
    assert set(_events(calendar)) == {_uid(theirs)}


def test_nothing_about_students_or_attendance(world, make_session, client):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=4))
    session.notes = "五年级一班李小红受伤"
    services.session_log_held(
        session=session, user=world["vp"].user, attendance={Audience.objects.get(code="parents"): 437}
    )
    response, calendar = _feed(client, world["vp"])
    body = response.content.decode()
    assert "437" not in body and "李小红" not in body
    description = str(_events(calendar)[_uid(session)]["DESCRIPTION"])
    assert "讲座" in description or "Lecture" in description
    assert not any(name in body.upper() for name in ("ATTENDEE", "X-ATTENDANCE"))


def test_a_session_at_half_past_midnight_beijing_has_that_beijing_date(world, make_session, client):
    day = timezone.localdate(timezone.now(), BEIJING) + datetime.timedelta(days=10)
    start = datetime.datetime.combine(day, datetime.time(0, 30), tzinfo=BEIJING)
    session = make_session(starts_at=start)
    assert session.starts_at.astimezone(datetime.UTC).date() == day - datetime.timedelta(days=1)
    response, calendar = _feed(client, world["vp"])
    dtstart = _events(calendar)[_uid(session)].decoded("DTSTART")
    assert dtstart.date() == day and (dtstart.hour, dtstart.minute) == (0, 30)
    assert f"DTSTART;TZID=Asia/Shanghai:{day:%Y%m%d}T003000".encode() in response.content


def test_the_feed_reaches_back_a_year(world, make_session, client):
    recent = make_session(starts_at=timezone.now() - datetime.timedelta(days=300))
    old = make_session(starts_at=timezone.now() - datetime.timedelta(days=400))
    _response, calendar = _feed(client, world["vp"])
    assert _uid(recent) in _events(calendar) and _uid(old) not in _events(calendar)


def test_unknown_and_revoked_tokens_are_404(world, make_session, client):
    make_session()
    vp = world["vp"]
    assert client.get(reverse("tracking:calendar_feed", kwargs={"token": "not-a-token"})).status_code == 404
    assert client.get(reverse("tracking:calendar_feed", kwargs={"token": vp.calendar_token[:-1]})).status_code == 404
    old_url = _url(vp)
    services.calendar_token_renew(vice_principal=vp)
    assert client.get(old_url).status_code == 404
    assert client.get(_url(vp)).status_code == 200


def test_a_deactivated_vice_principal_has_no_feed(world, client):
    vp = world["vp"]
    vp.user.is_active = False
    vp.user.save()
    assert client.get(_url(vp)).status_code == 404


def test_the_feed_only_reads(world, client):
    assert client.post(_url(world["vp"])).status_code == 405


# The admin page.


def test_the_vice_principal_sees_their_links(world, client):
    vp = world["vp"]
    client.force_login(vp.user)
    page = client.get(reverse("tracking_calendar_feed"))
    assert page.status_code == 200
    html = page.content.decode()
    assert f"http://testserver/tracking/calendar/{vp.calendar_token}.ics" in html
    assert f"webcal://testserver/tracking/calendar/{vp.calendar_token}.ics" in html
    assert 'data-controller="w-clipboard"' in html
    assert world["other_vp"].calendar_token not in html


def test_new_link_asks_first_then_revokes_the_old_one(world, client):
    vp = world["vp"]
    old = vp.calendar_token
    client.force_login(vp.user)
    url = reverse("tracking_calendar_feed")
    asked = client.post(url)
    assert asked.status_code == 200 and 'name="confirm" value="yes"' in asked.content.decode()
    vp.refresh_from_db()
    assert vp.calendar_token == old
    done = client.post(url, {"confirm": "yes"})
    assert done.status_code == 302 and done["Location"] == url
    vp.refresh_from_db()
    assert vp.calendar_token != old and len(vp.calendar_token) >= 40
    assert client.get(reverse("tracking:calendar_feed", kwargs={"token": old})).status_code == 404
    assert vp.calendar_token in client.get(url).content.decode()


@pytest.mark.parametrize("who", ["contact", "regional", "trainer"])
def test_people_who_are_not_vice_principals_get_a_clear_403(world, client, who):
    client.force_login(world[who])
    page = client.get(reverse("tracking_calendar_feed"))
    assert page.status_code == 403
    assert ".ics" not in page.content.decode()
    assert client.post(reverse("tracking_calendar_feed"), {"confirm": "yes"}).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("tracking_calendar_feed"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_menu_shows_the_feed_to_vice_principals_only(world, client):
    client.force_login(world["vp"].user)
    assert b"tracking-calendar-feed" in client.get("/admin/").content
    client.force_login(world["contact"])
    assert b"tracking-calendar-feed" not in client.get("/admin/").content


def test_the_feed_speaks_its_owners_language_not_the_phones(world, make_session, client):
    from wagtail.users.models import UserProfile

    make_session()
    _response, calendar = _feed(client, world["vp"])
    chinese_name = str(calendar["X-WR-CALNAME"])
    response = client.get(_url(world["vp"]), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    in_english_phone = Calendar.from_ical(response.content)
    assert str(in_english_phone["X-WR-CALNAME"]) == chinese_name
    assert "讲座" in str(next(iter(in_english_phone.walk("VEVENT")))["DESCRIPTION"])
    assert not UserProfile.objects.filter(user=world["vp"].user).exists()  # a feed request writes nothing

    UserProfile.objects.create(user=world["vp"].user, preferred_language="en")
    _response, calendar = _feed(client, world["vp"])
    assert str(calendar["X-WR-CALNAME"]) == "测试警官甲: sessions (SafeCampus)"
    assert "Lecture" in str(next(iter(calendar.walk("VEVENT")))["DESCRIPTION"])
