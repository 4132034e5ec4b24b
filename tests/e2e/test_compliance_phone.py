"""In headless Chromium at phone size (390×844): the demo school contact opens Reports → Drill compliance, picks their
school and reads its months, the drills' times against the targets and the trend chart, without the page scrolling
sideways; then last school year's page through the year selector."""

import pytest

from tests.e2e.signin import admin_login


def demo_school_figures():
    from django.contrib.auth import get_user_model

    from tracking.models import School
    from tracking.reports.compliance import school_drill_compliance
    from tracking.reports.periods import SchoolYear

    user = get_user_model().objects.get(username="school")
    school = School.objects.filter(contacts=user).get()
    this_year = SchoolYear.current()
    last_year = SchoolYear(this_year.start_year - 1)
    return (
        school,
        school_drill_compliance(school=school, year=this_year),
        school_drill_compliance(school=school, year=last_year),
    )


def full_screenshot(page, path) -> None:
    """The whole page at phone width (the admin scrolls its content inside the window, so a full-page screenshot
    alone stops at the window's height)."""
    height = page.evaluate(
        "Math.max(...[...document.querySelectorAll('body, main, .content-wrapper')].map(e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": 390, "height": min(int(height), 8000)})
    page.screenshot(path=path)
    page.set_viewport_size({"width": 390, "height": 844})


@pytest.mark.browser
def test_school_contact_reads_drill_compliance_on_a_phone(live_demo, artifacts_dir, browser):
    school, now, last = demo_school_figures()
    # The demo holds real drills for both years: last year's October fire evacuation and May earthquake drill.
    assert last.totals.met >= 2 and last.drills and now.drills
    base = live_demo.url
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", has_touch=True)
    page = context.new_page()
    admin_login(page, base, "school")

    page.goto(f"{base}/admin/tracking/drills/compliance/")
    rows = page.locator(".dc-schools tbody tr")
    assert rows.count() == 1  # only their own school
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("link", name=school.name).click()
    page.wait_for_url(f"**/admin/tracking/drills/compliance/{school.pk}/**")

    # Every month of the school year, each saying in words (and an icon) whether it had its drill.
    periods = page.locator(".dc-period")
    assert periods.count() == 12
    shown = [periods.nth(i).get_attribute("data-status") for i in range(12)]
    assert shown == [period.status for period in now.periods]
    for i, period in enumerate(now.periods):
        card = periods.nth(i)
        assert period.status_label in card.inner_text() and card.locator("svg.icon").count() >= 1
    totals = page.locator(".dc-totals").inner_text()
    assert str(now.totals.met) in totals and str(now.totals.missed) in totals
    # Each confirmed drill with its phases' times against the targets.
    assert page.locator(".dc-drill").count() == len(now.drills)
    first_phase = now.drills[0].phases[0]
    assert first_phase.measured_display in page.locator(".dc-drill").first.inner_text()
    # The trend chart is an SVG image with a title, and its figures are in a table too.
    chart = page.locator(".dc-chart svg[role=img]").first
    assert chart.is_visible() and chart.locator("title").count() >= 1
    assert page.locator("table.dc-data").count() == 2
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts_dir / "e2e-drill-compliance-phone.png")
    full_screenshot(page, artifacts_dir / "e2e-drill-compliance-phone-full.png")

    # Last school year, through the selector.
    page.select_option("#dc-year-select", str(last.year.start_year))
    page.locator(".dc-year button[type=submit]").click()
    page.wait_for_url(f"**?year={last.year.start_year}")
    statuses = page.locator(".dc-period")
    assert [statuses.nth(i).get_attribute("data-status") for i in range(12)] == [p.status for p in last.periods]
    assert page.locator('.dc-period[data-status="missed"]').count() == last.totals.missed
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    full_screenshot(page, artifacts_dir / "e2e-drill-compliance-last-year-phone.png")
    context.close()
