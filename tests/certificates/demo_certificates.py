"""A session certificate at the demo's Dongcheng school, owned by the demo's vice principal `vp`: for tests that
show one in a browser (verification, revocation) without depending on the certificates the demo issues."""


def dongcheng_session_certificate(*, key: str, holder_name: str = "张建国", **overrides):
    """`expires_on` may be in the past: the certificate is issued, then given that date, as if it had expired since."""
    from django.contrib.auth import get_user_model

    from certificates import services
    from certificates.models import Certificate

    fields = {
        "kind": "session",
        "subject_key": f"{key}.session",
        "holder_key": f"{key}.vp",
        "holder_name": holder_name,
        "title": "授课证明",
        "statement": "于2025年10月10日在北京市东城区东华门小学讲授防溺水1课时，经学校确认。",
        "issuer": "北京市东城区东华门小学",
        "school_name": "北京市东城区东华门小学",
        "school_code": "1101010001",
        "region_code": "110101",
        "school_year": 2025,
        "owner": get_user_model().objects.get(username="vp"),
    }
    expires_on = overrides.pop("expires_on", None)
    certificate = services.certificate_issue(**{**fields, **overrides})
    if expires_on is not None:
        Certificate.objects.filter(pk=certificate.pk).update(expires_on=expires_on)
        certificate.refresh_from_db()
    return certificate
