"""Issuing a region's annual service certificates in one action, in the background (django-tasks).

A regional administrator starts a run (`bulk_issue_start`) for their region and a school year; the task
(`tracking.tasks.certificate_bulk_issue` → `bulk_issue_run`) issues the certificate of every eligible vice
principal that does not have one yet, writes each one's PDF once, and packs one ZIP per school, saved in private
storage. Progress is written to the run as it goes.

A worker killed half-way loses nothing that matters: certificates issued so far are committed one by one, and
`certificate_issue` returns the one in force, so resuming (`bulk_issue_resume`, or the task queued again) issues
only what is missing and builds the ZIPs again from scratch.
"""

import logging
import tempfile
import time
import zipfile
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.links import verify_url
from certificates.models import Certificate
from tracking import access, certify
from tracking.models import Appointment, BulkIssue, BulkIssueFile, BulkIssueStatus, Region, division_prefix
from tracking.reports.ledger import appointments_in_year
from tracking.reports.periods import SchoolYear

logger = logging.getLogger(__name__)


def may_issue(user, *, region_code: str) -> bool:
    """Superusers for any region; a regional administrator for their region and the regions under it."""
    return bool(region_code) and access.may_see_region_report(user, code=region_code)


def regions_for(user):
    """The regions `user` may issue annual certificates for."""
    return access.regions_visible_to(user) if access.may_see_region_reports(user) else Region.objects.none()


def _enqueue(run: BulkIssue) -> None:
    from tracking import tasks

    run_id, attempt = run.pk, run.attempt
    transaction.on_commit(lambda: tasks.certificate_bulk_issue.enqueue(run_id, attempt))


def bulk_issue_start(*, user, region_code: str, year: SchoolYear) -> BulkIssue:
    """Start issuing the region's annual certificates for the school year, or return the run already under way."""
    if not may_issue(user, region_code=region_code):
        raise PermissionDenied(_("You cannot issue certificates for this region."))
    with transaction.atomic():
        under_way = (
            BulkIssue.objects.select_for_update()
            .filter(
                region_code=region_code,
                school_year=year.start_year,
                status__in=[BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING],
            )
            .order_by("-pk")
        )
        for run in under_way:
            if not run.is_stale:
                return run
        run = BulkIssue.objects.create(
            region_code=region_code,
            school_year=year.start_year,
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        _enqueue(run)
    return run


def bulk_issue_resume(*, user, run: BulkIssue) -> BulkIssue:
    """Queue a failed or stalled run again: it issues what is missing and rebuilds its ZIPs."""
    if not may_issue(user, region_code=run.region_code):
        raise PermissionDenied(_("You cannot issue certificates for this region."))
    with transaction.atomic():
        run = BulkIssue.objects.select_for_update().get(pk=run.pk)
        if not run.may_resume:
            return run
        run.attempt += 1
        run.status = BulkIssueStatus.QUEUED
        run.error = ""
        run.updated_at = timezone.now()
        run.save(update_fields=["attempt", "status", "error", "updated_at"])
        _enqueue(run)
    return run


PROGRESS_EVERY = 0.5  # seconds: how often counts are written while the run works


def _progress(run: BulkIssue, *, force: bool = True, **fields) -> None:
    """Write progress (at most every PROGRESS_EVERY seconds unless `force`), unless a newer attempt has taken the
    run over (then this one stops). The counts are kept on `run` either way."""
    for name, value in fields.items():
        setattr(run, name, value)
    now = time.monotonic()
    if not force and now - getattr(run, "_written", 0.0) < PROGRESS_EVERY:
        return
    run._written = now
    fields = {name: getattr(run, name) for name in ("total", "done", "issued", "rendered", *fields)}
    fields["updated_at"] = timezone.now()
    if not BulkIssue.objects.filter(pk=run.pk, attempt=run.attempt).update(**fields):
        raise Superseded


class Superseded(Exception):
    """The run was resumed by someone else: this attempt stops without touching it."""


def bulk_issue_run(*, run_id: int, attempt: int) -> int:
    """What the task does. Returns the number of certificates newly issued by this attempt."""
    with transaction.atomic():
        run = BulkIssue.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.attempt != attempt or run.status == BulkIssueStatus.DONE:
            return 0
        run.status = BulkIssueStatus.RUNNING
        run.updated_at = timezone.now()
        run.save(update_fields=["status", "updated_at"])
    try:
        issued = _run(run)
    except Superseded:
        return 0
    except Exception as error:
        logger.exception("Bulk certificate issue %s failed", run.pk)
        BulkIssue.objects.filter(pk=run.pk, attempt=attempt).update(
            status=BulkIssueStatus.FAILED,
            error=f"{type(error).__name__}: {error}"[:1000],
            done=run.done,
            rendered=run.rendered,
            updated_at=timezone.now(),
        )
        raise
    return issued


def _run(run: BulkIssue) -> int:
    year = SchoolYear(run.school_year)
    prefix = division_prefix(run.region_code)
    user = run.created_by
    eligible = certify.eligible_vice_principals(region_prefix=prefix, year=year)
    vps = list(eligible.select_related("user"))
    _progress(run, total=len(vps), done=0, rendered=0)
    # Those issued already (by an earlier attempt, a run before this one, or one at a time), in one query.
    existing = {
        certificate.holder_key: certificate
        for certificate in Certificate.objects.filter(
            kind="annual",
            subject_key=certify.annual_subject(year),
            holder_key__in=[certify.holder_key(vp) for vp in vps],
            revoked_at__isnull=True,
        )
    }
    missing = [vp for vp in vps if certify.holder_key(vp) not in existing]
    ledgers = {}
    if missing:
        ledgers = certify.ledgers_by_vice_principal(eligible.filter(pk__in=[vp.pk for vp in missing]), year)
    certificates: dict[int, Certificate] = {}
    issued = 0
    for vp in vps:
        certificate = existing.get(certify.holder_key(vp))
        if certificate is None:
            certificate = certify.annual_certificate_issue(
                vice_principal=vp, year=year, user=user, ledgers=ledgers.get(vp.pk, [])
            )
            issued += 1
        certificates[vp.pk] = certificate
        _progress(run, force=False, done=run.done + 1)
    _progress(run, issued=_issued_by_run(run, year=year, keys=[certify.holder_key(vp) for vp in vps]))
    _build_zips(run, year=year, prefix=prefix, certificates=certificates)
    _progress(run, status=BulkIssueStatus.DONE, finished_at=timezone.now())
    return issued


def _issued_by_run(run: BulkIssue, *, year: SchoolYear, keys: list[str]) -> int:
    """Certificates of these holders issued since the run started (by this run, or before it got to them)."""
    return Certificate.objects.filter(
        kind="annual",
        subject_key=certify.annual_subject(year),
        holder_key__in=keys,
        revoked_at__isnull=True,
        issued_at__gte=run.created_at,
    ).count()


def certificate_pdf_bytes(certificate: Certificate) -> bytes:
    """The certificate as a PDF: `certificates.render` where it exists, else a plain A4 page with the same text."""
    try:
        from certificates.render import certificate_pdf
    except ImportError:
        return _plain_pdf(certificate)
    return certificate_pdf(certificate=certificate)


def _plain_pdf(certificate: Certificate) -> bytes:
    from cms import pdf

    style = pdf.styles()
    story = [
        pdf.text(certificate.title, style.title),
        pdf.text(certificate.holder_name, style.heading),
        pdf.text(certificate.statement, style.body),
        *[pdf.text(f"{label}: {value}", style.body) for label, value in certificate.details],
        pdf.text(certificate.issuer, style.body),
        pdf.text(certificate.issued_at.date().isoformat(), style.body),
        pdf.text(certificate.grouped_code, style.small),
        pdf.text(verify_url(certificate.code), style.small),
    ]
    return pdf.render_a4(story=story, title=certificate.title, header=certificate.title, footer=certificate.issuer)


def pdf_name(certificate: Certificate) -> str:
    return f"{certificate.school_year}-{certificate.holder_name}-{certificate.grouped_code}.pdf"


def _build_zips(run: BulkIssue, *, year: SchoolYear, prefix: str, certificates: dict[int, Certificate]) -> None:
    """One ZIP per school under the region with an eligible vice principal appointed in the year. Each PDF is
    rendered once, to a temporary folder, so memory stays flat whatever the number of certificates."""
    appointments = (
        appointments_in_year(
            Appointment.objects.filter(school__region__code__startswith=prefix, vice_principal__in=list(certificates)),
            year,
        )
        .select_related("school")
        .order_by("school__code")
    )
    schools: dict[int, tuple] = {}
    for appointment in appointments:
        school, members = schools.setdefault(appointment.school_id, (appointment.school, set()))
        members.add(appointment.vice_principal_id)
    with transaction.atomic():
        for old in BulkIssueFile.objects.filter(run=run):
            old.delete()
    with tempfile.TemporaryDirectory(prefix="certificates-") as folder:
        paths: dict[int, Path] = {}
        for vp_id, certificate in certificates.items():
            path = Path(folder) / f"{certificate.pk}.pdf"
            path.write_bytes(certificate_pdf_bytes(certificate))
            paths[vp_id] = path
            _progress(run, force=False, rendered=run.rendered + 1)
        for school, members in schools.values():
            archive = Path(folder) / f"{school.code}.zip"
            with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
                for vp_id in sorted(members, key=lambda pk: certificates[pk].holder_name):
                    zf.write(paths[vp_id], arcname=pdf_name(certificates[vp_id]))
            entry = BulkIssueFile(
                run=run,
                school=school,
                school_name=school.name,
                school_code=school.code,
                certificates=len(members),
                size=archive.stat().st_size,
            )
            with archive.open("rb") as handle:
                entry.file.save(f"{school.code}.zip", File(handle), save=True)
            _progress(run)
