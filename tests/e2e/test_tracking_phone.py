"""In headless Chromium at phone size (390×844): a vice principal schedules a session at their school and logs it as
held with attendance; the school contact confirms it. Every page fits the screen (no horizontal scrolling), and
dates read the Chinese way."""

import datetime
import zoneinfo

import pytest

from tests.e2e import phone
from tests.e2e.phone import PHONE, tap_size
from tests.e2e.signin import admin_login
from tests.tracking.conftest import world  # noqa: F401  (the tracking records the flow works on)

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


def login(page, base: str, username: str) -> None:
    """The tracking world's users sign in with "pw-" and their name (tests/tracking/conftest.py)."""
    admin_login(page, base, username, "pw-" + username)


def fits_the_phone(page, name: str, artifacts_dir) -> None:
    phone.fits_the_phone(page, artifacts_dir / f"e2e-tracking-{name}.png")


@pytest.mark.browser
def test_vice_principal_schedules_and_logs_a_session_the_school_confirms(
    live_demo,
    world,  # noqa: F811  (the fixture imported above)
    artifacts_dir,
    browser,
):
    from tracking.models import Session, SessionKind, SessionStatus

    base = live_demo.url
    admin = base + "/admin/snippets/tracking/session/"
    # Earlier today in Beijing, so it can be logged as held straight away.
    start = (datetime.datetime.now(BEIJING) - datetime.timedelta(hours=3)).replace(second=0, microsecond=0)
    end = start + datetime.timedelta(minutes=40)

    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    login(page, base, "t-vp")

    page.goto(admin + "add/")
    fits_the_phone(page, "1-schedule-empty", artifacts_dir)
    page.select_option("#id_school", str(world["school"].pk))
    page.check(f"input[name=kind][value={SessionKind.LECTURE}]")
    page.fill("#id_title", "防欺凌主题班会")
    for field, value in (("#id_starts_at", start), ("#id_ends_at", end)):
        page.fill(field, value.strftime("%Y-%m-%d %H:%M"))
        page.keyboard.press("Escape")
    page.select_option("#id_topic", str(world["topic"].pk))
    page.locator('input[name="audiences"]').first.check()
    fits_the_phone(page, "2-schedule-filled", artifacts_dir)
    tap_size(page, "#id_title")
    page.locator("button.action-save").first.click()
    page.wait_for_url("**/inspect/*/")
    session = Session.objects.get(title="防欺凌主题班会")
    assert session.status == SessionStatus.SCHEDULED
    assert f"{start.year}年{start.month}月{start.day}日 {start:%H:%M}" in page.content()
    fits_the_phone(page, "3-scheduled", artifacts_dir)

    page.goto(admin)
    assert "防欺凌主题班会" in page.content()
    fits_the_phone(page, "4-my-sessions", artifacts_dir)

    page.goto(admin + f"edit/{session.pk}/")
    fits_the_phone(page, "4b-edit", artifacts_dir)

    page.goto(admin + f"held/{session.pk}/")
    inputs = page.locator('input[name^="attendance_"]')
    inputs.first.fill("45")
    page.fill("#id_notes", "学生积极提问")
    tap_size(page, 'input[name^="attendance_"]')
    tap_size(page, ".tracking-action-form button[type=submit]")
    fits_the_phone(page, "5-log-held", artifacts_dir)
    page.locator(".tracking-action-form button[type=submit]").click()
    page.wait_for_url("**/inspect/*/")
    session.refresh_from_db()
    assert session.status == SessionStatus.HELD
    assert [a.count for a in session.attendance.all()] == [45]
    fits_the_phone(page, "6-awaiting-confirmation", artifacts_dir)
    context.close()

    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    login(page, base, "t-contact")
    page.goto(admin)
    assert "防欺凌主题班会" in page.content()
    fits_the_phone(page, "7-school-list", artifacts_dir)
    page.goto(admin + f"inspect/{session.pk}/")
    tap_size(page, ".tracking-actions form button")
    fits_the_phone(page, "8-school-inspect", artifacts_dir)
    page.goto(admin + f"dispute/{session.pk}/")
    tap_size(page, "#id_dispute_reason")
    fits_the_phone(page, "8b-dispute-form", artifacts_dir)
    # One click from the list: the row's menu holds "Confirm", which posts at once.
    page.goto(admin)
    page.locator("tbody .w-dropdown__toggle").first.click()
    page.locator(f"a[href$='/confirm/{session.pk}/']:visible").click()
    page.wait_for_url("**/inspect/*/")
    session.refresh_from_db()
    assert session.status == SessionStatus.CONFIRMED
    fits_the_phone(page, "9-confirmed", artifacts_dir)
    context.close()
