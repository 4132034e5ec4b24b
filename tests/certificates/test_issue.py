"""Codes, masking, and the issuing rules: one certificate in force per kind, subject and holder; revoke; reissue."""

import math

import pytest
from django.core.exceptions import ValidationError

from certificates import codes, services
from certificates.models import Certificate
from certificates.selectors import EXPIRED, NOT_FOUND, REVOKED, VALID, mask_name, verification


def issue(**overrides):
    fields = {
        "kind": "session",
        "subject_key": "test.session:1",
        "holder_key": "test.holder:1",
        "holder_name": "张伟",
        "title": "授课证明",
        "statement": "于2025年10月10日讲授防溺水1课时。",
        "issuer": "测试学校",
    }
    return services.certificate_issue(**{**fields, **overrides})


def test_codes_are_long_random_and_free_of_look_alikes():
    assert math.log2(len(codes.ALPHABET)) * codes.LENGTH >= 80
    assert not set("01OIL") & set(codes.ALPHABET)
    drawn = {codes.new_code() for _ in range(200)}
    assert len(drawn) == 200 and all(len(code) == 20 for code in drawn)
    code = drawn.pop()
    assert codes.normalise(codes.grouped(code).lower()) == code
    assert codes.normalise(" " + " ".join(codes.grouped(code).split("-")) + " ") == code
    assert codes.normalise("<script>") is None and codes.normalise("") is None and codes.normalise("0" * 20) is None


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张伟", "张*"),
        ("王小明", "王*明"),
        ("阿卜杜·热合曼", "阿卜杜·**"),
        ("阿卜杜•热合曼", "阿卜杜•**"),
        ("阿卜杜・热合曼", "阿卜杜・**"),
        ("𠮷田", "𠮷*"),
        ("欧阳娜娜", "欧**娜"),
        ("李", "*"),
    ],
)
def test_masking(name, masked):
    assert mask_name(name) == masked


def test_one_in_force_per_kind_subject_and_holder(db):
    first = issue()
    assert issue(holder_name="张伟") == first
    assert Certificate.objects.filter(subject_key="test.session:1").count() == 1
    other_holder = issue(holder_key="test.holder:2")
    assert other_holder != first


def test_revoke_and_reissue_keep_both_addresses(db, django_user_model):
    admin = django_user_model.objects.create_user("cert-admin")
    first = issue()
    with pytest.raises(ValidationError):
        services.certificate_reissue(certificate=first, user=admin, reason="  ")
    second = services.certificate_reissue(certificate=first, user=admin, reason="姓名有误", holder_name="张玮")
    first.refresh_from_db()
    assert first.is_revoked and first.revoke_reason == "姓名有误" and second.replaces == first
    assert second.code != first.code and second.holder_name == "张玮"
    old = verification(codes.grouped(first.code))
    assert old.state == REVOKED and old.replacement == second and old.certificate.revoke_reason == "姓名有误"
    assert verification(second.code).state == VALID
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=first, user=admin, reason="again")


def test_expired_and_not_found(db):
    import datetime

    expired = issue()
    Certificate.objects.filter(pk=expired.pk).update(expires_on=datetime.date(2020, 1, 1))  # it has since expired
    assert verification(expired.code).state == EXPIRED
    assert verification("ABCD-EFGH-JKMN-PQRS-TUVW").state == NOT_FOUND
    assert verification("not a code").state == NOT_FOUND


def test_an_empty_name_is_refused(db):
    with pytest.raises(ValidationError):
        issue(holder_name="   ")


def test_a_validity_date_before_the_issue_date_is_refused(db, django_user_model):
    import datetime

    from django.utils import timezone

    today = timezone.localdate()
    with pytest.raises(ValidationError) as refused:
        issue(expires_on=today - datetime.timedelta(days=1))
    assert set(refused.value.message_dict) == {"expires_on"} and today.isoformat() in str(refused.value)
    assert not Certificate.objects.filter(subject_key="test.session:1").exists()
    # The day it is issued is the earliest: valid for that one day.
    assert issue(expires_on=today).expires_on == today


def test_a_reissue_keeps_changes_or_drops_the_validity_date(db, django_user_model):
    import datetime

    from django.utils import timezone

    admin = django_user_model.objects.create_user("cert-admin-expiry")
    later = timezone.localdate() + datetime.timedelta(days=365)
    first = issue(expires_on=later)
    kept = services.certificate_reissue(certificate=first, user=admin, reason="姓名有误", holder_name="张玮")
    assert kept.expires_on == later
    with pytest.raises(ValidationError) as refused:
        services.certificate_reissue(certificate=kept, user=admin, reason="改期", expires_on=datetime.date(2020, 1, 1))
    assert set(refused.value.message_dict) == {"expires_on"}
    kept.refresh_from_db()
    assert not kept.is_revoked
    changed = services.certificate_reissue(certificate=kept, user=admin, reason="改期", expires_on=later.replace(day=1))
    assert changed.expires_on == later.replace(day=1)
    dropped = services.certificate_reissue(certificate=changed, user=admin, reason="长期有效", expires_on=None)
    assert dropped.expires_on is None
    # One that has expired since must be given a new date (or none) to be reissued: it would be born expired.
    Certificate.objects.filter(pk=dropped.pk).update(expires_on=datetime.date(2020, 1, 1))
    dropped.refresh_from_db()
    with pytest.raises(ValidationError) as refused:
        services.certificate_reissue(certificate=dropped, user=admin, reason="改名", holder_name="张伟")
    assert set(refused.value.message_dict) == {"expires_on"}
