"""Reads: a certificate by its code, and what its verification page says."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from certificates.codes import normalise
from certificates.models import Certificate

VALID = "valid"
EXPIRED = "expired"
REVOKED = "revoked"
NOT_FOUND = "not_found"
NAME_DOTS = ("·", "•", "‧", "・", "･")


def mask_name(name: str) -> str:
    """Enough of the name to recognise it, not enough to learn it: 张* · 王*明 · 阿卜杜·**. Counted in characters,
    so an Extension B character such as 𠮷 is one."""
    name = name.strip()
    # The middle dot of minority and transliterated names, as typed on different keyboards (·, •, ‧, ・, ･).
    for dot in NAME_DOTS:
        if dot in name:
            return name.split(dot, 1)[0] + dot + "**"
    if len(name) <= 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


@dataclass
class Verification:
    state: str
    certificate: Certificate | None = None
    masked_name: str = ""
    replacement: Certificate | None = None

    def _masked(self, text: str) -> str:
        # A session or annual statement names its holder, and a revocation reason may too ("姓名应为…"); the
        # public page must not give back in full the name its "Holder" row hides.
        name = self.certificate.holder_name.strip() if self.certificate else ""
        return text.replace(name, self.masked_name) if name else text

    @property
    def statement(self) -> str:
        return self._masked(self.certificate.statement) if self.certificate else ""

    @property
    def revoke_reason(self) -> str:
        return self._masked(self.certificate.revoke_reason) if self.certificate else ""

    @property
    def date(self) -> datetime.date | datetime.datetime | None:
        if self.certificate is None:
            return None
        if self.state == REVOKED:
            return self.certificate.revoked_at
        if self.state == EXPIRED:
            return self.certificate.expires_on
        return self.certificate.issued_at


def certificate_by_code(raw: str) -> Certificate | None:
    code = normalise(raw)
    if code is None:
        return None
    return Certificate.objects.select_related("replaced_by").filter(code=code).first()


def verification(raw: str, *, today: datetime.date | None = None) -> Verification:
    """What the public page says for a typed or scanned code. A malformed code is simply not found."""
    certificate = certificate_by_code(raw)
    if certificate is None:
        return Verification(NOT_FOUND)
    if certificate.is_revoked:
        state = REVOKED
    elif certificate.is_expired(today=today or timezone.localdate()):
        state = EXPIRED
    else:
        state = VALID
    replacement = getattr(certificate, "replaced_by", None) if state == REVOKED else None
    return Verification(state, certificate, mask_name(certificate.holder_name), replacement)
