"""The benchmark's data generator at a tiny scale, and the regional report over what it made against the plain
count over the sessions (the benchmark checks the same at 1,000,000 sessions: bench/run.py)."""

import pytest
from django.db import connection
from django.db.models import F

from bench.generate import USERNAME_PREFIX, Scale, Years, generate, province_school_counts
from bench.report import differences, digest, report_sql_figures, sql_totals

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(demo):
    if connection.vendor != "postgresql":
        pytest.skip("the generator writes with PostgreSQL's generate_series: run with DATABASE_URL=postgres://…")
    years = Years.now()
    return generate(scale=Scale.tiny(), years=years), years


def test_province_shares_add_up():
    counts = province_school_counts(50_000)
    assert sum(counts.values()) == 50_000
    assert len(counts) == 31
    assert max(counts, key=counts.get) == "44"


def test_tiny_data_set_has_the_asked_shape(generated):
    from tracking.models import Appointment, School, Session

    result, years = generated
    assert result["counts"]["schools"] == 40
    ours = Session.objects.filter(vice_principal__user__username__startswith=USERNAME_PREFIX)
    assert ours.filter(starts_at__gte=years.full.starts_at, starts_at__lt=years.full.ends_at).count() == 200
    assert ours.filter(starts_at__gte=years.current.starts_at).exists()
    assert not Session.objects.filter(ends_at__lte=F("starts_at")).exists()
    for session in ours.select_related("school", "vice_principal"):
        day = session.local_date
        # Inside an appointment of its vice principal at its school, on a weekday; not held in the future.
        appointments = Appointment.objects.filter(
            vice_principal=session.vice_principal, school=session.school, start_date__lte=day
        ).exclude(end_date__lt=day)
        assert appointments.exists(), session.pk
        assert day.isoweekday() < 6
        if day >= years.today:
            assert session.status in ("scheduled", "cancelled")
    schools = School.objects.filter(appointments__vice_principal__user__username__startswith=USERNAME_PREFIX)
    assert all(len(code) == 10 and code.isdigit() for code in schools.values_list("code", flat=True))


@pytest.mark.parametrize("code", ["", "440000", "110000"])
def test_report_from_rollups_matches_the_plain_count(generated, code):
    from tracking.reports.periods import Period
    from tracking.reports.regional import region_report, region_report_plain, scope_for
    from tracking.reports.rollups import rollups_rebuild

    _result, years = generated
    rollups_rebuild()
    scope = scope_for(code=code)
    for year in (years.full, years.current):
        period = Period.whole_year(year)
        report = region_report(scope=scope, period=period, today=years.today)
        plain = region_report_plain(scope=scope, period=period, today=years.today)
        assert differences(digest(report), digest(plain)) == []
        assert report_sql_figures(report) == sql_totals(prefix=scope.prefix, period=period)
        assert report.totals.held_sessions > 0


def test_the_entry_point_refuses_a_database_not_named_for_the_benchmark(capsys):
    from bench import run

    with pytest.raises(SystemExit) as exit_info:
        run.parse_args(["--database", "postgres://postgres@127.0.0.1:5432/safecampus"])
    assert exit_info.value.code == 2
    assert "contains 'bench'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run.parse_args(["no-such-group"])
    assert run.parse_args(["report", "--reuse"]).groups == ["report"]


def test_a_line_says_whether_it_met_its_target():
    from bench.run import result

    assert result("x_ms", 150.0, "ms", 200) == {
        "name": "x_ms",
        "value": 150.0,
        "unit": "ms",
        "target": 200,
        "met": True,
    }
    assert result("x_ms", 250.0, "ms", 200)["met"] is False
    assert result("ok", False, "bool", True)["met"] is False
    assert "met" not in result("rebuild_seconds", 60, "s", None, rows=3)
