"""Issuing a region's annual service certificates in one action, in the background (django-tasks).

A regional administrator starts a run (`bulk_issue_start`) for their region and a school year; the task
(`tracking.tasks.certificate_bulk_issue` → `bulk_issue_run`) issues the certificate of every eligible vice
principal that does not have one yet, writes each one's PDF once, and packs one ZIP per school, saved in private
storage. Progress is written to the run as it goes.

A worker killed half-way loses nothing that matters: certificates issued so far are committed one by one, and
`certificate_issue` returns the one in force, so resuming (`bulk_issue_resume`, or the task queued again) issues
only what is missing and builds the ZIPs again from scratch. A killed worker leaves its run "running" with its
progress frozen; once it has not moved for `STALE_AFTER` it counts as stopped, and may be resumed or started anew.

A worker that is only slow or stuck (a long read of the ledgers writes no progress) may be taken for a stopped one.
That is safe: each start or resume moves the run's attempt number on, and every write of a task (progress, the
ZIPs, the final status, an error) is for its own attempt only, so the older task stops at its next write without
having changed anything; the certificates it issued meanwhile are the same ones the newer task finds in force.
The ZIPs replace the earlier ones in one transaction at the very end, so a run's page never shows a mix of two
attempts' files, nor a partial set.
"""

import datetime
import logging
import tempfile
import time
import zipfile
from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates import services as certificate_services
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


UNDER_WAY = [BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING]


def _move_on(run: BulkIssue) -> None:
    """Give `run` (locked) a new attempt number: a task of the attempt before writes nothing more to it."""
    run.attempt += 1
    run.save(update_fields=["attempt"])


def bulk_issue_start(*, user, region_code: str, year: SchoolYear, expires_on: datetime.date | None = None) -> BulkIssue:
    """Start issuing the region's annual certificates for the school year, valid until `expires_on` if given, or
    return the run already under way. A run under way that stopped moving is fenced off first (see the module's
    docstring): it stays "stopped", and its worker, should it wake up, writes nothing more."""
    if not may_issue(user, region_code=region_code):
        raise PermissionDenied(_("You cannot issue certificates for this region."))
    problem = certificate_services.expiry_problems(expires_on)
    if problem:
        raise ValidationError({"expires_on": problem})
    with transaction.atomic():
        under_way = list(
            BulkIssue.objects.select_for_update()
            .filter(region_code=region_code, school_year=year.start_year, status__in=UNDER_WAY)
            .order_by("-pk")
        )
        for run in under_way:
            if not run.is_stale:
                return run
        for stopped in under_way:
            _move_on(stopped)
        run = BulkIssue.objects.create(
            region_code=region_code,
            school_year=year.start_year,
            expires_on=expires_on,
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        _enqueue(run)
    return run


def bulk_issue_resume(*, user, run: BulkIssue) -> BulkIssue:
    """Queue a failed or stopped run again: it issues what is missing and rebuilds its ZIPs. Returns the run, or
    the other run of its region and school year that is under way (resuming would only do its work twice)."""
    if not may_issue(user, region_code=run.region_code):
        raise PermissionDenied(_("You cannot issue certificates for this region."))
    with transaction.atomic():
        # The same rows `bulk_issue_start` locks, in the same order: a start and a resume at once wait for each other.
        locked = list(
            BulkIssue.objects.select_for_update()
            .filter(region_code=run.region_code, school_year=run.school_year)
            .filter(Q(pk=run.pk) | Q(status__in=UNDER_WAY))
            .order_by("-pk")
        )
        run = next(candidate for candidate in locked if candidate.pk == run.pk)
        if not run.may_resume:
            return run
        live = next((other for other in locked if other.pk != run.pk and other.is_active), None)
        if live is not None:
            return live
        _move_on(run)
        run.status = BulkIssueStatus.QUEUED
        run.error = ""
        run.updated_at = timezone.now()
        run.save(update_fields=["status", "error", "updated_at"])
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
    """The run was resumed, or a new run started in its place: this attempt stops without touching it."""


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
        # One long read that writes no progress: in a large region the run may look stopped meanwhile (see the
        # module's docstring). Say it moved as soon as it is over, and stop here if it was taken over.
        ledgers = certify.ledgers_by_vice_principal(eligible.filter(pk__in=[vp.pk for vp in missing]), year)
        _progress(run)
    certificates: dict[int, Certificate] = {}
    issued = 0
    for vp in vps:
        certificate = existing.get(certify.holder_key(vp))
        if certificate is None:
            certificate = certify.annual_certificate_issue(
                vice_principal=vp, year=year, user=user, ledgers=ledgers.get(vp.pk, []), expires_on=run.expires_on
            )
            issued += 1
        certificates[vp.pk] = certificate
        _progress(run, force=False, done=run.done + 1)
    _progress(run, issued=_issued_by_run(run, year=year, keys=[certify.holder_key(vp) for vp in vps]))
    _build_zips(run, year=year, prefix=prefix, certificates=certificates)
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
    saved: list[BulkIssueFile] = []
    try:
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
                # Stored under this attempt's own name (bulk_file_path), listed only once every school's is there.
                with archive.open("rb") as handle:
                    entry.file.save(f"{school.code}.zip", File(handle), save=False)
                saved.append(entry)
                _progress(run, force=False)
        _publish(run, files=saved)
    except BaseException:
        for entry in saved:
            entry.file.storage.delete(entry.file.name)
        raise


def _publish(run: BulkIssue, *, files: list[BulkIssueFile]) -> None:
    """Put this attempt's ZIPs in place of the run's earlier ones and mark it done, all at once. The first write
    claims the run's row for the attempt (PostgreSQL holds it until the commit, so a resume waits and then finds the
    run done); an attempt that was taken over claims nothing and changes nothing."""
    now = timezone.now()
    with transaction.atomic():
        claimed = BulkIssue.objects.filter(pk=run.pk, attempt=run.attempt).update(
            status=BulkIssueStatus.DONE,
            finished_at=now,
            updated_at=now,
            total=run.total,
            done=run.done,
            issued=run.issued,
            rendered=run.rendered,
        )
        if not claimed:
            raise Superseded
        for old in BulkIssueFile.objects.filter(run_id=run.pk):
            old.delete()  # its ZIP goes once this commits (tracking.models.certificates.delete_bulk_file)
        for entry in files:
            entry.save()
