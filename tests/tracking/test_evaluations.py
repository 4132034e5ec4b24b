"""The school's yearly evaluation of its vice principal: recorded by the school's contact, submitted with the ledger
as it stood, locked afterwards (service and admin URLs alike), amended only by an administrator with a reason kept in
the history, readable by the vice principal and the region, exported and printed."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.models import ModelLogEntry, Revision

from cms import roles
from tracking import services as session_services
from tracking.factories import AppointmentFactory, RegionFactory, SchoolFactory, UserFactory, VicePrincipalFactory
from tracking.models import Evaluation, EvaluationStatus, Rating
from tracking.reports import evaluations
from tracking.reports.counting import ledger_figures
from tracking.reports.periods import SchoolYear

LAST = SchoolYear(SchoolYear.current().start_year - 1)


def url(view: str, *args) -> str:
    return reverse(f"wagtailsnippets_tracking_evaluation:{view}", args=args)


def answer(client, address: str, method: str = "get", data=None) -> int:
    """The final status: the admin's 404 for an address without a language prefix is redirected to one with it."""
    response = getattr(client, method)(address, data or {}, follow=True)
    return response.status_code


def regional_admin(username: str):
    user = UserFactory(username=username)
    user.groups.add(roles.group_with_admin_access(name=roles.REGIONAL_ADMINS))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="t-super-eval", is_superuser=True, is_staff=True, first_name="管理员")


@pytest.fixture
def held(world, make_session):
    """Sessions of `world`'s vice principal at its school last school year: logged as held, confirmed or not."""

    def make(*, day: int, hours: str, confirm: bool = True):
        starts_at = LAST.starts_at + datetime.timedelta(days=day, hours=10)
        session = make_session(starts_at=starts_at)
        session = session_services.session_log_held(
            session=session, user=world["vp"].user, attendance={}, class_hours=Decimal(hours)
        )
        if confirm:
            session = session_services.session_confirm(session=session, user=world["contact"])
        return session

    return make


def draft(world, *, vp=None, school=None, year=LAST, rating=Rating.COMPETENT, comments="按要求完成课时。", user=None):
    return evaluations.evaluation_save(
        evaluation=Evaluation(
            vice_principal=vp or world["vp"],
            school=school or world["school"],
            school_year=year.start_year,
            rating=rating,
            comments=comments,
        ),
        user=user or world["contact"],
    )


def submitted(world, **kwargs):
    evaluation = draft(world, **kwargs)
    return evaluations.evaluation_submit(evaluation=evaluation, user=kwargs.get("user") or world["contact"])


# --- Services --------------------------------------------------------------------------------------------------


def test_submitting_copies_the_ledger_as_it_stands_and_keeps_it(world, held):
    held(day=10, hours="1.0")
    held(day=40, hours="2.0")
    pending = held(day=70, hours="1.5", confirm=False)
    evaluation = draft(world)
    assert evaluation.status == EvaluationStatus.DRAFT and evaluation.confirmed_hours == 0

    evaluation = evaluations.evaluation_submit(evaluation=evaluation, user=world["contact"])
    figures = ledger_figures(vice_principal=world["vp"], school=world["school"], year=LAST)
    assert (evaluation.confirmed_hours, evaluation.confirmed_sessions) == (Decimal("3.0"), 2)
    assert (evaluation.pending_hours, evaluation.pending_sessions) == (Decimal("1.5"), 1)
    assert (evaluation.confirmed_hours, evaluation.pending_hours) == (figures.confirmed_hours, figures.pending_hours)
    assert evaluation.status == EvaluationStatus.SUBMITTED and evaluation.is_locked
    assert evaluation.submitted_by == world["contact"] and evaluation.submitted_at is not None

    # The school confirms the last session later: the ledger moves on, the signed evaluation does not.
    session_services.session_confirm(session=pending, user=world["contact"])
    assert ledger_figures(vice_principal=world["vp"], school=world["school"], year=LAST).confirmed_hours == Decimal(
        "4.5"
    )
    evaluation.refresh_from_db()
    assert (evaluation.confirmed_hours, evaluation.confirmed_sessions) == (Decimal("3.0"), 2)
    assert (evaluation.pending_hours, evaluation.pending_sessions) == (Decimal("1.5"), 1)

    actions = list(ModelLogEntry.objects.for_instance(evaluation).order_by("pk").values_list("action", flat=True))
    assert actions == ["wagtail.create", evaluations.SUBMIT_ACTION]
    assert Revision.objects.for_instance(evaluation).count() == 2


def test_a_submitted_evaluation_is_locked_for_the_school(world):
    evaluation = submitted(world, rating=Rating.EXCELLENT)
    evaluation.rating, evaluation.comments = Rating.NOT_COMPETENT, "改了"
    with pytest.raises(evaluations.EvaluationLocked):
        evaluations.evaluation_save(evaluation=evaluation, user=world["contact"])
    with pytest.raises(evaluations.EvaluationLocked):
        evaluations.evaluation_submit(evaluation=evaluation, user=world["contact"])
    with pytest.raises(evaluations.EvaluationLocked):
        evaluations.evaluation_delete(evaluation=evaluation, user=world["contact"])
    with pytest.raises(PermissionDenied):
        evaluations.evaluation_amend(
            evaluation=evaluation, user=world["contact"], reason="想改", rating=Rating.COMPETENT
        )
    stored = Evaluation.objects.get(pk=evaluation.pk)
    assert (stored.rating, stored.comments, stored.status) == (Rating.EXCELLENT, "按要求完成课时。", "submitted")


def test_only_the_schools_contact_records_and_submits(world):
    with pytest.raises(PermissionDenied):
        draft(world, user=world["other_contact"])
    with pytest.raises(PermissionDenied):
        draft(world, user=world["vp"].user)
    evaluation = draft(world)
    for user in (world["other_contact"], world["vp"].user, world["regional"]):
        with pytest.raises(PermissionDenied):
            evaluations.evaluation_submit(evaluation=evaluation, user=user)
    assert Evaluation.objects.get(pk=evaluation.pk).status == EvaluationStatus.DRAFT


def test_only_a_vice_principal_appointed_there_that_year(world):
    with pytest.raises(ValidationError) as refused:
        draft(world, vp=world["other_vp"])
    assert "测试警官乙" in refused.value.message_dict["vice_principal"][0]
    assert refused.value.message_dict["vice_principal"][0] == gettext(
        "%(name)s was not appointed at %(school)s at any time in the school year %(year)s, so the school "
        "cannot evaluate them for that year."
    ) % {"name": "测试警官乙", "school": world["school"].name, "year": LAST.label}
    # An appointment that ended before last school year started does not cover it; one that ended during it does.
    gone = VicePrincipalFactory(user=UserFactory(username="t-vp-gone"), name="测试警官丙")
    AppointmentFactory(
        vice_principal=gone,
        school=world["school"],
        start_date=datetime.date(2020, 9, 1),
        end_date=LAST.first_day - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        draft(world, vp=gone)
    left = VicePrincipalFactory(user=UserFactory(username="t-vp-left"), name="测试警官丁")
    AppointmentFactory(
        vice_principal=left,
        school=world["school"],
        start_date=datetime.date(2020, 9, 1),
        end_date=LAST.first_day + datetime.timedelta(days=30),
    )
    assert draft(world, vp=left).pk
    # A year that has not started cannot be evaluated.
    with pytest.raises(ValidationError) as refused:
        draft(world, year=SchoolYear(SchoolYear.current().start_year + 1))
    assert "school_year" in refused.value.message_dict


def test_one_evaluation_per_vice_principal_school_and_year(world):
    draft(world)
    with pytest.raises(ValidationError) as refused:
        draft(world, rating=Rating.EXCELLENT)
    evaluation = Evaluation.objects.get(vice_principal=world["vp"], school=world["school"])
    assert refused.value.message_dict["vice_principal"][0] == evaluations.duplicate_message(evaluation)
    assert Evaluation.objects.filter(vice_principal=world["vp"], school=world["school"]).count() == 1
    # Another year is another evaluation.
    assert draft(world, year=SchoolYear.current()).pk


def test_an_administrator_amends_with_a_reason_kept_in_the_history(world, superuser, held, client):
    held(day=10, hours="1.0")
    evaluation = submitted(world, rating=Rating.EXCELLENT)
    with pytest.raises(ValidationError) as refused:
        evaluations.evaluation_amend(evaluation=evaluation, user=superuser, reason="  ", rating=Rating.COMPETENT)
    assert "reason" in refused.value.message_dict
    with pytest.raises(ValidationError):
        evaluations.evaluation_amend(evaluation=evaluation, user=superuser, reason="无改动", rating=Rating.EXCELLENT)

    # A session confirmed late: the administrator takes the ledger again.
    held(day=20, hours="2.0")
    amended = evaluations.evaluation_amend(
        evaluation=evaluation,
        user=superuser,
        reason="学校来函更正：评定等次录入错误",
        rating=Rating.COMPETENT,
        refresh_figures=True,
    )
    assert amended.rating == Rating.COMPETENT and amended.confirmed_hours == Decimal("3.0")
    assert amended.status == EvaluationStatus.SUBMITTED and amended.submitted_by == world["contact"]
    entry = ModelLogEntry.objects.for_instance(evaluation).get(action=evaluations.AMEND_ACTION)
    assert entry.user == superuser and entry.data["reason"] == "学校来函更正：评定等次录入错误"
    assert set(entry.data["fields"]) == {"rating", "confirmed_hours", "confirmed_sessions"}
    assert entry.revision.content["rating"] == Rating.COMPETENT
    assert Revision.objects.for_instance(evaluation).count() == 3

    # The history says who, what and why, to everyone who may read the evaluation.
    for reader in (world["contact"], world["vp"].user, world["regional"]):
        client.force_login(reader)
        response = client.get(url("history", evaluation.pk))
        assert response.status_code == 200, reader
        html = response.content.decode()
        assert "学校来函更正：评定等次录入错误" in html and "管理员" in html


def test_amending_through_the_admin(world, superuser, client):
    evaluation = submitted(world, rating=Rating.EXCELLENT)
    client.force_login(superuser)
    # The edit URL leads an administrator to the amend page; a POST to it is still refused.
    response = client.get(url("edit", evaluation.pk))
    assert response.status_code == 302 and response["Location"] == url("amend", evaluation.pk)
    assert client.post(url("edit", evaluation.pk), {"rating": Rating.COMPETENT}).status_code == 403
    assert client.get(url("amend", evaluation.pk)).status_code == 200
    response = client.post(url("amend", evaluation.pk), {"rating": Rating.COMPETENT, "comments": "x", "reason": ""})
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    response = client.post(
        url("amend", evaluation.pk), {"rating": Rating.BASICALLY_COMPETENT, "comments": "更正", "reason": "复核后调整"}
    )
    assert response.status_code == 302
    evaluation.refresh_from_db()
    assert (evaluation.rating, evaluation.comments) == (Rating.BASICALLY_COMPETENT, "更正")
    # A draft is not amended; the school's contact is never let in.
    other = draft(world, year=SchoolYear.current())
    assert client.get(url("amend", other.pk)).status_code == 403
    client.force_login(world["contact"])
    assert client.get(url("amend", evaluation.pk)).status_code == 403


# --- Admin: the school's contact ----------------------------------------------------------------------------------


def test_contact_records_and_submits_in_the_admin_then_it_is_locked(world, held, client):
    held(day=10, hours="2.0")
    client.force_login(world["contact"])
    assert client.get(url("add")).status_code == 200
    form = {
        "school": world["school"].pk,
        "vice_principal": world["vp"].pk,
        "school_year": LAST.start_year,
        "rating": Rating.EXCELLENT,
        "comments": "讲座生动。",
    }
    response = client.post(url("add"), form)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    evaluation = Evaluation.objects.get(vice_principal=world["vp"], school=world["school"])
    assert response["Location"] == url("inspect", evaluation.pk)

    # A second one for the same vice principal and year is refused beside the field.
    response = client.post(url("add"), form)
    assert response.status_code == 200
    assert response.context["form"].errors["vice_principal"] == [evaluations.duplicate_message(evaluation)]
    # So is a vice principal not appointed at the school.
    response = client.post(url("add"), {**form, "vice_principal": world["other_vp"].pk})
    assert response.status_code == 200 and "vice_principal" in response.context["form"].errors

    assert client.get(url("edit", evaluation.pk)).status_code == 200
    response = client.post(url("edit", evaluation.pk), {**form, "rating": Rating.COMPETENT})
    assert response.status_code == 302
    response = client.get(url("submit", evaluation.pk))
    assert response.status_code == 200 and "2.0" in response.content.decode()
    assert client.post(url("submit", evaluation.pk)).status_code == 302
    evaluation.refresh_from_db()
    assert evaluation.is_locked and evaluation.rating == Rating.COMPETENT
    assert evaluation.confirmed_hours == Decimal("2.0")

    # Locked: read only, whatever URL is used.
    assert client.get(url("inspect", evaluation.pk)).status_code == 200
    assert client.get(url("edit", evaluation.pk)).status_code == 403
    response = client.post(url("edit", evaluation.pk), {**form, "rating": Rating.NOT_COMPETENT})
    assert response.status_code == 403
    assert client.get(url("submit", evaluation.pk)).status_code == 403
    assert client.post(url("submit", evaluation.pk)).status_code == 403
    assert client.get(url("delete", evaluation.pk)).status_code == 403
    assert client.post(url("delete", evaluation.pk)).status_code == 403
    assert client.post(url("revisions_revert", evaluation.pk, evaluation.latest_revision_id)).status_code == 403
    stored = Evaluation.objects.get(pk=evaluation.pk)
    assert stored.rating == Rating.COMPETENT and stored.status == EvaluationStatus.SUBMITTED


def test_contact_deletes_a_draft_but_never_a_submitted_one(world, client):
    evaluation = draft(world)
    client.force_login(world["contact"])
    assert client.post(url("delete", evaluation.pk)).status_code == 302
    assert not Evaluation.objects.filter(pk=evaluation.pk).exists()


# --- Who sees what -------------------------------------------------------------------------------------------------


def listed(client) -> list[int]:
    response = client.get(url("list"))
    assert response.status_code == 200
    return [e.pk for e in response.context["object_list"]]


def test_permission_matrix(world, client):
    mine = submitted(world)
    own_draft = draft(world, year=SchoolYear.current())
    theirs = submitted(world, vp=world["other_vp"], school=world["other_school"], user=world["other_contact"])

    # The vice principal reads their own submitted evaluations, never a draft, never anyone else's, never edits.
    client.force_login(world["vp"].user)
    assert mine.pk in listed(client) and theirs.pk not in listed(client) and own_draft.pk not in listed(client)
    for view in ("inspect", "history", "pdf"):
        assert client.get(url(view, mine.pk)).status_code == 200, view
    for view in ("edit", "delete", "submit", "amend"):
        assert client.get(url(view, mine.pk)).status_code == 403, view
    assert client.get(url("add")).status_code == 403
    for view in ("inspect", "pdf", "edit"):
        assert answer(client, url(view, theirs.pk)) == 404, view
        assert answer(client, url(view, own_draft.pk)) == 404, view

    # The other school's contact: not even there.
    client.force_login(world["other_contact"])
    assert mine.pk not in listed(client) and theirs.pk in listed(client)
    for view in ("inspect", "history", "pdf", "edit", "submit", "delete"):
        assert answer(client, url(view, mine.pk)) == 404, view
    assert answer(client, url("edit", own_draft.pk), "post", {"rating": Rating.EXCELLENT}) == 404
    assert Evaluation.objects.get(pk=own_draft.pk).rating == Rating.COMPETENT

    # The region reads its schools' evaluations (drafts too) and changes none.
    client.force_login(world["regional"])
    seen = listed(client)
    assert mine.pk in seen and own_draft.pk in seen and theirs.pk not in seen
    assert client.get(url("inspect", own_draft.pk)).status_code == 200
    assert client.get(url("pdf", mine.pk)).status_code == 200
    assert client.get(url("edit", own_draft.pk)).status_code == 403
    assert client.get(url("submit", own_draft.pk)).status_code == 403
    assert client.get(url("add")).status_code == 403
    assert answer(client, url("inspect", theirs.pk)) == 404

    # Another region's administrator sees nothing of this one.
    neighbour = regional_admin("t-region-eval-2")
    world["other_region"].administrators.add(neighbour)
    client.force_login(neighbour)
    assert theirs.pk in listed(client) and mine.pk not in listed(client) and own_draft.pk not in listed(client)
    for view in ("inspect", "pdf", "history"):
        assert answer(client, url(view, mine.pk)) == 404, view

    # A training department, or anyone else signed in to the admin: nothing.
    client.force_login(world["trainer"])
    assert client.get(url("list")).status_code == 403
    assert answer(client, url("inspect", mine.pk)) == 404


def test_a_city_administrator_reads_the_districts_under_its_code_only(world, client):
    city = RegionFactory(code="659000", name="测试市")
    city_admin = regional_admin("t-city-eval")
    city.administrators.add(city_admin)
    mine = submitted(world)
    theirs = submitted(world, vp=world["other_vp"], school=world["other_school"], user=world["other_contact"])
    client.force_login(city_admin)
    # 659001 is under the city 6590; 659101 is in the city 6591.
    assert mine.pk in listed(client) and theirs.pk not in listed(client)
    assert client.get(url("inspect", mine.pk)).status_code == 200
    assert answer(client, url("inspect", theirs.pk)) == 404


def test_filters(world, client):
    mine = submitted(world, rating=Rating.EXCELLENT)
    current = draft(world, year=SchoolYear.current(), rating=Rating.COMPETENT)
    client.force_login(world["contact"])
    for params, expected in [
        ({"school_year": LAST.start_year}, [mine.pk]),
        ({"rating": Rating.COMPETENT}, [current.pk]),
        ({"status": EvaluationStatus.SUBMITTED}, [mine.pk]),
        ({"school": world["school"].pk}, [current.pk, mine.pk]),
    ]:
        response = client.get(url("list"), params)
        assert response.status_code == 200
        assert sorted(e.pk for e in response.context["object_list"]) == sorted(expected), params


# --- Export and PDF ------------------------------------------------------------------------------------------------


def test_csv_and_xlsx_export(world, held, client):
    held(day=10, hours="2.5")
    evaluation = submitted(world, rating=Rating.EXCELLENT, comments='=HYPERLINK("http://x")')
    draft(world, year=SchoolYear.current())
    theirs = submitted(world, vp=world["other_vp"], school=world["other_school"], user=world["other_contact"])
    client.force_login(world["contact"])
    response = client.get(url("list"), {"export": "csv", "status": "submitted"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert len(body) == 1
    row = dict(zip(header, body[0], strict=True))
    values = set(row.values())
    assert {"测试第一小学", "3659000001", "测试警官甲", LAST.label, "2.5", "1"} <= values
    assert str(evaluation.get_rating_display()) in values
    # Formula-safe: the comment starts with an apostrophe, so no spreadsheet runs it.
    assert '\'=HYPERLINK("http://x")' in values
    assert theirs.vice_principal.name not in response.getvalue().decode("utf-8-sig")

    response = client.get(url("list"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    cells = {cell.value for row in sheet.iter_rows() for cell in row}
    assert "测试警官甲" in cells and '\'=HYPERLINK("http://x")' in cells


def test_pdf_for_the_sending_agency(world, held, client, pdftotext):
    held(day=10, hours="3.0")
    held(day=12, hours="1.0", confirm=False)
    evaluation = submitted(world, rating=Rating.EXCELLENT, comments="讲座生动，演练组织有序。")
    client.force_login(world["vp"].user)
    response = client.get(url("pdf", evaluation.pk))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdftotext(response.content)
    flat = "".join(text.split())
    vp = world["vp"]
    for expected in (
        "测试第一小学",
        "3659000001",
        vp.name,
        vp.agency,
        LAST.label,
        str(evaluation.get_rating_display()),
        "讲座生动，演练组织有序。",
        "3.0/4",
        "1.0",
        world["contact"].get_username(),
    ):
        assert "".join(expected.split()) in flat, expected

    from django.utils import translation

    from tracking.reports.evaluations_pdf import evaluation_pdf_render

    with translation.override("en"):
        english = pdftotext(evaluation_pdf_render(evaluation=evaluation))
    for expected in ("Excellent", "Sending agency", "Principal (signature)", "School (stamp)", "Submitted by"):
        assert expected in english, expected


def test_draft_pdf_says_it_is_a_draft(world, pdftotext):
    from django.utils import translation

    from tracking.reports.evaluations_pdf import evaluation_pdf_render

    with translation.override("en"):
        text = pdftotext(evaluation_pdf_render(evaluation=draft(world)))
    assert "DRAFT" in text


# --- Demo ----------------------------------------------------------------------------------------------------------


def test_demo_evaluations(demo):
    from tracking.models import VicePrincipal
    from tracking.reports.evaluations_demo import load_evaluation_demo

    vp = VicePrincipal.objects.get(user__username="vp")
    last = Evaluation.objects.filter(vice_principal=vp, school_year=LAST.start_year)
    assert {e.school.code for e in last} == {"1101010001", "1101010002"}
    for evaluation in last:
        assert evaluation.is_locked and evaluation.submitted_by is not None
        figures = ledger_figures(vice_principal=vp, school=evaluation.school, year=LAST)
        assert evaluation.confirmed_hours == figures.confirmed_hours
        assert evaluation.confirmed_sessions == figures.confirmed_sessions
    demo_school = last.get(school__code="1101010001")
    assert demo_school.submitted_by.username == "school"
    current = Evaluation.objects.get(vice_principal=vp, school__code="1101010001", school_year=LAST.start_year + 1)
    assert current.status == EvaluationStatus.DRAFT
    count = Evaluation.objects.count()
    load_evaluation_demo(stdout=io.StringIO())
    assert Evaluation.objects.count() == count


def test_submitted_evaluations_seen_by_demo_logins(demo, client):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    client.force_login(User.objects.get(username="school"))
    response = client.get(url("list"))
    assert response.status_code == 200
    assert all(e.school.code == "1101010001" for e in response.context["object_list"])
    client.force_login(User.objects.get(username="vp"))
    response = client.get(url("list"))
    shown = list(response.context["object_list"])
    assert shown and all(e.vice_principal.user.username == "vp" and e.is_locked for e in shown)


def test_menu_item_for_readers_only(world, client):
    client.force_login(world["vp"].user)
    assert url("list") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(world["trainer"])
    assert url("list") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_school_field_lists_only_the_contacts_schools(world, client):
    SchoolFactory(name="测试第三小学", code="3659000003", region=world["region"])
    client.force_login(world["contact"])
    form = client.get(url("add")).context["form"]
    assert list(form.fields["school"].queryset) == [world["school"]]
    assert world["vp"] in form.fields["vice_principal"].queryset
    assert world["other_vp"] not in form.fields["vice_principal"].queryset


def test_chooser_and_bulk_delete_stay_in_scope(world, client):
    mine = submitted(world, comments="本校评语")
    mine_draft = draft(world, year=SchoolYear.current())
    theirs = draft(world, vp=world["other_vp"], school=world["other_school"], user=world["other_contact"])
    client.force_login(world["other_contact"])
    chooser = client.get(reverse("wagtailsnippetchoosers_tracking_evaluation:choose"))
    assert chooser.status_code == 200
    body = chooser.json()["html"]
    assert world["other_vp"].name in body and world["vp"].name not in body
    chosen = reverse("wagtailsnippetchoosers_tracking_evaluation:chosen", args=[mine.pk])
    assert answer(client, chosen) == 404

    bulk = reverse("wagtail_bulk_action", args=["tracking", "evaluation", "delete"])
    response = client.get(bulk, {"id": [mine.pk, mine_draft.pk]})
    assert world["vp"].name not in response.content.decode()
    client.post(bulk + f"?id={mine.pk}&id={mine_draft.pk}")
    assert Evaluation.objects.filter(pk__in=[mine.pk, mine_draft.pk]).count() == 2

    # The school's own contact deletes its draft in bulk, never the submitted one.
    client.force_login(world["contact"])
    client.post(bulk + f"?id={mine.pk}&id={mine_draft.pk}")
    assert list(Evaluation.objects.filter(pk__in=[mine.pk, mine_draft.pk])) == [mine]
    assert Evaluation.objects.filter(pk=theirs.pk).exists()
    assert ModelLogEntry.objects.filter(action="wagtail.delete", object_id=str(mine_draft.pk)).exists()
