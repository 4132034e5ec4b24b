"""In headless Chromium at phone size (390×844): the demo school's contact records the yearly evaluation of one of
its vice principals, submits it after the confirmation page, and then finds it locked. Every page fits the screen."""

import pytest

from tests.e2e.signin import admin_login

PHONE = {"width": 390, "height": 844}
ADMIN = "/admin/snippets/tracking/evaluation/"


def fits_the_phone(page, name: str, artifacts_dir) -> None:
    page.screenshot(path=artifacts_dir / f"e2e-evaluation-{name}.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: the page is {width}px wide"


def tap_size(page, selector: str) -> None:
    box = page.locator(selector).first.bounding_box()
    assert box is not None and box["height"] >= 44, (selector, box)


@pytest.mark.browser
def test_school_contact_records_and_submits_an_evaluation_on_a_phone(live_demo, artifacts_dir, browser):
    from tracking.models import Evaluation, EvaluationStatus, Rating, VicePrincipal
    from tracking.reports.counting import ledger_figures
    from tracking.reports.periods import SchoolYear

    base = live_demo.url
    year = SchoolYear.current()
    vp = VicePrincipal.objects.get(user__username="vp-liuxiaoyan")  # serves the demo school too
    assert not Evaluation.objects.filter(vice_principal=vp, school__code="1101010001", school_year=year.start_year)

    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    admin_login(page, base, "school")

    page.goto(base + ADMIN)
    fits_the_phone(page, "1-list", artifacts_dir)
    page.goto(base + ADMIN + "add/")
    fits_the_phone(page, "2-form-empty", artifacts_dir)
    page.select_option("#id_vice_principal", label=vp.name)
    assert page.input_value("#id_school_year") == str(year.start_year)
    page.check(f"input[name=rating][value={Rating.EXCELLENT}]")
    page.fill("#id_comments", "全年到校讲座六次，指导疏散演练两次，讲解生动，学生反响好。")
    tap_size(page, "#id_vice_principal")
    tap_size(page, "#id_comments")
    fits_the_phone(page, "3-form-filled", artifacts_dir)
    page.locator("button.action-save").first.click()
    page.wait_for_url("**/inspect/*/")
    evaluation = Evaluation.objects.get(vice_principal=vp, school__code="1101010001", school_year=year.start_year)
    assert evaluation.status == EvaluationStatus.DRAFT and evaluation.rating == Rating.EXCELLENT
    fits_the_phone(page, "4-draft", artifacts_dir)

    page.locator(".tracking-actions a[href*='/submit/']").first.click()
    page.wait_for_url("**/submit/*/")
    tap_size(page, ".tracking-action-form button[type=submit]")
    fits_the_phone(page, "5-confirm-submit", artifacts_dir)
    page.locator(".tracking-action-form button[type=submit]").click()
    page.wait_for_url("**/inspect/*/")
    evaluation.refresh_from_db()
    figures = ledger_figures(vice_principal=vp, school=evaluation.school, year=year)
    assert evaluation.status == EvaluationStatus.SUBMITTED
    assert evaluation.confirmed_hours == figures.confirmed_hours
    assert evaluation.submitted_by.username == "school"
    # Locked: no Submit or Edit any more, and the edit address itself says why.
    assert page.locator(".tracking-actions a[href*='/submit/'], .tracking-actions a[href*='/edit/']").count() == 0
    fits_the_phone(page, "6-submitted", artifacts_dir)
    response = page.goto(base + ADMIN + f"edit/{evaluation.pk}/")
    assert response.status == 403
    fits_the_phone(page, "7-locked", artifacts_dir)
    context.close()
