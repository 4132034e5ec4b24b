"""In headless Chromium at phone size: a vice principal opens their calendar feed page, copies nothing by hand,
and makes a new link; the old link stops working at once."""

import pytest

from tests.e2e.signin import admin_login

PASSWORD = "pw-e2e-feed-vp-8c1f"


def _no_horizontal_scroll(page) -> None:
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths


@pytest.mark.browser
def test_vice_principal_makes_a_new_calendar_link_on_a_phone(live_demo, artifacts_dir, browser):
    from cms import roles
    from tracking.factories import UserFactory, VicePrincipalFactory
    from tracking.models import NotificationPreference, VicePrincipal

    user = UserFactory(username="e2e-feed-vp", first_name="丙", last_name="测试")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(roles.group_with_admin_access(name=roles.VICE_PRINCIPALS))
    vp = VicePrincipalFactory(user=user, name="测试警官丙")
    old_token = vp.calendar_token
    base = live_demo.url

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", has_touch=True)
    page = context.new_page()
    admin_login(page, base, "e2e-feed-vp", PASSWORD)

    page.goto(base + "/admin/tracking/calendar-feed/")
    field = page.locator("#calendar-feed-url")
    assert field.input_value() == f"{base}/tracking/calendar/{old_token}.ics"
    subscribe = page.locator("[data-calendar-feed-subscribe]")
    assert subscribe.get_attribute("href").startswith("webcal://")
    _no_horizontal_scroll(page)
    renew = page.locator("[data-calendar-feed-renew]")
    assert renew.bounding_box()["height"] >= 44
    page.screenshot(path=artifacts_dir / "e2e-calendar-feed-phone.png", full_page=True)

    # "New link" asks first; only the confirmation makes it.
    renew.click()
    page.wait_for_selector('input[name="confirm"]', state="attached")
    _no_horizontal_scroll(page)
    page.screenshot(path=artifacts_dir / "e2e-calendar-feed-phone-confirm.png", full_page=True)
    assert VicePrincipal.objects.get(pk=vp.pk).calendar_token == old_token
    page.locator("form button.serious").click()
    page.wait_for_selector("#calendar-feed-url")

    new_token = VicePrincipal.objects.get(pk=vp.pk).calendar_token
    assert new_token != old_token
    assert page.locator("#calendar-feed-url").input_value() == f"{base}/tracking/calendar/{new_token}.ics"
    _no_horizontal_scroll(page)
    page.screenshot(path=artifacts_dir / "e2e-calendar-feed-phone-renewed.png", full_page=True)

    assert page.request.get(f"{base}/tracking/calendar/{old_token}.ics").status == 404
    fresh = page.request.get(f"{base}/tracking/calendar/{new_token}.ics")
    assert fresh.status == 200 and fresh.headers["content-type"] == "text/calendar; charset=utf-8"
    assert fresh.text().startswith("BEGIN:VCALENDAR")

    # The same vice principal switches the session e-mails off in their account settings.
    page.goto(base + "/admin/account/#tab-notifications")
    switch = page.locator("#id_tracking_email-email")
    assert switch.is_checked()
    _no_horizontal_scroll(page)
    switch.uncheck()
    page.screenshot(path=artifacts_dir / "e2e-account-session-emails-phone.png", full_page=True)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert NotificationPreference.objects.get(user=user).email is False
    context.close()
