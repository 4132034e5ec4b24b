"""The month calendar at /admin/tracking/calendar/: the grid, Beijing dates, scope and month navigation."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from tracking import services
from tracking.models import SessionKind
from tracking.views_calendar import session_admin_url

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
CALENDAR = "/admin/tracking/calendar/"


def at(year, month, day, hour, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BEIJING)


def days_of(response) -> dict[datetime.date, list]:
    return {day["date"]: [item["session"] for item in day["sessions"]] for day in response.context["days"]}


def test_the_url_name_and_menu(client, world):
    assert reverse("tracking_calendar") == CALENDAR
    client.force_login(world["vp"].user)
    home = client.get("/admin/").content.decode()
    assert CALENDAR in home


def test_a_month_grid_of_whole_weeks_with_the_users_sessions(client, world, make_session):
    lecture = make_session(starts_at=at(2026, 11, 10, 9))
    drill = make_session(starts_at=at(2026, 11, 10, 14), kind=SessionKind.DRILL)
    client.force_login(world["vp"].user)
    response = client.get(CALENDAR, {"month": "2026-11"})
    assert response.status_code == 200
    days = response.context["days"]
    # Monday 26 October to Sunday 6 December 2026: six whole weeks.
    assert len(days) % 7 == 0 and days[0]["date"] == datetime.date(2026, 10, 26)
    assert days[-1]["date"] == datetime.date(2026, 12, 6)
    assert days_of(response)[datetime.date(2026, 11, 10)] == [lecture, drill]
    html = response.content.decode()
    assert "2026年11月" in html
    assert f'href="{session_admin_url(lecture)}"' in html
    assert "tc-status-scheduled" in html and "09:00" in html and "14:00" in html


def test_a_session_at_half_past_midnight_belongs_to_its_beijing_date(client, world, make_session):
    # 00:30 on 1 December in Beijing is still 30 November in UTC.
    early = make_session(starts_at=at(2026, 12, 1, 0, 30))
    assert early.starts_at.astimezone(datetime.UTC).date() == datetime.date(2026, 11, 30)
    client.force_login(world["vp"].user)
    november = days_of(client.get(CALENDAR, {"month": "2026-11"}))
    assert early not in november[datetime.date(2026, 11, 30)]
    assert not any(early in sessions for sessions in november.values())
    december = days_of(client.get(CALENDAR, {"month": "2026-12"}))
    assert december[datetime.date(2026, 12, 1)] == [early]
    # And 23:30 on 30 November in Beijing stays in November.
    late = make_session(starts_at=at(2026, 11, 30, 23, 30))
    assert days_of(client.get(CALENDAR, {"month": "2026-11"}))[datetime.date(2026, 11, 30)] == [late]


def test_other_schools_sessions_are_never_shown(client, world, make_session):
    mine = make_session(starts_at=at(2026, 11, 12, 10))
    theirs = make_session(vp=world["other_vp"], school=world["other_school"], starts_at=at(2026, 11, 12, 10))
    for user, visible, hidden in [
        (world["vp"].user, mine, theirs),
        (world["contact"], mine, theirs),
        (world["regional"], mine, theirs),
        (world["other_vp"].user, theirs, mine),
        (world["other_contact"], theirs, mine),
    ]:
        client.force_login(user)
        response = client.get(CALENDAR, {"month": "2026-11"})
        sessions = days_of(response)[datetime.date(2026, 11, 12)]
        assert visible in sessions and hidden not in sessions, user
        assert session_admin_url(hidden) not in response.content.decode()


def test_month_navigation_wraps_the_year(client, world):
    client.force_login(world["vp"].user)
    response = client.get(CALENDAR, {"month": "2026-12"})
    assert response.context["previous_url"] == "?month=2026-11"
    assert response.context["next_url"] == "?month=2027-01"
    html = response.content.decode()
    assert 'href="?month=2027-01"' in html and "2027年1月" in html
    response = client.get(CALENDAR, {"month": "2027-01"})
    assert response.context["previous_url"] == "?month=2026-12"


def test_without_a_month_it_shows_this_beijing_month(client, world):
    client.force_login(world["vp"].user)
    response = client.get(CALENDAR)
    today = timezone.localdate()
    assert response.context["month_error"] is None
    assert any(day["is_today"] and day["date"] == today for day in response.context["days"])


@pytest.mark.parametrize("bad", ["2026-13", "november", "2026-00", "99999-01", "2026-1-1", "<script>"])
def test_a_bad_month_gets_a_clear_message_not_an_error(client, world, bad):
    client.force_login(world["vp"].user)
    response = client.get(CALENDAR, {"month": bad})
    assert response.status_code == 200
    message = response.context["month_error"]
    assert "YYYY-MM" in message
    assert "<script>" not in response.content.decode()
    today = timezone.localdate()
    assert response.context["next_url"] is not None
    assert any(day["date"] == today for day in response.context["days"])


def test_cancelled_sessions_show_as_cancelled(client, world, make_session):
    session = make_session(starts_at=at(2026, 11, 20, 9))
    services.session_cancel(session=session, user=world["vp"].user, reason="下雨")
    client.force_login(world["vp"].user)
    html = client.get(CALENDAR, {"month": "2026-11"}).content.decode()
    assert "tc-status-cancelled" in html and "已取消" in html


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(CALENDAR)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_calendar_keeps_to_a_few_queries(client, world, make_session, django_assert_max_num_queries):
    for day in range(1, 15):
        make_session(starts_at=at(2026, 11, day, 9))
    client.force_login(world["vp"].user)
    client.get(CALENDAR, {"month": "2026-10"})  # warm the menu and session caches
    with django_assert_max_num_queries(25):
        response = client.get(CALENDAR, {"month": "2026-11"})
    assert response.context["session_count"] == 14
