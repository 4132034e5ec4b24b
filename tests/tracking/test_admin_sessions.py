"""The sessions admin through its real URLs: the forms and their rule messages, the edit conflict, exports, the
Beijing-date filter, "schedule this", the confirmed lock, voiding, and the one-click actions."""

import csv
import datetime
import html
import io
import zoneinfo

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.models import Audience, LessonPage
from tracking import services
from tracking.models import PhaseTiming, Session, SessionKind, SessionStatus
from tracking.permissions import denial_message

pytestmark = pytest.mark.django_db

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


def url(name, *args):
    return reverse(f"wagtailsnippets_tracking_session:{name}", args=args)


def form_data(world, **overrides):
    data = {
        "school": world["school"].pk,
        "kind": SessionKind.LECTURE,
        "title": "防欺凌专题讲座",
        "starts_at": "2030-03-01 00:30",
        "ends_at": "2030-03-01 01:15",
        "audiences": [Audience.objects.get(code="upper_primary").pk],
        "topic": world["topic"].pk,
        "scenario": "",
        "class_hours": "1.0",
        "notes": "",
    }
    data.update(overrides)
    return data


def errors_of(response, field):
    return [str(e) for e in response.context["form"].errors.get(field, [])]


# --- Create and edit -----------------------------------------------------------------------------------------------


def test_a_vice_principal_schedules_a_session_in_beijing_time(client, world):
    client.force_login(world["vp"].user)
    response = client.post(url("add"), form_data(world))
    assert response.status_code == 302, response.context and response.context["form"].errors
    session = Session.objects.get(title="防欺凌专题讲座")
    assert session.vice_principal == world["vp"] and session.status == SessionStatus.SCHEDULED
    # 00:30 on 1 March in Beijing is 16:30 UTC on 28 February.
    assert session.starts_at == datetime.datetime(2030, 2, 28, 16, 30, tzinfo=datetime.UTC)
    assert session.revisions.count() == 1
    inspect = client.get(url("inspect", session.pk))
    assert "2030年3月1日 00:30" in inspect.content.decode()


def test_only_schools_where_the_vice_principal_is_appointed_are_offered(client, world):
    client.force_login(world["vp"].user)
    form = client.get(url("add")).context["form"]
    assert list(form.fields["school"].queryset) == [world["school"]]
    response = client.post(url("add"), form_data(world, school=world["other_school"].pk))
    assert response.status_code == 200 and errors_of(response, "school")


def zh(message):
    with translation.override("zh-hans"):
        return gettext(message)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"ends_at": "2030-03-01 00:00"}, "ends_at", zh("The end must be after the start.")),
        ({"kind": SessionKind.DRILL, "topic": ""}, "scenario", zh("Choose the drill scenario this drill ran.")),
        ({"topic": ""}, "topic", zh("Choose the topic of this lecture.")),
        ({"starts_at": "2019-03-01 09:00", "ends_at": "2019-03-01 10:00"}, "school", "2019-03-01"),
    ],
)
def test_each_rule_message_sits_beside_its_field_and_the_form_keeps_what_was_typed(
    client, world, overrides, field, message
):
    client.force_login(world["vp"].user)
    with timezone.override(BEIJING):
        response = client.post(url("add"), form_data(world, title="我输入的标题", notes="我写的备注", **overrides))
    assert response.status_code == 200
    assert any(message in e for e in errors_of(response, field)), response.context["form"].errors
    page = response.content.decode()
    assert "我输入的标题" in page and "我写的备注" in page
    assert not Session.objects.filter(title="我输入的标题").exists()


def test_the_second_stale_save_is_refused_and_nothing_is_lost(client, world, make_session):
    session = make_session(title="原标题")
    vp_client, contact_client = client, client.__class__()
    vp_client.force_login(world["vp"].user)
    contact_client.force_login(world["contact"])
    vp_form = vp_client.get(url("edit", session.pk)).context["form"]
    contact_form = contact_client.get(url("edit", session.pk)).context["form"]
    loaded = vp_form.initial["loaded_version"]
    assert contact_form.initial["loaded_version"] == loaded

    def data(**changes):
        local = session.starts_at.astimezone(BEIJING)
        return form_data(
            world,
            title="原标题",
            starts_at=local.strftime("%Y-%m-%d %H:%M"),
            ends_at=(local + datetime.timedelta(minutes=45)).strftime("%Y-%m-%d %H:%M"),
            loaded_version=loaded,
            **changes,
        )

    first = contact_client.post(url("edit", session.pk), data(notes="学校改的备注"))
    assert first.status_code == 302
    second = vp_client.post(url("edit", session.pk), data(notes="副校长改的备注"))
    assert second.status_code == 200
    assert services.conflict_message() in second.content.decode()
    assert "副校长改的备注" in second.content.decode()  # what they typed is still in the form
    session.refresh_from_db()
    assert session.notes == "学校改的备注" and session.version == loaded + 1


# --- "Schedule this" -----------------------------------------------------------------------------------------------


def test_schedule_this_prefills_from_a_lesson(client, world):
    lesson = LessonPage.objects.live().filter(locale__language_code="zh-hans").first()
    client.force_login(world["vp"].user)
    form = client.get(url("add") + f"?lesson={lesson.pk}").context["form"]
    assert form.initial["kind"] == SessionKind.LECTURE
    assert form.initial["lessons"] == [lesson.pk]
    assert form.initial["topic"] == lesson.get_parent().pk
    assert set(form.initial["audiences"]) == set(lesson.audiences.values_list("pk", flat=True))


def test_schedule_this_prefills_a_drill_from_a_scenario(client, world):
    client.force_login(world["vp"].user)
    form = client.get(url("add") + f"?scenario={world['scenario'].pk}").context["form"]
    assert form.initial["kind"] == SessionKind.DRILL and form.initial["scenario"] == world["scenario"].pk
    topic_form = client.get(url("add") + f"?topic={world['topic'].pk}").context["form"]
    assert topic_form.initial["topic"] == world["topic"].pk
    nonsense = client.get(url("add") + "?lesson=nonsense").context["form"].initial
    assert nonsense["kind"] == SessionKind.LECTURE and not nonsense.get("lessons")


# --- List, filters, exports ----------------------------------------------------------------------------------------


def test_a_session_at_half_past_midnight_belongs_to_that_beijing_date(client, world, make_session):
    early = make_session(title="凌晨演练", starts_at=datetime.datetime(2030, 3, 1, 0, 30, tzinfo=BEIJING))
    client.force_login(world["vp"].user)
    same_day = client.get(url("list"), {"date_from": "2030-03-01", "date_to": "2030-03-01"})
    assert "凌晨演练" in same_day.content.decode()
    assert "2030年3月1日 00:30" in same_day.content.decode()
    day_before = client.get(url("list"), {"date_from": "2030-02-28", "date_to": "2030-02-28"})
    assert "凌晨演练" not in day_before.content.decode()
    assert early.starts_at.astimezone(datetime.UTC).date() == datetime.date(2030, 2, 28)


def test_what_needs_someone_comes_first(client, world, make_session):
    now = timezone.now()
    later = make_session(title="下周讲座", starts_at=now + datetime.timedelta(days=7))
    held = make_session(title="待确认讲座", starts_at=now - datetime.timedelta(days=3))
    services.session_log_held(session=held, user=world["vp"].user, attendance={})
    make_session(title="重叠讲座", starts_at=later.starts_at + datetime.timedelta(minutes=10))
    client.force_login(world["vp"].user)
    page = client.get(url("list")).content.decode()
    assert page.index("待确认讲座") < page.index("下周讲座")
    assert zh("Overlaps another session") in page


def test_filters_by_school_kind_status_and_topic(client, world, make_session):
    make_session(title="讲座甲")
    make_session(title="演练甲", kind=SessionKind.DRILL)
    client.force_login(world["vp"].user)
    drills = client.get(url("list"), {"kind": SessionKind.DRILL}).content.decode()
    assert "演练甲" in drills and "讲座甲" not in drills
    by_topic = client.get(url("list"), {"topic": world["topic"].pk, "status": "scheduled"}).content.decode()
    assert "讲座甲" in by_topic and "演练甲" not in by_topic
    school_filter = client.get(url("list")).context["filters"].form.fields["school"]
    assert list(school_filter.queryset) == [world["school"]]


def test_filters_by_vice_principal_among_those_whose_sessions_one_sees(client, world, make_session):
    make_session(title="甲的讲座")
    make_session(title="乙的讲座", vp=world["other_vp"], school=world["other_school"])
    client.force_login(world["regional"])
    vp_filter = client.get(url("list")).context["filters"].form.fields["vice_principal"]
    assert world["vp"] in vp_filter.queryset and world["other_vp"] not in vp_filter.queryset
    mine = client.get(url("list"), {"vice_principal": world["vp"].pk}).content.decode()
    assert "甲的讲座" in mine
    # A vice principal of another region is no choice: the list does not filter on them, and names nobody new.
    other = client.get(url("list"), {"vice_principal": world["other_vp"].pk}).content.decode()
    assert "乙的讲座" not in other and "测试警官乙" not in other


HOSTILE = {"title": '=HYPERLINK("http://evil","x")', "notes": "+1+cmd|' /C calc'!A0"}


def test_csv_export_escapes_formulas_and_uses_beijing_times(client, world, make_session):
    make_session(starts_at=datetime.datetime(2030, 3, 1, 0, 30, tzinfo=BEIJING), **HOSTILE)
    client.force_login(world["vp"].user)
    response = client.get(url("list"), {"export": "csv", "date_from": "2030-03-01", "date_to": "2030-03-01"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))
    header, row = rows[0], rows[1]
    assert len(rows) == 2
    record = dict(zip(header, row, strict=True))
    assert record[next(h for h in header if "Starts" in h or "开始" in h)] == "2030年3月1日 00:30"
    assert "'" + HOSTILE["title"] in row and "'" + HOSTILE["notes"] in row
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_xlsx_export_escapes_formulas(client, world, make_session):
    make_session(starts_at=datetime.datetime(2030, 3, 1, 0, 30, tzinfo=BEIJING), **HOSTILE)
    client.force_login(world["vp"].user)
    response = client.get(url("list"), {"export": "xlsx", "date_from": "2030-03-01", "date_to": "2030-03-01"})
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=False))
    assert len(rows) == 2
    cells = rows[1]
    values = [c.value for c in cells]
    assert "'" + HOSTILE["title"] in values and "'" + HOSTILE["notes"] in values
    assert all(c.data_type != "f" for c in cells)
    assert "2030年3月1日 00:30" in values


# --- Actions, lock, void -------------------------------------------------------------------------------------------


def test_log_as_held_with_attendance_and_a_count_too_big_beside_its_audience(client, world, make_session):
    parents, teachers = Audience.objects.get(code="parents"), Audience.objects.get(code="teachers")
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3), audiences=[parents, teachers])
    client.force_login(world["vp"].user)
    too_many = client.post(
        url("log_held", session.pk),
        {"attendance_parents": "9999", "attendance_teachers": "12", "class_hours": "1.5", "notes": "顺利"},
    )
    assert too_many.status_code == 200
    assert any("9999" in e for e in errors_of(too_many, "attendance_parents"))
    assert 'value="12"' in too_many.content.decode() and "顺利" in too_many.content.decode()
    done = client.post(
        url("log_held", session.pk),
        {"attendance_parents": "40", "attendance_teachers": "12", "class_hours": "1.5", "notes": "顺利"},
    )
    assert done.status_code == 302
    session.refresh_from_db()
    assert session.status == SessionStatus.HELD and str(session.class_hours) == "1.5"
    assert {a.audience.code: a.count for a in session.attendance.all()} == {"parents": 40, "teachers": 12}


def test_a_drill_is_logged_with_phase_timings_shown_against_targets(client, world, make_session):
    from tracking.selectors import phase_targets

    session = make_session(kind=SessionKind.DRILL, starts_at=timezone.now() - datetime.timedelta(hours=2))
    targets = phase_targets(scenario=world["scenario"])
    assert targets, "the demo scenario has timed phases"
    client.force_login(world["vp"].user)
    data = {"class_hours": "1", "notes": ""}
    for i, (_phase, target) in enumerate(targets):
        data[f"phase_{i}"] = str(target - 1 if i == 0 else target + 30)
    assert client.post(url("log_held", session.pk), data).status_code == 302
    timings = list(PhaseTiming.objects.filter(session=session))
    assert [(t.phase, t.target_seconds) for t in timings] == targets
    assert timings[0].met is True and (len(timings) == 1 or timings[1].met is False)
    page = client.get(url("inspect", session.pk)).content.decode()
    assert targets[0][0] in page and zh("Met") in page
    if len(targets) > 1:
        assert zh("Over") in page


def test_confirm_is_one_click_for_the_school_and_locks_the_session(client, world, make_session):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    client.force_login(world["vp"].user)
    assert url("confirm", session.pk) not in client.get(url("list")).content.decode()
    client.force_login(world["contact"])
    assert url("confirm", session.pk) in client.get(url("list")).content.decode()
    assert client.post(url("confirm", session.pk)).status_code == 302
    session.refresh_from_db()
    assert session.status == SessionStatus.CONFIRMED and session.confirmed_by == world["contact"]

    client.force_login(world["vp"].user)
    locked = client.get(url("edit", session.pk))
    assert locked.status_code == 403
    assert denial_message(world["vp"].user, session, "change") in html.unescape(locked.content.decode())
    # The school contact may still correct it, and the change shows in the history with who made it.
    client.force_login(world["contact"])
    local = session.starts_at.astimezone(BEIJING)
    response = client.post(
        url("edit", session.pk),
        form_data(
            world,
            title="学校更正",
            starts_at=local.strftime("%Y-%m-%d %H:%M"),
            ends_at=(local + datetime.timedelta(minutes=45)).strftime("%Y-%m-%d %H:%M"),
            loaded_version=Session.objects.get(pk=session.pk).version,
        ),
    )
    assert response.status_code == 302
    history = client.get(url("history", session.pk)).content.decode()
    assert "t-contact" in history


def test_a_dispute_reason_goes_back_to_the_vice_principal(client, world, make_session):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    client.force_login(world["contact"])
    empty = client.post(url("dispute", session.pk), {"dispute_reason": "  "})
    assert empty.status_code == 200 and errors_of(empty, "dispute_reason") == [zh("Give a reason.")]
    assert client.post(url("dispute", session.pk), {"dispute_reason": "人数不对，请核实"}).status_code == 302
    client.force_login(world["vp"].user)
    inspect = client.get(url("inspect", session.pk)).content.decode()
    assert "人数不对，请核实" in inspect
    assert url("log_held", session.pk) in inspect  # they can correct and log it again


def test_held_sessions_are_voided_not_deleted(client, world, make_session):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    client.force_login(world["vp"].user)
    refused = client.post(url("delete", session.pk))
    assert refused.status_code == 403
    assert zh("A session that was held is never deleted; void it with a reason instead.") in html.unescape(
        refused.content.decode()
    )
    no_reason = client.post(url("void", session.pk), {"void_reason": ""})
    assert no_reason.status_code == 200 and errors_of(no_reason, "void_reason")
    assert client.post(url("void", session.pk), {"void_reason": "重复录入"}).status_code == 302
    session.refresh_from_db()
    assert session.status == SessionStatus.VOIDED and session.void_reason == "重复录入"


def test_scheduled_sessions_are_cancelled_with_a_reason_or_deleted(client, world, make_session):
    cancelled = make_session(title="取消的讲座")
    deleted = make_session(title="删除的讲座", starts_at=timezone.now() + datetime.timedelta(days=9))
    client.force_login(world["vp"].user)
    assert client.post(url("cancel", cancelled.pk), {"cancel_reason": "学校停课"}).status_code == 302
    cancelled.refresh_from_db()
    assert cancelled.status == SessionStatus.CANCELLED and cancelled.cancel_reason == "学校停课"
    assert client.post(url("log_held", cancelled.pk), {"class_hours": "1"}).status_code == 403
    assert client.post(url("delete", deleted.pk)).status_code == 302
    assert not Session.objects.filter(pk=deleted.pk).exists()


def test_bulk_delete_removes_the_vice_principals_scheduled_sessions_only(client, world, make_session):
    mine = make_session(title="批量删除的讲座")
    held = make_session(title="已开展的讲座", starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=held, user=world["vp"].user, attendance={})
    client.force_login(world["vp"].user)
    bulk = reverse("wagtail_bulk_action", args=["tracking", "session", "delete"])
    response = client.post(f"{bulk}?id={mine.pk}&id={held.pk}")
    assert response.status_code == 302
    assert not Session.objects.filter(pk=mine.pk).exists()
    assert Session.objects.filter(pk=held.pk).exists()


def test_a_superuser_schedules_for_a_vice_principal_and_the_list_sorts_by_column(client, world):
    from tracking.factories import UserFactory

    client.force_login(UserFactory(username="t-admin", is_superuser=True, is_staff=True))
    form = client.get(url("add")).context["form"]
    assert "vice_principal" in form.fields
    response = client.post(url("add"), form_data(world, vice_principal=world["vp"].pk, title="管理员代为安排"))
    assert response.status_code == 302
    assert Session.objects.get(title="管理员代为安排").vice_principal == world["vp"]
    assert client.get(url("list"), {"ordering": "-starts_at"}).status_code == 200
    client.force_login(world["vp"].user)
    assert "vice_principal" not in client.get(url("add")).context["form"].fields


def test_the_vice_principal_sees_the_dispute_reason_when_correcting(client, world, make_session):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    services.session_dispute(session=session, user=world["contact"], reason="时间填错了")
    client.force_login(world["vp"].user)
    response = client.get(url("edit", session.pk), follow=True)
    assert response.status_code == 200 and "时间填错了" in response.content.decode()
    # Other roles never get the schedule form.
    client.force_login(world["contact"])
    assert client.get(url("add")).status_code == 403


@pytest.mark.parametrize(("action", "field"), [("dispute", "dispute_reason"), ("void", "void_reason")])
def test_reason_pages_show_their_reason_field(client, world, make_session, action, field):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    client.force_login(world["contact"])
    assert f'name="{field}"' in client.get(url(action, session.pk)).content.decode()


def test_the_session_page_links_its_evidence_photos(client, world, make_session):
    from tracking.models import EvidencePhoto

    session = make_session()
    client.force_login(world["vp"].user)
    page = client.get(reverse("wagtailsnippets_tracking_session:inspect", args=[session.pk]))
    photos_url = reverse("tracking_session_photos", args=[session.pk])
    assert page.status_code == 200 and photos_url in page.content.decode()
    assert EvidencePhoto.objects.filter(session=session).count() == 0
    assert client.get(photos_url).status_code == 200


def test_the_list_asks_the_same_number_of_queries_however_many_rows(client, world, make_session):
    """Row buttons ask who may do what of every row; the answers about the user are looked up once a request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("wagtailsnippets_tracking_session:list")

    def queries(user) -> int:
        client.force_login(user)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    make_session()
    before = {who: queries(user) for who, user in (("vp", world["vp"].user), ("contact", world["contact"]))}
    for hours in range(6):
        make_session(starts_at=timezone.now() + datetime.timedelta(days=2, hours=hours * 2))
    after = {who: queries(user) for who, user in (("vp", world["vp"].user), ("contact", world["contact"]))}
    assert after == before
