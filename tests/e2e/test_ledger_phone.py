"""In headless Chromium at phone size (390×844): the demo vice principal finds this school year's duty ledger on the
dashboard (a progress bar per school, with its figures in words), opens one, reads its sessions and can print it.
Nothing is wider than the phone."""

import re

import pytest

from tests.e2e.signin import admin_login

PHONE = {"width": 390, "height": 844}


def fits_the_phone(page, name: str, artifacts_dir) -> None:
    page.screenshot(path=artifacts_dir / f"e2e-ledger-{name}.png")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: the page is {width}px wide"
    # The admin scrolls its main column, not the document: that must not be wider than the phone either.
    inner = page.evaluate("Math.max(...[...document.querySelectorAll('main, .nice-padding')].map(e => e.scrollWidth))")
    assert inner <= PHONE["width"], f"{name}: the content is {inner}px wide"


@pytest.mark.browser
def test_vice_principal_reads_their_ledger_on_a_phone(live_demo, browser, artifacts_dir):
    from tracking.models import VicePrincipal
    from tracking.reports.ledger import vice_principal_ledgers
    from tracking.reports.periods import SchoolYear
    from tracking.reports.views_ledger import ledger_url, progress_label, progress_text

    vp = VicePrincipal.objects.get(user__username="vp")
    ledgers = vice_principal_ledgers(vice_principal=vp, year=SchoolYear.current())
    assert len(ledgers) == 2  # the demo appoints `vp` at two Dongcheng schools
    # The ledger opened below: the school with the most confirmed sessions, so there are rows to read.
    ledger = max(ledgers, key=lambda item: (item.figures.confirmed_sessions, item.school.pk))

    base = live_demo.url
    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    admin_login(page, base, "vp")

    rows = page.locator("#tracking-vice-principal-section .ledger-dashboard li")
    assert rows.count() == len(ledgers)
    for item in ledgers:
        row = page.locator(f'.ledger-dashboard li[data-ledger="{vp.pk}-{item.school.pk}"]')
        assert item.school.name in row.inner_text()
        bar = row.locator("progress")
        assert bar.get_attribute("max") == "4"
        assert float(bar.get_attribute("value")) == float(item.figures.confirmed_hours)
        assert progress_text(item) in row.locator(".ledger-progress__text").inner_text()
        # What a screen reader finds: a progressbar named for this school's ledger.
        assert row.get_by_role("progressbar", name=progress_label(item), exact=True).count() == 1
    row.scroll_into_view_if_needed()
    fits_the_phone(page, "1-dashboard", artifacts_dir)

    link = page.locator(f'.ledger-dashboard a[href="{ledger_url(ledger)}"]')
    assert link.bounding_box()["height"] >= 44
    link.click()
    page.wait_for_url(re.compile(r".*/admin/tracking/ledger/\d+/\d+/\d+/$"))
    assert ledger.school.name in page.locator("#ledger-duty").inner_text()
    assert progress_text(ledger) in page.locator(".ledger-card .ledger-progress__text").inner_text()
    assert page.get_by_role("progressbar", name=progress_label(ledger), exact=True).count() == 1
    fits_the_phone(page, "2-detail", artifacts_dir)

    confirmed = page.locator("#ledger-confirmed tbody tr")
    assert confirmed.count() == ledger.figures.confirmed_sessions
    pending = page.locator("#ledger-pending tbody tr")
    assert pending.count() == ledger.figures.pending_sessions
    page.locator("#ledger-confirmed").scroll_into_view_if_needed()
    fits_the_phone(page, "3-confirmed-sessions", artifacts_dir)

    pdf = page.locator(".ledger-actions a")
    assert pdf.bounding_box()["height"] >= 44
    response = page.request.get(base + pdf.get_attribute("href"))
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
    context.close()
