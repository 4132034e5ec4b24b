"""The regional report's figures against ones worked out by hand on a small fixed world, from the summary tables
(rebuilt, or refreshed after changes) and from the plain count over the sessions."""

import datetime
from decimal import Decimal

import pytest
from django.utils.translation import gettext

from tracking.models import RollupDirty, SessionKind, SessionStatus
from tracking.reports import rollups
from tracking.reports.periods import Period, SchoolYear, beijing
from tracking.reports.regional import region_report, region_report_plain, scope_for

YEAR = SchoolYear(2024)
TODAY = datetime.date(2024, 12, 5)  # September to November are due: a monthly school needs 3, a kindergarten 1


def at(day: str, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour), tzinfo=beijing())


@pytest.fixture
def small(db):
    from cms.models import SchoolLevel
    from courses.models import Audience, TopicPage
    from drills.models import ScenarioPage
    from tracking.factories import AppointmentFactory, RegionFactory, SchoolFactory, SessionFactory
    from tracking.models import PhaseTiming, SessionAttendance

    for code, name in (("820000", "测试省"), ("820100", "测试市"), ("820101", "测试甲区"), ("820102", "测试乙区")):
        RegionFactory(code=code, name=name)
    a = SchoolFactory(name="甲小学", code="8201010001", region=RegionFactory(code="820101"))
    b = SchoolFactory(name="乙幼儿园", code="8201010002", region=RegionFactory(code="820101"))
    c = SchoolFactory(name="丙中学", code="8201020001", region=RegionFactory(code="820102"))
    a.levels.set([SchoolLevel.objects.get(code="primary")])
    b.levels.set([SchoolLevel.objects.get(code="kindergarten")])
    c.levels.set([SchoolLevel.objects.get(code="junior_secondary")])
    v1 = AppointmentFactory(school=a, start_date=datetime.date(2020, 9, 1)).vice_principal
    v2 = AppointmentFactory(school=b, start_date=datetime.date(2024, 9, 1)).vice_principal
    topics = list(TopicPage.objects.live().filter(locale__language_code="zh-hans").order_by("pk")[:2])
    evacuation = ScenarioPage.objects.filter(scenario_type__slug="fire-evacuation").first()
    audience = Audience.objects.first()

    def session(vp, school, day, status, *, kind=SessionKind.LECTURE, topic=0, hours=1, people=0, timings=()):
        starts = at(day) if isinstance(day, str) else day
        s = SessionFactory(
            vice_principal=vp,
            school=school,
            kind=kind,
            status=status,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(minutes=45),
            class_hours=hours,
            topic=topics[topic] if kind == SessionKind.LECTURE else None,
            scenario=evacuation if kind == SessionKind.DRILL else None,
        )
        if people:
            SessionAttendance.objects.create(session=s, audience=audience, count=people)
        for n, (target, measured) in enumerate(timings):
            PhaseTiming.objects.create(
                session=s, sort_order=n, phase=f"P{n}", target_seconds=target, measured_seconds=measured
            )
        return s

    drill = SessionKind.DRILL
    session(v1, a, "2024-09-10", SessionStatus.CONFIRMED, hours=2, people=100)
    session(v1, a, "2024-10-10", SessionStatus.HELD)
    session(v1, a, "2024-09-20", SessionStatus.CONFIRMED, kind=drill, people=50, timings=[(60, 50), (180, 170)])
    session(v1, a, "2024-11-01", SessionStatus.VOIDED, hours=3, people=500)
    session(v1, a, "2024-11-02", SessionStatus.CANCELLED)
    session(v2, b, "2025-03-05", SessionStatus.CONFIRMED, kind=drill, people=30, timings=[(120, 150)])
    session(v2, b, "2025-03-06", SessionStatus.DISPUTED, topic=1)
    session(v2, b, "2024-10-15", SessionStatus.CONFIRMED, kind=drill, people=20)
    # 1 September 00:00 Beijing time is 16:00 UTC the day before: next school year, not this one.
    session(v1, a, at("2025-09-01", 0), SessionStatus.CONFIRMED, hours=4, people=999)
    session(v1, a, at("2024-08-31", 23) + datetime.timedelta(minutes=59), SessionStatus.CONFIRMED, hours=4)
    return {"a": a, "b": b, "c": c, "v1": v1, "v2": v2, "topics": topics}


def figures(report):
    t = report.totals
    return {
        "held": t.held_sessions,
        "confirmed": t.confirmed_sessions,
        "hours": t.class_hours,
        "attendance": t.attendance,
        "measured": t.drills_measured,
        "passed": t.drills_passed,
        "schools": report.schools,
        "covered": report.covered,
        "terms": [(term.term, term.started, term.covered, term.schools) for term in report.terms],
        "without_vp": report.without_vp_count,
        "behind": [(row.school_name, row.confirmed_hours, row.missing_hours) for row in report.behind],
        "drills_due": report.drill_schools_due,
        "drills_compliant": report.drill_schools_compliant,
    }


EXPECTED_YEAR = {
    "held": 6,
    "confirmed": 4,
    "hours": Decimal("5.0"),
    "attendance": 200,
    "measured": 2,
    "passed": 1,
    "schools": 3,
    "covered": 2,
    # By 5 December the spring term has not started: it shows as such whatever its count.
    "terms": [("autumn", True, 2, 3), ("spring", False, 1, 3)],
    "without_vp": 1,
    "behind": [("乙幼儿园", Decimal("2.0"), Decimal("2.0")), ("甲小学", Decimal("3.0"), Decimal("1.0"))],
    "drills_due": 3,
    "drills_compliant": 1,
}


@pytest.mark.parametrize("plain", [False, True], ids=["summary tables", "plain count"])
def test_province_year_by_hand(small, plain):
    if not plain:
        rollups.rollups_rebuild(school_year=2024)
    build = region_report_plain if plain else region_report
    report = build(scope=scope_for(code="820000"), period=Period.whole_year(YEAR), today=TODAY)
    assert figures(report) == EXPECTED_YEAR
    assert report.child_level == "city"
    assert [(row.code, row.name, row.schools) for row in report.children] == [("820100", "测试市", 3)]
    months = {day.month: f.held_sessions for day, f in report.by_month if f.held_sessions}
    assert months == {9: 2, 10: 2, 3: 2}
    assert [day for day, _f in report.by_month][0] == datetime.date(2024, 9, 1)
    topics = {label: (f.held_sessions, f.confirmed_sessions, f.class_hours) for label, f in report.by_topic}
    t1, t2 = (str(t.title) for t in small["topics"])
    assert topics == {t1: (2, 1, Decimal("2.0")), gettext("Drills"): (3, 3, Decimal("3.0")), t2: (1, 0, 0)}
    assert report.totals.pass_rate == 50.0
    assert report.coverage == pytest.approx(66.7)


@pytest.mark.parametrize("plain", [False, True], ids=["summary tables", "plain count"])
def test_drill_down_to_schools(small, plain):
    if not plain:
        rollups.rollups_rebuild(school_year=2024)
    build = region_report_plain if plain else region_report
    period = Period.whole_year(YEAR)
    city = build(scope=scope_for(code="820100"), period=period, today=TODAY)
    assert [(r.code, r.figures.held_sessions, r.schools, r.without_vp, r.behind) for r in city.children] == [
        ("820101", 6, 2, 0, 2),
        ("820102", 0, 1, 1, 0),
    ]
    district = build(scope=scope_for(code="820101"), period=period, today=TODAY)
    assert district.child_level == "school"
    rows = {
        r.name: (r.figures.confirmed_sessions, r.figures.class_hours, r.covered, r.drill_schools_compliant)
        for r in district.children
    }
    assert rows == {"甲小学": (2, Decimal("3.0"), 1, 0), "乙幼儿园": (2, Decimal("2.0"), 1, 1)}


def test_a_term_counts_only_its_months(small):
    rollups.rollups_rebuild(school_year=2024)
    spring = Period.term(YEAR, "spring")
    for build in (region_report, region_report_plain):
        report = build(scope=scope_for(code="820000"), period=spring, today=TODAY)
        assert (report.totals.held_sessions, report.totals.confirmed_sessions, report.covered) == (2, 1, 1)
        assert [d.month for d, _f in report.by_month] == [2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize("plain", [False, True], ids=["summary tables", "plain count"])
def test_a_whole_year_gives_coverage_term_by_term(small, plain):
    """甲小学 had confirmed sessions in September only, 乙幼儿园 in October and March, 丙中学 none: in June the
    whole year covers two schools of three, the autumn term two, the spring term one (乙幼儿园)."""
    if not plain:
        rollups.rollups_rebuild(school_year=2024)
    build = region_report_plain if plain else region_report
    june = datetime.date(2025, 6, 10)
    report = build(scope=scope_for(code="820000"), period=Period.whole_year(YEAR), today=june)
    assert report.covered == 2
    terms = {term.term: (term.started, term.covered, term.schools, term.coverage) for term in report.terms}
    assert terms == {"autumn": (True, 2, 3, 66.7), "spring": (True, 1, 3, 33.3)}
    assert [term.label for term in report.terms] == [gettext("Autumn term"), gettext("Spring term")]

    district = build(scope=scope_for(code="820101"), period=Period.whole_year(YEAR), today=june)
    rows = {row.name: [(term.term, term.covered, term.coverage) for term in row.terms] for row in district.children}
    assert rows == {
        "甲小学": [("autumn", 1, 100.0), ("spring", 0, 0.0)],
        "乙幼儿园": [("autumn", 1, 100.0), ("spring", 1, 100.0)],
    }
    assert [[(t.covered, t.schools) for t in row.terms] for row in report.children] == [[(2, 3), (1, 3)]]
    city = build(scope=scope_for(code="820100"), period=Period.whole_year(YEAR), today=june)
    assert [[(t.covered, t.schools) for t in row.terms] for row in city.children] == [
        [(2, 2), (1, 2)],
        [(0, 1), (0, 1)],
    ]


@pytest.mark.parametrize("plain", [False, True], ids=["summary tables", "plain count"])
def test_a_term_not_started_yet_shows_as_not_started(small, plain):
    if not plain:
        rollups.rollups_rebuild(school_year=2024)
    build = region_report_plain if plain else region_report
    report = build(scope=scope_for(code="820101"), period=Period.whole_year(YEAR), today=TODAY)
    autumn, spring = report.terms
    assert (autumn.started, autumn.coverage) == (True, 100.0)
    assert not spring.started and spring.coverage is None  # not 0%
    assert all(not row.terms[1].started for row in report.children)
    # The day the spring term begins, it has started (and nobody there had a confirmed session yet that day).
    start = build(scope=scope_for(code="820102"), period=Period.whole_year(YEAR), today=datetime.date(2025, 2, 1))
    assert [(t.started, t.coverage) for t in start.terms] == [(True, 0.0), (True, 0.0)]
    # A later year's autumn term has not started either.
    next_year = build(scope=scope_for(code="820101"), period=Period.whole_year(SchoolYear(2025)), today=TODAY)
    assert [t.started for t in next_year.terms] == [False, False]


@pytest.mark.parametrize("plain", [False, True], ids=["summary tables", "plain count"])
def test_a_term_or_a_month_gives_its_own_coverage_only(small, plain):
    if not plain:
        rollups.rollups_rebuild(school_year=2024)
    build = region_report_plain if plain else region_report
    scope, june = scope_for(code="820000"), datetime.date(2025, 6, 10)
    autumn = build(scope=scope, period=Period.term(YEAR, "autumn"), today=june)
    assert (autumn.covered, autumn.schools, autumn.terms) == (2, 3, [])
    march = build(scope=scope, period=Period(YEAR, 6, 6), today=june)
    assert (march.covered, march.terms) == (1, [])
    assert all(row.terms == [] for row in march.children)


@pytest.mark.parametrize("plain", [False, True], ids=["summary tables", "plain count"])
def test_a_behind_row_says_whether_an_appointment_and_so_a_ledger_stands_behind_it(small, plain):
    """v2's only appointment at 乙幼儿园 is moved to start after the year: their sessions of the year still count
    there, but they have no ledger for it."""
    from tracking.models import Appointment
    from tracking.reports.ledger import ledger_detail

    Appointment.objects.filter(vice_principal=small["v2"]).update(start_date=datetime.date(2025, 9, 1))
    if not plain:
        rollups.rollups_rebuild(school_year=2024)
    build = region_report_plain if plain else region_report
    report = build(scope=scope_for(code="820000"), period=Period.whole_year(YEAR), today=TODAY)
    assert [(row.school_name, row.missing_hours, row.appointed) for row in report.behind] == [
        ("乙幼儿园", Decimal("2.0"), False),
        ("甲小学", Decimal("1.0"), True),
    ]
    assert ledger_detail(vice_principal=small["v2"], school=small["b"], year=YEAR) is None
    assert ledger_detail(vice_principal=small["v1"], school=small["a"], year=YEAR) is not None


def test_changes_are_marked_and_the_background_refresh_catches_up(small):
    from tracking import services

    rollups.rollups_rebuild()
    scope, period = scope_for(code="820000"), Period.whole_year(YEAR)
    assert not region_report(scope=scope, period=period, today=TODAY).pending_refresh
    held = small["a"].sessions.get(status=SessionStatus.HELD)
    services.session_confirm(session=held, user=_superuser())
    assert RollupDirty.objects.filter(district_code="820101", school_year=2024).exists()
    stale = region_report(scope=scope, period=period, today=TODAY)
    assert stale.pending_refresh and stale.totals.confirmed_sessions == 4
    assert rollups.rollups_refresh_pending() == 1
    fresh = region_report(scope=scope, period=period, today=TODAY)
    assert not fresh.pending_refresh
    assert (
        fresh.totals.confirmed_sessions
        == 5
        == region_report_plain(scope=scope, period=period, today=TODAY).totals.confirmed_sessions
    )


def test_moving_a_school_refreshes_both_districts(small):
    rollups.rollups_rebuild()
    school = small["a"]
    school.region = small["c"].region
    school.save()
    assert set(RollupDirty.objects.values_list("district_code", flat=True)) >= {"820101", "820102"}
    rollups.rollups_refresh_pending()
    period = Period.whole_year(YEAR)
    for code in ("820101", "820102"):
        scope = scope_for(code=code)
        assert figures(region_report(scope=scope, period=period, today=TODAY)) == figures(
            region_report_plain(scope=scope, period=period, today=TODAY)
        )


def test_the_demo_figures_match_a_plain_count(demo):
    """The demo loader rebuilds the tables; every scope and period agrees with the plain count."""
    this_year = SchoolYear.current()
    for code in ("", "110000", "110100", "110101"):
        for period in (Period.whole_year(this_year), Period.whole_year(SchoolYear(this_year.start_year - 1))):
            scope = scope_for(code=code)
            assert figures(region_report(scope=scope, period=period)) == figures(
                region_report_plain(scope=scope, period=period)
            ), (code, period)


def _superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_superuser=True).first()
