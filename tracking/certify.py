"""Certificates for vice principals, issued through `certificates.services` (which keeps one in force per kind,
subject and holder, so every function here may run twice):

- the session certificate (授课证明): when the school confirms a session; revoked, with the reason, if the session
  is later voided. Issued by a background task after the confirmation commits (`session_status_changed`);
- the annual service certificate (年度履职证明): for a vice principal and a school year, once the duty of 4 confirmed
  class-hours is met at one school at least. It lists the confirmed class-hours at every school they served.

What counts is `tracking.reports.counting`: the figures printed are the duty ledger's.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import formats, translation
from django.utils.translation import gettext as _

from certificates import services as certificate_services
from certificates.models import Certificate, CertificateKind
from tracking.models import Appointment, Session, SessionKind, SessionStatus, VicePrincipal
from tracking.reports.counting import COUNTED, ZERO, in_year
from tracking.reports.ledger import Ledger, appointments_in_year, ledgers_for, vice_principal_ledgers
from tracking.reports.ledger_pdf import hours
from tracking.reports.periods import DUTY_CLASS_HOURS, SchoolYear

# The certificates admin's download view (certificates.viewsets), which lets a certificate's owner download it.
DOWNLOAD_URL_NAME = "certificates_admin:pdf"
LANGUAGE = "zh-hans"  # what the certificates print in; the interface language of whoever clicks does not matter


def session_subject(session_id: int) -> str:
    return f"tracking.session:{session_id}"


def annual_subject(year: SchoolYear) -> str:
    return f"tracking.annual:{year.start_year}"


def holder_key(vice_principal: VicePrincipal) -> str:
    return f"tracking.vice_principal:{vice_principal.pk}"


def _day(value: datetime.date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


# --- Session certificates -----------------------------------------------------------------------------------------


def session_certificate(session: Session) -> Certificate | None:
    """The session's certificate in force, if one was issued."""
    return Certificate.objects.filter(
        kind=CertificateKind.SESSION,
        subject_key=session_subject(session.pk),
        holder_key=f"tracking.vice_principal:{session.vice_principal_id}",
        revoked_at__isnull=True,
    ).first()


def _session_text(session: Session) -> dict:
    """Title, statement and detail rows of a session's certificate, in the certificate's language."""
    vp, school = session.vice_principal, session.school
    attendance = sum(row.count for row in session.attendance.all())
    subject = session.display_title
    if session.kind == SessionKind.DRILL:
        subject_label = _("Drill scenario")
        statement = _(
            "On %(date)s %(name)s led the emergency drill “%(subject)s” at %(school)s as its rule-of-law vice "
            "principal: %(hours)s class-hours, %(attendance)s taking part. Confirmed by the school."
        )
    else:
        subject_label = _("Topic")
        statement = _(
            "On %(date)s %(name)s gave the lecture “%(subject)s” at %(school)s as its rule-of-law vice "
            "principal: %(hours)s class-hours, %(attendance)s attending. Confirmed by the school."
        )
    values = {
        "date": _day(session.local_date),
        "name": vp.name,
        "subject": subject,
        "school": school.name,
        "hours": hours(session.class_hours),
        "attendance": attendance,
    }
    return {
        "title": _("Session certificate"),
        "statement": statement % values,
        "details": [
            [_("Date"), values["date"]],
            [_("School"), school.name],
            [subject_label, subject],
            [_("Class-hours"), values["hours"]],
            [_("Attendance"), str(attendance)],
        ],
    }


def session_certificate_issue(*, session: Session, user=None) -> Certificate | None:
    """The certificate of a confirmed session (the existing one if already issued); None for a session that is not
    confirmed (it was disputed or voided again before this ran)."""
    session = sessions_for_certificates(Session.objects.filter(pk=session.pk)).get()
    if session.status != SessionStatus.CONFIRMED:
        return None
    return issue_for_loaded_session(session=session, user=user)


def sessions_for_certificates(sessions: QuerySet[Session]) -> QuerySet[Session]:
    """`sessions` with what their certificates print, loaded in three queries whatever their number."""
    return sessions.select_related("vice_principal__user", "school__region", "topic", "scenario").prefetch_related(
        "attendance"
    )


def issue_for_loaded_session(*, session: Session, user=None) -> Certificate:
    """`session_certificate_issue` for a confirmed session read with `sessions_for_certificates`."""
    vp, school = session.vice_principal, session.school
    with translation.override(LANGUAGE):
        text = _session_text(session)
    return certificate_services.certificate_issue(
        kind=CertificateKind.SESSION,
        subject_key=session_subject(session.pk),
        holder_key=holder_key(vp),
        holder_name=vp.name,
        language=LANGUAGE,
        issuer=school.name,
        school_name=school.name,
        school_code=school.code,
        region_code=school.region.code,
        school_year=SchoolYear.of(session.local_date).start_year,
        owner=vp.user,
        user=user,
        **text,
    )


def session_certificate_revoke(*, session: Session, user=None, reason: str) -> Certificate | None:
    """Revoke the session's certificate, if one is in force, with the reason the session was voided."""
    certificate = session_certificate(session)
    if certificate is None:
        return None
    try:
        return certificate_services.certificate_revoke(
            certificate=certificate, user=user, reason=reason or _("The session was voided.")
        )
    except ValidationError:
        return None  # revoked meanwhile by someone else


def session_status_changed(*, session: Session, previous: str | None, user=None) -> None:
    """Called by the services inside the change's transaction: once it commits, queue the certificate's issue (on
    confirmation) or its revocation (on voiding). Nothing happens if the transaction rolls back."""
    if session.status == previous:
        return
    session_id, user_id = session.pk, getattr(user, "pk", None)
    if session.status == SessionStatus.CONFIRMED:
        transaction.on_commit(lambda: _enqueue("certificate_session_issue", session_id, user_id))
    elif session.status == SessionStatus.VOIDED and previous == SessionStatus.CONFIRMED:
        transaction.on_commit(lambda: _enqueue("certificate_session_revoke", session_id, user_id))


def _enqueue(name: str, *args) -> None:
    from tracking import tasks

    getattr(tasks, name).enqueue(*args)


# --- Annual service certificates ----------------------------------------------------------------------------------


def _met(ledger: Ledger) -> bool:
    return ledger.figures.met


def annual_certificate_eligible(*, vice_principal: VicePrincipal, year: SchoolYear) -> bool:
    """The vice principal met the duty (4 confirmed class-hours) at one school at least in the school year."""
    return any(_met(ledger) for ledger in vice_principal_ledgers(vice_principal=vice_principal, year=year))


def annual_certificate(*, vice_principal: VicePrincipal, year: SchoolYear) -> Certificate | None:
    return Certificate.objects.filter(
        kind=CertificateKind.ANNUAL,
        subject_key=annual_subject(year),
        holder_key=holder_key(vice_principal),
        revoked_at__isnull=True,
    ).first()


def _annual_text(*, vice_principal: VicePrincipal, year: SchoolYear, ledgers: list[Ledger]) -> dict:
    met = [ledger for ledger in ledgers if _met(ledger)]
    total = sum((ledger.figures.confirmed_hours for ledger in ledgers), ZERO)
    statement = _(
        "In school year %(year)s %(name)s (%(agency)s) served as rule-of-law vice principal and gave %(hours)s "
        "confirmed class-hours of rule-of-law and safety education, meeting the yearly duty of %(duty)s "
        "class-hours at %(schools)s."
    ) % {
        "year": year.label,
        "name": vice_principal.name,
        "agency": vice_principal.agency,
        "hours": hours(total),
        "duty": DUTY_CLASS_HOURS,
        "schools": "、".join(ledger.school.name for ledger in met),
    }
    details = [
        [
            ledger.school.name,
            _("%(hours)s class-hours in %(sessions)s confirmed sessions")
            % {"hours": hours(ledger.figures.confirmed_hours), "sessions": ledger.figures.confirmed_sessions},
        ]
        for ledger in ledgers
    ]
    details.append([_("Total"), _("%(hours)s class-hours") % {"hours": hours(total)}])
    return {"title": _("Annual service certificate"), "statement": statement, "details": details}


def annual_certificate_issue(
    *,
    vice_principal: VicePrincipal,
    year: SchoolYear,
    user=None,
    ledgers: list[Ledger] | None = None,
    expires_on: datetime.date | None = None,
) -> Certificate:
    """The vice principal's annual service certificate for the school year: the one in force, or a new one (valid
    until `expires_on`, if given). Refused (ValidationError) while the duty is not met at any school.

    `ledgers`: the vice principal's ledgers for the year, when the caller read many at once (`ledgers_by_vice_
    principal`); read here otherwise."""
    existing = annual_certificate(vice_principal=vice_principal, year=year)
    if existing is not None:
        return existing
    if ledgers is None:
        ledgers = vice_principal_ledgers(vice_principal=vice_principal, year=year)
    ledgers = sorted(ledgers, key=lambda ledger: (-ledger.figures.confirmed_hours, ledger.school.name))
    met = [ledger for ledger in ledgers if _met(ledger)]
    if not met:
        raise ValidationError(
            _("%(name)s has not met the duty of %(duty)s class-hours at any school in school year %(year)s.")
            % {"name": vice_principal.name, "duty": DUTY_CLASS_HOURS, "year": year.label}
        )
    main = met[0].school
    with translation.override(LANGUAGE):
        text = _annual_text(vice_principal=vice_principal, year=year, ledgers=ledgers)
    return certificate_services.certificate_issue(
        kind=CertificateKind.ANNUAL,
        subject_key=annual_subject(year),
        holder_key=holder_key(vice_principal),
        holder_name=vice_principal.name,
        language=LANGUAGE,
        issuer="、".join(ledger.school.name for ledger in met),
        school_name=main.name,
        school_code=main.code,
        region_code=main.region.code,
        school_year=year.start_year,
        owner=vice_principal.user,
        user=user,
        expires_on=expires_on,
        **text,
    )


def _met_pairs(year: SchoolYear) -> QuerySet:
    """(vice principal, school) pairs whose confirmed class-hours in the year reach the duty, as one grouped query
    over the sessions (the same sum as `counting.ledger_figures`), for pairs with an appointment in the year."""
    appointed = appointments_in_year(
        Appointment.objects.filter(vice_principal=OuterRef("vice_principal_id"), school=OuterRef("school_id")), year
    )
    return (
        in_year(Session.objects.filter(status=COUNTED), year)
        .order_by()
        .values("vice_principal_id", "school_id")
        .annotate(confirmed_hours=Coalesce(Sum("class_hours"), ZERO))
        .filter(confirmed_hours__gte=DUTY_CLASS_HOURS)
        .filter(Exists(appointed))
    )


def ledgers_by_vice_principal(vice_principals: QuerySet[VicePrincipal], year: SchoolYear) -> dict[int, list[Ledger]]:
    """Every ledger of these vice principals in the year, grouped by vice principal, in two queries in all."""
    ids = vice_principals.order_by().values("pk")
    grouped: dict[int, list[Ledger]] = {}
    appointments = Appointment.objects.filter(vice_principal__in=ids)
    sessions = Session.objects.filter(vice_principal__in=ids)
    for ledger in ledgers_for(appointments, year, sessions=sessions):
        grouped.setdefault(ledger.vice_principal.pk, []).append(ledger)
    return grouped


def eligible_vice_principals(*, region_prefix: str, year: SchoolYear) -> QuerySet[VicePrincipal]:
    """Vice principals appointed during the year at a school under `region_prefix` who met the duty at one school
    at least (anywhere: the certificate lists every school they served)."""
    in_region = appointments_in_year(Appointment.objects.filter(school__region__code__startswith=region_prefix), year)
    met = _met_pairs(year).values("vice_principal_id")
    return VicePrincipal.objects.filter(pk__in=in_region.values("vice_principal_id")).filter(pk__in=met)


def annual_issued_count(*, vice_principals: QuerySet[VicePrincipal], year: SchoolYear) -> int:
    """How many of `vice_principals` hold an annual certificate in force for the year."""
    keys = [holder_key(vp) for vp in vice_principals.only("pk")]
    return (
        Certificate.objects.filter(
            kind=CertificateKind.ANNUAL, subject_key=annual_subject(year), holder_key__in=keys, revoked_at__isnull=True
        )
        .values("holder_key")
        .distinct()
        .count()
    )


def vice_principal_certificates(vice_principal: VicePrincipal) -> QuerySet[Certificate]:
    """The vice principal's certificates in force, newest first."""
    return Certificate.objects.filter(
        Q(holder_key=holder_key(vice_principal)) | Q(owner_id=vice_principal.user_id), revoked_at__isnull=True
    ).order_by("-issued_at", "-pk")


def certificate_url(certificate: Certificate) -> str:
    """Where the dashboard links a certificate: the certificates admin's download view (or, should that app not
    be installed, the certificate's public verification page)."""
    from django.urls import NoReverseMatch, reverse

    from certificates.links import verify_path

    try:
        return reverse(DOWNLOAD_URL_NAME, args=[certificate.pk])
    except NoReverseMatch:
        return verify_path(certificate.code)


def certificate_list_url() -> str | None:
    """The certificates admin's list, where a vice principal finds all of theirs."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("certificates_admin:index")
    except NoReverseMatch:
        return None
