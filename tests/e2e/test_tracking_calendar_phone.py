"""In headless Chromium at phone size (390×844): the demo vice principal opens the session calendar and gets an
agenda of the days with sessions, without horizontal scrolling, and moves to the next month; the dashboard greets
them with what needs them; on a wide screen the same month is a grid."""

import datetime
import zoneinfo

import pytest

from tests.e2e.signin import admin_login

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


def demo_vice_principal_with_sessions():
    """The demo `vp` login with a vice principal record, a school and a month of sessions (last month, so some
    can be held and confirmed), and another school's session on the same days that must never show."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from tracking import selectors, services
    from tracking.factories import AppointmentFactory, SchoolFactory, VicePrincipalFactory
    from tracking.models import Session, SessionKind
    from tracking.rules import MAX_SCHOOLS_AT_ONCE

    user = get_user_model().objects.get(username="vp")
    vp = VicePrincipalFactory(user=user, name="王建国")
    first = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    school = selectors.schools_of(vice_principal=vp, day=first).first()
    if school is None:
        school = SchoolFactory(name="北京市东城区测试第一实验小学", code="1101019901", student_count=900)
        assert selectors.schools_of(vice_principal=vp).count() < MAX_SCHOOLS_AT_ONCE
        AppointmentFactory(vice_principal=vp, school=school, start_date=first - datetime.timedelta(days=365))
    contact = school.contacts.first() or get_user_model().objects.get(username="school")
    school.contacts.add(contact)
    outsider_appointment = AppointmentFactory(start_date=first - datetime.timedelta(days=365))

    from courses.models import TopicPage
    from drills.models import ScenarioPage

    topic = TopicPage.objects.live().filter(locale__language_code="zh-hans").first()
    scenario = ScenarioPage.objects.live().filter(locale__language_code="zh-hans").first()

    def schedule(day: int, hour: int, *, kind=SessionKind.LECTURE, title: str, who=vp, where=school) -> Session:
        starts = datetime.datetime(first.year, first.month, day, hour, tzinfo=BEIJING)
        session = Session(
            kind=kind,
            vice_principal=who,
            school=where,
            title=title,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(minutes=45),
            topic=topic if kind == SessionKind.LECTURE else None,
            scenario=scenario if kind == SessionKind.DRILL else None,
        )
        return services.session_schedule(session=session, user=who.user)

    confirmed = schedule(3, 9, title="防溺水安全教育讲座（全校）")
    services.session_log_held(session=confirmed, user=user, attendance={})
    services.session_confirm(session=confirmed, user=contact)
    disputed = schedule(10, 14, kind=SessionKind.DRILL, title="午间校门持械闯入应急演练")
    services.session_log_held(session=disputed, user=user, attendance={})
    services.session_dispute(session=disputed, user=contact, reason="演练未按计划举行")
    held = schedule(17, 10, title="防欺凌主题班会")
    services.session_log_held(session=held, user=user, attendance={})
    cancelled = schedule(24, 0, title="禁毒教育讲座")  # midnight Beijing: still the 24th here
    services.session_cancel(session=cancelled, user=user, reason="考试周")
    theirs = schedule(
        10,
        9,
        title="别校的讲座",
        who=outsider_appointment.vice_principal,
        where=outsider_appointment.school,
    )
    return first, [confirmed, disputed, held, cancelled], theirs


def their_days(first: datetime.date) -> set[datetime.date]:
    """The Beijing dates in `first`'s month with a session the demo's vice principal may see."""
    from django.contrib.auth import get_user_model

    from tracking import access, selectors

    user = get_user_model().objects.get(username="vp")
    return set(selectors.month_sessions(access.sessions_visible_to(user), year=first.year, month=first.month))


@pytest.mark.browser
def test_vice_principal_reads_the_calendar_on_a_phone(live_demo, artifacts_dir, browser):
    first, mine, theirs = demo_vice_principal_with_sessions()
    base = live_demo.url
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", has_touch=True)
    page = context.new_page()
    admin_login(page, base, "vp")

    # The dashboard greets them with the disputed drill and its reason, and what awaits the school.
    panel = page.locator("#tracking-vice-principal-section")
    assert "演练未按计划举行" in panel.inner_text() and mine[2].title in panel.inner_text()
    assert theirs.title not in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "e2e-tracking-dashboard-phone.png", full_page=True)
    panel.get_by_role("link", name="打开日历").or_(panel.get_by_role("link", name="Open the calendar")).click()
    page.wait_for_url("**/admin/tracking/calendar/")

    page.goto(f"{base}/admin/tracking/calendar/?month={first:%Y-%m}")
    assert page.locator("h2.tc-month").inner_text() == f"{first.year}年{first.month}月"
    # An agenda, not a grid: no weekday header, only the days that have sessions.
    assert not page.locator(".tc-weekdays").is_visible()
    # Exactly the days with one of their sessions (the demo's own and this test's), in order.
    visible_days = page.locator(".tc-day:visible")
    dates = [visible_days.nth(i).get_attribute("data-date") for i in range(visible_days.count())]
    assert dates == sorted(f"{day:%Y-%m-%d}" for day in their_days(first))
    assert {f"{first:%Y-%m}-{day:02d}" for day in (3, 10, 17, 24)} <= set(dates)
    text = page.locator(".tc-grid").inner_text()
    for session in mine:
        assert session.title in text
    assert theirs.title not in text
    midnight = page.locator(f'.tc-day[data-date="{first:%Y-%m}-24"]').inner_text()
    assert "00:00" in midnight and "已取消" in midnight
    # Touch-sized links, and nothing wider than the phone.
    for i in range(page.locator(".tc-session").count()):
        box = page.locator(".tc-session").nth(i).bounding_box()
        assert box["height"] >= 44 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "e2e-tracking-calendar-phone.png", full_page=True)

    page.locator("a[rel=next]").click()
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    page.wait_for_url(f"**?month={following:%Y-%m}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()

    # On a wide screen the same month is a grid of whole weeks.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    admin_login(page, base, "vp")
    page.goto(f"{base}/admin/tracking/calendar/?month={first:%Y-%m}")
    assert page.locator(".tc-weekdays li").count() == 7 and page.locator(".tc-weekdays").is_visible()
    assert page.locator(".tc-day:visible").count() % 7 == 0
    page.screenshot(path=artifacts_dir / "e2e-tracking-calendar-desktop.png", full_page=True)
    context.close()
