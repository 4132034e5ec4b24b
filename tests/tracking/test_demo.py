"""The tracking part of the demo, as `load_demo` built it for the test session."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from courses.models import TopicPage
from drills.models import ScenarioPage
from tracking import access
from tracking.demo import DISTRICTS
from tracking.models import (
    Appointment,
    PhaseTiming,
    Region,
    School,
    Session,
    SessionAttendance,
    SessionKind,
    SessionStatus,
    TrainingDepartment,
    VicePrincipal,
)
from tracking.rules import MAX_SCHOOLS_AT_ONCE, appointment_errors, session_errors


def demo_sessions():
    return Session.objects.filter(school__code__startswith="11")


def user(username):
    return get_user_model().objects.get(username=username)


def test_beijing_and_its_16_districts_with_their_division_codes(demo):
    regions = dict(Region.objects.filter(code__startswith="11").values_list("code", "name"))
    assert regions.pop("110000") == "北京市"
    assert "110100" in regions
    regions.pop("110100")
    assert regions == {
        "110101": "东城区", "110102": "西城区", "110105": "朝阳区", "110106": "丰台区",
        "110107": "石景山区", "110108": "海淀区", "110109": "门头沟区", "110111": "房山区",
        "110112": "通州区", "110113": "顺义区", "110114": "昌平区", "110115": "大兴区",
        "110116": "怀柔区", "110117": "平谷区", "110118": "密云区", "110119": "延庆区",
    }  # fmt: skip
    assert len(DISTRICTS) == 16
    assert {Region.objects.get(code=code).level for code in regions} == {"district"}
    assert Region.objects.get(code="110000").level == "province"
    assert Region.objects.get(code="110100").level == "city"


def test_about_30_schools_of_every_level_in_several_districts(demo):
    schools = School.objects.filter(code__startswith="11").prefetch_related("levels")
    assert 28 <= schools.count() <= 35
    assert len({s.region_id for s in schools}) >= 8
    for school in schools:
        assert len(school.code) == 10 and school.code.isdigit() and school.code.startswith(school.region.code)
        assert school.student_count > 0 and school.address and school.levels.exists()
    kindergartens = schools.filter(levels__code="kindergarten")
    assert kindergartens.count() >= 4
    assert kindergartens.values("region").distinct().count() >= 3
    assert {lv.code for s in schools for lv in s.levels.all()} == {
        "kindergarten",
        "primary",
        "junior_secondary",
        "senior_secondary",
    }


def test_ten_vice_principals_none_at_more_than_two_schools_at_once(demo):
    vps = VicePrincipal.objects.filter(appointments__school__code__startswith="11").distinct()
    assert vps.count() == 10
    assert any("·" in vp.name for vp in vps), "a minority name with a middle dot"
    for vp in vps:
        assert vp.agency and vp.unit and vp.badge_number and vp.phone
        appointments = list(vp.appointments.all())
        assert all(appointment_errors(appointment=a) == {} for a in appointments), vp
        # The number of schools served at once is highest on some appointment's first day.
        for day in (a.start_date for a in appointments):
            serving = {
                a.school_id for a in appointments if a.start_date <= day and (a.end_date is None or a.end_date >= day)
            }
            assert len(serving) <= MAX_SCHOOLS_AT_ONCE, (vp, day)
    today = timezone.localdate()
    current = Appointment.objects.filter(school__code__startswith="11", start_date__lte=today).exclude(
        end_date__lt=today
    )
    per_school = current.values("school").annotate(n=Count("vice_principal", distinct=True))
    large = [row["n"] for row in per_school if row["n"] >= 2]
    assert large and max(large) <= 5


def test_every_session_keeps_the_rules(demo):
    sessions = demo_sessions().select_related("school", "vice_principal").prefetch_related("attendance__audience")
    assert sessions.count() >= 150
    for session in sessions:
        attendance = {str(a.audience): a.count for a in session.attendance.all()}
        assert session_errors(session=session, attendance=attendance) == {}, session.pk
        assert session.ends_at > session.starts_at
        if session.status in (SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.DISPUTED):
            assert attendance and session.held_at and session.held_at <= timezone.now()
            assert all(0 <= count <= session.school.student_count for count in attendance.values())
        if session.status == SessionStatus.SCHEDULED:
            assert not attendance
        if session.status == SessionStatus.CONFIRMED:
            assert session.confirmed_by_id and session.confirmed_at
        for status, reason in (
            (SessionStatus.DISPUTED, session.dispute_reason),
            (SessionStatus.CANCELLED, session.cancel_reason),
            (SessionStatus.VOIDED, session.void_reason),
        ):
            assert bool(reason) == (session.status == status), session.pk


def test_no_vice_principal_is_in_two_places_at_once(demo):
    by_vp = {}
    for session in demo_sessions().exclude(status__in=[SessionStatus.CANCELLED, SessionStatus.VOIDED]):
        by_vp.setdefault(session.vice_principal_id, []).append((session.starts_at, session.ends_at))
    for spans in by_vp.values():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


def test_all_topics_scenario_types_and_statuses_are_there(demo):
    sessions = demo_sessions()
    zh_topics = set(TopicPage.objects.filter(locale__language_code="zh-hans").values_list("slug", flat=True))
    assert set(sessions.filter(kind=SessionKind.LECTURE).values_list("topic__slug", flat=True)) == zh_topics
    assert len(zh_topics) == 5
    assert not sessions.filter(kind=SessionKind.LECTURE, lessons=None).exists()
    scenario_types = set(
        ScenarioPage.objects.filter(locale__language_code="zh-hans").values_list("scenario_type__slug", flat=True)
    )
    assert (
        set(sessions.filter(kind=SessionKind.DRILL).values_list("scenario__scenario_type__slug", flat=True))
        == scenario_types
    )
    assert set(sessions.values_list("status", flat=True)) == set(SessionStatus.values)


def test_drills_have_phase_timings_some_met_some_over(demo):
    timings = PhaseTiming.objects.filter(session__in=demo_sessions())
    assert timings.exists()
    met = [t.met for t in timings]
    assert True in met and False in met
    assert not timings.filter(session__kind=SessionKind.LECTURE).exists()


def test_attendance_is_counts_by_audience_only(demo):
    fields = {f.name for f in SessionAttendance._meta.get_fields()}
    assert fields == {"id", "session", "audience", "count"}
    assert SessionAttendance.objects.filter(session__in=demo_sessions(), audience__code="parents").exists()


def test_sessions_have_a_revision_and_a_history_of_who_and_when(demo, admin_client):
    session = demo_sessions().filter(vice_principal__user__username="vp", status=SessionStatus.DISPUTED).first()
    assert session.latest_revision is not None
    restored = session.latest_revision.as_object()
    assert restored.status == SessionStatus.DISPUTED and restored.attendance.all()
    actions = [(e.action, e.user.username) for e in ModelLogEntry.objects.for_instance(session).order_by("timestamp")]
    assert actions == [("wagtail.create", "vp"), ("tracking.held", "vp"), ("tracking.dispute", "school")]
    entries = ModelLogEntry.objects.for_instance(session).order_by("timestamp")
    assert session.created_at == entries.first().timestamp < session.starts_at
    assert session.latest_revision.created_at == entries.last().timestamp <= timezone.now()
    response = admin_client.get(reverse("wagtailsnippets_tracking_session:history", args=[session.pk]))
    assert response.status_code == 200


def test_vp_has_two_schools_and_sessions_in_every_status_with_one_tomorrow(demo):
    vp = user("vp")
    visible = access.sessions_visible_to(vp)
    assert visible.exists()
    assert set(visible.values_list("vice_principal__user", flat=True)) == {vp.pk}
    assert visible.values("school").distinct().count() == 2
    assert set(visible.values_list("status", flat=True)) == set(SessionStatus.values)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert any(s.local_date == tomorrow and s.status == SessionStatus.SCHEDULED for s in visible)


def test_school_contact_sees_only_its_school_with_sessions_to_confirm(demo):
    contact = user("school")
    school = School.objects.get(contacts=contact)
    assert school.appointments.filter(vice_principal__user__username="vp").exists()
    visible = access.sessions_visible_to(contact)
    assert set(visible.values_list("school", flat=True)) == {school.pk}
    assert visible.values("vice_principal").distinct().count() >= 2
    waiting = visible.filter(status=SessionStatus.HELD, vice_principal__user__username="vp")
    assert waiting.exists()
    assert all(access.can_confirm(contact, s) for s in waiting)


def test_region_sees_dongcheng_read_only_and_nothing_else(demo):
    regional = user("region")
    assert list(Region.objects.filter(administrators=regional).values_list("code", flat=True)) == ["110101"]
    visible = access.sessions_visible_to(regional)
    assert visible.exists()
    assert set(visible.values_list("school__region__code", flat=True)) == {"110101"}
    assert visible.count() == demo_sessions().filter(school__region__code="110101").count()
    assert not any(access.can_change(regional, s) for s in visible)


def test_trainer_sees_the_drills_of_their_scenarios_only(demo):
    trainer = user("trainer")
    department = TrainingDepartment.objects.get(members=trainer)
    assert department.scenario_roots.exists()
    visible = access.sessions_visible_to(trainer)
    assert visible.exists()
    assert set(visible.values_list("kind", flat=True)) == {SessionKind.DRILL}
    assert visible.count() == demo_sessions().filter(kind=SessionKind.DRILL).count()


def test_other_officers_and_contacts_cannot_sign_in(demo):
    for vp in VicePrincipal.objects.filter(appointments__school__code__startswith="11").exclude(user__username="vp"):
        assert not vp.user.has_usable_password()


@pytest.mark.django_db
def test_load_demo_twice_creates_nothing_new(demo):
    models = [Region, School, VicePrincipal, Appointment, Session, SessionAttendance, PhaseTiming, TrainingDepartment]

    def counts():
        return [m.objects.count() for m in models] + [ModelLogEntry.objects.count(), get_user_model().objects.count()]

    before = counts()
    call_command("load_demo", allow_production=True, stdout=io.StringIO())
    assert counts() == before
