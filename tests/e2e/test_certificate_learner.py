"""A learner with no account, on a phone: passes a lesson quiz, gets the completion certificate, downloads it, and
checks it at its verification address; once an administrator revokes it, the same address says so and why."""

import pytest
from django.core.cache import cache

from tests.courses.test_quiz import make_quiz_lesson
from tests.e2e.phone import PHONE, fits_the_phone, tap_size


@pytest.mark.browser
def test_a_learner_gets_downloads_and_verifies_a_certificate(live_demo, lesson_tree, artifacts_dir, browser):
    from certificates.models import Certificate
    from courses import completion
    from courses.quiz import questions_from_stream

    cache.clear()
    lesson = make_quiz_lesson(lesson_tree["topic"], "certificate-learner-test")
    questions = questions_from_stream(lesson.quiz)
    context = browser.new_context(viewport=PHONE, locale="zh-CN", accept_downloads=True)
    page = context.new_page()

    page.goto(live_demo.url + lesson.url)
    for question in questions:
        for choice in question.choices:
            if choice.correct:
                page.locator(f'input[name="{question.field_name}"][value="{choice.id}"]').check()
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
    page.wait_for_url(f"**/certificates/verify/{certificate.grouped_code}/")
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-verify-valid.png")
    verify_valid(page, certificate)

    from certificates.services import certificate_revoke

    certificate_revoke(certificate=certificate, user=None, reason="姓名填写有误")
    page.reload()
    fits_the_phone(page, artifacts_dir / "e2e-certificate-learner-verify-revoked.png")
    verify_revoked(page, certificate, reason="姓名填写有误")
    context.close()
    cache.clear()


def verify_valid(page, certificate):
    text = page.locator("main").inner_text()
    assert "李*" in text and "李𠮷" not in text  # the name masked
    assert "有效" in text or "valid" in text.lower()


def verify_revoked(page, certificate, *, reason):
    text = page.locator("main").inner_text()
    assert "已撤销" in text or "revoked" in text.lower()
    assert reason in text
