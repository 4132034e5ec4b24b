"""The dashboard greets each tracking role with what needs them."""

import datetime

from django.utils import timezone

from cms import roles
from tracking import services
from tracking.factories import UserFactory
from tracking.panels import TrackingPanel
from tracking.views_calendar import session_admin_url


def past(hours: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(hours=hours)


def held(world, make_session, **fields):
    session = make_session(starts_at=past(fields.pop("hours", 3)), **fields)
    vp = fields.get("vp") or world["vp"]
    return services.session_log_held(session=session, user=vp.user, attendance={})


def panel_of(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_vice_principal_sees_upcoming_unconfirmed_and_disputed_with_reasons(client, world, make_session):
    upcoming = make_session(title="下周防欺凌讲座")
    waiting = held(world, make_session, title="等待确认的讲座")
    disputed = held(world, make_session, title="有异议的讲座", hours=30)
    services.session_dispute(session=disputed, user=world["contact"], reason="当天没有举行")
    others = make_session(vp=world["other_vp"], school=world["other_school"], title="别校的讲座")
    html = panel_of(client, world["vp"].user)
    assert 'id="tracking-vice-principal-section"' in html
    for session in (upcoming, waiting, disputed):
        assert session.title in html and session_admin_url(session) in html
    assert "当天没有举行" in html
    assert others.title not in html
    # The disputed one comes first, then what awaits the school, then what is ahead.
    assert html.index(disputed.title) < html.index(waiting.title) < html.index(upcoming.title)
    assert 'id="tracking-school-contact-section"' not in html and 'id="tracking-region-section"' not in html


def test_school_contact_sees_what_awaits_their_confirmation(client, world, make_session):
    waiting = held(world, make_session, title="请确认的讲座")
    not_yet = make_session(title="尚未举行的讲座")
    theirs = held(world, make_session, vp=world["other_vp"], school=world["other_school"], title="别校待确认")
    html = panel_of(client, world["contact"])
    assert 'id="tracking-school-contact-section"' in html
    assert waiting.title in html and f'href="{session_admin_url(waiting)}"' in html
    assert not_yet.title not in html and theirs.title not in html
    assert 'id="tracking-vice-principal-section"' not in html


def test_school_contact_with_nothing_waiting_is_told_so(client, world):
    html = panel_of(client, world["other_contact"])
    assert 'id="tracking-school-contact-section"' in html


def test_regional_administrator_sees_a_count_summary_of_their_region(client, world, make_session):
    make_session()
    make_session()
    held(world, make_session)
    held(world, make_session, vp=world["other_vp"], school=world["other_school"])
    html = panel_of(client, world["regional"])
    assert 'id="tracking-region-section"' in html and "测试区甲" in html and "测试区乙" not in html
    counts = TrackingPanel(user=world["regional"]).get_context_data()["regional"]["counts"]
    by_status = {row["status"]: row["count"] for row in counts}
    assert by_status["scheduled"] == 2 and by_status["held"] == 1 and by_status["confirmed"] == 0


def test_people_outside_tracking_get_no_panel(client, world):
    outsider = UserFactory(username="t-outsider")
    outsider.groups.add(roles.group_with_admin_access(name="t-outsiders"))
    assert "tracking-dashboard" not in panel_of(client, outsider)


def queries_to_render(user) -> int:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = get_user_model().objects.get(pk=user.pk)  # as a request loads it, with nothing remembered yet
    with CaptureQueriesContext(connection) as captured:
        TrackingPanel(user=user).render_html()
    return len(captured)


def test_the_panel_keeps_to_a_few_queries_however_many_sessions(world, make_session):
    make_session()
    held(world, make_session)
    few = {who: queries_to_render(world[who] if who != "vp" else world["vp"].user) for who in ("vp", "contact")}
    for _ in range(4):
        make_session()
        held(world, make_session)
    disputed = held(world, make_session, hours=40)
    services.session_dispute(session=disputed, user=world["contact"], reason="人数不符")
    for who, count in few.items():
        user = world[who] if who != "vp" else world["vp"].user
        assert queries_to_render(user) == count <= 10, who
