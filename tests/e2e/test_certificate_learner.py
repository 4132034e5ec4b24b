"""A learner with no account, on a phone: passes a lesson quiz, gets the completion certificate, downloads it, and
checks it at its verification address; once an administrator revokes it, the same address says so and why."""

import pytest
from django.core.cache import cache

from tests.courses.test_quiz import make_quiz_lesson
from tests.e2e.phone import PHONE, fits_the_phone, tap_size
from tests.e2e.quiz import tick_right_answers
from tests.e2e.signin import admin_login


@pytest.mark.browser
def test_a_learner_gets_downloads_and_verifies_a_certificate(live_demo, lesson_tree, artifacts_dir, browser):
    from certificates.links import verify_path
    from certificates.models import Certificate
    from courses import completion
    from courses.quiz import questions_from_stream

    cache.clear()
    lesson = make_quiz_lesson(lesson_tree["topic"], "certificate-learner-test")
    questions = questions_from_stream(lesson.quiz)
    context = browser.new_context(viewport=PHONE, locale="zh-CN", accept_downloads=True)
    page = context.new_page()

    page.goto(live_demo.url + lesson.url)
    tick_right_answers(page, questions)
    page.locator("#quiz button[type=submit]").click()
    page.locator(".score").wait_for()
    page.locator('#quiz a[href="#certificate"]').click()
    form = page.locator("#certificate form")
    form.wait_for()
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-offer.png")
    assert completion.COMPLETION_NOTICE_VERSION in page.locator(".completion-notice").inner_text()

    # Under 14 without the guardian's tick: refused beside the tick box, the name kept.
    page.locator("#completion-holder_name").fill("李𠮷")
    page.locator('input[name="under_14"][value="yes"]').check()
    form.locator("button[type=submit]").click()
    page.locator(".consent .field-error").wait_for()
    assert page.locator("#completion-holder_name").input_value() == "李𠮷"
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-consent-needed.png")
    assert not Certificate.objects.filter(subject_key=completion.subject_key(lesson)).exists()

    page.locator("#completion-guardian_consent").check()
    tap_size(page, "#completion-holder_name")
    tap_size(page, "#certificate button[type=submit]")
    page.locator("#certificate button[type=submit]").click()
    page.locator(".completion-ready").wait_for()
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-ready.png")
    certificate = Certificate.objects.get(subject_key=completion.subject_key(lesson))
    assert certificate.holder_name == "李𠮷" and certificate.guardian_consent
    assert certificate.grouped_code in page.locator(".completion-ready .code").inner_text()
    assert "李𠮷" in page.locator(".completion-ready").inner_text()

    with page.expect_download() as download_info:
        page.locator(".completion-ready a[download]").click()
    download = download_info.value
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert download.suggested_filename == f"certificate-{certificate.code}.pdf"
    download.save_as(artifacts_dir / "e2e-certificate-learner.pdf")

    page.locator("a.verify-link").click()
    address = live_demo.url + verify_path(certificate.code)
    page.wait_for_url(address)
    assert page.locator(".verify-state-valid").count() == 1
    content = page.content()
    assert "李*" in content and "李𠮷" not in content  # the name partly hidden
    assert certificate.statement in content
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-verify-valid.png")

    # An administrator revokes it in the admin (only superusers oversee completion certificates).
    admin_login(page, live_demo.url, "admin")
    page.goto(live_demo.url + f"/admin/certificates/inspect/{certificate.pk}/")
    page.locator(f".certificates-actions a[href$='/revoke/{certificate.pk}/']").click()
    page.wait_for_url(f"**/revoke/{certificate.pk}/")
    page.fill("#id_reason", "姓名填写有误，请重新申请。")
    page.locator(".certificates-action button[type=submit]").click()
    page.wait_for_url(f"**/inspect/{certificate.pk}/")

    page.goto(address)
    assert page.locator(".verify-state-revoked").count() == 1
    assert "姓名填写有误，请重新申请。" in page.locator(".verify-reason").inner_text()
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-verify-revoked.png")
    certificate.refresh_from_db()
    assert certificate.is_revoked
    context.close()
    cache.clear()
