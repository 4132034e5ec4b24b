"""The demo scenarios keep the rules of drills/demo_content/SCHEMA.md and pass every check an editor's would."""

import re

import pytest

from cms.models import SchoolLevelCode
from drills import demo_content
from drills.blocks import FilledBy
from drills.models import ScenarioPage, ScenarioType
from drills.scenario_types import BUILTIN_TYPES
from drills.services import scenario_problems
from drills.validation import Phase, Step, script_problems

SPECS = demo_content.scenarios()


def _shape(script: dict) -> tuple:
    """What the Chinese and English scripts share: role posts, phase targets, step times, in order."""
    return (
        [role["filled_by"] for role in script["roles"]],
        [phase["target_seconds"] for phase in script["phases"]],
        [step["offset"] for step in script["timeline"]],
    )


@pytest.mark.parametrize("spec", SPECS, ids=[spec["slug"] for spec in SPECS])
def test_each_scenario_spec_keeps_the_schema(spec):
    assert [s["slug"] for s in SPECS].count(spec["slug"]) == 1 and re.fullmatch(r"[a-z0-9-]+", spec["slug"])
    assert spec["type"] in {t["slug"] for t in BUILTIN_TYPES}
    assert spec["school_levels"] and set(spec["school_levels"]) <= set(SchoolLevelCode.values)
    assert 5 <= spec["duration_minutes"] <= 240
    assert _shape(spec["zh"]) == _shape(spec["en"])
    for lang in ("zh", "en"):
        script = spec[lang]
        assert script["title"] and len(script["title"]) <= 255 and script["summary"]
        assert 3 <= len(script["objectives"]) <= 5
        assert 4 <= len(script["roles"]) <= 7 and 4 <= len(script["equipment"]) <= 10
        assert 2 <= len(script["phases"]) <= 5 and 10 <= len(script["timeline"]) <= 18
        assert 3 <= len(script["safety_controls"]) <= 6 and 4 <= len(script["evaluation"]) <= 8
        assert {role["filled_by"] for role in script["roles"]} <= {code for code, _label in FilledBy.choices}
        problems = script_problems(
            roles=[role["name"] for role in script["roles"]],
            phases=[Phase(p["name"], p["target_seconds"]) for p in script["phases"]],
            steps=[Step(s["offset"], s["phase"], s["role"]) for s in script["timeline"]],
            require_timeline=True,
        )
        assert not problems, (lang, problems.messages())
        # Every role has something to do: its cue card is never empty.
        assert {role["name"] for role in script["roles"]} == {step["role"] for step in script["timeline"]}, lang


def test_every_demo_scenario_passes_its_blocks_and_script_checks(demo):
    scenarios = ScenarioPage.objects.filter(slug__in=[spec["slug"] for spec in SPECS])
    assert scenarios.count() == 2 * len(SPECS)
    for scenario in scenarios:
        scenario.full_clean()
        for name in ("roles", "equipment", "phases", "timeline"):
            ScenarioPage._meta.get_field(name).stream_block.clean(getattr(scenario, name))
        assert not scenario_problems(scenario=scenario), scenario.title
    for scenario_type in ScenarioType.objects.all():
        ScenarioType._meta.get_field("default_phases").stream_block.clean(scenario_type.default_phases)
