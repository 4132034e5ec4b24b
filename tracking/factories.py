"""Factories for tracking records, shared by `load_demo` and the tests."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from tracking.models import Appointment, Region, School, Session, SessionKind, TrainingDepartment, VicePrincipal


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"tracking-user-{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]


class RegionFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"{650101 + n % 98}")
    name = factory.Sequence(lambda n: f"测试区{n}")

    class Meta:
        model = Region
        django_get_or_create = ["code"]


class SchoolFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试学校{n}")
    code = factory.Sequence(lambda n: f"{3650000000 + n}")
    region = factory.SubFactory(RegionFactory)
    student_count = 600

    class Meta:
        model = School
        django_get_or_create = ["code"]
        skip_postgeneration_save = True

    @factory.post_generation
    def contacts(self, create, extracted, **kwargs):
        if create and extracted:
            self.contacts.add(*extracted)


class VicePrincipalFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"测试警官{n}")
    agency = "测试市公安局"
    unit = "测试派出所"

    class Meta:
        model = VicePrincipal
        django_get_or_create = ["user"]


class AppointmentFactory(factory.django.DjangoModelFactory):
    vice_principal = factory.SubFactory(VicePrincipalFactory)
    school = factory.SubFactory(SchoolFactory)
    start_date = datetime.date(2020, 9, 1)
    end_date = None

    class Meta:
        model = Appointment


class SessionFactory(factory.django.DjangoModelFactory):
    """A scheduled lecture; pass `topic` (or kind=drill and `scenario`) for a record that passes the rules."""

    kind = SessionKind.LECTURE
    school = factory.SubFactory(SchoolFactory)
    vice_principal = factory.SubFactory(VicePrincipalFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + datetime.timedelta(minutes=45))

    class Meta:
        model = Session
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.add(*extracted)


class TrainingDepartmentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试培训部门{n}")

    class Meta:
        model = TrainingDepartment
