"""The demo's certificates: a session certificate for each confirmed demo session (the demo bulk-inserts its
sessions, so no confirmation issued them), a revoked one for a session voided after its confirmation, and an annual
service certificate for every demo vice principal who met the duty last school year. Idempotent; renders no PDF, so
`load_demo` stays quick."""

from certificates.models import Certificate, CertificateKind
from tracking import certify
from tracking.models import Session, SessionStatus
from tracking.reports.periods import SchoolYear

DEMO_PREFIX = "11"  # Beijing, where the tracking demo lives


def load_certificate_demo(*, stdout=None) -> list:
    confirmed = Session.objects.filter(status=SessionStatus.CONFIRMED, school__region__code__startswith=DEMO_PREFIX)
    existing = set(
        Certificate.objects.filter(
            kind=CertificateKind.SESSION, subject_key__startswith="tracking.session:", revoked_at__isnull=True
        ).values_list("subject_key", flat=True)
    )
    missing = [pk for pk in confirmed.values_list("pk", flat=True) if certify.session_subject(pk) not in existing]
    sessions = 0
    for session in certify.sessions_for_certificates(Session.objects.filter(pk__in=missing)).order_by("starts_at"):
        certificate = certify.issue_for_loaded_session(session=session)
        if session.confirmed_at:
            # Dated as if issued when the school confirmed the session.
            Certificate.objects.filter(pk=certificate.pk).update(issued_at=session.confirmed_at)
        sessions += 1
    revoked = _revoke_voided_sessions()
    year = SchoolYear(SchoolYear.current().start_year - 1)
    annual = 0
    for vp in certify.eligible_vice_principals(region_prefix=DEMO_PREFIX, year=year).select_related("user"):
        if certify.annual_certificate(vice_principal=vp, year=year) is None:
            certify.annual_certificate_issue(vice_principal=vp, year=year)
            annual += 1
    if stdout is not None:
        stdout.write(
            f"Certificates: {sessions} session certificates and {annual} annual service certificates "
            f"({year.label}) issued."
        )
        for certificate in revoked:
            stdout.write(f"Revoked (its session was voided after confirmation): {certificate.grouped_code}.")
    return []


def _revoke_voided_sessions() -> list[Certificate]:
    """A session the school confirmed and then voided had its certificate issued and then revoked, with the voiding
    reason: give the demo's such session that history, so the verification page's revoked state can be seen."""
    voided = Session.objects.filter(
        status=SessionStatus.VOIDED, confirmed_at__isnull=False, school__region__code__startswith=DEMO_PREFIX
    )
    revoked = []
    for session in certify.sessions_for_certificates(voided).order_by("starts_at"):
        if Certificate.objects.filter(subject_key=certify.session_subject(session.pk)).exists():
            continue
        certificate = certify.issue_for_loaded_session(session=session)
        Certificate.objects.filter(pk=certificate.pk).update(issued_at=session.confirmed_at)
        revoked.append(certify.session_certificate_revoke(session=session, reason=session.void_reason))
    return [certificate for certificate in revoked if certificate is not None]
