"""The `certificates_bulk` benchmark at a tiny scale (10 eligible vice principals, 2 below the duty, 3 schools): its
data makes exactly the eligible ones eligible, and its measurement runs the real bulk issue and finds every count
right (bench/run.py certificates_bulk does the same with 1,000)."""

import pytest
from django.db import connection

from bench import certificates_bulk
from bench.certificates import _Failures
from bench.run import result
from tests.conftest import require_system

pytestmark = pytest.mark.django_db


@pytest.fixture
def year():
    from tracking.reports.periods import SchoolYear

    return SchoolYear(SchoolYear.current().start_year - 1)


@pytest.fixture
def populated(demo, year):
    if connection.vendor != "postgresql":
        pytest.skip(
            "the benchmark's data is written with PostgreSQL's generate_series: run with DATABASE_URL=postgres://…"
        )
    return certificates_bulk.populate(year=year, vice_principals=10, ineligible=2, schools=3)


def test_the_data_makes_exactly_the_asked_vice_principals_eligible(populated, year):
    from tracking import certify
    from tracking.models import School, VicePrincipal

    eligible = certify.eligible_vice_principals(region_prefix="3301", year=year)
    ours = VicePrincipal.objects.filter(user__username__startswith=certificates_bulk.USERNAME_PREFIX)
    assert ours.count() == 12
    assert eligible.count() == 10
    assert set(eligible) <= set(ours)
    assert School.objects.filter(code__startswith="3301").count() == 3
    assert populated.is_superuser


def measured(user, year, *, expected: int) -> tuple[list[str], dict]:
    """The group's measurement, in this process (its queued tasks never run: the test's transaction does not
    commit, and the measurement runs the task itself); the ZIPs it wrote removed after."""
    from certificates import fonts
    from tracking.models import BulkIssueFile

    require_system("a certificate font (fonts-wqy-zenhei, fonts-hanazono)", bool(fonts.configured_fonts()))
    failures = _Failures()
    try:
        lines = list(
            certificates_bulk.measure(
                failures, result=result, log=print, user=user, region_code="330100", year=year, expected=expected
            )
        )
    finally:
        for entry in BulkIssueFile.objects.filter(run__region_code="330100"):
            entry.file.storage.delete(entry.file.name)
    return failures.failed, {line["name"]: line for line in lines}


def test_the_measurement_runs_the_bulk_issue_and_checks_its_counts(populated, year):
    from tracking.models import BulkIssue

    failed, figures = measured(populated, year, expected=10)
    assert failed == []
    assert figures["certificates_bulk_1000"]["certificates"] == 10
    assert figures["certificates_bulk_1000"]["pdfs"] == 10
    assert figures["certificates_bulk_1000"]["zips"] == 3
    assert figures["certificates_bulk_again"]["certificates"] == 0
    assert figures["certificates_bulk_again"]["zips"] == 3
    assert figures["certificates_bulk_zips"]["pdfs"] == 10
    assert figures["certificates_bulk_counts_match"]["value"] is True
    assert figures["certificates_bulk_peak_rss"]["value"] >= figures["certificates_bulk_baseline_rss"]["value"]
    assert BulkIssue.objects.filter(region_code="330100", status="done").count() == 2


def test_a_wrong_count_fails_the_group(populated, year):
    """Told to expect one more eligible vice principal than there are, the measurement fails its counts."""
    failed, figures = measured(populated, year, expected=11)
    assert {"certificates_bulk_eligible", "certificates_bulk_issued", "certificates_bulk_counts_match"} <= set(failed)
    assert figures["certificates_bulk_counts_match"]["value"] is False
    assert "certificates_in_force" in figures["certificates_bulk_counts_match"]["failed"]


def test_the_group_uses_a_database_of_its_own():
    assert (
        certificates_bulk.database_url("postgres://postgres@127.0.0.1:5432/safecampus_bench")
        == "postgres://postgres@127.0.0.1:5432/safecampus_bench_certificates"
    )
