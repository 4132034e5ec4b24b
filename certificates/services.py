"""Issuing, revoking and reissuing certificates. Callers (tracking, courses) say what to certify; this app checks
the name can be printed, keeps one certificate in force per kind, subject and holder, and records revocations."""

import datetime
import enum

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates import fonts
from certificates.codes import new_code
from certificates.models import Certificate

NAME_MAX = 100


def name_problems(name: str) -> str | None:
    """Why `name` cannot go on a certificate, or None."""
    name = (name or "").strip()
    if not name:
        return _("Enter the name to print on the certificate.")
    if len(name) > NAME_MAX:
        return _("A name can be at most %(max)s characters long.") % {"max": NAME_MAX}
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
        return _("The name contains a control character; type it again.")
    missing = fonts.missing_characters(name)
    if missing:
        return _(
            "The certificate fonts cannot print %(chars)s, so the name would show as empty boxes. Check the name, "
            "or ask the site's administrator to add a font that has these characters."
        ) % {"chars": "、".join(f"“{c}”(U+{ord(c):04X})" for c in missing)}
    return None


def expiry_problems(expires_on: datetime.date | None, *, issued_on: datetime.date | None = None) -> str | None:
    """Why a certificate issued on `issued_on` (today, Beijing time) cannot be valid until `expires_on`, or None. A
    certificate may expire on the day it is issued, not before: it would be born expired."""
    issued_on = issued_on or timezone.localdate()
    if expires_on is None or expires_on >= issued_on:
        return None
    return _(
        "A certificate cannot expire before the day it is issued, %(date)s. Choose that day or a later one, or leave "
        "the date empty for a certificate that does not expire."
    ) % {"date": issued_on.isoformat()}


def _in_force(*, kind: str, subject_key: str, holder_key: str) -> Certificate | None:
    return Certificate.objects.filter(
        kind=kind, subject_key=subject_key, holder_key=holder_key, revoked_at__isnull=True
    ).first()


def certificate_issue(
    *,
    kind: str,
    subject_key: str,
    holder_key: str,
    holder_name: str,
    title: str,
    statement: str,
    issuer: str,
    language: str = "zh-hans",
    details: list | None = None,
    expires_on: datetime.date | None = None,
    school_name: str = "",
    school_code: str = "",
    region_code: str = "",
    school_year: int | None = None,
    owner=None,
    notice_version: str = "",
    guardian_consent: bool = False,
    user=None,
    replaces: Certificate | None = None,
) -> Certificate:
    """The certificate in force for this kind, subject and holder: the existing one, or a new one. Two requests at
    once give one certificate (the database's unique constraint decides; the loser reads the winner's)."""
    holder_name = (holder_name or "").strip()
    problem = name_problems(holder_name)
    if problem:
        raise ValidationError({"holder_name": problem})
    problem = expiry_problems(expires_on)
    if problem:
        raise ValidationError({"expires_on": problem})
    existing = _in_force(kind=kind, subject_key=subject_key, holder_key=holder_key)
    if existing is not None:
        return existing
    fields = {
        "kind": kind,
        "subject_key": subject_key,
        "holder_key": holder_key,
        "holder_name": holder_name,
        "title": title,
        "statement": statement,
        "issuer": issuer,
        "language": language,
        "details": details or [],
        "expires_on": expires_on,
        "school_name": school_name,
        "school_code": school_code,
        "region_code": region_code,
        "school_year": school_year,
        "owner": owner,
        "notice_version": notice_version,
        "guardian_consent": guardian_consent,
        "created_by": user if getattr(user, "is_authenticated", False) else None,
        "replaces": replaces,
    }
    for _attempt in range(3):
        try:
            with transaction.atomic():
                return Certificate.objects.create(code=new_code(), **fields)
        except IntegrityError:
            existing = _in_force(kind=kind, subject_key=subject_key, holder_key=holder_key)
            if existing is not None:
                return existing
            # Otherwise the random code collided (about 1 in 2**99): draw another.
    raise RuntimeError("Could not issue a certificate")


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why: the verification page shows the reason.")})
    return reason


def certificate_revoke(*, certificate: Certificate, user, reason: str) -> Certificate:
    reason = _reason(reason)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is not None:
            raise ValidationError(_("This certificate was already revoked."))
        locked.revoked_at = timezone.now()
        locked.revoked_by = user if getattr(user, "is_authenticated", False) else None
        locked.revoke_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    return locked


class Keep(enum.Enum):
    """`certificate_reissue(expires_on=Keep.SAME)`: the replacement is valid until the same date as the original."""

    SAME = "same"


def certificate_reissue(
    *,
    certificate: Certificate,
    user,
    reason: str,
    holder_name: str | None = None,
    expires_on: datetime.date | None | Keep = Keep.SAME,
) -> Certificate:
    """Revoke `certificate` and issue its replacement (say, with a corrected name, or another validity date: None for
    none), linked to it. The old verification address keeps working and says it was replaced."""
    reason = _reason(reason)
    changes = {}
    if holder_name is not None:
        changes["holder_name"] = holder_name
    if expires_on is not Keep.SAME:
        changes["expires_on"] = expires_on
    problems = {
        "holder_name": name_problems(changes.get("holder_name", certificate.holder_name)),
        "expires_on": expiry_problems(changes.get("expires_on", certificate.expires_on)),
    }
    problems = {field: problem for field, problem in problems.items() if problem}
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        old = certificate_revoke(certificate=certificate, user=user, reason=reason)
        fields = {
            field: getattr(old, field)
            for field in (
                "kind subject_key holder_key holder_name title statement issuer language details expires_on "
                "school_name school_code region_code school_year owner notice_version guardian_consent"
            ).split()
        }
        fields.update(changes)
        return certificate_issue(**fields, user=user, replaces=old)
