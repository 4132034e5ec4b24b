"""The admin of regions, schools, vice principals, appointments and training departments: who sees which records,
what answers 404 and what 403, the appointment rules beside their fields, and spreadsheet exports."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from cms import roles
from tracking.factories import AppointmentFactory, SchoolFactory, UserFactory
from tracking.models import Appointment, Region, School, TrainingDepartment, VicePrincipal


def url(model: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_tracking_{model}:{view}", args=args)


@pytest.fixture
def superuser(db):
    return UserFactory(username="t-super", is_superuser=True, is_staff=True)


def listed(client, model: str, **params) -> str:
    """The names in the list's rows (not in its filters)."""
    response = client.get(url(model, "list"), params)
    assert response.status_code == 200
    return " | ".join(str(obj) for obj in response.context["object_list"])


def answer(client, address: str) -> int:
    """The final status: the admin's 404 for an address without a language prefix is redirected to one with it
    (LocaleMiddleware), which is a 404 again."""
    return client.get(address, follow=True).status_code


def test_superuser_manages_every_record(client, world, superuser):
    client.force_login(superuser)
    # The demo's schools come first in the list; search for this test's own.
    html = listed(client, "school", q="测试")
    assert world["school"].name in html and world["other_school"].name in html
    for model, obj in [
        ("region", world["region"]),
        ("school", world["school"]),
        ("viceprincipal", world["vp"]),
        ("appointment", Appointment.objects.filter(vice_principal=world["vp"]).get()),
        ("trainingdepartment", world["department"]),
    ]:
        for view in ("edit", "inspect", "history", "delete"):
            assert client.get(url(model, view, obj.pk)).status_code == 200, (model, view)
        assert client.get(url(model, "add")).status_code == 200, model


def test_regional_administrator_reads_only_their_region(client, world):
    client.force_login(world["regional"])
    html = listed(client, "school")
    assert world["school"].name in html and world["other_school"].name not in html
    mine, theirs = world["school"], world["other_school"]
    assert client.get(url("school", "inspect", mine.pk)).status_code == 200
    assert client.get(url("school", "history", mine.pk)).status_code == 200
    # Read-only: editing, deleting and adding are refused...
    assert client.get(url("school", "edit", mine.pk)).status_code == 403
    assert client.post(url("school", "edit", mine.pk), {"name": "改名"}).status_code == 403
    assert client.get(url("school", "delete", mine.pk)).status_code == 403
    assert client.get(url("school", "add")).status_code == 403
    # ...and another region's school does not exist for them, whatever the view.
    for view in ("inspect", "history", "edit", "delete", "usage"):
        assert answer(client, url("school", view, theirs.pk)) == 404, view
    assert School.objects.get(pk=mine.pk).name == mine.name
    regions = listed(client, "region")
    assert "测试区甲" in regions and "测试区乙" not in regions
    assert answer(client, url("region", "inspect", world["other_region"].pk)) == 404


def test_a_city_administrator_sees_every_district_under_its_code(client, world):
    city = Region.objects.create(code="659000", name="测试市")
    city_admin = UserFactory(username="t-city")
    city_admin.groups.add(roles.group_with_admin_access(name=roles.REGIONAL_ADMINS))
    city.administrators.add(city_admin)
    client.force_login(city_admin)
    html = listed(client, "school")
    assert world["school"].name in html  # 659001 starts with 6590
    assert world["other_school"].name not in html  # 659101 does not
    appointments = listed(client, "appointment")
    assert world["vp"].name in appointments and world["other_vp"].name not in appointments


def test_school_contact_reads_their_school_and_its_vice_principals(client, world):
    client.force_login(world["contact"])
    html = listed(client, "school")
    assert world["school"].name in html and world["other_school"].name not in html
    assert client.get(url("school", "inspect", world["school"].pk)).status_code == 200
    assert client.get(url("school", "edit", world["school"].pk)).status_code == 403
    assert answer(client, url("school", "inspect", world["other_school"].pk)) == 404
    vps = listed(client, "viceprincipal")
    assert world["vp"].name in vps and world["other_vp"].name not in vps
    assert answer(client, url("viceprincipal", "inspect", world["other_vp"].pk)) == 404
    # Nothing of theirs is a region or a training department.
    assert client.get(url("region", "list")).status_code == 403
    assert answer(client, url("region", "inspect", world["region"].pk)) == 404


def test_vice_principal_reads_their_own_record_and_appointments(client, world):
    vp, other = world["vp"], world["other_vp"]
    client.force_login(vp.user)
    html = listed(client, "viceprincipal")
    assert vp.name in html and other.name not in html
    assert client.get(url("viceprincipal", "inspect", vp.pk)).status_code == 200
    assert client.get(url("viceprincipal", "edit", vp.pk)).status_code == 403
    assert answer(client, url("viceprincipal", "inspect", other.pk)) == 404
    assert answer(client, url("viceprincipal", "edit", other.pk)) == 404
    own = Appointment.objects.get(vice_principal=vp)
    theirs = Appointment.objects.get(vice_principal=other)
    appointments = listed(client, "appointment")
    assert world["school"].name in appointments and world["other_school"].name not in appointments
    assert client.get(url("appointment", "inspect", own.pk)).status_code == 200
    assert client.get(url("appointment", "edit", own.pk)).status_code == 403
    assert client.get(url("appointment", "delete", own.pk)).status_code == 403
    assert answer(client, url("appointment", "inspect", theirs.pk)) == 404
    assert answer(client, url("appointment", "history", theirs.pk)) == 404
    assert client.get(url("appointment", "add")).status_code == 403


def test_training_department_member_sees_their_department(client, world):
    other = TrainingDepartment.objects.create(name="别处培训处")
    client.force_login(world["trainer"])
    html = listed(client, "trainingdepartment")
    assert world["department"].name in html and other.name not in html
    assert answer(client, url("trainingdepartment", "inspect", other.pk)) == 404
    assert client.get(url("trainingdepartment", "edit", world["department"].pk)).status_code == 403


def test_filters_and_choosers_name_only_records_in_scope(client, world):
    client.force_login(world["contact"])
    page = client.get(url("appointment", "list")).content.decode()
    # The school filter's choices come from the user's scope too.
    assert world["school"].name in page and world["other_school"].name not in page
    chooser = client.get(reverse("wagtailsnippetchoosers_tracking_school:choose"))
    assert chooser.status_code == 200
    body = chooser.json()["html"]
    assert world["school"].name in body and world["other_school"].name not in body
    chosen = reverse("wagtailsnippetchoosers_tracking_school:chosen", args=[world["other_school"].pk])
    assert answer(client, chosen) == 404


def test_filters_narrow_the_list(client, world, superuser):
    client.force_login(superuser)
    html = listed(client, "school", region_code="6590")
    assert world["school"].name in html and world["other_school"].name not in html
    html = listed(client, "appointment", school=world["other_school"].pk)
    assert world["other_vp"].name in html and world["vp"].name not in html
    html = listed(client, "school", q="第二中学")
    assert world["other_school"].name in html and world["school"].name not in html


def appointment_form(vp, school, start, end=""):
    return {"vice_principal": vp.pk, "school": school.pk, "start_date": start, "end_date": end}


def test_appointment_end_before_start_is_shown_beside_the_end_date(client, world, superuser):
    client.force_login(superuser)
    response = client.post(
        url("appointment", "add"), appointment_form(world["vp"], world["other_school"], "2026-09-01", "2026-08-01")
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["end_date"]
    # What was typed stays in the form.
    assert form["start_date"].value() == "2026-09-01" and form["end_date"].value() == "2026-08-01"
    assert not Appointment.objects.filter(vice_principal=world["vp"], school=world["other_school"]).exists()


def test_a_third_school_at_once_is_refused_beside_the_school(client, world, superuser):
    second = SchoolFactory(name="测试第三小学", code="3659000003", region=world["region"])
    AppointmentFactory(vice_principal=world["vp"], school=second, start_date=datetime.date(2021, 9, 1))
    client.force_login(superuser)
    response = client.post(
        url("appointment", "add"), appointment_form(world["vp"], world["other_school"], "2026-09-01")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["school"]
    assert world["school"].name in errors["school"][0] and "2" in errors["school"][0]
    # An appointment that starts after the others end is fine, saved through the service with its history.
    Appointment.objects.filter(vice_principal=world["vp"]).update(end_date=datetime.date(2026, 8, 31))
    response = client.post(
        url("appointment", "add"), appointment_form(world["vp"], world["other_school"], "2026-09-01")
    )
    assert response.status_code == 302
    created = Appointment.objects.get(vice_principal=world["vp"], school=world["other_school"])
    entry = ModelLogEntry.objects.filter(
        content_type__model="appointment", object_id=str(created.pk), action="wagtail.create"
    ).get()
    assert entry.user == superuser
    assert client.get(url("appointment", "history", created.pk)).status_code == 200


def test_editing_an_appointment_keeps_the_rules(client, world, superuser):
    appointment = Appointment.objects.get(vice_principal=world["vp"])
    client.force_login(superuser)
    response = client.post(
        url("appointment", "edit", appointment.pk),
        appointment_form(world["vp"], world["school"], "2020-09-01", "2019-01-01"),
    )
    assert response.status_code == 200 and "end_date" in response.context["form"].errors
    response = client.post(
        url("appointment", "edit", appointment.pk),
        appointment_form(world["vp"], world["school"], "2020-09-01", "2027-08-31"),
    )
    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.end_date == datetime.date(2027, 8, 31)
    assert ModelLogEntry.objects.filter(object_id=str(appointment.pk), action="wagtail.edit").exists()


def test_a_school_in_use_is_not_deleted(client, world, superuser):
    client.force_login(superuser)
    page = client.get(url("school", "delete", world["school"].pk))
    assert page.status_code == 200 and page.context["is_protected"]
    assert client.post(url("school", "delete", world["school"].pk)).status_code == 403
    assert School.objects.filter(pk=world["school"].pk).exists()
    unused = SchoolFactory(name="测试空学校", code="3659000008", region=world["region"])
    assert client.post(url("school", "delete", unused.pk)).status_code == 302
    assert not School.objects.filter(pk=unused.pk).exists()


@pytest.fixture
def formula_school(world):
    return SchoolFactory(
        name='=HYPERLINK("http://evil.example","点我")', code="3659000009", region=world["region"], address="@SUM(A1)"
    )


def test_csv_export_escapes_formulas_and_keeps_to_the_scope(client, world, formula_school):
    client.force_login(world["regional"])
    response = client.get(url("school", "list"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example","点我")' in names
    assert world["school"].name in names and world["other_school"].name not in names
    assert "'@SUM(A1)" in [row[4] for row in rows[1:]]


def test_xlsx_export_escapes_formulas(client, world, superuser, formula_school):
    client.force_login(superuser)
    response = client.get(url("school", "list"), {"export": "xlsx", "q": "HYPERLINK"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://evil.example","点我")' in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)


def test_vice_principal_export_holds_only_their_own_record(client, world):
    client.force_login(world["vp"].user)
    response = client.get(url("viceprincipal", "list"), {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert world["vp"].name in text and world["other_vp"].name not in text
    assert VicePrincipal.objects.count() >= 2


def test_bulk_delete_names_no_record_outside_the_scope(client, world, superuser):
    bulk = reverse("wagtail_bulk_action", args=["tracking", "school", "delete"])
    client.force_login(world["vp"].user)
    response = client.get(bulk, {"id": [world["other_school"].pk]}, follow=True)
    assert response.status_code == 404
    assert world["other_school"].name not in response.content.decode()
    response = client.get(bulk, {"id": [world["school"].pk, world["other_school"].pk]})
    assert world["other_school"].name not in response.content.decode()
    client.force_login(superuser)
    unused = SchoolFactory(name="测试空学校", code="3659000007", region=world["region"])
    assert client.get(bulk, {"id": [unused.pk]}).status_code == 200
    client.post(bulk + f"?id={unused.pk}")
    assert not School.objects.filter(pk=unused.pk).exists()


def test_a_school_in_use_stays_even_when_the_reference_index_is_stale(client, world, superuser):
    from wagtail.models import ReferenceIndex

    ReferenceIndex.objects.all().delete()
    client.force_login(superuser)
    response = client.post(url("school", "delete", world["school"].pk), follow=True)
    assert response.status_code == 200
    assert School.objects.filter(pk=world["school"].pk).exists()
    assert "仍被其他记录使用" in response.content.decode() or "still used by other records" in response.content.decode()
