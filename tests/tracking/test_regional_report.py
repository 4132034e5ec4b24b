"""The regional report in the admin (tracking.reports.views_regional): what the demo's regional administrators see,
that nobody sees past their own regions through any parameter or URL, that unreadable parameters give a message and
never an error, the CSV and XLSX downloads, and the drill-down from province to school.

The figures themselves are tested against hand-computed ones in the report module's own tests; here the page shows
what the report module computes, for the region and period asked for."""

import csv
import datetime
import io
import re
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tracking.models import Region, School
from tracking.reports import regional
from tracking.reports.periods import Period, SchoolYear

URL = "/admin/reports/region/"
RESULTS_URL = "/admin/reports/region/results/"

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")

pytestmark = pytest.mark.django_db


def signed_in(client, username: str):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def download(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(download(response).decode("utf-8"))))


def totals_shown(html: str) -> dict[str, str]:
    """The totals cards: heading → the figure under it."""
    block = re.search(r'<dl class="regional-report__totals">(.*?)</dl>', html, re.S).group(1)
    return {dt.strip(): dd.strip() for dt, dd in re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", block, re.S)}


def last_year() -> SchoolYear:
    return SchoolYear(SchoolYear.current().start_year - 1)


# --- What the demo's administrators see -----------------------------------------------------------------------


def test_the_demo_region_administrator_opens_their_district_with_the_demo_years_figures(client, demo):
    year = last_year()  # the demo's whole school year
    response = signed_in(client, "region").get(URL, {"year": year.start_year}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    choice = response.context["choice"]
    assert choice.scope.code == "110101" and choice.period == Period.whole_year(year)

    expected = regional.region_report_plain(scope=regional.scope_for(code="110101"), period=Period.whole_year(year))
    assert expected.totals.confirmed_sessions > 0  # the demo has a year of confirmed sessions in Dongcheng
    report = response.context["report"]
    assert report.totals == expected.totals
    shown = totals_shown(response.content.decode())
    assert shown["Sessions held"] == str(expected.totals.held_sessions)
    assert shown["Sessions confirmed"] == str(expected.totals.confirmed_sessions)
    assert shown["Attendance"] == str(expected.totals.attendance)
    assert shown["Class-hours (confirmed)"] == str(expected.totals.class_hours)

    html = response.content.decode()
    dongcheng = School.objects.filter(region__code="110101")
    assert dongcheng.exists()
    for school in dongcheng:
        assert school.name in html
    for school in School.objects.filter(region__code="110102"):
        assert school.name not in html
    # Charts are inline SVG, each with a table of the same figures beside it.
    assert html.count("<svg") >= 2
    assert "<caption" in html


def test_the_current_year_is_the_default_and_matches_a_plain_count(client, demo):
    response = signed_in(client, "region").get(URL)
    assert response.status_code == 200
    assert response.context["choice"].year == SchoolYear.current()
    expected = regional.region_report_plain(
        scope=regional.scope_for(code="110101"), period=Period.whole_year(SchoolYear.current())
    )
    assert response.context["report"].totals == expected.totals


def test_the_province_login_opens_beijing_and_a_superuser_the_country(client, demo):
    province = get_user_model().objects.get(username="province")
    assert Region.objects.get(code="110000").administrators.filter(pk=province.pk).exists()
    assert province.check_password("safecampus-demo")
    response = signed_in(client, "province").get(URL)
    assert response.status_code == 200 and response.context["choice"].scope.code == "110000"

    response = signed_in(client, "admin").get(URL)
    assert response.status_code == 200 and response.context["choice"].scope.level == "country"
    year = SchoolYear.current().start_year
    assert f"{URL}?region=110000&year={year}" in links(response.content.decode())  # the country's provinces
    trail = signed_in(client, "admin").get(URL, {"region": "110101"}, HTTP_ACCEPT_LANGUAGE="en").context["trail"]
    assert [item["label"] for item in trail] == ["Whole country", "北京市", "北京市市辖区"]


def test_the_province_demo_login_is_listed_and_made_once(demo):
    from tracking.reports.regional_demo import load_regional_report_demo

    first = load_regional_report_demo()
    again = load_regional_report_demo()
    assert [username for username, _description in first] == ["province"] == [u for u, _d in again]
    assert get_user_model().objects.filter(username="province").count() == 1


def test_the_reports_menu_lists_the_report_for_regional_administrators_only(client, world):
    assert "regional-report" in signed_in(client, "region").get("/admin/").content.decode()
    client.logout()
    assert "regional-report" not in signed_in(client, "t-contact").get("/admin/").content.decode()


# --- Scoping ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["110102", "110100", "110000", "all", "120101", "110199"])
@pytest.mark.parametrize(
    "url, extra",
    [
        (URL, {}),
        (RESULTS_URL, {}),
        (URL, {"export": "csv"}),
        (URL, {"export": "xlsx"}),
        (URL, {"table": "behind", "export": "csv"}),
    ],
)
def test_a_district_administrator_sees_no_neighbour_parent_or_country(client, demo, code, url, extra):
    response = signed_in(client, "region").get(url, {"region": code, **extra})
    assert response.status_code == 403
    assert b"regional-report__totals" not in download(response)  # the refusal shows no figures


def test_a_district_administrator_sees_only_their_own_district_through_any_parameter(client, world):
    other = world["other_school"]
    client = signed_in(client, "t-region")
    for params in [{}, {"region": "659001"}, {"region": "659001", "term": "autumn"}, {"region": "659001", "month": 10}]:
        response = client.get(URL, params)
        assert response.status_code == 200
        assert response.context["choice"].scope.code == "659001"
        assert other.name not in response.content.decode()
    for params in [{"region": "659101"}, {"region": "650000"}, {"region": "659000"}, {"region": "all"}]:
        for url in (URL, RESULTS_URL):
            assert client.get(url, params).status_code == 403
            assert client.get(url, {**params, "export": "csv"}).status_code == 403


@pytest.mark.parametrize("username", ["t-contact", "t-vp", "t-trainer"])
def test_school_contacts_vice_principals_and_trainers_get_no_report(client, world, username):
    client = signed_in(client, username)
    assert client.get(URL).status_code == 403
    assert client.get(RESULTS_URL).status_code == 403
    assert client.get(URL, {"export": "csv"}).status_code == 403
    assert client.get(URL, {"region": "659001"}).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client, demo):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


# --- Parameters that cannot be read -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, message",
    [
        ({"region": "12x"}, "is not a division code"),
        ({"region": "110103"}, "There is no region with the code 110103"),
        ({"year": "abc"}, "Choose a school year from the list"),
        ({"year": "1900"}, "Choose a school year from the list"),
        ({"term": "winter"}, "Choose the autumn or the spring term"),
        ({"month": "13"}, "Choose a month from the list"),
        ({"term": "autumn", "month": "3"}, "Choose a term or a month, not both"),
    ],
)
def test_unreadable_parameters_give_a_message_and_the_default_report(client, demo, params, message):
    response = signed_in(client, "province").get(URL, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and 'role="alert"' in html
    choice = response.context["choice"]
    assert choice.scope.code in ("110000", params.get("region"))

    export = signed_in(client, "province").get(URL, {**params, "export": "csv"}, HTTP_ACCEPT_LANGUAGE="en")
    assert export.status_code == 400 and message in export.content.decode()


def test_a_term_and_a_month_are_read_as_parts_of_the_school_year(client, demo):
    year = last_year()
    client = signed_in(client, "region")
    term = client.get(URL, {"year": year.start_year, "term": "spring"}).context["choice"]
    assert term.period == Period.term(year, "spring")
    month = client.get(URL, {"year": year.start_year, "month": 3}).context["choice"]
    assert month.period.first_day == datetime.date(year.start_year + 1, 3, 1)
    assert month.period.last_day == datetime.date(year.start_year + 1, 3, 31)
    assert len(client.get(URL, {"year": year.start_year, "month": 3}).context["month_rows"]) == 1


def test_an_unknown_download_table_is_refused_with_a_message(client, demo):
    response = signed_in(client, "region").get(URL, {"table": "secrets", "export": "csv"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400 and "There is no table" in response.content.decode()


# --- Downloads --------------------------------------------------------------------------------------------------


def test_the_csv_and_xlsx_downloads_hold_one_row_per_school(client, demo):
    import openpyxl

    year = last_year()
    client = signed_in(client, "province")
    params = {"region": "110101", "year": year.start_year}
    schools = {school.code: school.name for school in School.objects.filter(region__code="110101")}

    response = client.get(URL, {**params, "export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert f"regional-report-110101-{year.start_year}.csv" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert {row[0]: row[1] for row in rows[1:]} == schools
    expected = regional.region_report_plain(scope=regional.scope_for(code="110101"), period=Period.whole_year(year))
    by_code = {child.code: child for child in expected.children}
    for row in rows[1:]:
        assert int(row[3]) == by_code[row[0]].figures.held_sessions
        assert int(row[4]) == by_code[row[0]].figures.confirmed_sessions

    response = client.get(URL, {**params, "export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(download(response))).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == len(schools) + 1
    assert {row[0]: row[1] for row in values[1:]} == schools


def test_the_section_tables_download_too(client, demo):
    year = last_year()
    client = signed_in(client, "region")
    params = {"year": year.start_year}
    months = csv_rows(client.get(URL, {**params, "table": "months", "export": "csv"}))
    assert [row[0] for row in months[1:]] == [f"{month:%Y-%m}" for month in year.months()]
    topics = csv_rows(client.get(URL, {**params, "table": "topics", "export": "csv"}))
    report = client.get(URL, params).context["report"]
    assert [row[0] for row in topics[1:]] == [str(topic) for topic, _figures in report.by_topic]
    behind = csv_rows(client.get(URL, {**params, "table": "behind", "export": "csv"}))
    assert len(behind) - 1 == report.behind_count
    response = client.get(URL, {**params, "table": "without_vp", "export": "xlsx"})
    assert response.status_code == 200 and "without-vp" in response["Content-Disposition"]


def test_downloaded_cells_cannot_become_formulas(client, world):
    from tracking.factories import SchoolFactory

    SchoolFactory(name='=HYPERLINK("http://evil.example")', code="6590010009", region=world["region"])
    rows = csv_rows(signed_in(client, "t-region").get(URL, {"export": "csv"}))
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example")' in names
    assert not any(name.startswith("=") for name in names)


# --- Drill-down -------------------------------------------------------------------------------------------------


def links(html: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]+)"', html)]


def test_the_province_drills_down_to_the_city_the_district_and_a_school(client, demo):
    year = last_year()
    client = signed_in(client, "province")
    base = {"year": year.start_year}

    province = client.get(URL, {**base, "region": "110000"})
    assert f"{URL}?region=110100&year={year.start_year}" in links(province.content.decode())

    city = client.get(URL, {**base, "region": "110100", "term": "autumn"})
    city_links = links(city.content.decode())
    districts = set(School.objects.filter(region__code__startswith="1101").values_list("region__code", flat=True))
    assert len(districts) > 1
    for code in districts:
        assert f"{URL}?region={code}&year={year.start_year}&term=autumn" in city_links

    district = client.get(URL, {**base, "region": "110101"})
    html = district.content.decode()
    district_links = links(html)
    for school in School.objects.filter(region__code="110101"):
        assert any(str(school.pk) in href and "/admin/" in href for href in district_links), school.name
    # Each school row also opens the duty ledger of every vice principal appointed there that year.
    from tracking.models import Appointment

    appointed = Appointment.objects.filter(school__region__code="110101", start_date__lte=year.last_day).exclude(
        end_date__lt=year.first_day
    )
    assert appointed.exists()
    for appointment in appointed:
        ledger = reverse(
            "tracking_ledger_detail", args=[appointment.vice_principal_id, appointment.school_id, year.start_year]
        )
        assert ledger in district_links
    # Up again: the trail links the city and the province, not the country.
    trail = re.search(r'<ol class="regional-report__trail">(.*?)</ol>', html, re.S).group(1)
    assert f"{URL}?region=110000&year={year.start_year}" in links(trail)
    assert f"{URL}?region=110100&year={year.start_year}" in links(trail)
    assert "region=all" not in trail


def test_the_district_administrator_has_no_link_above_their_district(client, demo):
    html = signed_in(client, "region").get(URL).content.decode()
    assert "region=110000" not in html and "region=110100" not in html and "region=all" not in html


def test_the_school_row_leads_to_the_school(client, demo):
    from tracking.reports.views_regional import school_report_url

    school = School.objects.filter(region__code="110101").first()
    url = school_report_url(school.pk, year=last_year())
    assert url == reverse("tracking_drill_compliance_school", args=[school.pk]) + f"?year={last_year().start_year}"
    response = signed_in(client, "region").get(url)
    assert response.status_code == 200


def test_the_table_sorts_by_a_column(client, demo):
    client = signed_in(client, "province")
    rows = client.get(URL, {"region": "110100", "ordering": "-confirmed"}).context["object_list"]
    confirmed = [row["confirmed"] for row in rows]
    assert confirmed == sorted(confirmed, reverse=True)
    assert reverse("tracking_regional_report") == URL


def test_a_province_without_city_regions_lists_its_districts_directly(client, db):
    from tests.tracking.conftest import _user
    from tracking.factories import RegionFactory, SchoolFactory

    province = RegionFactory(code="660000", name="测试省")
    first = RegionFactory(code="660101", name="测试甲区")
    second = RegionFactory(code="660102", name="测试乙区")
    SchoolFactory(name="测试甲区第一小学", code="6601010001", region=first)
    SchoolFactory(name="测试乙区第一小学", code="6601020001", region=second)
    admin = _user("t-province", "Regional administrators")
    province.administrators.add(admin)
    client.force_login(admin)

    response = client.get(URL)
    assert response.status_code == 200 and response.context["choice"].scope.code == "660000"
    hrefs = links(response.content.decode())
    year = SchoolYear.current().start_year
    assert f"{URL}?region=660101&year={year}" in hrefs and f"{URL}?region=660102&year={year}" in hrefs

    district = client.get(URL, {"region": "660101"})
    html = district.content.decode()
    assert "测试甲区第一小学" in html and "测试乙区第一小学" not in html
    trail = re.search(r'<ol class="regional-report__trail">(.*?)</ol>', html, re.S).group(1)
    assert links(trail) == [f"{URL}?region=660000&year={year}"]
    assert client.get(URL, {"region": "110000"}).status_code == 403


def test_the_district_lists_who_is_behind_and_which_schools_have_no_vice_principal(client, world, make_session):
    from tracking import services
    from tracking.factories import SchoolFactory

    bare = SchoolFactory(name="测试无校长小学", code="6590010008", region=world["region"])
    year = last_year()
    starts = datetime.datetime.combine(year.first_day + datetime.timedelta(days=20), datetime.time(9), tzinfo=BEIJING)
    session = make_session(starts_at=starts, minutes=90)
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    services.session_confirm(session=session, user=world["contact"])
    session.refresh_from_db()
    assert session.class_hours < 4

    params = {"year": year.start_year}
    response = signed_in(client, "t-region").get(URL, params)
    html = response.content.decode()
    behind = response.context["behind_rows"]
    assert [(row["vice_principal"], row["school"]) for row in behind] == [("测试警官甲", "测试第一小学")]
    assert behind[0]["missing_hours"] == 4 - session.class_hours
    # Each row opens that vice principal's duty ledger at the school for the year, which the region may read.
    ledger = reverse("tracking_ledger_detail", args=[world["vp"].pk, world["school"].pk, year.start_year])
    assert behind[0]["ledger_url"] == ledger and f'href="{ledger}"' in html
    assert signed_in(client, "t-region").get(ledger).status_code == 200
    assert "测试警官乙" not in html  # the neighbour district's vice principal
    assert [row["name"] for row in response.context["without_vp_rows"]] == [bare.name]
    assert bare.name in html and world["other_school"].name not in html

    rows = csv_rows(signed_in(client, "t-region").get(URL, {**params, "table": "behind", "export": "csv"}))
    assert rows[1][:2] == ["测试警官甲", "测试第一小学"]
    rows = csv_rows(signed_in(client, "t-region").get(URL, {**params, "table": "without_vp", "export": "csv"}))
    assert [row[:2] for row in rows[1:]] == [[bare.code, bare.name]]


def test_a_behind_row_without_an_appointment_leads_to_the_schools_sessions_not_to_a_missing_ledger(
    client, world, autumn_only, make_session
):
    """Sessions held under an appointment that is afterwards shortened (or moved, or deleted) so that it no longer
    overlaps their school year still count for the vice principal at that school, so they make a row; but the
    vice principal has no duty ledger there that year, and a link to one would answer 404."""
    from cms import roles
    from tests.tracking.conftest import _user
    from tracking import services
    from tracking.factories import AppointmentFactory, VicePrincipalFactory
    from tracking.models import Appointment

    year = autumn_only
    appointment = Appointment.objects.get(vice_principal=world["vp"], school=world["school"])
    appointment.end_date = year.first_day - datetime.timedelta(days=1)
    services.appointment_save(appointment=appointment)
    # Another vice principal, appointed at the same school all year, holds a session there too.
    colleague = VicePrincipalFactory(user=_user("t-vp-3", roles.VICE_PRINCIPALS), name="测试警官丙")
    AppointmentFactory(vice_principal=colleague, school=world["school"], start_date=datetime.date(2020, 9, 1))
    starts = datetime.datetime.combine(year.first_day + datetime.timedelta(days=40), datetime.time(9), tzinfo=BEIJING)
    make_session(vp=colleague, starts_at=starts)

    client = signed_in(client, "t-region")
    response = client.get(URL, {"year": year.start_year})
    html = response.content.decode()
    row = next(row for row in response.context["behind_rows"] if row["vice_principal"] == "测试警官甲")
    assert (row["school"], row["ledger_url"]) == ("测试第一小学", "")
    ledger = reverse("tracking_ledger_detail", args=[world["vp"].pk, world["school"].pk, year.start_year])
    assert client.get(ledger, follow=True).status_code == 404  # the link the row used to carry
    assert f'href="{ledger}"' not in html
    # Every link in the row works for the region's administrator, and the sessions one lists that vice principal's
    # sessions at the school, not the colleague's.
    assert row["sessions_url"] in links(html)
    sessions = client.get(row["sessions_url"])
    assert sessions.status_code == 200
    assert list(sessions.context["object_list"].values_list("vice_principal", flat=True)) == [world["vp"].pk]
    assert client.get(row["school_url"]).status_code == 200

    # The year before, the appointment still runs: that row opens the ledger.
    earlier = client.get(URL, {"year": year.start_year - 1}).context["behind_rows"]
    earlier = [r for r in earlier if r["vice_principal"] == "测试警官甲"]
    assert [r["ledger_url"] for r in earlier] == [
        reverse("tracking_ledger_detail", args=[world["vp"].pk, world["school"].pk, year.start_year - 1])
    ]
    assert client.get(earlier[0]["ledger_url"]).status_code == 200


def test_the_page_says_when_figures_wait_for_the_background_refresh(client, demo):
    from tracking.models import RollupDirty

    client = signed_in(client, "province")
    refreshing = "Some figures are being refreshed"
    assert refreshing not in client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    RollupDirty.objects.get_or_create(district_code="110101", school_year=SchoolYear.current().start_year)
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert refreshing in html and 'role="status"' in html


# --- School coverage term by term -------------------------------------------------------------------------------


def coverage_card(html: str) -> list[str]:
    """The school coverage card's lines, as read: the figures and the notes under its heading."""
    from bs4 import BeautifulSoup

    totals = BeautifulSoup(html, "html.parser").find("dl", class_="regional-report__totals")
    card = next(div for div in totals.find_all("div") if div.dt.get_text(strip=True) == "School coverage")
    return [" ".join(dd.get_text().split()) for dd in card.find_all("dd")]


@pytest.fixture
def autumn_only(world, make_session):
    """A confirmed session at 测试第一小学 in the autumn term of last school year, and none in the spring term."""
    from tracking import services

    year = last_year()
    starts = datetime.datetime.combine(year.first_day + datetime.timedelta(days=20), datetime.time(9), tzinfo=BEIJING)
    session = make_session(starts_at=starts, minutes=90)
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    services.session_confirm(session=session, user=world["contact"])
    return year


def test_a_whole_year_shows_school_coverage_term_by_term(client, world, autumn_only):
    year = autumn_only
    response = signed_in(client, "t-region").get(URL, {"year": year.start_year}, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert coverage_card(html) == [
        "Autumn term: 100.0%",
        "1 of 1 schools had a confirmed session in this term",
        "Spring term: 0.0%",
        "0 of 1 schools had a confirmed session in this term",
        "Whole year: 100.0%",
        "1 of 1 schools had a confirmed session in the school year",
    ]
    # The school's row in the drill-down table: each term, then the year.
    labels = [str(column.label) for column in response.context["view"].columns]
    assert labels[labels.index("Coverage, autumn term") :][:3] == [
        "Coverage, autumn term",
        "Coverage, spring term",
        "Coverage, whole year",
    ]
    row = next(row for row in response.context["object_list"] if row["name"] == world["school"].name)
    assert (row["coverage_autumn"], row["coverage_spring"], row["coverage"]) == (100.0, 0.0, 100.0)
    assert "100.0% (1/1)" in html and "0.0% (0/1)" in html

    rows = csv_rows(
        signed_in(client, "t-region").get(URL, {"year": year.start_year, "export": "csv"}, HTTP_ACCEPT_LANGUAGE="en")
    )
    heading = rows[0]
    assert heading[heading.index("School coverage in the period (%)") + 1 :][:4] == [
        "Schools with a confirmed session in the autumn term",
        "School coverage in the autumn term (%)",
        "Schools with a confirmed session in the spring term",
        "School coverage in the spring term (%)",
    ]
    cells = dict(zip(heading, next(r for r in rows[1:] if r[1] == world["school"].name), strict=True))
    assert cells["School coverage in the autumn term (%)"] == "100.0"
    assert cells["School coverage in the spring term (%)"] == "0.0"
    assert cells["Schools with a confirmed session in the spring term"] == "0"


def test_a_term_not_started_yet_shows_as_not_started_on_the_page_and_in_the_files(
    client, world, autumn_only, monkeypatch
):
    import openpyxl

    year = autumn_only
    monkeypatch.setattr(regional, "local_today", lambda: datetime.date(year.start_year, 12, 1))
    client = signed_in(client, "t-region")
    response = client.get(URL, {"year": year.start_year}, HTTP_ACCEPT_LANGUAGE="en")
    card = coverage_card(response.content.decode())
    assert card[2:4] == ["Spring term: not started", "This term has not started yet."]
    row = next(row for row in response.context["object_list"] if row["name"] == world["school"].name)
    assert row["started_spring"] is False and row["coverage_spring"] is None
    assert "not started" in response.content.decode()

    response = client.get(URL, {"year": year.start_year, "export": "xlsx"}, HTTP_ACCEPT_LANGUAGE="en")
    values = list(openpyxl.load_workbook(io.BytesIO(download(response))).active.iter_rows(values_only=True))
    cells = dict(zip(values[0], next(r for r in values[1:] if r[1] == world["school"].name), strict=True))
    assert cells["School coverage in the spring term (%)"] == "Not started"
    assert cells["Schools with a confirmed session in the spring term"] is None
    assert cells["School coverage in the autumn term (%)"] == 100.0


@pytest.mark.parametrize("params", [{"term": "spring"}, {"month": 9}], ids=["term", "month"])
def test_a_term_or_a_month_shows_the_coverage_of_that_period(client, world, autumn_only, params):
    year = autumn_only
    client = signed_in(client, "t-region")
    response = client.get(URL, {"year": year.start_year, **params}, HTTP_ACCEPT_LANGUAGE="en")
    label = response.context["choice"].period_label
    shown = "0.0%" if "term" in params else "100.0%"
    covered = 0 if "term" in params else 1
    assert coverage_card(response.content.decode()) == [
        shown,
        f"{covered} of 1 schools had a confirmed session in this period ({label})",
    ]
    assert "Coverage, autumn term" not in response.content.decode()
    heading = csv_rows(
        client.get(URL, {"year": year.start_year, **params, "export": "csv"}, HTTP_ACCEPT_LANGUAGE="en")
    )[0]
    assert "School coverage in the period (%)" in heading
    assert not any("autumn term" in cell or "spring term" in cell for cell in heading)


# --- What each figure counts, as the labels say -----------------------------------------------------------------


def card_notes(html: str) -> dict[str, list[str]]:
    """Each totals card: its heading → every line under it (the figure, then its notes)."""
    from bs4 import BeautifulSoup

    totals = BeautifulSoup(html, "html.parser").find("dl", class_="regional-report__totals")
    return {
        div.dt.get_text(strip=True): [" ".join(dd.get_text().split()) for dd in div.find_all("dd")]
        for div in totals.find_all("div")
    }


def test_the_labels_say_what_is_counted(client, world, autumn_only, make_session, monkeypatch):
    from tracking import services

    year = autumn_only  # one confirmed session
    starts = datetime.datetime.combine(year.first_day + datetime.timedelta(days=30), datetime.time(9), tzinfo=BEIJING)
    awaiting = make_session(starts_at=starts)
    services.session_log_held(session=awaiting, user=world["vp"].user, attendance={})
    disputed = make_session(starts_at=starts + datetime.timedelta(days=1))
    services.session_log_held(session=disputed, user=world["vp"].user, attendance={})
    services.session_dispute(session=disputed, user=world["contact"], reason="未到场")
    make_session(starts_at=starts + datetime.timedelta(days=2))  # scheduled, never held: not counted
    today = datetime.date(year.start_year + 2, 3, 4)  # a later year's day: "today" is not the year shown
    monkeypatch.setattr(regional, "local_today", lambda: today)

    client = signed_in(client, "t-region")
    response = client.get(URL, {"year": year.start_year, "term": "autumn"}, HTTP_ACCEPT_LANGUAGE="en")
    cards = card_notes(response.content.decode())
    assert cards["Sessions held"] == ["3", "Confirmed, awaiting confirmation or disputed; not cancelled or voided"]
    assert cards["Sessions confirmed"] == ["1"]
    assert cards["Attendance"][1:] == ["At confirmed sessions only"]
    assert cards["Schools without a vice principal today"][1:] == [
        f"No appointment on {today:%B} {today.day}, {today.year}, whatever the period shown"
    ]
    assert cards["Vice principals under 4 class-hours"] == [
        "1",
        f"Per school, confirmed class-hours in the whole {year.label} school year",
    ]

    params = {"year": year.start_year, "term": "autumn", "export": "csv"}
    heading = csv_rows(client.get(URL, params, HTTP_ACCEPT_LANGUAGE="en"))[0]
    assert "Sessions held (incl. awaiting confirmation and disputed)" in heading
    assert "Attendance at confirmed sessions" in heading
    assert f"Schools without a vice principal on {today.isoformat()}" in heading
    assert "Vice principals under 4 class-hours in the whole school year (per school)" in heading
    for table in ("topics", "months"):
        heading = csv_rows(client.get(URL, {**params, "table": table}, HTTP_ACCEPT_LANGUAGE="en"))[0]
        assert heading[1:] == [
            "Sessions held (incl. awaiting confirmation and disputed)",
            "Sessions confirmed",
            "Attendance at confirmed sessions",
            "Class-hours (confirmed)",
        ]


# --- Charts beside their tables ---------------------------------------------------------------------------------


def chart_and_table(html: str, section_id: str) -> dict:
    """The chart and the table of one section: the chart's role and accessible name (its <title>), what each bar
    draws (label, value) and what its description says; the table's caption and its rows (label, confirmed)."""
    from bs4 import BeautifulSoup

    section = BeautifulSoup(html, "html.parser").find("section", attrs={"aria-labelledby": section_id})
    svg = section.find("svg")
    table = section.find("table")
    pair = svg.find_parent(class_="regional-report__pair")
    headings = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    confirmed = headings.index("Confirmed")
    rows = []
    for tr in table.tbody.find_all("tr"):
        cells = [cell.get_text(strip=True) for cell in tr.find_all(["th", "td"])]
        rows.append((cells[0], int(cells[confirmed])))
    bars = [rect.title.get_text().rsplit(": ", 1) for rect in svg.find_all("rect", class_="sc-chart__bar")]
    return {
        "role": svg.get("role"),
        "name": svg.find("title", recursive=False).get_text(strip=True),
        "bars": [(label, int(value)) for label, value in bars],
        "desc": svg.find("desc", recursive=False).get_text(),
        "beside": pair is not None and table.find_parent(class_="regional-report__pair") is pair,
        "caption": table.caption.get_text(strip=True),
        "rows": rows,
    }


def test_the_topic_and_month_charts_are_named_and_draw_the_numbers_of_the_table_beside_them(
    client, world, autumn_only, make_session
):
    from tracking import services
    from tracking.models import SessionKind

    year = autumn_only  # a confirmed lecture on the world's topic on 21 September
    october = datetime.datetime(year.start_year, 10, 14, 9, tzinfo=BEIJING)
    drill = make_session(kind=SessionKind.DRILL, starts_at=october)
    services.session_log_held(session=drill, user=world["vp"].user, attendance={})
    services.session_confirm(session=drill, user=world["contact"])
    held = make_session(starts_at=october + datetime.timedelta(days=30))  # awaiting confirmation: held, not confirmed
    services.session_log_held(session=held, user=world["vp"].user, attendance={})

    response = signed_in(client, "t-region").get(URL, {"year": year.start_year}, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    topic = str(world["topic"].title)

    topics = chart_and_table(html, "regional-report-topics")
    assert (topics["role"], topics["name"], topics["beside"]) == ("img", "Confirmed sessions by topic", True)
    assert topics["caption"] == "Sessions by topic"
    # The topic with two sessions held comes first; each has one confirmed.
    assert topics["bars"] == topics["rows"] == [(topic, 1), ("Drills", 1)]
    assert topics["desc"] == f"{topic}: 1; Drills: 1"

    months = chart_and_table(html, "regional-report-months")
    assert (months["role"], months["name"], months["beside"]) == ("img", "Confirmed sessions by month", True)
    assert months["caption"] == "Sessions by month"
    confirmed = [1, 1] + [0] * 10  # September and October; November's session still awaits confirmation
    short = ["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    assert months["bars"] == list(zip(short, confirmed, strict=True))
    long = [f"{month:%B %Y}" for month in year.months()]
    assert months["rows"] == list(zip(long, confirmed, strict=True))
    assert months["desc"] == "; ".join(f"{label}: {n}" for label, n in zip(short, confirmed, strict=True))
