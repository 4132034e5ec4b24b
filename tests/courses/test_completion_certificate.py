"""Completion certificates: offered for a passing stored quiz attempt, the name only kept, downloadable with a token."""

import io
import re
import time
from unittest import mock

import pytest
from django.test import Client
from django.utils.translation import gettext

from certificates.models import Certificate
from courses import completion
from courses.models import QuizAttempt
from courses.tokens import (
    COMPLETION_DOWNLOAD_MAX_AGE,
    completion_download_issue,
    completion_offer_issue,
)
from tests.courses.test_quiz import make_quiz_lesson, page_text, right_answers, submit, wrong_answers

PUA = "\ue000"


pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


@pytest.fixture
def lesson(lesson_tree):
    return make_quiz_lesson(lesson_tree["topic"], "completion-lesson")


@pytest.fixture
def lesson_en(lesson):
    from wagtail.models import Locale

    english = lesson.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Six don'ts for the summer"
    english.save_revision().publish()
    return english.specific


def offer_token(response):
    return re.search(r'name="token" value="([^"]+)"', response.content.decode().split('id="certificate"')[1]).group(1)


def passing_result(client, lesson):
    response = submit(client, lesson, right_answers(lesson))
    assert response.status_code == 200
    return response


def shown_notice_version(response) -> str:
    form = response.content.decode().split('id="certificate"')[1]
    return re.search(r'name="notice_version" value="([^"]*)"', form).group(1)


def ask(client, lesson, token, name="李𠮷", under_14="no", consent=False, notice_version=None, **extra):
    """Send the certificate form; `notice_version`: the one the form showed (by default the one in force)."""
    if notice_version is None:
        notice_version = completion.COMPLETION_NOTICE_VERSION
    data = {"token": token, "holder_name": name, "under_14": under_14, "notice_version": notice_version}
    if consent:
        data["guardian_consent"] = "on"
    return client.post(lesson.url + "certificate/", data, **extra)


def certificates_for(lesson):
    return Certificate.objects.filter(subject_key=completion.subject_key(lesson))


def test_a_passing_score_is_offered_a_certificate_and_a_failing_one_is_not(client, lesson):
    passed = passing_result(client, lesson)
    assert passed.context["completion_form"] is not None
    text = page_text(passed)
    assert "Get your certificate" in text or "结业证书" in text
    assert 'action="' + lesson.url + 'certificate/"' in passed.content.decode()
    assert completion.COMPLETION_NOTICE_VERSION in text

    failed = submit(client, lesson, wrong_answers(lesson))
    assert failed.context["completion_form"] is None
    assert 'id="certificate"' not in failed.content.decode()


def test_exactly_80_percent_passes_and_less_does_not(lesson):
    assert completion.attempt_passes(QuizAttempt(lesson=lesson, score=4, total=5))
    assert not completion.attempt_passes(QuizAttempt(lesson=lesson, score=3, total=4))
    assert not completion.attempt_passes(QuizAttempt(lesson=lesson, score=0, total=0))


def test_a_forged_post_for_a_failing_attempt_is_refused(client, lesson):
    submit(client, lesson, wrong_answers(lesson))
    attempt = QuizAttempt.objects.get(lesson=lesson)
    assert attempt.score < attempt.total
    # A correctly signed reference to the attempt (as if stolen from another page): the stored score decides.
    response = ask(client, lesson, completion_offer_issue(attempt=attempt))
    assert response.status_code == 403
    assert "80%" in page_text(response)
    # A made-up token, or none, is refused as well; a score in the form means nothing.
    assert ask(client, lesson, "1").status_code == 400
    assert (
        client.post(lesson.url + "certificate/", {"holder_name": "李𠮷", "under_14": "no", "score": "2"}).status_code
        == 400
    )
    assert not certificates_for(lesson).exists()


def test_an_attempt_at_another_lesson_does_not_earn_this_one(client, lesson, lesson_tree):
    other = make_quiz_lesson(lesson_tree["topic"], "completion-other")
    token = offer_token(passing_result(client, other))
    assert ask(client, lesson, token).status_code == 400
    assert not certificates_for(lesson).exists()


def test_get_and_posts_without_csrf_are_refused(lesson):
    browser = Client(enforce_csrf_checks=True)
    client = Client()
    token = offer_token(passing_result(client, lesson))
    assert client.get(lesson.url + "certificate/").status_code == 302
    assert ask(browser, lesson, token).status_code == 403
    assert not certificates_for(lesson).exists()


def test_under_14_needs_a_guardian_s_consent(client, lesson):
    token = offer_token(passing_result(client, lesson))
    refused = ask(client, lesson, token, under_14="yes")
    assert refused.status_code == 400
    assert refused.context["completion_form"].errors["guardian_consent"]
    assert not certificates_for(lesson).exists()
    assert 'value="李𠮷"' in refused.content.decode()  # the name is kept for the second try

    issued = ask(client, lesson, token, under_14="yes", consent=True)
    assert issued.status_code == 302
    assert certificates_for(lesson).get().guardian_consent is True


def test_only_the_name_is_kept(client, lesson, django_user_model):
    token = offer_token(passing_result(client, lesson))
    ask(client, lesson, token, name="  阿卜杜·热合曼 ", under_14="no", consent=True)
    certificate = certificates_for(lesson).get()
    attempt = QuizAttempt.objects.get(lesson=lesson)
    assert certificate.kind == "completion"
    assert certificate.holder_name == "阿卜杜·热合曼"
    assert certificate.holder_key == f"courses.attempt:{attempt.pk}"
    assert certificate.notice_version == completion.COMPLETION_NOTICE_VERSION
    # Over 14: no consent is recorded, and nothing else about the person is.
    assert certificate.guardian_consent is False
    assert certificate.owner is None and certificate.created_by is None
    assert certificate.details == []
    assert (certificate.school_name, certificate.school_code, certificate.region_code) == ("", "", "")
    assert certificate.school_year is None and certificate.expires_on is None
    assert certificate.title == "结业证书"
    assert certificate.statement == f"完成《{lesson.title}》学习并通过自测，得分 100%。"


def test_the_notice_version_recorded_is_the_one_the_form_showed(client, lesson, monkeypatch):
    passed = passing_result(client, lesson)
    shown = shown_notice_version(passed)
    assert shown == completion.COMPLETION_NOTICE_VERSION
    # The server's version is read when the form is drawn and when it is sent, not when the module was loaded.
    monkeypatch.setattr(completion, "COMPLETION_NOTICE_VERSION", "2027-03")
    passed = passing_result(client, lesson)
    assert shown_notice_version(passed) == "2027-03" and "2027-03" in page_text(passed)
    assert ask(client, lesson, offer_token(passed), notice_version="2027-03").status_code == 302
    assert certificates_for(lesson).get().notice_version == "2027-03"


@pytest.mark.parametrize("sent", ["2026-01", ""], ids=["older notice", "no version (a page from before)"])
def test_a_form_whose_notice_changed_meanwhile_is_shown_again_with_the_new_notice(client, lesson, monkeypatch, sent):
    passed = passing_result(client, lesson)
    token = offer_token(passed)
    monkeypatch.setattr(completion, "COMPLETION_NOTICE_VERSION", "2027-03")
    response = ask(client, lesson, token, name="李𠮷", under_14="yes", consent=True, notice_version=sent)
    assert response.status_code == 409
    assert not certificates_for(lesson).exists()
    text = page_text(response)
    told = gettext(
        "The privacy notice has changed since this form was shown. Nothing was issued yet: read the new notice "
        "below (version %(version)s), then send the form again."
    ) % {"version": "2027-03"}
    assert told in text
    html = response.content.decode()
    # The new notice, its version in the form; the name kept; the guardian's consent asked again, for this notice.
    assert shown_notice_version(response) == "2027-03"
    assert gettext("version %(version)s") % {"version": "2027-03"} in text
    assert 'value="李𠮷"' in html
    form = response.context["completion_form"]
    assert form["guardian_consent"].value() is False and form.errors["guardian_consent"]

    again = ask(client, lesson, token, name="李𠮷", under_14="yes", consent=True, notice_version="2027-03")
    assert again.status_code == 302
    certificate = certificates_for(lesson).get()
    assert certificate.notice_version == "2027-03" and certificate.guardian_consent is True


def test_a_name_no_font_can_print_is_refused_beside_the_field(client, lesson):
    token = offer_token(passing_result(client, lesson))
    response = ask(client, lesson, token, name="李" + PUA)
    assert response.status_code == 400
    message = response.context["completion_form"].errors["holder_name"][0]
    assert "U+E000" in message
    html = response.content.decode()
    assert 'id="completion-holder_name-error"' in html and "U+E000" in html
    assert not certificates_for(lesson).exists()


def test_posting_again_gives_the_same_certificate(client, lesson):
    token = offer_token(passing_result(client, lesson))
    first = ask(client, lesson, token)
    second = ask(client, lesson, token, name="李𠮷")
    third = ask(client, lesson, token, name="李四")
    assert first.status_code == second.status_code == third.status_code == 302
    assert certificates_for(lesson).count() == 1
    # A different name does not make a second certificate: the page says the first name stands.
    assert certificates_for(lesson).get().holder_name == "李𠮷"
    told = gettext(
        "This quiz attempt already had a certificate, so you get the same one, with the name first "
        "given. To correct a name, ask your school."
    )
    assert told in page_text(client.get(third["Location"]))
    assert client.get(first["Location"]).context["certificate"] == client.get(second["Location"]).context["certificate"]


def test_a_revoked_certificate_is_not_issued_again_for_the_same_attempt(client, lesson):
    from certificates.services import certificate_revoke

    token = offer_token(passing_result(client, lesson))
    ask(client, lesson, token)
    certificate_revoke(certificate=certificates_for(lesson).get(), user=None, reason="名字不当")
    response = ask(client, lesson, token)
    assert response.status_code == 403
    assert certificates_for(lesson).count() == 1


def test_requests_over_the_quiz_rate_limit_are_refused(client, lesson, settings):
    token = offer_token(passing_result(client, lesson))
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 2
    assert ask(client, lesson, token).status_code == 302
    assert ask(client, lesson, token).status_code == 302
    refused = ask(client, lesson, token)
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert certificates_for(lesson).count() == 1


def test_the_learner_downloads_it_without_an_account(client, lesson, pdftotext):
    token = offer_token(passing_result(client, lesson))
    response = ask(client, lesson, token, name="李𠮷")
    ready = client.get(response["Location"])
    assert ready.status_code == 200
    assert ready["Referrer-Policy"] == "no-referrer"
    certificate = ready.context["certificate"]
    html = ready.content.decode()
    assert f"/certificates/verify/{certificate.grouped_code}/" in html
    pdf = Client().get(ready.context["pdf_url"])  # another browser, no cookies: the link is enough
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "李𠮷" in pdftotext(pdf.content)


def test_a_bad_or_expired_download_token_is_refused(client, lesson):
    token = offer_token(passing_result(client, lesson))
    ask(client, lesson, token)
    certificate = certificates_for(lesson).get()
    good = completion_download_issue(certificate=certificate)
    with mock.patch("django.core.signing.time.time", return_value=time.time() - COMPLETION_DOWNLOAD_MAX_AGE - 60):
        stale = completion_download_issue(certificate=certificate)
    assert client.get(lesson.url + f"certificate/{good}/").status_code == 200
    for bad in (stale, good[:-2] + "xx", "1", completion_offer_issue(attempt=QuizAttempt.objects.get(lesson=lesson))):
        assert client.get(lesson.url + f"certificate/{bad}/").status_code == 404, bad
        assert client.get(lesson.url + f"certificate/{bad}/pdf/").status_code == 404, bad


def test_a_token_for_another_lesson_s_certificate_is_refused(client, lesson, lesson_tree):
    other = make_quiz_lesson(lesson_tree["topic"], "completion-elsewhere")
    ask(client, other, offer_token(passing_result(client, other)))
    token = completion_download_issue(certificate=certificates_for(other).get())
    assert client.get(lesson.url + f"certificate/{token}/").status_code == 404


def test_a_revoked_certificate_cannot_be_downloaded(client, lesson):
    from certificates.services import certificate_revoke

    ask(client, lesson, offer_token(passing_result(client, lesson)))
    certificate = certificates_for(lesson).get()
    token = completion_download_issue(certificate=certificate)
    certificate_revoke(certificate=certificate, user=None, reason="名字不当")
    assert "pdf_url" not in client.get(lesson.url + f"certificate/{token}/").content.decode()
    assert client.get(lesson.url + f"certificate/{token}/pdf/").status_code == 410


def test_in_english_the_certificate_is_in_english_for_the_same_lesson(client, lesson, lesson_en):
    assert lesson_en.url.startswith("/en/")
    passed = passing_result(client, lesson_en)
    assert "Get your certificate" in page_text(passed)
    response = ask(client, lesson_en, offer_token(passed), name="Abdu Rahman")
    assert response.status_code == 302 and response["Location"].startswith(lesson_en.url)
    certificate = Certificate.objects.get(holder_name="Abdu Rahman")
    assert certificate.language == "en"
    assert certificate.title == "Certificate of Completion"
    assert certificate.statement == (
        "Completed the lesson “Six don'ts for the summer” and passed its self-check quiz with a score of 100%."
    )
    # The same lesson in both languages is one subject.
    assert certificate.subject_key == completion.subject_key(lesson) == f"courses.lesson:{lesson.translation_key}"
    ready = client.get(response["Location"])
    assert "Your certificate is ready" in page_text(ready)


def test_in_chinese_the_certificate_is_in_chinese(client, lesson):
    passed = passing_result(client, lesson)
    assert '<html lang="zh-hans">' in passed.content.decode()
    response = ask(client, lesson, offer_token(passed))
    assert response["Location"].startswith("/zh-hans/")
    certificate = certificates_for(lesson).get()
    assert (certificate.language, certificate.title) == ("zh-hans", "结业证书")
    ready = client.get(response["Location"])
    assert '<html lang="zh-hans">' in ready.content.decode()
    assert "结业证书" in page_text(ready) and certificate.statement in page_text(ready)


def test_the_demo_has_a_student_s_and_a_parent_s_certificate_and_a_re_run_adds_none(demo):
    import io

    from courses.demo import load_completion_certificate_demo

    def demo_certificates():
        return {
            (c.holder_name, c.language, c.title, c.guardian_consent, c.notice_version, c.code)
            for c in Certificate.objects.filter(kind="completion", holder_key__startswith="courses.attempt:")
        }

    before = demo_certificates()
    assert {row[:5] for row in before} == {
        ("李𠮷", "zh-hans", "结业证书", True, completion.COMPLETION_NOTICE_VERSION),
        ("阿卜杜·热合曼", "en", "Certificate of Completion", False, completion.COMPLETION_NOTICE_VERSION),
    }
    attempts = QuizAttempt.objects.count()
    load_completion_certificate_demo(stdout=io.StringIO())
    assert demo_certificates() == before
    assert QuizAttempt.objects.count() == attempts


def test_certificates_older_than_the_notice_says_are_deleted(client, lesson):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from certificates.services import certificate_reissue
    from courses.services import completion_certificates_purge

    ask(client, lesson, offer_token(passing_result(client, lesson)))
    ask(client, lesson, offer_token(passing_result(client, lesson)), name="王小明")
    kept, reissued = certificates_for(lesson).order_by("pk")
    replacement = certificate_reissue(certificate=reissued, user=None, reason="改名", holder_name="王晓明")
    long_ago = timezone.now() - datetime.timedelta(days=365 * completion.COMPLETION_RETENTION_YEARS + 2)
    Certificate.objects.filter(pk__in=[reissued.pk, kept.pk]).update(issued_at=long_ago)
    others = Certificate.objects.exclude(subject_key=completion.subject_key(lesson)).count()

    # The reissued one stays while its replacement is recent; the other old one goes.
    assert completion_certificates_purge() == 1
    assert set(certificates_for(lesson)) == {reissued, replacement}
    Certificate.objects.filter(pk=replacement.pk).update(issued_at=long_ago)
    call_command("purge_completion_certificates", stdout=io.StringIO())
    assert not certificates_for(lesson).exists()
    assert Certificate.objects.count() == others
