"""The Order No. 52 duty ledger: its arithmetic (what counts, the school-year boundary in Beijing time, an
appointment that starts mid-year), who may read which ledger on every URL, the PDF a school files, and the
dashboard rows."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from cms import roles
from tracking.factories import AppointmentFactory, SchoolFactory, UserFactory
from tracking.models import Appointment, Session, SessionAttendance, SessionKind, SessionStatus
from tracking.panels import TrackingPanel
from tracking.reports.counting import ledger_figures
from tracking.reports.ledger import (
    ledger_detail,
    ledgers_for,
    merge_spans,
    region_ledgers,
    school_ledgers,
    vice_principal_ledgers,
)
from tracking.reports.periods import SchoolYear

pytestmark = pytest.mark.django_db

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
Y2024 = SchoolYear(2024)  # 2024–2025
Y2025 = SchoolYear(2025)  # 2025–2026


def beijing(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=BEIJING)


@pytest.fixture
def session_at(world, make_session):
    """A session of `world`'s first vice principal (by default) at `when`, put straight into `status`."""

    def make(when, status, hours="1.0", **fields):
        session = make_session(starts_at=when, class_hours=Decimal(hours), **fields)
        Session.objects.filter(pk=session.pk).update(status=status)
        session.status = status
        return session

    return make


def detail_url(vp, school, year: int) -> str:
    return reverse("tracking_ledger_detail", args=[vp.pk, school.pk, year])


def pdf_url(vp, school, year: int) -> str:
    return reverse("tracking_ledger_pdf", args=[vp.pk, school.pk, year])


# --- Arithmetic ----------------------------------------------------------------------------------------------------


def test_only_confirmed_sessions_count_and_those_awaiting_confirmation_are_shown_apart(world, session_at):
    confirmed = session_at(beijing(2024, 10, 8, 9), SessionStatus.CONFIRMED, "1.0", title="交通安全第一课")
    drill = session_at(
        beijing(2024, 11, 12, 10), SessionStatus.CONFIRMED, "1.5", kind=SessionKind.DRILL, title="疏散演练"
    )
    waiting = session_at(beijing(2025, 3, 3, 9), SessionStatus.HELD, "2.0", title="待确认讲座")
    disputed = session_at(beijing(2025, 4, 7, 9), SessionStatus.DISPUTED, "1.0", title="有异议讲座")
    for status in (SessionStatus.CANCELLED, SessionStatus.VOIDED, SessionStatus.SCHEDULED):
        session_at(beijing(2025, 5, 6, 9), status, "3.0", title=f"不计入-{status}")

    ledger = ledger_detail(vice_principal=world["vp"], school=world["school"], year=Y2024)
    figures = ledger.figures
    assert figures.confirmed_hours == Decimal("2.5") and figures.confirmed_sessions == 2
    assert figures.pending_hours == Decimal("2.0") and figures.pending_sessions == 1
    assert figures.disputed_sessions == 1
    assert figures.duty_hours == 4 and figures.missing_hours == Decimal("1.5") and not figures.met
    assert figures.percent == 62
    assert [s.pk for s in ledger.confirmed] == [confirmed.pk, drill.pk]
    assert [s.pk for s in ledger.pending] == [waiting.pk]
    assert [s.pk for s in ledger.disputed] == [disputed.pk]
    assert {(row.key, row.sessions, row.hours) for row in ledger.by_kind} == {
        (SessionKind.LECTURE, 1, Decimal("1.0")),
        (SessionKind.DRILL, 1, Decimal("1.5")),
    }
    by_topic = {row.label: (row.sessions, row.hours) for row in ledger.by_topic}
    # The drill has a scenario, not a topic: it is counted under its kind only.
    assert by_topic == {str(world["topic"].title): (1, Decimal("1.0"))}
    # The list's grouped figures are the same as the single ledger's.
    (listed,) = [
        x for x in vice_principal_ledgers(vice_principal=world["vp"], year=Y2024) if x.school == world["school"]
    ]
    assert listed.figures == figures


def test_the_duty_is_met_at_four_confirmed_class_hours(world, session_at):
    for day in (7, 14, 21):
        session_at(beijing(2025, 10, day, 9), SessionStatus.CONFIRMED, "1.0")
    session_at(beijing(2025, 10, 28, 9), SessionStatus.HELD, "1.0")  # does not count yet
    assert not ledger_figures(vice_principal=world["vp"], school=world["school"], year=Y2025).met
    session_at(beijing(2025, 11, 4, 9), SessionStatus.CONFIRMED, "1.0")
    figures = ledger_figures(vice_principal=world["vp"], school=world["school"], year=Y2025)
    assert figures.met and figures.missing_hours == 0 and figures.percent == 100


def test_the_school_year_turns_at_1_september_midnight_beijing_time(world, session_at):
    last = session_at(beijing(2025, 8, 31, 23, 59), SessionStatus.CONFIRMED, "1.0", minutes=1, title="学年最后一刻")
    first = session_at(beijing(2025, 9, 1, 0, 0), SessionStatus.CONFIRMED, "2.0", title="新学年第一刻")
    # 00:00 on 1 September in Beijing is still 31 August in UTC.
    assert first.starts_at.astimezone(datetime.UTC) == datetime.datetime(2025, 8, 31, 16, 0, tzinfo=datetime.UTC)

    old = ledger_detail(vice_principal=world["vp"], school=world["school"], year=Y2024)
    new = ledger_detail(vice_principal=world["vp"], school=world["school"], year=Y2025)
    assert [s.pk for s in old.confirmed] == [last.pk] and old.figures.confirmed_hours == Decimal("1.0")
    assert [s.pk for s in new.confirmed] == [first.pk] and new.figures.confirmed_hours == Decimal("2.0")
    grouped = {ledger.year: ledger.figures.confirmed_hours for y in (Y2024, Y2025) for ledger in school_ledgers(
        school=world["school"], year=y) if ledger.vice_principal == world["vp"]}  # fmt: skip
    assert grouped == {Y2024: Decimal("1.0"), Y2025: Decimal("2.0")}


@pytest.fixture
def mid_year(world):
    """The first vice principal also appointed, from 16 February 2025, at a second school of the same region."""
    school = SchoolFactory(name="测试第三幼儿园", code="3659000003", region=world["region"], student_count=200)
    AppointmentFactory(vice_principal=world["vp"], school=school, start_date=datetime.date(2025, 2, 16))
    return school


def test_an_appointment_that_starts_mid_year_keeps_the_four_hour_duty(world, mid_year, session_at):
    session_at(beijing(2025, 3, 10, 9), SessionStatus.CONFIRMED, "2.0", school=mid_year)
    ledger = ledger_detail(vice_principal=world["vp"], school=mid_year, year=Y2024)
    assert ledger.appointed_from == datetime.date(2025, 2, 16) and ledger.appointed_until is None
    assert ledger.figures.duty_hours == 4 and ledger.figures.missing_hours == Decimal("2.0")
    # Before the appointment, there is no ledger at that school; the year after, it covers the whole year.
    assert ledger_detail(vice_principal=world["vp"], school=mid_year, year=SchoolYear(2023)) is None
    assert ledger_detail(vice_principal=world["vp"], school=mid_year, year=Y2025).appointed_from is None


def test_lists_hold_a_ledger_for_every_appointment_including_those_without_sessions(world, mid_year, session_at):
    session_at(beijing(2024, 10, 8, 9), SessionStatus.CONFIRMED, "1.0")
    mine = vice_principal_ledgers(vice_principal=world["vp"], year=Y2024)
    assert {ledger.school for ledger in mine} == {world["school"], mid_year}
    empty = next(ledger for ledger in mine if ledger.school == mid_year)
    assert empty.figures.confirmed_hours == 0 and empty.figures.missing_hours == 4
    # The year before the mid-year appointment, that school is not in the vice principal's list.
    assert {x.school for x in vice_principal_ledgers(vice_principal=world["vp"], year=SchoolYear(2023))} == {
        world["school"]
    }
    assert {(x.vice_principal, x.school) for x in school_ledgers(school=mid_year, year=Y2024)} == {
        (world["vp"], mid_year)
    }
    in_region = {(x.vice_principal, x.school) for x in region_ledgers(region=world["region"], year=Y2024)}
    assert in_region == {(world["vp"], world["school"]), (world["vp"], mid_year)}  # nothing from the other region


def test_sessions_count_under_every_appointment_at_the_school(world, session_at):
    """An appointment that ended and a new one at the same school make one ledger, with both spans."""
    school = SchoolFactory(name="测试第四中学", code="3659000004", region=world["region"])
    vp = world["other_vp"]
    AppointmentFactory(vice_principal=vp, school=school, start_date=datetime.date(2024, 9, 1),
                       end_date=datetime.date(2024, 12, 31))  # fmt: skip
    AppointmentFactory(vice_principal=vp, school=school, start_date=datetime.date(2025, 3, 1))
    session_at(beijing(2024, 11, 5, 9), SessionStatus.CONFIRMED, "1.0", vp=vp, school=school)
    session_at(beijing(2025, 4, 8, 9), SessionStatus.CONFIRMED, "2.0", vp=vp, school=school)
    (ledger,) = school_ledgers(school=school, year=Y2024)
    assert ledger.figures.confirmed_hours == Decimal("3.0")
    assert [(s.start, s.end) for s in ledger.spans] == [
        (datetime.date(2024, 9, 1), datetime.date(2024, 12, 31)),
        (datetime.date(2025, 3, 1), None),
    ]


def test_spans_that_follow_each_other_are_joined():
    day = datetime.date
    spans = merge_spans([(day(2026, 2, 1), None), (day(2024, 9, 1), day(2026, 1, 31))])
    assert [(s.start, s.end) for s in spans] == [(day(2024, 9, 1), None)]


def test_lists_use_grouped_queries_not_one_per_row(world, mid_year, session_at, django_assert_num_queries):
    for school in (world["school"], mid_year):
        session_at(beijing(2025, 3, 11, 9), SessionStatus.CONFIRMED, "1.0", school=school)
    with django_assert_num_queries(2):
        ledgers = ledgers_for(Appointment.objects.all(), Y2024)
    assert len(ledgers) > 10  # the demo's ledgers too
    for ledger in ledgers:
        assert ledger.figures == ledger_figures(vice_principal=ledger.vice_principal, school=ledger.school, year=Y2024)


# --- Who reads which ledger -----------------------------------------------------------------------------------------


@pytest.fixture
def people(world):
    elsewhere = UserFactory(username="t-region-2")
    elsewhere.groups.add(roles.group_with_admin_access(name=roles.REGIONAL_ADMINS))
    world["other_region"].administrators.add(elsewhere)
    outsider = UserFactory(username="t-outsider")
    outsider.groups.add(roles.group_with_admin_access(name="t-outsiders"))
    return {
        "vp": world["vp"].user,
        "other_vp": world["other_vp"].user,
        "contact": world["contact"],
        "other_contact": world["other_contact"],
        "regional": world["regional"],
        "regional_elsewhere": elsewhere,
        "trainer": world["trainer"],
        "outsider": outsider,
        "superuser": UserFactory(username="t-super", is_superuser=True, is_staff=True),
    }


# Who may read the first vice principal's ledger at the first school (region 659001).
MAY_READ_FIRST = {"vp", "contact", "regional", "superuser"}


@pytest.mark.parametrize("role", ["vp", "other_vp", "contact", "other_contact", "regional", "regional_elsewhere",
                                  "trainer", "outsider", "superuser"])  # fmt: skip
@pytest.mark.parametrize("kind", ["detail", "pdf"])
def test_a_ledger_opens_only_for_who_may_read_it(client, world, people, session_at, role, kind):
    session_at(beijing(2025, 10, 8, 9), SessionStatus.CONFIRMED, "1.0", title="甲校台账讲座")
    client.force_login(people[role])
    url = (detail_url if kind == "detail" else pdf_url)(world["vp"], world["school"], 2025)
    response = client.get(url)
    if role in MAY_READ_FIRST:
        assert response.status_code == 200
    else:
        assert response.status_code == 403
        assert "甲校台账讲座" not in response.content.decode("utf-8", "replace")


def test_a_vice_principal_has_no_ledger_where_or_when_they_held_no_appointment(client, world, people, mid_year):
    client.force_login(people["vp"])
    assert client.get(detail_url(world["vp"], mid_year, 2023), follow=True).status_code == 404  # before the appointment
    assert client.get(pdf_url(world["vp"], mid_year, 2023), follow=True).status_code == 404
    assert client.get(detail_url(world["vp"], mid_year, 1999), follow=True).status_code == 404
    client.force_login(people["superuser"])
    # Never appointed at the other school: no ledger, even for a superuser.
    assert client.get(detail_url(world["vp"], world["other_school"], 2025), follow=True).status_code == 404
    assert (
        client.get(reverse("tracking_ledger_detail", args=[999999, world["school"].pk, 2025]), follow=True).status_code
        == 404
    )


def test_signed_out_visitors_are_sent_to_sign_in(client, world):
    for url in (reverse("tracking_ledger"), detail_url(world["vp"], world["school"], 2025)):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def _listed(client, user, year=2025, **params) -> set[tuple[int, int]]:
    client.force_login(user)
    response = client.get(reverse("tracking_ledger"), {"year": year, **params})
    assert response.status_code == 200
    return {(row["ledger"].vice_principal.pk, row["ledger"].school.pk) for row in response.context["rows"]}


def test_the_list_shows_each_role_its_own_ledgers(client, world, people, mid_year):
    first, second = (world["vp"].pk, world["school"].pk), (world["other_vp"].pk, world["other_school"].pk)
    third = (world["vp"].pk, mid_year.pk)
    assert _listed(client, people["vp"]) == {first, third}
    assert _listed(client, people["other_vp"]) == {second}
    assert _listed(client, people["contact"]) == {first}
    assert _listed(client, people["other_contact"]) == {second}
    assert _listed(client, people["regional"]) == {first, third}
    assert _listed(client, people["regional_elsewhere"]) == {second}
    everything = _listed(client, people["superuser"])
    assert {first, second, third} <= everything and len(everything) > 10  # the demo's too
    for role in ("trainer", "outsider"):
        client.force_login(people[role])
        assert client.get(reverse("tracking_ledger")).status_code == 403


def test_the_list_shows_progress_per_row_and_links_to_each_ledger(client, world, people, session_at):
    session_at(beijing(2025, 10, 8, 9), SessionStatus.CONFIRMED, "3.0")
    client.force_login(people["contact"])
    html = client.get(reverse("tracking_ledger"), {"year": 2025}).content.decode()
    assert f'href="{detail_url(world["vp"], world["school"], 2025)}"' in html
    assert '<progress class="ledger-progress__bar" max="4" value="3.0"' in html
    with translation.override("zh-hans"):
        assert gettext("%(hours)s / %(duty)s class-hours") % {"hours": "3.0", "duty": 4} in html
    # Only those below the duty: still listed at 3 of 4 class-hours.
    assert _listed(client, people["contact"], behind="1") == {(world["vp"].pk, world["school"].pk)}
    session_at(beijing(2025, 10, 15, 9), SessionStatus.CONFIRMED, "1.0")
    assert _listed(client, people["contact"], behind="1") == set()


def test_the_list_defaults_to_the_current_school_year_and_says_when_a_year_is_not_one(client, people):
    client.force_login(people["contact"])
    response = client.get(reverse("tracking_ledger"))
    assert response.context["year"] == SchoolYear.current()
    response = client.get(reverse("tracking_ledger"), {"year": "20x5"})
    assert response.status_code == 200 and response.context["year"] == SchoolYear.current()
    assert response.context["year_error"]


def test_the_reports_menu_offers_the_ledger_to_who_has_one(client, people):
    url = reverse("tracking_ledger")
    for role, shown in (("superuser", True), ("regional", True), ("trainer", False), ("outsider", False)):
        client.force_login(people[role])
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert ('"tracking-ledger"' in html) is shown, role
        if not shown:
            assert url not in html


# --- The detail page and the PDF ------------------------------------------------------------------------------------


def test_the_detail_page_shows_figures_sessions_and_the_appointment(client, world, people, mid_year, session_at):
    confirmed = session_at(beijing(2025, 3, 10, 9), SessionStatus.CONFIRMED, "2.0", school=mid_year, title="幼儿园讲座")
    session_at(beijing(2025, 4, 10, 9), SessionStatus.HELD, "1.0", school=mid_year, title="等待确认的讲座")
    client.force_login(people["vp"])
    response = client.get(detail_url(world["vp"], mid_year, 2024))
    html = response.content.decode()
    assert response.status_code == 200
    assert "幼儿园讲座" in html and "等待确认的讲座" in html
    assert html.index('id="ledger-confirmed"') < html.index("幼儿园讲座") < html.index('id="ledger-pending"')
    assert html.index('id="ledger-pending"') < html.index("等待确认的讲座")
    assert f'href="{pdf_url(world["vp"], mid_year, 2024)}"' in html
    assert '<progress class="ledger-progress__bar" max="4" value="2.0"' in html
    with translation.override("zh-hans"):
        assert gettext("Appointed from %(date)s") % {"date": "2025年2月16日"} in html
    assert confirmed.display_title in html


def test_the_pdf_is_the_ledger_a_school_files(client, world, people, session_at, pdftotext):
    from courses.models import Audience

    lecture = session_at(beijing(2025, 10, 8, 9), SessionStatus.CONFIRMED, "1.5", title="<b>防诈骗 & 反欺凌</b>")
    audience = Audience.objects.first()
    SessionAttendance.objects.create(session=lecture, audience=audience, count=321)
    session_at(beijing(2025, 11, 8, 9), SessionStatus.HELD, "1.0", title="尚待学校确认的演讲")
    session_at(beijing(2025, 11, 9, 9), SessionStatus.VOIDED, "1.0", title="作废的讲座")
    client.force_login(people["contact"])
    response = client.get(pdf_url(world["vp"], world["school"], 2025))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    text = pdftotext(response.content)
    with translation.override("zh-hans"):
        expected = [
            gettext("Rule-of-law vice principal duty ledger"),
            world["school"].name,
            world["school"].code,
            world["vp"].name,
            world["vp"].agency,
            "2025–2026",
            gettext("%(hours)s of %(duty)s class-hours confirmed") % {"hours": "1.5", "duty": 4},
            "<b>防诈骗 & 反欺凌</b>",  # printed as typed, not read as markup
            "2025-10-08",
            "321",
            gettext("Awaiting the school's confirmation (not counted yet)"),
            "尚待学校确认的演讲",
            gettext("School (seal):"),
        ]
    for part in expected:
        assert part in text, part
    assert "作废的讲座" not in text
    # Sessions awaiting confirmation are listed after the confirmed ones, apart from them.
    assert text.index("2025-10-08") < text.index("尚待学校确认的演讲")


# --- The breakdown by topic and by kind, where people read it ------------------------------------------------------


@pytest.fixture
def breakdown_year(world, session_at):
    """A fixed year of the first vice principal at the first school: four confirmed sessions over two topics and
    both kinds (3.5 class-hours), and four that the breakdown leaves out: voided, cancelled, a cancelled drill, and
    one awaiting the school's confirmation."""
    from courses.models import TopicPage

    first = world["topic"]
    second = TopicPage.objects.live().filter(locale__language_code="zh-hans").exclude(pk=first.pk).first()
    drill = {"kind": SessionKind.DRILL}
    session_at(beijing(2025, 10, 8, 9), SessionStatus.CONFIRMED, "1.0", title="台账甲一")
    session_at(beijing(2025, 10, 15, 9), SessionStatus.CONFIRMED, "1.5", title="台账甲二")
    session_at(beijing(2025, 11, 5, 9), SessionStatus.CONFIRMED, "0.5", topic=second, title="台账乙一")
    session_at(beijing(2025, 11, 12, 10), SessionStatus.CONFIRMED, "0.5", title="台账演练", **drill)
    session_at(beijing(2025, 12, 3, 9), SessionStatus.VOIDED, "2.0", title="台账作废")
    session_at(beijing(2025, 12, 10, 9), SessionStatus.CANCELLED, "2.0", topic=second, title="台账取消")
    session_at(beijing(2025, 12, 11, 10), SessionStatus.CANCELLED, "1.0", title="台账取消演练", **drill)
    session_at(beijing(2026, 1, 7, 9), SessionStatus.HELD, "1.5", topic=second, title="台账待确认")
    with translation.override("zh-hans"):
        lecture, drills = gettext("Lecture"), gettext("Drill")
    return {
        "by_topic": [(str(first.title), "2", "2.5"), (str(second.title), "1", "0.5")],
        "by_kind": [(lecture, "3", "3.0"), (drills, "1", "0.5")],
        "left_out": ["台账作废", "台账取消", "台账取消演练"],
    }


def _table_rows(table) -> list[tuple[str, ...]]:
    return [
        tuple(cell.get_text(strip=True) for cell in row.find_all(["th", "td"])) for row in table.tbody.find_all("tr")
    ]


@pytest.mark.parametrize("role", ["vp", "contact", "regional"])
def test_the_detail_page_breaks_the_confirmed_sessions_down_by_topic_and_kind(
    client, world, people, breakdown_year, role
):
    from bs4 import BeautifulSoup

    client.force_login(people[role])
    response = client.get(detail_url(world["vp"], world["school"], 2025))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    with translation.override("zh-hans"):
        captions = [gettext("Confirmed lectures, by topic"), gettext("Confirmed, by kind")]
        pending_heading = gettext("Awaiting the school's confirmation (not counted yet)")
    tables = {table.caption.get_text(strip=True): table for table in page.select("table.ledger-breakdown")}
    assert list(tables) == captions
    assert _table_rows(tables[captions[0]]) == breakdown_year["by_topic"]
    assert _table_rows(tables[captions[1]]) == breakdown_year["by_kind"]
    # The session awaiting confirmation is listed in its own section, and nowhere in the confirmed figures.
    pending = page.find(id="ledger-pending")
    assert pending.h2.get_text(strip=True) == pending_heading
    assert [a.get_text(strip=True) for a in pending.select("tbody a")] == ["台账待确认"]
    confirmed = page.find(id="ledger-confirmed")
    assert [a.get_text(strip=True) for a in confirmed.select("tbody a")] == [
        "台账甲一",
        "台账甲二",
        "台账乙一",
        "台账演练",
    ]
    text = page.get_text()
    for title in breakdown_year["left_out"]:
        assert title not in text


def test_the_pdf_breaks_the_confirmed_sessions_down_by_topic_and_kind(client, world, people, breakdown_year, pdftotext):
    from tests.pdf_text import squeeze, story_text

    client.force_login(people["contact"])
    response = client.get(pdf_url(world["vp"], world["school"], 2025))
    assert response.status_code == 200
    text = story_text(pdftotext(response.content))
    with translation.override("zh-hans"):
        heading = squeeze(gettext("Confirmed, by topic and by kind"))
        pending_heading = squeeze(gettext("Awaiting the school's confirmation (not counted yet)"))
        header_row = [squeeze(gettext(label)) for label in ("Sessions", "Class-hours")]
        topic, kind = squeeze(gettext("Topic")), squeeze(gettext("Kind"))
    breakdown = text[text.index(heading) + len(heading) : text.index(pending_heading)]
    expected = [topic, *header_row]
    for row in breakdown_year["by_topic"]:
        expected += [squeeze(cell) for cell in row]
    expected += [kind, *header_row]
    for row in breakdown_year["by_kind"]:
        expected += [squeeze(cell) for cell in row]
    assert breakdown == "".join(expected)
    with translation.override("zh-hans"):
        note = ngettext(
            "%(count)s session, %(hours)s class-hours, counts once the school confirms it.",
            "%(count)s sessions, %(hours)s class-hours, count once the school confirms them.",
            1,
        ) % {"count": 1, "hours": "1.5"}
    pending = text[text.index(pending_heading) :]
    assert "台账待确认" in pending and "2026-01-07" in pending and squeeze(note) in pending
    for title in breakdown_year["left_out"]:
        assert title not in text


# --- Dashboard ------------------------------------------------------------------------------------------------------


def dashboard(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def this_year_at(day_offset: int = 0) -> datetime.datetime:
    """A time in the current school year that has already passed (its first days, or a few hours ago)."""
    return SchoolYear.current().starts_at + datetime.timedelta(days=day_offset, hours=9)


def test_the_vice_principal_sees_this_years_ledger_per_school_on_the_dashboard(client, world, mid_year, session_at):
    session_at(this_year_at(), SessionStatus.CONFIRMED, "1.0")
    session_at(this_year_at(1), SessionStatus.HELD, "2.0")
    html = dashboard(client, world["vp"].user)
    year = SchoolYear.current().start_year
    assert f'href="{detail_url(world["vp"], world["school"], year)}"' in html
    assert f'href="{detail_url(world["vp"], mid_year, year)}"' in html
    assert '<progress class="ledger-progress__bar" max="4" value="1.0"' in html
    assert '<progress class="ledger-progress__bar" max="4" value="0.0"' in html
    row = TrackingPanel(user=world["vp"].user).get_context_data()["vice_principal"]["ledger"]["rows"]
    pending = {r["ledger"].school: r["ledger"].figures.pending_hours for r in row}
    assert pending == {world["school"]: Decimal("2.0"), mid_year: Decimal("0.0")}
    assert f'href="{reverse("tracking_ledger")}"' in html


def test_the_school_contact_sees_the_ledgers_of_their_schools_vice_principals(client, world, session_at):
    session_at(this_year_at(), SessionStatus.CONFIRMED, "1.0")
    html = dashboard(client, world["contact"])
    year = SchoolYear.current().start_year
    assert f'href="{detail_url(world["vp"], world["school"], year)}"' in html
    assert world["vp"].name in html
    assert detail_url(world["other_vp"], world["other_school"], year) not in html


def test_the_regional_administrator_gets_a_link_to_the_ledger_list(client, world):
    html = dashboard(client, world["regional"])
    assert 'id="tracking-region-section"' in html and f'href="{reverse("tracking_ledger")}"' in html
    assert "ledger-progress__bar" not in html


def test_the_dashboard_ledger_costs_few_queries(world, mid_year, django_assert_max_num_queries):
    """The panel asks which roles the user holds (four queries) and reads three session lists; the ledger adds two
    (the appointments, and the figures of all of them in one grouped query), however many schools there are; the
    list of the vice principal's certificates adds one."""
    user = world["vp"].user
    with django_assert_max_num_queries(10):
        context = TrackingPanel(user=user).get_context_data()
    assert len(context["vice_principal"]["ledger"]["rows"]) == 2


def test_the_list_costs_the_same_queries_however_many_ledgers_it_shows(client, world, people, session_at):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(people["regional"])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("tracking_ledger"), {"year": 2025}).status_code == 200
        return len(captured)

    before = queries()
    for n in range(3):
        school = SchoolFactory(name=f"测试加校{n}", code=f"36590001{n:02d}", region=world["region"])
        AppointmentFactory(vice_principal=world["other_vp"], school=school, start_date=datetime.date(2025, 9, 1))
        session_at(beijing(2025, 10, 8 + n, 9), SessionStatus.CONFIRMED, "1.0", vp=world["other_vp"], school=school)
    assert len(_listed(client, people["regional"])) == 4
    assert queries() == before


# --- The progress bar, for screen readers ---------------------------------------------------------------------------


def _progress_bars(html: str) -> list[dict]:
    from bs4 import BeautifulSoup

    return [bar.attrs for bar in BeautifulSoup(html, "html.parser").select("progress")]


def _bar_label(vp, school, hours: str) -> str:
    with translation.override("zh-hans"):
        return gettext("%(vice_principal)s at %(school)s: %(hours)s of %(duty)s class-hours confirmed") % {
            "vice_principal": vp.name,
            "school": school.name,
            "hours": hours,
            "duty": 4,
        }


def _assert_announced(bar: dict, *, value: str, label: str) -> None:
    """A native <progress> is a progressbar whose value and range a screen reader reads (0 to max): nothing may
    hide it or override its role, and its name says whose figures they are, in words."""
    assert not {"aria-hidden", "role", "hidden"} & set(bar)
    assert float(bar["max"]) == 4 and float(bar["value"]) == float(value)
    assert bar["aria-label"] == label


def test_the_detail_page_progress_bar_tells_screen_readers_its_value(client, world, people, session_at):
    session_at(beijing(2025, 10, 8, 9), SessionStatus.CONFIRMED, "2.5")
    session_at(beijing(2025, 10, 9, 9), SessionStatus.HELD, "1.0")  # not counted yet
    client.force_login(people["contact"])
    (bar,) = _progress_bars(client.get(detail_url(world["vp"], world["school"], 2025)).content.decode())
    _assert_announced(bar, value="2.5", label=_bar_label(world["vp"], world["school"], "2.5"))


def test_the_dashboard_progress_bars_say_whose_ledger_each_is(client, world, mid_year, session_at):
    session_at(this_year_at(), SessionStatus.CONFIRMED, "1.5")
    bars = _progress_bars(dashboard(client, world["vp"].user))
    assert len(bars) == 2
    for school, hours in ((world["school"], "1.5"), (mid_year, "0.0")):
        label = _bar_label(world["vp"], school, hours)
        (bar,) = [bar for bar in bars if bar.get("aria-label") == label]
        _assert_announced(bar, value=hours, label=label)
    (bar,) = _progress_bars(dashboard(client, world["contact"]))
    _assert_announced(bar, value="1.5", label=_bar_label(world["vp"], world["school"], "1.5"))
