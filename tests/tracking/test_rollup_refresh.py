"""The summary tables catch up after committed changes, through the queued task (the immediate backend in tests),
including after an earlier transaction on the same connection was rolled back."""

import datetime

import pytest
from django.db import transaction

from tracking.models import RollupDirty, SessionStatus
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
