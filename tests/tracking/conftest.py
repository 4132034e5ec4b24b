"""A small tracking world of its own beside the demo's: a region, two schools with contacts, vice principals with
appointments, a topic and a scenario, so tests never depend on the demo's counts."""

import datetime

import pytest

from cms import roles


def _user(username: str, group: str | None):
    from tracking.factories import UserFactory

    user = UserFactory(username=username)
    user.set_password("pw-" + username)
    user.save()
    if group:
        group_obj = roles.group_with_admin_access(name=group)
        user.groups.add(group_obj)
    return user


@pytest.fixture
def world(db):
    from courses.models import TopicPage
    from drills.models import ScenarioPage
    from tracking.factories import (
        AppointmentFactory,
        RegionFactory,
        SchoolFactory,
        TrainingDepartmentFactory,
        VicePrincipalFactory,
    )

    region = RegionFactory(code="659001", name="测试区甲")
    other_region = RegionFactory(code="659101", name="测试区乙")
    contact = _user("t-contact", roles.SCHOOL_STAFF)
    other_contact = _user("t-contact-2", roles.SCHOOL_STAFF)
    school = SchoolFactory(name="测试第一小学", code="3659000001", region=region, student_count=500, contacts=[contact])
    other_school = SchoolFactory(
        name="测试第二中学", code="3659100002", region=other_region, student_count=800, contacts=[other_contact]
    )
    vp = VicePrincipalFactory(user=_user("t-vp", roles.VICE_PRINCIPALS), name="测试警官甲")
    other_vp = VicePrincipalFactory(user=_user("t-vp-2", roles.VICE_PRINCIPALS), name="测试警官乙")
    AppointmentFactory(vice_principal=vp, school=school, start_date=datetime.date(2020, 9, 1))
    AppointmentFactory(vice_principal=other_vp, school=other_school, start_date=datetime.date(2020, 9, 1))
    regional = _user("t-region", roles.REGIONAL_ADMINS)
    region.administrators.add(regional)
    scenario = ScenarioPage.objects.live().filter(locale__language_code="zh-hans").first()
    trainer = _user("t-trainer", roles.TRAINING_DEPARTMENTS)
    department = TrainingDepartmentFactory(name="测试培训处")
    department.members.add(trainer)
    department.scenario_roots.add(scenario.get_parent())
    return {
        "region": region,
        "other_region": other_region,
        "school": school,
        "other_school": other_school,
        "contact": contact,
        "other_contact": other_contact,
        "vp": vp,
        "other_vp": other_vp,
        "regional": regional,
        "trainer": trainer,
        "department": department,
        "topic": TopicPage.objects.live().filter(locale__language_code="zh-hans").first(),
        "scenario": scenario,
    }


@pytest.fixture
def make_session(world):
    """A saved session of `world`'s first vice principal at the first school, through the services."""
    from django.utils import timezone

    from tracking import services
    from tracking.models import Session, SessionKind

    def make(*, vp=None, school=None, kind=SessionKind.LECTURE, starts_at=None, minutes=45, **fields):
        vp = vp or world["vp"]
        school = school or world["school"]
        starts_at = starts_at or timezone.now() + datetime.timedelta(days=2)
        session = Session(
            kind=kind,
            vice_principal=vp,
            school=school,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(minutes=minutes),
            **{
                "topic": world["topic"] if kind == SessionKind.LECTURE else None,
                "scenario": world["scenario"] if kind == SessionKind.DRILL else None,
                **fields,
            },
        )
        return services.session_schedule(session=session, user=vp.user)

    return make
