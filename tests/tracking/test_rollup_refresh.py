"""The summary tables catch up after committed changes, through the queued task (the immediate backend in tests),
including after an earlier transaction on the same connection was rolled back, and after a change committed while
a full rebuild was running."""

import datetime
import threading

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from tracking.models import RollupDirty, SessionStatus
from tracking.reports import rollups
from tracking.reports.periods import Period, SchoolYear
from tracking.reports.regional import region_report, region_report_plain, scope_for


class Boom(Exception):
    pass


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_committed_change_is_refreshed_even_after_a_rollback(world):
    from tracking.factories import SessionFactory

    year = SchoolYear.current()
    starts = year.starts_at + datetime.timedelta(days=10, hours=2)
    make = dict(
        vice_principal=world["vp"], school=world["school"], topic=world["topic"], status=SessionStatus.CONFIRMED
    )
    with pytest.raises(Boom), transaction.atomic():
        SessionFactory(starts_at=starts, ends_at=starts + datetime.timedelta(minutes=45), **make)
        raise Boom
    with transaction.atomic():
        SessionFactory(starts_at=starts, ends_at=starts + datetime.timedelta(minutes=45), **make)
    assert not RollupDirty.objects.exists()
    scope, period = scope_for(code=world["region"].code), Period.whole_year(year)
    report = region_report(scope=scope, period=period)
    assert report.totals.confirmed_sessions == region_report_plain(scope=scope, period=period).totals.confirmed_sessions
    assert report.totals.confirmed_sessions >= 1


def _confirmed_session(world, year: SchoolYear):
    from tracking.factories import SessionFactory

    starts = year.starts_at + datetime.timedelta(days=12, hours=2)
    return SessionFactory(
        vice_principal=world["vp"],
        school=world["school"],
        topic=world["topic"],
        status=SessionStatus.CONFIRMED,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(minutes=45),
    )


def _confirmed(world, year: SchoolYear, *, plain: bool) -> int:
    """The confirmed sessions of the world's city (a district's report counts its sessions directly)."""
    from tracking.factories import RegionFactory

    city = RegionFactory(code=world["region"].code[:4] + "00", name="测试市")
    build = region_report_plain if plain else region_report
    return build(scope=scope_for(code=city.code), period=Period.whole_year(year)).totals.confirmed_sessions


def _change_after_reading(monkeypatch, year: SchoolYear, change) -> None:
    """Run `change()` inside the rebuild, once it has read and written `year`: a change another connection commits
    after the rebuild has passed its district, which the rebuild's figures do not include."""
    write, pending = rollups._write, [year]

    def write_then_change(*, schools, year: SchoolYear, scope):
        built = write(schools=schools, year=year, scope=scope)
        if year in pending:
            pending.clear()
            change()
        return built

    monkeypatch.setattr(rollups, "_write", write_then_change)


@pytest.mark.parametrize("already_marked", [False, True], ids=["new mark", "mark rewritten"])
@pytest.mark.parametrize("clock_behind", [False, True], ids=["clock right", "clock an hour behind"])
def test_a_mark_written_during_a_rebuild_survives_it_and_is_refreshed(
    world, monkeypatch, django_capture_on_commit_callbacks, already_marked, clock_behind
):
    year = SchoolYear.current()
    code, other = world["region"].code, world["other_region"].code
    RollupDirty.objects.filter(school_year=year.start_year).delete()
    rollups.rollups_mark(district_codes=[other], years=[year])
    if already_marked:
        rollups.rollups_mark(district_codes=[code], years=[year])
    started = timezone.now()

    def change():
        _confirmed_session(world, year)
        if clock_behind:
            # Marked by a transaction that began long before it committed, or on a server whose clock runs slow.
            mark = RollupDirty.objects.filter(district_code=code, school_year=year.start_year)
            mark.update(marked_at=started - datetime.timedelta(hours=1))

    _change_after_reading(monkeypatch, year, change)
    with django_capture_on_commit_callbacks() as queued:
        rollups.rollups_rebuild()
    # The mark the rebuild read before reading the sessions is cleared; the one written after it is not.
    assert set(RollupDirty.objects.filter(school_year=year.start_year).values_list("district_code", flat=True)) == {
        code
    }
    assert _confirmed(world, year, plain=False) == _confirmed(world, year, plain=True) - 1
    # What runs once the rebuild commits: the change's own refresh and the one the rebuild queues.
    assert queued
    for callback in queued:
        callback()
    assert not RollupDirty.objects.filter(district_code=code).exists()
    assert _confirmed(world, year, plain=False) == _confirmed(world, year, plain=True) >= 1


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: SQLite lets one writer in at a time, so nothing commits beside a rebuild",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_session_committed_on_another_connection_during_a_rebuild_is_counted(world, monkeypatch):
    """The rebuild, on its own connection, waits after reading the year until a session is committed here; this
    session's refresh then finds the rebuild running and steps aside, and the one the rebuild queues counts it."""
    year = SchoolYear.current()
    passed, committed = threading.Event(), threading.Event()
    errors = []

    def wait_for_the_change():
        passed.set()
        assert committed.wait(30), "the session was never committed"

    _change_after_reading(monkeypatch, year, wait_for_the_change)

    def rebuild():
        try:
            rollups.rollups_rebuild()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
            passed.set()
        finally:
            connections.close_all()

    worker = threading.Thread(target=rebuild)
    worker.start()
    try:
        assert passed.wait(120), "the rebuild never reached the year"
        with transaction.atomic():
            # First, so the rebuild goes on before this session's own refresh runs.
            transaction.on_commit(committed.set)
            _confirmed_session(world, year)
    finally:
        committed.set()
        worker.join(120)
    assert not worker.is_alive()
    assert not errors, errors
    assert not RollupDirty.objects.filter(school_year=year.start_year).exists()
    assert _confirmed(world, year, plain=False) == _confirmed(world, year, plain=True) >= 1
