"""Two requests issuing the same certificate at the same moment give one certificate: the database's partial unique
constraint decides, and the loser returns the winner's. Needs real concurrent connections, so PostgreSQL (CI's
second pass); SQLite serialises writers and cannot show the race."""

import datetime
import threading
import zoneinfo
from decimal import Decimal

import pytest
from django.db import connection, connections

from certificates import services as certificate_services
from certificates.models import Certificate
from tracking import certify
from tracking.models import Session, SessionStatus
from tracking.reports.periods import SchoolYear

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises writers, so two connections never race (CI runs it on PostgreSQL)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
Y2024 = SchoolYear(2024)


def race(monkeypatch, work, threads: int = 2) -> list:
    """Run `work()` in `threads` threads, each on its own connection, held at a barrier until every one of them
    has looked for a certificate in force and found none, so they all try to insert at once."""
    barrier = threading.Barrier(threads, timeout=20)
    looked = threading.local()
    in_force = certificate_services._in_force
    lookups = []

    def look_then_wait(**kwargs):
        found = in_force(**kwargs)
        lookups.append(found)
        if not getattr(looked, "done", False):
            looked.done = True
            barrier.wait()
        return found

    monkeypatch.setattr(certificate_services, "_in_force", look_then_wait)
    results, errors = [None] * threads, []

    def run(index):
        try:
            results[index] = work()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
            barrier.abort()
        finally:
            connections.close_all()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert not errors, errors
    # Every thread found nothing and tried to insert; each loser hit the constraint and looked again.
    assert lookups[:threads] == [None] * threads and len(lookups) == 2 * threads - 1
    return results


def test_two_annual_issues_at_once_give_one_certificate(world, monkeypatch):
    from tracking.factories import SessionFactory

    start = datetime.datetime(2024, 10, 8, 9, tzinfo=BEIJING)
    SessionFactory(
        vice_principal=world["vp"],
        school=world["school"],
        topic=world["topic"],
        status=SessionStatus.CONFIRMED,
        class_hours=Decimal("4.0"),
        starts_at=start,
        ends_at=start + datetime.timedelta(minutes=45),
    )
    results = race(monkeypatch, lambda: certify.annual_certificate_issue(vice_principal=world["vp"], year=Y2024))
    assert results[0].pk == results[1].pk
    assert (
        Certificate.objects.filter(
            kind="annual", subject_key="tracking.annual:2024", holder_key=certify.holder_key(world["vp"])
        ).count()
        == 1
    )


def test_two_session_certificates_at_once_give_one(world, monkeypatch):
    from tracking.factories import SessionFactory

    start = datetime.datetime(2024, 10, 9, 9, tzinfo=BEIJING)
    session = SessionFactory(
        vice_principal=world["vp"],
        school=world["school"],
        topic=world["topic"],
        status=SessionStatus.CONFIRMED,
        starts_at=start,
        ends_at=start + datetime.timedelta(minutes=45),
    )
    results = race(
        monkeypatch, lambda: certify.session_certificate_issue(session=Session.objects.get(pk=session.pk)), threads=3
    )
    assert len({certificate.pk for certificate in results}) == 1
    assert Certificate.objects.filter(subject_key=certify.session_subject(session.pk)).count() == 1
