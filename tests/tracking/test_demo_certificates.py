"""The demo's certificates: every confirmed demo session has its session certificate, every vice principal who met
the duty last school year has an annual one, learners have completion certificates, and each kind verifies on the
public page with its holder's name hidden."""

import re

import pytest
from django.test import Client

from certificates.links import verify_path
from certificates.models import Certificate, CertificateKind
from tracking import certify
from tracking.models import Session, SessionStatus
from tracking.reports.periods import SchoolYear

pytestmark = pytest.mark.django_db


def in_force(kind: str):
    return Certificate.objects.filter(kind=kind, revoked_at__isnull=True)


def test_every_confirmed_demo_session_has_its_certificate(demo):
    confirmed = Session.objects.filter(status=SessionStatus.CONFIRMED)
    assert confirmed.count() > 100
    subjects = set(in_force(CertificateKind.SESSION).values_list("subject_key", flat=True))
    assert {certify.session_subject(pk) for pk in confirmed.values_list("pk", flat=True)} <= subjects


def test_every_vice_principal_who_met_the_duty_last_year_has_an_annual_certificate(demo):
    year = SchoolYear(SchoolYear.current().start_year - 1)
    eligible = list(certify.eligible_vice_principals(region_prefix="11", year=year))
    assert eligible
    for vice_principal in eligible:
        certificate = certify.annual_certificate(vice_principal=vice_principal, year=year)
        assert certificate is not None and certificate.holder_name == vice_principal.name


@pytest.mark.parametrize("kind", [CertificateKind.SESSION, CertificateKind.ANNUAL, CertificateKind.COMPLETION])
def test_each_kind_verifies_as_valid_with_the_name_hidden(demo, kind):
    certificate = in_force(kind).order_by("pk").first()
    assert certificate is not None, f"the demo has no {kind} certificate"
    response = Client().get(verify_path(certificate.code), HTTP_ACCEPT_LANGUAGE="zh-hans")
    body = re.sub(r"\s+", " ", response.content.decode())
    assert response.status_code == 200
    assert "此证书有效" in body
    assert certificate.holder_name not in body


def test_a_session_voided_after_confirmation_has_its_certificate_revoked_with_the_reason(demo):
    session = Session.objects.get(status=SessionStatus.VOIDED, confirmed_at__isnull=False)
    certificate = Certificate.objects.get(subject_key=certify.session_subject(session.pk))
    assert certificate.is_revoked and certificate.revoke_reason == session.void_reason
    assert certify.session_certificate(session) is None
    body = re.sub(
        r"\s+", " ", Client().get(verify_path(certificate.code), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    )
    assert "此证书已撤销" in body and session.void_reason in body
