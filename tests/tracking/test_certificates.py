"""Vice principals' certificates: the session certificate issued when the school confirms (and revoked when the
session is voided), the annual service certificate at exactly the duty, the bulk issue of a region's annual
certificates with one ZIP per school, its resumption after an interruption, who may use which URL, and the
dashboard's list."""

import datetime
import io
import zipfile
import zoneinfo
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from certificates.models import Certificate
from courses.models import Audience
from tracking import certify, certify_bulk, services
from tracking.factories import AppointmentFactory, SchoolFactory
from tracking.models import BulkIssue, BulkIssueStatus, Session, SessionStatus
from tracking.reports.counting import ledger_figures
from tracking.reports.periods import SchoolYear

pytestmark = pytest.mark.django_db

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
Y2024 = SchoolYear(2024)


def beijing(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=BEIJING)


@pytest.fixture
def confirmed(world, make_session):
    """A session put straight into the confirmed state (as the ledger tests do), with `hours` class-hours."""

    def make(when, hours="1.0", **fields):
        session = make_session(starts_at=when, class_hours=Decimal(hours), **fields)
        Session.objects.filter(pk=session.pk).update(status=SessionStatus.CONFIRMED)
        session.status = SessionStatus.CONFIRMED
        return session

    return make


def annual_certificates(vp, year=Y2024):
    return Certificate.objects.filter(
        kind="annual", subject_key=certify.annual_subject(year), holder_key=certify.holder_key(vp)
    )


# --- Session certificates ------------------------------------------------------------------------------------------


def test_confirming_a_session_issues_its_certificate_and_voiding_revokes_it(
    world, make_session, django_capture_on_commit_callbacks
):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3), class_hours=Decimal("1.5"))
    parents = Audience.objects.get(code="parents")
    services.session_log_held(session=session, user=world["vp"].user, attendance={parents: 40})
    assert certify.session_certificate(session) is None
    with django_capture_on_commit_callbacks(execute=True):
        services.session_confirm(session=session, user=world["contact"])
    certificate = certify.session_certificate(session)
    assert certificate is not None
    assert certificate.kind == "session" and certificate.holder_name == world["vp"].name
    assert certificate.holder_key == f"tracking.vice_principal:{world['vp'].pk}"
    assert certificate.subject_key == f"tracking.session:{session.pk}"
    assert certificate.owner == world["vp"].user and certificate.issuer == world["school"].name
    assert certificate.school_code == world["school"].code and certificate.region_code == world["region"].code
    assert certificate.school_year == SchoolYear.of(session.local_date).start_year
    assert "1.5" in certificate.statement and "40" in certificate.statement
    assert world["school"].name in certificate.statement
    # Idempotent: issuing again returns the same certificate.
    assert certify.session_certificate_issue(session=session) == certificate

    with django_capture_on_commit_callbacks(execute=True):
        services.session_void(session=session, user=world["contact"], reason="重复登记")
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoke_reason == "重复登记"
    assert certify.session_certificate(session) is None
    assert Certificate.objects.filter(subject_key=f"tracking.session:{session.pk}").count() == 1


def test_no_certificate_when_the_confirmation_rolls_back(world, make_session, django_capture_on_commit_callbacks):
    from django.db import transaction

    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            services.session_confirm(session=session, user=world["contact"])
            raise RuntimeError
    assert not callbacks
    assert certify.session_certificate(session) is None


def test_the_session_inspect_page_shows_the_certificate_code(world, make_session, client):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    Session.objects.filter(pk=session.pk).update(status=SessionStatus.CONFIRMED)
    certificate = certify.session_certificate_issue(session=session)
    client.force_login(world["vp"].user)
    page = client.get(reverse("wagtailsnippets_tracking_session:inspect", args=[session.pk])).content.decode()
    assert certificate.grouped_code in page


# --- Annual service certificates -----------------------------------------------------------------------------------


def test_annual_eligibility_at_exactly_four_hours_and_not_at_three_and_a_half(world, confirmed):
    vp, other = world["vp"], world["other_vp"]
    confirmed(beijing(2024, 10, 8, 9), "2.0")
    confirmed(beijing(2025, 3, 4, 9), "1.5")
    assert not certify.annual_certificate_eligible(vice_principal=vp, year=Y2024)
    with pytest.raises(ValidationError):
        certify.annual_certificate_issue(vice_principal=vp, year=Y2024)
    assert not certify.eligible_vice_principals(region_prefix=world["region"].prefix, year=Y2024).filter(pk=vp.pk)
    confirmed(beijing(2025, 8, 31, 23), "0.5")  # the year's last hour, Beijing time
    confirmed(beijing(2025, 9, 1, 0, 30), "3.0")  # the next school year: does not count
    assert ledger_figures(vice_principal=vp, school=world["school"], year=Y2024).confirmed_hours == Decimal("4.0")
    assert certify.annual_certificate_eligible(vice_principal=vp, year=Y2024)
    eligible = certify.eligible_vice_principals(region_prefix=world["region"].prefix, year=Y2024)
    assert list(eligible) == [vp]
    assert other not in certify.eligible_vice_principals(region_prefix=world["other_region"].prefix, year=Y2024)


def test_the_annual_certificate_lists_every_school_served(world, confirmed):
    vp = world["vp"]
    second = SchoolFactory(name="测试第三小学", code="3659000003", region=world["region"], student_count=300)
    AppointmentFactory(vice_principal=vp, school=second, start_date=datetime.date(2024, 9, 1))
    confirmed(beijing(2024, 10, 8, 9), "4.0")
    confirmed(beijing(2024, 11, 8, 9), "1.0", school=second)
    certificate = certify.annual_certificate_issue(vice_principal=vp, year=Y2024)
    rows = dict(certificate.details)
    assert set(rows) >= {world["school"].name, second.name}
    assert "4.0" in rows[world["school"].name] and "1.0" in rows[second.name]
    assert certificate.issuer == world["school"].name  # the duty was met there only
    assert certificate.school_year == 2024 and certificate.region_code == world["region"].code
    assert "5.0" in certificate.statement and "2024–2025" in certificate.statement
    assert certify.annual_certificate_issue(vice_principal=vp, year=Y2024) == certificate
    assert annual_certificates(vp).count() == 1


# --- Bulk issue ----------------------------------------------------------------------------------------------------


@pytest.fixture
def bulk_world(world, confirmed):
    """Three eligible vice principals in `world`'s region: one serving two schools, one below the duty."""
    from tracking.factories import UserFactory, VicePrincipalFactory

    region = world["region"]
    second = SchoolFactory(name="测试第四中学", code="3659000004", region=region, student_count=900)
    vp2 = VicePrincipalFactory(user=UserFactory(username="t-bulk-vp2"), name="测试警官丙")
    vp3 = VicePrincipalFactory(user=UserFactory(username="t-bulk-vp3"), name="测试警官丁")
    below = VicePrincipalFactory(user=UserFactory(username="t-bulk-vp4"), name="测试警官戊")
    AppointmentFactory(vice_principal=world["vp"], school=second, start_date=datetime.date(2024, 9, 1))
    for vp, school in ((vp2, world["school"]), (vp3, second), (below, second)):
        AppointmentFactory(vice_principal=vp, school=school, start_date=datetime.date(2024, 9, 1))
    confirmed(beijing(2024, 10, 8, 9), "4.0")  # world's vp at the first school; also appointed at the second
    confirmed(beijing(2024, 10, 9, 9), "4.0", vp=vp2)
    confirmed(beijing(2024, 10, 10, 9), "5.0", vp=vp3, school=second)
    confirmed(beijing(2024, 10, 11, 9), "3.5", vp=below, school=second)
    return {"second": second, "vps": [world["vp"], vp2, vp3], "below": below}


def zip_names(entry) -> list[str]:
    with entry.file.open("rb") as handle:
        return zipfile.ZipFile(io.BytesIO(handle.read())).namelist()


def test_bulk_issue_end_to_end(world, bulk_world, client, django_capture_on_commit_callbacks):
    client.force_login(world["regional"])
    url = reverse("tracking_certificates_annual") + f"?region={world['region'].code}&year=2024"
    page = client.get(url)
    assert page.status_code == 200
    assert b'data-count="eligible">3<' in page.content and b'data-count="issued">0<' in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("tracking_certificates_annual_issue"), {"region": world["region"].code, "year": "2024"}
        )
    run = BulkIssue.objects.get(region_code=world["region"].code, school_year=2024)
    assert response.status_code == 302 and response["Location"] == reverse("tracking_certificate_run", args=[run.pk])
    assert run.status == BulkIssueStatus.DONE and run.total == 3 and run.done == 3 and run.rendered == 3
    assert run.issued == 3 and run.created_by == world["regional"]
    for vp in bulk_world["vps"]:
        assert annual_certificates(vp).count() == 1
    assert not annual_certificates(bulk_world["below"]).exists()
    files = {entry.school_code: entry for entry in run.files.all()}
    assert set(files) == {world["school"].code, bulk_world["second"].code}
    # world's vp serves both schools, so appears in both ZIPs.
    first, second = zip_names(files[world["school"].code]), zip_names(files[bulk_world["second"].code])
    assert len(first) == 2 and len(second) == 2 and all(name.endswith(".pdf") for name in first + second)
    vp_certificate = annual_certificates(world["vp"]).get()
    for school in (world["school"], bulk_world["second"]):
        figures = ledger_figures(vice_principal=world["vp"], school=school, year=Y2024)
        assert dict(vp_certificate.details)[school.name] == gettext(
            "%(hours)s class-hours in %(sessions)s confirmed sessions"
        ) % {"hours": f"{figures.confirmed_hours:.1f}", "sessions": figures.confirmed_sessions}
    assert certify_bulk.pdf_name(vp_certificate) in first and certify_bulk.pdf_name(vp_certificate) in second
    with files[world["school"].code].file.open("rb") as handle:
        with zipfile.ZipFile(io.BytesIO(handle.read())) as archive:
            assert all(archive.read(name).startswith(b"%PDF") for name in archive.namelist())

    progress = client.get(reverse("tracking_certificate_run", args=[run.pk]))
    assert progress.status_code == 200 and b'http-equiv="refresh"' not in progress.content
    download = client.get(reverse("tracking_certificate_run_file", args=[run.pk, files[world["school"].code].pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    assert "private" in download["Cache-Control"]
    assert zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content))).namelist() == first
    # A second run issues nothing new.
    page = client.get(url)
    assert b'data-count="issued">3<' in page.content and b'data-count="missing">0<' in page.content
    again = certify_bulk.bulk_issue_start(user=world["regional"], region_code=world["region"].code, year=Y2024)
    certify_bulk.bulk_issue_run(run_id=again.pk, attempt=again.attempt)
    again.refresh_from_db()
    assert again.status == BulkIssueStatus.DONE and again.issued == 0 and again.files.count() == 2
    assert (
        Certificate.objects.filter(kind="annual", subject_key="tracking.annual:2024")
        .filter(holder_key__in=[certify.holder_key(vp) for vp in bulk_world["vps"]])
        .count()
        == 3
    )


class Interrupted(Exception):
    pass


def test_bulk_issue_resumes_after_an_interruption(world, bulk_world, monkeypatch):
    issue = certify.annual_certificate_issue
    calls = {"n": 0}

    def dies_after_two(**kwargs):
        if calls["n"] == 2:
            raise Interrupted("worker killed")
        calls["n"] += 1
        return issue(**kwargs)

    monkeypatch.setattr(certify, "annual_certificate_issue", dies_after_two)
    run = BulkIssue.objects.create(region_code=world["region"].code, school_year=2024, created_by=world["regional"])
    with pytest.raises(Interrupted):
        certify_bulk.bulk_issue_run(run_id=run.pk, attempt=run.attempt)
    run.refresh_from_db()
    assert run.status == BulkIssueStatus.FAILED and run.done == 2 and "worker killed" in run.error
    assert run.may_resume and not run.files.exists()
    keys = [certify.holder_key(vp) for vp in bulk_world["vps"]]
    annual = Certificate.objects.filter(kind="annual", subject_key="tracking.annual:2024", holder_key__in=keys)
    assert annual.count() == 2
    first_codes = set(annual.values_list("code", flat=True))

    monkeypatch.setattr(certify, "annual_certificate_issue", issue)
    resumed = certify_bulk.bulk_issue_resume(user=world["regional"], run=run)
    assert resumed.attempt == 2 and resumed.status == BulkIssueStatus.QUEUED
    # The interrupted attempt's task, queued again by its worker, stops at once.
    assert certify_bulk.bulk_issue_run(run_id=run.pk, attempt=1) == 0
    assert certify_bulk.bulk_issue_run(run_id=run.pk, attempt=2) == 1
    run.refresh_from_db()
    assert run.status == BulkIssueStatus.DONE and run.total == 3 and run.done == 3 and run.issued == 3
    assert annual.count() == 3 and first_codes < set(annual.values_list("code", flat=True))
    for vp in bulk_world["vps"]:
        assert annual_certificates(vp).count() == 1
    assert sorted(entry.certificates for entry in run.files.all()) == [2, 2]


def test_a_stalled_run_may_be_resumed(world, bulk_world):
    run = BulkIssue.objects.create(
        region_code=world["region"].code,
        school_year=2024,
        status=BulkIssueStatus.RUNNING,
        updated_at=timezone.now() - datetime.timedelta(minutes=30),
    )
    assert run.is_stale and run.may_resume and not run.is_active
    # Starting again does not wait for the dead run.
    fresh = certify_bulk.bulk_issue_start(user=world["regional"], region_code=world["region"].code, year=Y2024)
    assert fresh.pk != run.pk


class Killed(BaseException):
    """What SIGKILL does to a worker: the task stops where it is, and no `except Exception` runs (so the run is not
    marked failed). Not a subprocess: the test database lives in one connection's transaction."""


def school_zips(run) -> dict[str, list[str]]:
    return {entry.school_code: sorted(zip_names(entry)) for entry in run.files.all()}


def expected_zips(world, bulk_world) -> dict[str, list[str]]:
    """Every school's ZIP holds the PDF of each eligible vice principal appointed there: world's vp serves both."""
    vp, vp2, vp3 = (annual_certificates(vp).get() for vp in bulk_world["vps"])
    return {
        world["school"].code: sorted(certify_bulk.pdf_name(c) for c in (vp, vp2)),
        bulk_world["second"].code: sorted(certify_bulk.pdf_name(c) for c in (vp, vp3)),
    }


def make_stale(run) -> None:
    """The run's progress has not moved for longer than STALE_AFTER."""
    from tracking.models.certificates import STALE_AFTER

    old = timezone.now() - STALE_AFTER - datetime.timedelta(minutes=1)
    BulkIssue.objects.filter(pk=run.pk).update(updated_at=old)


@pytest.mark.parametrize("killed_while", ["issuing", "zipping"])
def test_a_killed_worker_leaves_a_stopped_run_that_resumes_issuing_only_what_is_missing(
    world, bulk_world, client, monkeypatch, django_capture_on_commit_callbacks, killed_while
):
    issue, name = certify.annual_certificate_issue, certify_bulk.pdf_name
    calls = {"issue": 0, "name": 0}

    def issue_then_die(**kwargs):
        if killed_while == "issuing" and calls["issue"] == 2:
            raise Killed
        calls["issue"] += 1
        return issue(**kwargs)

    def name_then_die(certificate):
        # Two PDFs per school: the third name is the second school's first, once the first school's ZIP is stored.
        if killed_while == "zipping" and calls["name"] == 2:
            raise Killed
        calls["name"] += 1
        return name(certificate)

    monkeypatch.setattr(certify, "annual_certificate_issue", issue_then_die)
    monkeypatch.setattr(certify_bulk, "pdf_name", name_then_die)
    region = world["region"].code
    run = certify_bulk.bulk_issue_start(user=world["regional"], region_code=region, year=Y2024)
    with pytest.raises(Killed):
        certify_bulk.bulk_issue_run(run_id=run.pk, attempt=run.attempt)
    monkeypatch.undo()
    run.refresh_from_db()
    # Left as the kill left it: running, no ZIP listed, progress frozen. Until it is stale it counts as under way.
    assert run.status == BulkIssueStatus.RUNNING and run.attempt == 1 and not run.files.exists()
    assert run.is_active and not run.may_resume
    assert certify_bulk.bulk_issue_resume(user=world["regional"], run=run).attempt == 1
    assert certify_bulk.bulk_issue_start(user=world["regional"], region_code=region, year=Y2024) == run
    keys = [certify.holder_key(vp) for vp in bulk_world["vps"]]
    annual = Certificate.objects.filter(kind="annual", subject_key="tracking.annual:2024", holder_key__in=keys)
    before = set(annual.values_list("code", flat=True))
    assert len(before) == (2 if killed_while == "issuing" else 3)

    make_stale(run)
    client.force_login(world["regional"])
    page = client.get(reverse("tracking_certificate_run", args=[run.pk])).content.decode()
    assert 'data-testid="run-stopped"' in page and "<strong>" + gettext("Stopped") + "</strong>" in page
    assert reverse("tracking_certificate_run_resume", args=[run.pk]) in page and 'http-equiv="refresh"' not in page
    annual_page = client.get(reverse("tracking_certificates_annual") + f"?region={region}&year=2024").content.decode()
    assert 'data-testid="run-stopped"' in annual_page
    assert reverse("tracking_certificate_run", args=[run.pk]) in annual_page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("tracking_certificate_run_resume", args=[run.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("tracking_certificate_run", args=[run.pk])
    run.refresh_from_db()
    assert run.status == BulkIssueStatus.DONE and run.attempt == 2
    assert run.total == run.done == run.rendered == 3 and run.issued == 3
    # Only what was missing was issued: the certificates of the killed attempt are the same ones.
    assert before <= set(annual.values_list("code", flat=True)) and annual.count() == 3
    for vp in bulk_world["vps"]:
        assert annual_certificates(vp).count() == 1
    # Every school's ZIP, whole.
    assert school_zips(run) == expected_zips(world, bulk_world)
    # The killed attempt's task, should the queue deliver it again, does nothing.
    assert certify_bulk.bulk_issue_run(run_id=run.pk, attempt=1) == 0
    assert school_zips(run) == expected_zips(world, bulk_world)


@pytest.mark.parametrize("stuck_in", ["ledgers", "pdfs"])
@pytest.mark.parametrize("taken_over_by", ["resume", "start"])
def test_a_stuck_worker_taken_for_stopped_writes_nothing_over_the_run_that_replaced_it(
    world, bulk_world, client, monkeypatch, django_capture_on_commit_callbacks, stuck_in, taken_over_by
):
    """A live worker that writes no progress for STALE_AFTER (a long read of the ledgers, a slow disk) looks
    stopped, and the administrator starts again. When it wakes up it must stop without touching anything."""
    from certificates import render
    from tracking.models import BulkIssueFile

    region = world["region"].code
    # Only the writes that must happen: the attempt checks stay where they are whatever the clock does.
    monkeypatch.setattr(certify_bulk, "PROGRESS_EVERY", 3600)
    run = certify_bulk.bulk_issue_start(user=world["regional"], region_code=region, year=Y2024)
    client.force_login(world["regional"])
    newer = {}
    published = {}

    def runs_now():
        return {r.pk: (r.status, r.attempt, r.updated_at) for r in BulkIssue.objects.filter(region_code=region)}

    def take_over():
        if "taken" in newer:
            return  # the newer attempt's own way through
        newer["taken"] = True
        make_stale(run)
        with django_capture_on_commit_callbacks(execute=True):  # the newer attempt's task runs to its end here
            if taken_over_by == "resume":
                response = client.post(reverse("tracking_certificate_run_resume", args=[run.pk]))
            else:
                response = client.post(
                    reverse("tracking_certificates_annual_issue"), {"region": region, "year": "2024"}
                )
        assert response.status_code == 302
        replacement = BulkIssue.objects.filter(region_code=region, school_year=2024).order_by("-pk").first()
        assert replacement.status == BulkIssueStatus.DONE
        newer["run"] = replacement
        newer["files"] = {(f.pk, f.file.name) for f in replacement.files.all()}
        newer["zips"] = school_zips(replacement)
        newer["runs"] = runs_now()

    ledgers, pdf = certify.ledgers_by_vice_principal, render.certificate_pdf

    def slow_ledgers(*args, **kwargs):
        if stuck_in == "ledgers":
            take_over()
        return ledgers(*args, **kwargs)

    pdfs = {"n": 0}

    def slow_pdf(*, certificate):
        pdfs["n"] += 1
        if stuck_in == "pdfs" and pdfs["n"] == 3:  # the stuck attempt's last PDF
            take_over()
        return pdf(certificate=certificate)

    publish = certify_bulk._publish

    def publish_noted(run, *, files):
        published[run.attempt] = [f.file.name for f in files]
        return publish(run, files=files)

    monkeypatch.setattr(certify, "ledgers_by_vice_principal", slow_ledgers)
    monkeypatch.setattr(render, "certificate_pdf", slow_pdf)
    monkeypatch.setattr(certify_bulk, "_publish", publish_noted)
    assert certify_bulk.bulk_issue_run(run_id=run.pk, attempt=1) == 0

    assert "run" in newer, "the stuck attempt never got where it should be taken over"
    replacement = newer["run"]
    assert (replacement.pk == run.pk) == (taken_over_by == "resume")
    # Nothing the stuck attempt did after waking up shows: the runs, their files and the ZIPs are as they were.
    assert runs_now() == newer["runs"]
    assert {(f.pk, f.file.name) for f in BulkIssueFile.objects.filter(run__region_code=region)} == newer["files"]
    assert school_zips(replacement) == newer["zips"] == expected_zips(world, bulk_world)
    for vp in bulk_world["vps"]:
        assert annual_certificates(vp).count() == 1
    if taken_over_by == "start":
        # The run it replaced stays stopped, with no ZIP of the stuck attempt's, and may be resumed later.
        run.refresh_from_db()
        assert run.status == BulkIssueStatus.RUNNING and run.attempt == 2 and run.is_stale and run.may_resume
        assert not run.files.exists()
    if stuck_in == "pdfs":
        # It got as far as storing its ZIPs, was refused the swap, and took them away again.
        storage = BulkIssueFile._meta.get_field("file").storage
        assert published[1] and not any(storage.exists(name) for name in published[1])
        assert all(storage.exists(name) for _pk, name in newer["files"])


def test_a_run_back_from_a_long_read_is_no_longer_stopped(world, bulk_world, monkeypatch):
    """The ledgers are read in one go, with no progress written meanwhile: once done, the run says it moved."""
    run = certify_bulk.bulk_issue_start(user=world["regional"], region_code=world["region"].code, year=Y2024)
    ledgers, issue = certify.ledgers_by_vice_principal, certify.annual_certificate_issue
    seen = []

    def long_read(*args, **kwargs):
        make_stale(run)
        return ledgers(*args, **kwargs)

    def issue_noting(**kwargs):
        seen.append(BulkIssue.objects.get(pk=run.pk).is_stale)
        return issue(**kwargs)

    monkeypatch.setattr(certify, "ledgers_by_vice_principal", long_read)
    monkeypatch.setattr(certify, "annual_certificate_issue", issue_noting)
    certify_bulk.bulk_issue_run(run_id=run.pk, attempt=run.attempt)
    assert seen and not any(seen)


def test_the_annual_run_s_valid_until_date(world, bulk_world, client, monkeypatch, django_capture_on_commit_callbacks):
    from certificates.links import verify_path
    from tests.certificates.test_admin import frozen_today

    region = world["region"].code
    issue_url = reverse("tracking_certificates_annual_issue")
    today = timezone.localdate()
    until = today + datetime.timedelta(days=300)
    already = certify.annual_certificate_issue(vice_principal=bulk_world["vps"][2], year=Y2024)
    client.force_login(world["regional"])
    page = client.get(reverse("tracking_certificates_annual") + f"?region={region}&year=2024").content.decode()
    assert 'name="expires_on"' in page and 'type="date"' in page

    refused = client.post(issue_url, {"region": region, "year": "2024", "expires_on": "2020-08-31"})
    assert refused.status_code == 400
    message = refused.context["form"].errors["expires_on"][0]
    html = refused.content.decode()
    assert today.isoformat() in message and message.split(",")[0] in html
    assert html.index(message.split(",")[0]) > html.index('for="id_expires_on"')
    assert 'value="2020-08-31"' in html
    assert not BulkIssue.objects.filter(region_code=region).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(issue_url, {"region": region, "year": "2024", "expires_on": until.isoformat()})
    run = BulkIssue.objects.get(region_code=region)
    assert response.status_code == 302 and run.status == BulkIssueStatus.DONE and run.expires_on == until
    assert until.isoformat() in client.get(response["Location"]).content.decode()
    vp, vp2, _vp3 = (annual_certificates(vp).get() for vp in bulk_world["vps"])
    assert vp.expires_on == vp2.expires_on == until
    already.refresh_from_db()
    assert already.expires_on is None  # issued before the run: kept as it was

    public = client.get(verify_path(vp.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate is valid" in public and until.isoformat() in public
    frozen_today(monkeypatch, until + datetime.timedelta(days=1))
    public = client.get(verify_path(vp.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate has expired" in public and f"valid only until {until.isoformat()}" in public
    # The certificate issued before the run has no date: it stays valid.
    public = client.get(verify_path(already.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate is valid" in public


# --- Permissions ---------------------------------------------------------------------------------------------------


def test_every_url_is_for_the_regions_administrators(world, bulk_world, client, django_user_model):
    run = certify_bulk.bulk_issue_start(user=world["regional"], region_code=world["region"].code, year=Y2024)
    certify_bulk.bulk_issue_run(run_id=run.pk, attempt=run.attempt)
    entry = run.files.first()
    urls = {
        "list": reverse("tracking_certificates_annual") + f"?region={world['region'].code}&year=2024",
        "run": reverse("tracking_certificate_run", args=[run.pk]),
        "file": reverse("tracking_certificate_run_file", args=[run.pk, entry.pk]),
    }
    post_urls = {
        "issue": (reverse("tracking_certificates_annual_issue"), {"region": world["region"].code, "year": "2024"}),
        "resume": (reverse("tracking_certificate_run_resume", args=[run.pk]), {}),
    }
    other_admin = django_user_model.objects.create_user("t-region-other", is_staff=True)
    world["other_region"].administrators.add(other_admin)
    from cms import roles

    other_admin.groups.add(roles.group_with_admin_access(name=roles.REGIONAL_ADMINS))
    for user in (world["vp"].user, world["contact"], world["trainer"], other_admin):
        client.force_login(user)
        for name, url in urls.items():
            assert client.get(url).status_code == 403, (user, name)
        for name, (url, data) in post_urls.items():
            assert client.post(url, data).status_code == 403, (user, name)
    assert BulkIssue.objects.filter(region_code=world["region"].code).count() == 1
    # The other region's administrator may use the page for their own region.
    assert client.get(reverse("tracking_certificates_annual")).status_code == 200
    superuser = django_user_model.objects.create_superuser("t-cert-super", password="x")
    for user in (world["regional"], superuser):
        client.force_login(user)
        for name, url in urls.items():
            assert client.get(url).status_code == 200, (user, name)


def test_the_progress_page_refreshes_itself_while_the_run_works(world, bulk_world, client):
    run = BulkIssue.objects.create(region_code=world["region"].code, school_year=2024, total=3, done=1)
    client.force_login(world["regional"])
    page = client.get(reverse("tracking_certificate_run", args=[run.pk])).content.decode()
    assert 'http-equiv="refresh"' in page and 'data-status="queued"' in page and 'value="16"' in page


# --- Dashboard -----------------------------------------------------------------------------------------------------


def test_the_vice_principal_sees_their_certificates_on_the_dashboard(world, confirmed, client):
    session = confirmed(beijing(2024, 10, 8, 9), "4.0")
    session_certificate = certify.session_certificate_issue(session=session)
    annual = certify.annual_certificate_issue(vice_principal=world["vp"], year=Y2024)
    other = certify.session_certificate_issue(
        session=confirmed(beijing(2024, 10, 9, 9), vp=world["other_vp"], school=world["other_school"])
    )
    client.force_login(world["vp"].user)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-testid="my-certificates"' in page
    assert session_certificate.grouped_code in page and annual.grouped_code in page
    assert other.grouped_code not in page
    assert certify.certificate_url(annual) in page
    download = client.get(certify.certificate_url(annual))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
