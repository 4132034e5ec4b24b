"""The public verification pages: every state in both languages, masking, identical not-found answers, the
per-client limit, 503 on a database outage, and the address that never changes."""

import datetime
import os
import re
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from certificates import codes, services
from certificates.links import verify_path
from certificates.models import Certificate

ADDRESS = "203.0.113.7"


@pytest.fixture(autouse=True)
def one_rate_window(monkeypatch):
    """The limit counts in fixed windows: pin the clock to the middle of one, so a test that happens to run across
    a minute's turn does not see its count start again."""
    import time
    from types import SimpleNamespace

    from certificates import throttle

    middle = (time.time() // 3600) * 3600 + 1800.0
    monkeypatch.setattr(throttle, "time", SimpleNamespace(time=lambda: middle))


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def issue(**overrides):
    fields = {
        "kind": "session",
        "subject_key": "verify-test.session:1",
        "holder_key": "verify-test.holder:1",
        "holder_name": "王小明",
        "title": "授课证明",
        "statement": "于2025年10月10日在测试小学讲授防溺水1课时。",
        "issuer": "测试小学",
    }
    return services.certificate_issue(**{**fields, **overrides})


def get(client, path, *, language="zh-hans", **extra):
    extra.setdefault("REMOTE_ADDR", ADDRESS)
    return client.get(path, HTTP_ACCEPT_LANGUAGE=language, **extra)


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_address_is_the_printed_one(db):
    certificate = issue()
    assert reverse("certificates:verify", args=[certificate.grouped_code]) == verify_path(certificate.code)
    assert reverse("certificates:verify_form") == "/certificates/verify/"
    assert verify_path(certificate.code).startswith("/certificates/verify/")


def test_valid_page_in_chinese_and_english(db):
    certificate = issue()
    response = get(Client(), verify_path(certificate.code))
    assert response.status_code == 200
    body = text(response)
    assert '<html lang="zh-hans">' in body
    assert "王*明" in body and "王小明" not in body
    assert "授课证明" in body and "讲授防溺水1课时" in body and "测试小学" in body
    assert certificate.grouped_code in body
    assert certificate.issued_at.astimezone(datetime.timezone(datetime.timedelta(hours=8))).strftime("%Y-%m-%d") in body
    assert response["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in body

    english = get(Client(), verify_path(certificate.code), language="en")
    assert english.status_code == 200
    assert "This certificate is valid" in text(english) and 'lang="en"' in text(english)


def test_expired_page_gives_the_date(db):
    certificate = issue()
    # It has since expired (a certificate cannot be issued already expired).
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=datetime.date(2024, 8, 31))
    body = text(get(Client(), verify_path(certificate.code), language="en"))
    assert "This certificate has expired" in body and "valid only until 2024-08-31" in body
    assert "This certificate is valid" not in body


def test_revoked_page_gives_date_reason_and_replacement(db, django_user_model):
    admin = django_user_model.objects.create_user("verify-admin")
    first = issue()
    second = services.certificate_reissue(
        certificate=first, user=admin, reason="姓名写错了 <b>x</b>", holder_name="王晓明"
    )
    first.refresh_from_db()
    body = text(get(Client(), verify_path(first.code), language="en"))
    assert "This certificate was revoked" in body
    assert (
        "revoked it on "
        + first.revoked_at.astimezone(datetime.timezone(datetime.timedelta(hours=8))).strftime("%Y-%m-%d")
        in body
    )
    assert "姓名写错了 &lt;b&gt;x&lt;/b&gt;" in body
    assert f'href="{verify_path(second.code)}"' in body
    assert "invalid" not in body.lower()
    new = text(get(Client(), verify_path(second.code), language="en"))
    assert "This certificate is valid" in new and "王*明" in new


def test_revoked_without_replacement(db, django_user_model):
    certificate = issue(subject_key="verify-test.session:2")
    services.certificate_revoke(certificate=certificate, user=None, reason="活动未举行")
    body = text(get(Client(), verify_path(certificate.code), language="en"))
    assert "This certificate was revoked" in body and "活动未举行" in body
    assert "replacement" not in body


@pytest.mark.parametrize(("name", "masked"), [("阿卜杜·热合曼", "阿卜杜·**"), ("𠮷田", "𠮷*")])
def test_masking_on_the_page(db, name, masked):
    certificate = issue(holder_name=name, holder_key=f"verify-test.holder:{name}")
    body = text(get(Client(), verify_path(certificate.code)))
    assert masked in body and name not in body


def test_a_statement_or_reason_that_names_the_holder_is_masked_too(db):
    """Session and annual statements name their holder, and a reason may: the page hides the name everywhere."""
    certificate = issue(
        holder_name="王小明",
        statement="2025年10月10日，王小明作为法治副校长在测试小学讲授防溺水1课时。",
        subject_key="verify-test.session:named",
    )
    services.certificate_revoke(certificate=certificate, user=None, reason="王小明的姓名写错了")
    body = text(get(Client(), verify_path(certificate.code)))
    assert "王小明" not in body
    assert "2025年10月10日，王*明作为法治副校长" in body
    assert "王*明的姓名写错了" in body


def test_not_found_is_the_same_page_whatever_was_typed(db):
    issue()
    unknown = [codes.new_code() for _ in range(2)]
    responses = [get(Client(), verify_path(code)) for code in unknown]
    responses.append(get(Client(), "/certificates/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E/"))
    responses.append(get(Client(), "/certificates/verify/0000-1111/"))
    responses.append(get(Client(), "/certificates/verify/?code=%3Cb%3Ehello"))
    assert [r.status_code for r in responses] == [200] * 5
    bodies = {r.content for r in responses}
    assert len(bodies) == 1
    body = bodies.pop().decode()
    assert "csrfmiddlewaretoken" not in body
    for code in unknown:
        assert code not in body and codes.grouped(code) not in body
    assert "script" not in body.lower().replace("<script", "") and "hello" not in body and "0000" not in body


def test_form_redirects_to_the_canonical_address(db):
    certificate = issue()
    typed = " " + certificate.grouped_code.lower().replace("-", " ") + " "
    response = get(Client(), "/certificates/verify/", data=None, QUERY_STRING="")
    assert response.status_code == 200 and 'name="code"' in response.content.decode()
    response = Client().get("/certificates/verify/", {"code": typed}, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302 and response["Location"] == verify_path(certificate.code)
    undashed = Client().get(f"/certificates/verify/{certificate.code.lower()}/", REMOTE_ADDR=ADDRESS)
    assert undashed.status_code == 302 and undashed["Location"] == verify_path(certificate.code)
    empty = Client().get("/certificates/verify/", {"code": "  "}, REMOTE_ADDR=ADDRESS)
    assert empty.status_code == 400


def test_language_switch_keeps_the_address(db):
    certificate = issue()
    client = Client()
    path = verify_path(certificate.code)
    chinese = get(client, path)
    assert 'href="?lang=en"' in chinese.content.decode()
    switched = get(client, path + "?lang=en")
    assert switched.status_code == 302 and switched["Location"] == path
    english = get(client, path)
    assert "This certificate is valid" in text(english)
    assert 'href="?lang=zh-hans"' in english.content.decode()
    back = get(client, path + "?lang=zh-hans", language="en")
    assert back["Location"] == path
    assert '<html lang="zh-hans">' in text(get(client, path, language="en"))
    # The form page too.
    assert get(client, "/certificates/verify/?lang=en")["Location"] == "/certificates/verify/"


def test_rate_limit_per_client(db, settings):
    settings.CERTIFICATE_VERIFY_RATE = "5/m"
    certificate = issue()
    path = verify_path(certificate.code)
    statuses = [get(Client(), path).status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2
    refused = get(Client(), path, language="en")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Too many lookups" in text(refused) and certificate.grouped_code not in text(refused)
    # Not-found lookups count as well, and are refused the same way.
    assert get(Client(), verify_path(codes.new_code())).status_code == 429
    # Another client is not affected.
    assert get(Client(), path, REMOTE_ADDR="198.51.100.9").status_code == 200


def test_the_default_limit_is_twenty_lookups_a_minute(db, settings):
    from cms.settings import base

    assert base.CERTIFICATE_VERIFY_RATE == os.environ.get("CERTIFICATE_VERIFY_RATE", "20/m")
    settings.CERTIFICATE_VERIFY_RATE = base.CERTIFICATE_VERIFY_RATE
    path = verify_path(issue().code)
    statuses = [get(Client(), path).status_code for _ in range(21)]
    assert statuses == [200] * 20 + [429]


def test_rate_limit_reads_the_proxy_header_only_when_trusted(db, settings):
    settings.CERTIFICATE_VERIFY_RATE = "2/m"
    certificate = issue()
    path = verify_path(certificate.code)
    proxy = "10.0.0.1"
    # Not behind a trusted proxy: a forged header changes nothing.
    statuses = [
        get(Client(), path, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=f"192.0.2.{i}").status_code for i in range(3)
    ]
    assert statuses == [200, 200, 429]
    from django.core.cache import cache

    cache.clear()
    settings.TRUSTED_PROXY_COUNT = 1
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    one = [get(Client(), path, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code for _ in range(3)]
    assert one == [200, 200, 429]
    assert get(Client(), path, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 200


def test_database_outage_is_503_not_not_found(db):
    certificate = issue()
    with mock.patch("certificates.selectors.verification", side_effect=OperationalError("server closed")):
        response = get(Client(), verify_path(certificate.code), language="en")
        malformed = get(Client(), "/certificates/verify/?code=nonsense", language="en")
    for answer in (response, malformed):
        assert answer.status_code == 503
        assert answer["Retry-After"]
        body = text(answer)
        assert "Verification is unavailable right now" in body and "No certificate has this" not in body


def test_outage_page_renders_even_when_the_header_cannot_be_built(db):
    certificate = issue()
    with (
        mock.patch("certificates.selectors.verification", side_effect=OperationalError("down")),
        mock.patch("cms.selectors.navigation", side_effect=OperationalError("down")),
    ):
        response = get(Client(), verify_path(certificate.code), language="en")
    assert response.status_code == 503
    assert "Verification is unavailable right now" in text(response)
