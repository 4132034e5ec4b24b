"""In headless Chromium: the demo's province administrator opens the regional report for Beijing, drills down through
the city to Dongcheng district and on to a school, comes back and downloads the district's table as CSV; on a phone
(390×844) the same report fits the screen, its wide table scrolling inside its own box."""

import csv
import io

import pytest

from tests.e2e.signin import admin_login


def dongcheng_schools() -> dict[str, str]:
    from tracking.models import School

    return {school.code: school.name for school in School.objects.filter(region__code="110101")}


@pytest.mark.browser
def test_province_administrator_drills_down_to_a_school_and_downloads_the_csv(live_demo, artifacts_dir, browser):
    schools = dongcheng_schools()
    assert schools
    base = live_demo.url
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    admin_login(page, base, "province")

    page.goto(base + "/admin/reports/region/")
    assert page.locator(".regional-report__title").inner_text().startswith("北京市")
    assert page.locator(".regional-report__totals dd").count() >= 9
    assert page.locator(".regional-report svg").count() >= 2
    page.screenshot(path=artifacts_dir / "e2e-regional-report-province.png", full_page=True)

    table = page.locator("#listing-results")
    table.get_by_role("link", name="北京市市辖区").click()
    page.wait_for_url("**/admin/reports/region/?region=110100*")
    page.locator("#listing-results").get_by_role("link", name="东城区", exact=True).click()
    page.wait_for_url("**/admin/reports/region/?region=110101*")
    district_url = page.url
    trail = page.locator(".regional-report__trail")
    assert "北京市" in trail.inner_text() and "北京市市辖区" in trail.inner_text()
    rows = page.locator("#listing-results tbody tr")
    assert rows.count() == len(schools)
    page.screenshot(path=artifacts_dir / "e2e-regional-report-district.png", full_page=True)

    school_name = sorted(schools.values())[0]
    page.locator("#listing-results").get_by_role("link", name=school_name).click()
    page.wait_for_url("**/admin/tracking/drills/compliance/**")  # the school's drill compliance for the year
    assert school_name in page.locator("main, #main").first.inner_text()
    page.screenshot(path=artifacts_dir / "e2e-regional-report-school.png", full_page=True)

    page.goto(district_url)
    with page.expect_download() as info:
        page.locator(".regional-report__downloads").first.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename.startswith("regional-report-110101-") and download.suggested_filename.endswith(
        ".csv"
    )
    path = artifacts_dir / "e2e-regional-report-110101.csv"
    download.save_as(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {row[0]: row[1] for row in rows[1:]} == schools
    context.close()

    # On a phone: nothing wider than the screen; the table scrolls in its box.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", has_touch=True)
    page = context.new_page()
    admin_login(page, base, "province")
    page.goto(district_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator(".regional-report__form button[type=submit]").bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= 390
    page.screenshot(path=artifacts_dir / "e2e-regional-report-phone.png", full_page=True)
    context.close()
