"""The editor's checks on a drill script: unit rules, then the same rules through the admin's page form."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import SchoolLevel
from drills.blocks import OffsetField
from drills.models import ScenarioPage, ScenarioType
from drills.validation import Phase, Step, script_problems


@pytest.fixture(autouse=True)
def english():
    """Rule messages in English; the admin tests below get the editor's language (Chinese) from the request."""
    with translation.override("en"):
        yield


def problems(roles=("门卫", "保安队"), phases=(("自救", 60), ("互救", 180)), steps=(), require_timeline=True):
    return script_problems(
        roles=list(roles),
        phases=[Phase(name, target) for name, target in phases],
        steps=[Step(*s) for s in steps],
        require_timeline=require_timeline,
    )


def test_a_consistent_script_has_no_problems():
    assert not problems(steps=[(0, "自救", "门卫"), (0, "自救", "保安队"), (90, "互救", "保安队")])


def test_offsets_must_not_go_back_in_time_or_before_the_alarm():
    found = problems(steps=[(-5, "自救", "门卫"), (60, "自救", "门卫"), (30, "互救", "保安队")])
    assert "before the alarm" in found.steps[0]["offset"]
    assert "1:00" in found.steps[2]["offset"] and "0:30" in found.steps[2]["offset"]
    assert 1 not in found.steps


def test_targets_must_increase_from_phase_to_phase():
    found = problems(phases=[("自救", 60), ("总结", None), ("互救", 60)], steps=[(0, "自救", "门卫")])
    assert list(found.phases) == [2]
    assert "自救" in found.phases[2]["target_seconds"]


def test_every_step_role_and_phase_must_be_listed():
    found = problems(steps=[(0, "自救", "班主任"), (10, "撤离", "门卫")])
    assert "班主任" in found.steps[0]["role"] and "门卫、保安队" in found.steps[0]["role"]
    assert "撤离" in found.steps[1]["phase"]


def test_duplicate_role_names_are_ambiguous():
    assert problems(roles=["门卫", "门卫"], steps=[(0, "自救", "门卫")]).roles == {
        1: {"name": "Another role already has this name."}
    }


def test_an_empty_timeline_is_refused_only_when_asked():
    assert problems(steps=[]).timeline
    assert not problems(steps=[], require_timeline=False)


@pytest.mark.parametrize(("typed", "seconds"), [("1:30", 90), ("90", 90), ("0", 0), ("5：00", 300), ("-0:30", -30)])
def test_offsets_are_typed_as_minutes_and_seconds(typed, seconds):
    assert OffsetField().clean(typed) == seconds


def test_offsets_are_shown_as_minutes_and_seconds():
    assert [OffsetField().prepare_value(s) for s in (0, 90, 300, -30)] == ["0:00", "1:30", "5:00", "-0:30"]


@pytest.mark.parametrize("typed", ["1:75", "soon", "1:2:3"])
def test_unreadable_offsets_get_a_clear_message(typed):
    with pytest.raises(ValidationError, match="minutes:seconds"):
        OffsetField().clean(typed)


# --- through the admin ------------------------------------------------------------------------------------


def step_value(offset="0:00", phase="自救", role="门卫", action="按下一键报警。"):
    return {
        "offset": offset,
        "phase": phase,
        "role": role,
        "action": action,
        "inject": "",
        "expected": "",
        "success": "",
    }


def form_data(*, steps, phases=(("自救", "60"), ("互救", "180")), action=None, title="新演练"):
    scenario_type = ScenarioType.objects.get(slug="violent-intrusion", locale__language_code="zh-hans")
    data = nested_form_data(
        {
            "title": title,
            "slug": "new-drill",
            "summary": "一次演练",
            "scenario_type": scenario_type.pk,
            "duration_minutes": "30",
            "objectives": "检验报警",
            "roles": streamfield(
                [
                    ("role", {"name": "门卫", "filled_by": "duty_guard", "responsibilities": "报警"}),
                    ("role", {"name": "保安队", "filled_by": "security_team", "responsibilities": "控制"}),
                ]
            ),
            "equipment": streamfield([]),
            "phases": streamfield(
                [("phase", {"name": name, "target_seconds": target, "goal": ""}) for name, target in phases]
            ),
            "timeline": streamfield([("step", s) for s in steps]),
            "safety_controls": "只用道具",
            "evaluation_checklist": "报警是否及时",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        }
    )
    data["school_levels"] = [str(SchoolLevel.objects.get(code="primary").pk)]
    if action:
        data[action] = "1"
    return data


@pytest.fixture
def admin_client(client, django_user_model, drill_tree):
    client.force_login(django_user_model.objects.create_superuser("boss", password="x"))
    return client


def add_url(index):
    return f"/admin/pages/add/drills/scenariopage/{index.pk}/"


def test_editor_shows_each_problem_beside_its_field(admin_client, drill_tree):
    steps = [step_value("0:30"), step_value("0:10", role="班主任"), step_value("2:00", phase="撤离")]
    response = admin_client.post(add_url(drill_tree["index"]), form_data(steps=steps, action="action-submit"))
    assert response.status_code == 200
    errors = response.context["form"].errors["timeline"].as_data()[0].block_errors
    assert set(errors) == {1, 2}
    assert "0:10" in errors[1].block_errors["offset"].messages[0]
    assert "班主任" in errors[1].block_errors["role"].messages[0]
    assert "撤离" in errors[2].block_errors["phase"].messages[0]
    assert not ScenarioPage.objects.filter(slug="new-drill").exists()


def test_editor_refuses_targets_that_do_not_increase(admin_client, drill_tree):
    response = admin_client.post(
        add_url(drill_tree["index"]),
        form_data(steps=[step_value()], phases=(("自救", "180"), ("互救", "60")), action="action-publish"),
    )
    errors = response.context["form"].errors["phases"].as_data()[0].block_errors
    assert "target_seconds" in errors[1].block_errors


def test_a_draft_may_have_an_empty_timeline_but_submitting_needs_steps(admin_client, drill_tree):
    response = admin_client.post(add_url(drill_tree["index"]), form_data(steps=[], action="action-submit"))
    assert response.status_code == 200
    assert "至少添加一个步骤" in str(response.context["form"].errors["timeline"].as_data()[0].non_block_errors)

    response = admin_client.post(add_url(drill_tree["index"]), form_data(steps=[]))
    assert response.status_code == 302
    draft = ScenarioPage.objects.get(slug="new-drill")
    assert not draft.live and len(draft.timeline) == 0


def test_saving_a_draft_runs_the_same_checks_and_keeps_what_was_typed(admin_client, drill_tree):
    steps = [step_value("1:00", action="先到的步骤"), step_value("0:10", role="班主任", action="后写的步骤")]
    response = admin_client.post(add_url(drill_tree["index"]), form_data(steps=steps))
    assert response.status_code == 200
    assert set(response.context["form"].errors["timeline"].as_data()[0].block_errors) == {1}
    assert not ScenarioPage.objects.filter(slug="new-drill").exists()
    html = response.content.decode()
    # The form comes back with everything typed (the block editor carries it as escaped JSON).
    for typed in ("先到的步骤", "后写的步骤", "班主任"):
        assert json.dumps(typed)[1:-1] in html


def test_empty_phases_start_from_the_type_defaults(admin_client, drill_tree):
    steps = [step_value(), step_value("2:00", phase="互救", role="保安队")]
    response = admin_client.post(add_url(drill_tree["index"]), form_data(steps=steps, phases=()))
    assert response.status_code == 302
    draft = ScenarioPage.objects.get(slug="new-drill").get_latest_revision_as_object()
    assert [(b.value["name"], b.value["target_seconds"]) for b in draft.phases] == [
        ("自救", 60),
        ("互救", 180),
        ("增援到位", 300),
    ]
