"""In headless Chromium at phone size (390×844): a certificate's verification page says valid, switches to English
at the same address; the region's administrator finds it in the admin, revokes it with a reason after the
confirmation page, and the same address then says revoked, with the reason. Every page fits the screen."""

import pytest

from tests.e2e import phone
from tests.e2e.phone import PHONE, tap_size
from tests.e2e.signin import admin_login


def fits_the_phone(page, name: str, artifacts_dir) -> None:
    phone.fits_the_phone(page, artifacts_dir / f"e2e-certificate-{name}.png")


@pytest.mark.browser
def test_verify_then_revoke_on_a_phone(live_demo, artifacts_dir, browser):
    from certificates.links import verify_path
    from tests.certificates.demo_certificates import dongcheng_session_certificate

    certificate = dongcheng_session_certificate(key="e2e", holder_name="阿卜杜·热合曼")
    base = live_demo.url
    address = base + verify_path(certificate.code)

    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base + "/certificates/verify/")
    fits_the_phone(page, "1-form", artifacts_dir)
    page.fill("#verify-code", certificate.grouped_code.lower().replace("-", " "))
    tap_size(page, ".verify-form button")
    page.click(".verify-form button")
    page.wait_for_url(address)
    assert page.locator(".verify-state-valid").count() == 1
    assert "阿卜杜·**" in page.content() and "热合曼" not in page.content()
    fits_the_phone(page, "2-valid-zh", artifacts_dir)

    page.click(".lang-switch a[lang=en]")
    page.wait_for_url(address)
    assert "This certificate is valid" in page.content()
    fits_the_phone(page, "3-valid-en", artifacts_dir)

    admin_login(page, base, "region")
    page.goto(base + "/admin/certificates/?q=" + certificate.grouped_code)
    fits_the_phone(page, "4-admin-list", artifacts_dir)
    page.goto(base + f"/admin/certificates/inspect/{certificate.pk}/")
    fits_the_phone(page, "5-admin-inspect", artifacts_dir)
    page.locator(f".certificates-actions a[href$='/revoke/{certificate.pk}/']").click()
    page.wait_for_url(f"**/revoke/{certificate.pk}/")
    page.fill("#id_reason", "学校撤回了该活动的确认。")
    fits_the_phone(page, "6-admin-revoke", artifacts_dir)
    page.locator(".certificates-action button[type=submit]").click()
    page.wait_for_url(f"**/inspect/{certificate.pk}/")
    fits_the_phone(page, "7-admin-revoked", artifacts_dir)

    page.goto(address)
    assert page.locator(".verify-state-revoked").count() == 1
    assert "学校撤回了该活动的确认。" in page.content()
    fits_the_phone(page, "8-revoked", artifacts_dir)
    context.close()
