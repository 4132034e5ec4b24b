"""Drill compliance per school (tracking.reports.compliance and views_compliance): months for a school and quarters
for a kindergarten, what counts (confirmed evacuation drills only), pass or fail against the phase targets, the
school-year boundary in Beijing time, the many-schools summary agreeing with the one-school report, who may see
which URL, and the SVG charts."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from tracking.reports.periods import SchoolYear

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
YEAR = SchoolYear(2024)  # 1 September 2024 – 31 August 2025
MID_MARCH = datetime.date(2025, 3, 15)  # September to February have ended; March is under way

EVACUATION = [("疏散撤离", 120, 98), ("集合清点", 300, 250)]
EVACUATION_SLOW = [("疏散撤离", 120, 135), ("集合清点", 300, 280)]
EVACUATION_UNTIMED = [("疏散撤离", 120, 110), ("集合清点", 300, None)]
INTRUSION = [("自救", 60, 50), ("互救", 180, 170), ("增援到位", 300, 290)]


def scenario_of(type_slug: str):
    from drills.models import ScenarioPage

    return ScenarioPage.objects.live().filter(locale__language_code="zh-hans", scenario_type__slug=type_slug).first()


@pytest.fixture
def drill(world):
    """A drill of `world`'s vice principal at its school, taken as far as `status` through the services."""
    from tracking import services
    from tracking.models import Session, SessionKind, SessionStatus

    fire = scenario_of("fire-evacuation")
    assert fire is not None

    def make(day, at=(10, 0), *, timings=EVACUATION, status=SessionStatus.CONFIRMED, scenario=None, school=None):
        school = school or world["school"]
        vp = world["other_vp"] if school == world["other_school"] else world["vp"]
        contact = school.contacts.first()
        starts = datetime.datetime.combine(day, datetime.time(*at), tzinfo=BEIJING)
        session = Session(
            kind=SessionKind.DRILL,
            vice_principal=vp,
            school=school,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(minutes=40),
            scenario=scenario or fire,
        )
        session = services.session_schedule(session=session, user=vp.user)
        if status == SessionStatus.SCHEDULED:
            return session
        services.session_log_held(session=session, user=vp.user, attendance={}, timings=timings)
        if status == SessionStatus.HELD:
            return session
        services.session_confirm(session=session, user=contact)
        if status == SessionStatus.VOIDED:
            services.session_void(session=session, user=contact, reason="登记错误")
        return session

    return make


def statuses(report) -> dict[str, str]:
    return {period.label: period.status for period in report.periods}


def by_months(report) -> dict[tuple[int, ...], object]:
    return {period.months: period for period in report.periods}


# --- Months for a school -------------------------------------------------------------------------------------------


def test_school_months_met_missed_upcoming_and_what_does_not_count(world, drill):
    from tracking.models import SessionStatus
    from tracking.reports.compliance import MET, MISSED, NOT_REQUIRED, UPCOMING, school_drill_compliance

    drill(datetime.date(2024, 9, 10))  # September: met
    drill(datetime.date(2024, 10, 15), status=SessionStatus.HELD)  # only logged as held: does not count
    drill(datetime.date(2024, 11, 12), status=SessionStatus.VOIDED)  # confirmed then voided: does not count
    drill(datetime.date(2024, 12, 10), scenario=scenario_of("violent-intrusion"), timings=INTRUSION)  # not evacuation
    drill(datetime.date(2025, 1, 8), scenario=scenario_of("earthquake-evacuation"), timings=[("疏散", 120, 100)])
    drill(datetime.date(2025, 2, 20), status=SessionStatus.SCHEDULED)  # never held

    report = school_drill_compliance(school=world["school"], year=YEAR, today=MID_MARCH)

    assert not report.kindergarten
    assert len(report.periods) == 12
    months = by_months(report)
    assert [months[(i,)].status for i in range(12)] == [
        MET,  # Sep
        MISSED,  # Oct: held, not confirmed
        MISSED,  # Nov: voided
        MISSED,  # Dec: a drill, but not an evacuation
        MET,  # Jan: earthquake evacuation
        MISSED,  # Feb: scheduled only
        UPCOMING,  # Mar: under way
        UPCOMING,
        UPCOMING,
        UPCOMING,
        UPCOMING,  # Jul
        NOT_REQUIRED,  # Aug: the summer holiday
    ]
    assert report.totals.required == 11
    assert (report.totals.met, report.totals.missed, report.totals.due, report.totals.upcoming) == (2, 4, 6, 5)
    # The non-evacuation drill is listed in its month, apart, and counts for nothing.
    december = months[(3,)]
    assert december.evacuation_drills == [] and len(december.other_drills) == 1
    assert [d.date for d in report.drills] == [
        datetime.date(2024, 9, 10),
        datetime.date(2024, 12, 10),
        datetime.date(2025, 1, 8),
    ]
    assert [d.evacuation for d in report.drills] == [True, False, True]
    assert [p.label for p in report.missed_periods] == [months[(i,)].label for i in (1, 2, 3, 5)]


def test_a_drill_in_the_month_under_way_meets_it_early(world, drill):
    from tracking.reports.compliance import MET, school_drill_compliance

    drill(datetime.date(2025, 3, 3))
    report = school_drill_compliance(school=world["school"], year=YEAR, today=MID_MARCH)
    assert by_months(report)[(6,)].status == MET
    assert (report.totals.met, report.totals.missed, report.totals.due) == (1, 6, 7)


def test_a_school_year_over_has_nothing_upcoming_and_one_before_it_starts_nothing_due(world, drill):
    from tracking.reports.compliance import MISSED, UPCOMING, school_drill_compliance

    over = school_drill_compliance(school=world["school"], year=YEAR, today=datetime.date(2025, 10, 1))
    assert over.totals.missed == 11 and over.totals.upcoming == 0
    ahead = school_drill_compliance(school=world["school"], year=YEAR, today=datetime.date(2024, 8, 20))
    assert ahead.totals.due == 0 and {p.status for p in ahead.periods if p.months != (11,)} == {UPCOMING}
    assert MISSED not in statuses(ahead).values()


def test_the_school_year_starts_at_midnight_beijing_time(world, drill):
    """A drill at 00:30 on 1 September (Beijing; still 31 August in UTC) is September of the new year; one at 23:30
    on 31 August is August of the year before."""
    from tracking.reports.compliance import MET, NOT_REQUIRED, school_drill_compliance

    drill(datetime.date(2024, 9, 1), at=(0, 30))
    drill(datetime.date(2024, 8, 31), at=(23, 30))
    drill(datetime.date(2025, 8, 31), at=(23, 30))
    drill(datetime.date(2025, 9, 1), at=(0, 10))

    report = school_drill_compliance(school=world["school"], year=YEAR, today=datetime.date(2025, 9, 15))
    months = by_months(report)
    assert months[(0,)].status == MET and [d.date for d in months[(0,)].evacuation_drills] == [
        datetime.date(2024, 9, 1)
    ]
    # August is listed with its drill but is not required of a school.
    assert months[(11,)].status == NOT_REQUIRED and len(months[(11,)].evacuation_drills) == 1
    assert [d.date for d in report.drills] == [datetime.date(2024, 9, 1), datetime.date(2025, 8, 31)]
    before = school_drill_compliance(school=world["school"], year=SchoolYear(2023), today=MID_MARCH)
    assert [d.date for d in before.drills] == [datetime.date(2024, 8, 31)]


# --- Quarters for a kindergarten -----------------------------------------------------------------------------------


@pytest.fixture
def kindergarten(world):
    from cms.models import SchoolLevel, SchoolLevelCode

    school = world["school"]
    school.levels.set([SchoolLevel.objects.get(code=SchoolLevelCode.KINDERGARTEN)])
    return school


def test_kindergarten_quarters(world, kindergarten, drill):
    from tracking.models import SessionStatus
    from tracking.reports.compliance import MET, MISSED, UPCOMING, school_drill_compliance

    drill(datetime.date(2024, 11, 20))  # Sep–Nov: met (in its last month)
    drill(datetime.date(2025, 1, 9), status=SessionStatus.HELD)  # Dec–Feb: only held, so missed
    drill(datetime.date(2025, 2, 11), scenario=scenario_of("violent-intrusion"), timings=INTRUSION)  # not evacuation

    report = school_drill_compliance(school=kindergarten, year=YEAR, today=MID_MARCH)
    assert report.kindergarten
    assert [(p.months, p.status) for p in report.periods] == [
        ((0, 1, 2), MET),
        ((3, 4, 5), MISSED),
        ((6, 7, 8), UPCOMING),
        ((9, 10, 11), UPCOMING),
    ]
    assert (report.totals.required, report.totals.met, report.totals.missed) == (4, 1, 1)
    assert len(report.periods[1].other_drills) == 1
    # A quarter is due only once its last month has ended: in mid-February Dec–Feb is still under way.
    february = school_drill_compliance(school=kindergarten, year=YEAR, today=datetime.date(2025, 2, 20))
    assert [p.status for p in february.periods] == [MET, UPCOMING, UPCOMING, UPCOMING]
    # A school that also teaches primary pupils drills monthly.
    from cms.models import SchoolLevel, SchoolLevelCode

    kindergarten.levels.add(SchoolLevel.objects.get(code=SchoolLevelCode.PRIMARY))
    assert len(school_drill_compliance(school=kindergarten, year=YEAR, today=MID_MARCH).periods) == 12


# --- Pass or fail against the targets ------------------------------------------------------------------------------


def test_pass_fail_and_not_measured_per_drill_and_phase(world, drill):
    from tracking.reports.compliance import FAIL, NOT_MEASURED, PASS, school_drill_compliance

    drill(datetime.date(2024, 9, 10), timings=EVACUATION)
    drill(datetime.date(2024, 10, 10), timings=EVACUATION_SLOW)
    drill(datetime.date(2024, 11, 10), timings=EVACUATION_UNTIMED)
    drill(datetime.date(2024, 11, 20), timings=())  # logged without any timing
    drill(datetime.date(2024, 12, 10), scenario=scenario_of("violent-intrusion"), timings=INTRUSION)
    exact = [("疏散撤离", 120, 120), ("集合清点", 300, 300)]  # on the target is within it
    drill(datetime.date(2025, 1, 10), timings=exact)

    report = school_drill_compliance(school=world["school"], year=YEAR, today=MID_MARCH)
    assert [d.result for d in report.drills] == [PASS, FAIL, NOT_MEASURED, NOT_MEASURED, PASS, PASS]
    slow = report.drills[1]
    assert [(p.phase, p.result) for p in slow.phases] == [("疏散撤离", FAIL), ("集合清点", PASS)]
    assert (slow.phases[0].measured_display, slow.phases[0].target_display) == ("2:15", "2:00")
    untimed = report.drills[2]
    assert [p.result for p in untimed.phases] == [PASS, NOT_MEASURED]
    assert untimed.phases[1].measured_display == "—"
    assert report.drills[3].phases == [] and report.drills[3].key_phase is None
    # Pass rate over the timed drills: 3 of 4 (the untimed ones are left out).
    assert (report.measured, report.passed, report.pass_rate) == (4, 3, 75)
    rates = {m.month: (m.measured, m.passed, m.rate) for m in report.month_pass_rates}
    assert rates[0] == (1, 1, 100) and rates[1] == (1, 0, 0) and rates[2] == (0, 0, None) and rates[3] == (1, 1, 100)
    # The trend follows the evacuation phase of an evacuation drill, the last phase of another drill.
    assert [(d.date.month, d.key_phase.phase) for d in report.trend] == [
        (9, "疏散撤离"),
        (10, "疏散撤离"),
        (11, "疏散撤离"),
        (12, "增援到位"),
        (1, "疏散撤离"),
    ]
    assert report.trend_target is None  # 2 and 5 minutes: charted as a share of each target


def test_one_school_report_in_three_queries(world, drill, django_assert_num_queries):
    from tracking.reports.compliance import school_drill_compliance

    for month in (9, 10, 11, 12):
        drill(datetime.date(2024, month, 10))
    with django_assert_num_queries(3):
        report = school_drill_compliance(school=world["school"], year=YEAR, today=MID_MARCH)
        assert sum(len(d.phases) for d in report.drills) == 8
    assert report.trend_target == 120


# --- Many schools ---------------------------------------------------------------------------------------------------


def test_the_summary_agrees_with_the_school_reports_in_grouped_queries(world, drill, django_assert_max_num_queries):
    from cms.models import SchoolLevel, SchoolLevelCode
    from tracking.factories import AppointmentFactory, SchoolFactory
    from tracking.models import School, SessionStatus
    from tracking.reports.compliance import drill_compliance_summaries, school_drill_compliance

    kg = SchoolFactory(name="测试幼儿园", code="3659000003", region=world["region"], contacts=[world["contact"]])
    kg.levels.set([SchoolLevel.objects.get(code=SchoolLevelCode.KINDERGARTEN)])
    AppointmentFactory(vice_principal=world["vp"], school=kg, start_date=datetime.date(2020, 9, 1))
    drill(datetime.date(2024, 9, 10))
    drill(datetime.date(2024, 10, 10), timings=EVACUATION_SLOW)
    drill(datetime.date(2024, 10, 28), at=(15, 0))
    drill(datetime.date(2024, 12, 10), scenario=scenario_of("violent-intrusion"), timings=INTRUSION)
    drill(datetime.date(2025, 1, 10), status=SessionStatus.HELD)
    drill(datetime.date(2024, 9, 1), at=(0, 20), school=world["other_school"], timings=EVACUATION_UNTIMED)
    drill(datetime.date(2025, 2, 14), school=world["other_school"])
    drill(datetime.date(2024, 11, 5), school=kg)

    schools = School.objects.filter(pk__in=[world["school"].pk, world["other_school"].pk, kg.pk])
    with django_assert_max_num_queries(4):
        rows = drill_compliance_summaries(schools=schools, year=YEAR, today=MID_MARCH)
    assert len(rows) == 3
    for row in rows:
        one = school_drill_compliance(school=row.school, year=YEAR, today=MID_MARCH)
        assert row.kindergarten == one.kindergarten
        assert row.totals == one.totals, row.school
        assert (row.measured, row.passed, row.pass_rate) == (one.measured, one.passed, one.pass_rate), (
            row.school,
            [(d.date, d.result) for d in one.drills],
        )
        assert row.drills == len(one.drills) and row.evacuation_drills == len(one.evacuation_drills)
        assert row.missed_labels == [p.label for p in one.missed_periods]
    mine = next(row for row in rows if row.school == world["school"])
    assert (mine.totals.met, mine.totals.missed, mine.pass_rate) == (2, 4, 75)  # 3 of 4 timed drills passed
    kg_row = next(row for row in rows if row.school == kg)
    assert kg_row.kindergarten and (kg_row.totals.met, kg_row.totals.missed) == (1, 1)

    # Still four queries for every school of the demo besides.
    with django_assert_max_num_queries(4):
        drill_compliance_summaries(schools=School.objects.all(), year=YEAR, today=MID_MARCH)


# --- Who may see ----------------------------------------------------------------------------------------------------


def list_url(year=YEAR):
    return reverse("tracking_drill_compliance") + f"?year={year.start_year}"


def school_url(school, year=YEAR):
    return reverse("tracking_drill_compliance_school", args=[school.pk]) + f"?year={year.start_year}"


@pytest.fixture
def outsider(db):
    from cms import roles
    from tracking.factories import UserFactory

    user = UserFactory(username="t-compliance-outsider")
    user.groups.add(roles.group_with_admin_access(name=roles.SCHOOL_STAFF))  # admin access, but no school
    return user


def test_who_may_see_which_school(client, world, outsider, django_user_model):
    from tracking.factories import AppointmentFactory, VicePrincipalFactory
    from tracking.factories import UserFactory as Users

    school, other = world["school"], world["other_school"]
    admin = django_user_model.objects.create_superuser("t-compliance-admin", "a@example.com", "pw")
    # A vice principal whose only appointment at the school covered the 2021–2022 school year.
    former = VicePrincipalFactory(user=Users(username="t-former-vp"), name="测试警官丙")
    former.user.groups.add(world["vp"].user.groups.first())
    AppointmentFactory(
        vice_principal=former, school=school, start_date=datetime.date(2021, 10, 1), end_date=datetime.date(2022, 3, 31)
    )
    cases = [
        (admin, school, YEAR, 200),
        (admin, other, YEAR, 200),
        (world["contact"], school, YEAR, 200),
        (world["contact"], other, YEAR, 403),
        (world["vp"].user, school, YEAR, 200),
        (world["vp"].user, other, YEAR, 403),
        (world["vp"].user, school, SchoolYear(2019), 403),  # appointed from September 2020
        (former.user, school, SchoolYear(2021), 200),
        (former.user, school, YEAR, 403),
        (world["regional"], school, YEAR, 200),
        (world["regional"], other, YEAR, 403),
        (world["trainer"], school, YEAR, 403),
        (outsider, school, YEAR, 403),
    ]
    for user, where, year, expected in cases:
        client.force_login(user)
        response = client.get(school_url(where, year))
        assert response.status_code == expected, (user.username, where.name, year, response.status_code)
        if expected == 200:
            assert where.name in response.content.decode()
    client.force_login(world["contact"])
    missing = client.get(reverse("tracking_drill_compliance_school", args=[999999]), follow=True)
    assert missing.status_code == 404
    client.force_login(world["trainer"])  # no role here: refused before the school is even looked up
    assert client.get(reverse("tracking_drill_compliance_school", args=[999999])).status_code == 403


def test_the_list_holds_only_the_schools_one_may_see(client, world, outsider):
    for user, sees, hidden in [
        (world["contact"], world["school"], world["other_school"]),
        (world["vp"].user, world["school"], world["other_school"]),
        (world["regional"], world["school"], world["other_school"]),
        (world["other_contact"], world["other_school"], world["school"]),
    ]:
        client.force_login(user)
        response = client.get(list_url())
        assert response.status_code == 200
        content = response.content.decode()
        assert sees.name in content and hidden.name not in content, user.username
    for user in (world["trainer"], outsider):
        client.force_login(user)
        assert client.get(list_url()).status_code == 403
    client.logout()
    assert client.get(list_url()).status_code == 302  # to the sign-in page
    assert client.get(school_url(world["school"])).status_code == 302


def test_reports_menu_shows_drill_compliance_to_those_who_may_see_it(client, world, outsider):
    url = reverse("tracking_drill_compliance")
    client.force_login(world["contact"])
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(world["trainer"])
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_bad_year_falls_back_to_this_one_and_says_so(client, world):
    client.force_login(world["contact"])
    response = client.get(reverse("tracking_drill_compliance") + "?year=abc")
    assert response.status_code == 200
    assert response.context["year"] == SchoolYear.current()
    assert response.context["year_error"]


# --- The page and its charts ---------------------------------------------------------------------------------------


def test_the_school_page_marks_missed_months_and_has_charts_with_tables(client, world, drill):
    drill(datetime.date(2024, 9, 10))
    drill(datetime.date(2024, 10, 10), timings=EVACUATION_SLOW)
    client.force_login(world["contact"])
    response = client.get(school_url(world["school"]))
    assert response.status_code == 200
    content = response.content.decode()
    report = response.context["report"]
    assert report.totals.missed == 9  # the year is over: every term month but September and October
    # Missed months are told in words and with an icon, not by colour alone.
    assert content.count('data-status="missed"') == report.totals.missed
    assert "icon-circle-xmark" in content
    # Two charts, each an accessible SVG, each with a data table beside it.
    assert content.count('role="img"') == 2
    assert content.count("<svg") >= 2 and "<title>" in content and "<desc>" in content
    assert content.count('<table class="listing dc-data">') == 2
    assert "2:15" in content and "2:00" in content  # the slow evacuation against its target


def test_the_list_page_puts_schools_with_missed_months_first(client, world, drill, django_user_model):
    for month in (9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7):
        drill(datetime.date(2024 if month >= 9 else 2025, month, 10), school=world["other_school"])
    admin = django_user_model.objects.create_superuser("t-compliance-admin", "a@example.com", "pw")
    client.force_login(admin)
    response = client.get(list_url())
    rows = response.context["rows"]
    complete = next(row for row in rows if row.school == world["other_school"])
    assert complete.totals.missed == 0 and complete.totals.met == 11
    names = [row.school.name for row in rows]
    assert names.index(world["school"].name) < names.index(world["other_school"].name)
    assert all(row.totals.missed for row in rows[: names.index(world["other_school"].name)])
    assert "dc-row-missed" in response.content.decode()


def test_charts_escape_their_text_and_describe_their_data():
    from tracking.reports.charts import bar_chart, line_chart

    bar = bar_chart(title="<script>x</script>", labels=["9月", "<b>"], values=[3, None], unit="次", target=1)
    assert bar.startswith("<svg") and 'role="img"' in bar
    assert "<script>" not in bar and "&lt;script&gt;" in bar and "&lt;b&gt;" in bar
    assert "<desc>9月: 3 次; &lt;b&gt;: —" in bar
    line = line_chart(title="用时", points=[("9月10日", 98), ("10月10日", 135), ("11月", None)], target=120, unit="s")
    assert 'role="img"' in line and "<title>用时</title>" in line
    assert line.count("sc-chart__point--fail") == 1  # 135 s over 120 s: a square, not only a colour
    assert line.count("<polyline") == 1
    with pytest.raises(ValueError):
        bar_chart(title="x", labels=["a"], values=[1, 2])
