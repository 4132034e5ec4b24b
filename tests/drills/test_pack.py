"""The drill pack: A4, the whole script, one cue card per role with only that role's steps, an evaluation sheet."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from reportlab.lib.units import mm

from cms import pdf
from drills import services
from drills.factories import ScenarioPageFactory, phase, role, step
from drills.models import ScenarioPage
from drills.pack import scenario_pack_render
from tests.drills.test_validation import form_data, step_value
from tests.hostile import HOSTILE, long_chinese, one_line
from tests.pdf_text import pages, squeeze, story_text


@pytest.fixture
def scenario(drill_tree):
    return ScenarioPageFactory(
        parent=drill_tree["index"],
        slug="three-roles",
        title="教学楼火灾疏散演练",
        roles=[
            role("班主任", "class_teacher", "带领本班学生沿指定路线撤离并清点人数。"),
            role("楼层疏导员", "other", "在楼梯口疏导，防止拥挤踩踏。"),
            role("总指挥", "school_leader", "发出疏散指令，汇总各班人数。"),
        ],
        phases=[phase("疏散撤离", 120, "全员到达操场"), phase("清点人数", 300), phase("总结讲评", None)],
        timeline=[
            step(
                0, "疏散撤离", "总指挥", "通过广播发出火灾疏散指令。", inject="三楼东侧实验室冒出浓烟（烟雾为道具）。"
            ),
            step(5, "疏散撤离", "班主任", "组织学生用湿毛巾捂住口鼻，弯腰低姿前进。"),
            step(10, "疏散撤离", "楼层疏导员", "在二楼楼梯口引导两路人流交替下楼。", success="楼梯口无拥堵"),
            step(95, "疏散撤离", "班主任", "带领学生到达操场指定位置。"),
            step(150, "清点人数", "班主任", "清点人数并向总指挥报告。", expected="报告应到、实到人数"),
            step(280, "清点人数", "总指挥", "汇总全校人数，宣布疏散完成。"),
            step(600, "总结讲评", "总指挥", "对疏散用时和秩序进行讲评。"),
        ],
    )


def test_pack_is_an_a4_pdf_download(client, people, scenario):
    client.force_login(people["vp"])
    response = client.get(scenario.url + "pack/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="three-roles-drill-pack.pdf"'
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in response.content


@pytest.mark.system_deps
def test_full_script_has_every_step_with_its_time_and_chinese_text(scenario, pdftotext):
    text = pdftotext(scenario_pack_render(scenario=scenario))
    flat = squeeze(text)
    for block in scenario.timeline:
        assert squeeze(block.value["action"]) in flat
    for time in ("0:00", "0:05", "0:10", "1:35", "2:30", "4:40", "10:00"):
        assert time in text
    assert "≤ 2:00" in text and "≤ 5:00" in text  # phase targets as minutes:seconds
    assert squeeze("导调：三楼东侧实验室冒出浓烟（烟雾为道具）。") in flat
    assert "护校安园演练包" in text  # running header
    numbered = [n for n, page in enumerate(pages(text), start=1) if re.search(rf"发布。\s*{n}\s*$", page, re.M)]
    assert numbered == list(range(1, text.count("\f") + 1))


@pytest.mark.system_deps
def test_each_cue_card_holds_exactly_that_roles_steps(scenario, pdftotext):
    text = pdftotext(scenario_pack_render(scenario=scenario))
    cards = {}
    for page in pages(text):
        match = re.search(r"角色提示卡：(\S+)", page)
        if match:
            cards[match.group(1)] = squeeze(page)
    assert set(cards) == {"班主任", "楼层疏导员", "总指挥"}
    for name, card in cards.items():
        for block in scenario.timeline:
            mine = block.value["role"] == name
            assert (squeeze(block.value["action"]) in card) is mine, (name, block.value["action"])
    assert "0:05" in cards["班主任"] and "1:35" in cards["班主任"] and "2:30" in cards["班主任"]


@pytest.mark.system_deps
def test_evaluation_sheet_leaves_room_for_measured_times_against_targets(scenario, pdftotext):
    text = pdftotext(scenario_pack_render(scenario=scenario))
    sheet = next(page for page in pages(text) if "演练评估表" in page)
    for phase_name, target in (("疏散撤离", "≤ 2:00"), ("清点人数", "≤ 5:00"), ("总结讲评", "—")):
        assert phase_name in sheet and target in sheet
    assert "实测用时" in sheet and "是否达标" in sheet and "□ 是 □ 否" in sheet
    assert squeeze("报告应到、实到人数") not in squeeze(sheet)  # a blank sheet, not the script
    for item in scenario.evaluation_list:
        assert item in sheet


def test_every_phase_gets_a_row_tall_enough_to_write_a_time_in(scenario):
    from drills.pack import _evaluation_sheet
    from drills.selectors import scenario_script

    script = scenario_script(scenario=scenario)
    times = next(f for f in _evaluation_sheet(scenario, script) if isinstance(f, pdf.BreakableTable))
    _width, height = times.wrap(pdf.WIDTH, 10_000)
    assert height >= len(script.phases) * 12 * mm + 10  # 12 mm a phase, under the header row


@pytest.mark.system_deps
def test_english_pack_is_in_english(homes, people, pdftotext):
    from drills.factories import DrillLibraryPageFactory, ScenarioIndexPageFactory

    library = DrillLibraryPageFactory(parent=homes["en"], slug="drills-en", title="Drill library")
    index = ScenarioIndexPageFactory(parent=library, slug="scenarios-en", title="Scripts")
    scenario = ScenarioPageFactory(
        parent=index,
        title="Gate intruder drill",
        roles=[role("Duty guard", "duty_guard", "Raise the alarm.")],
        phases=[phase("Self-rescue", 60)],
        timeline=[step(0, "Self-rescue", "Duty guard", "Press the one-click alarm.")],
    )
    text = pdftotext(scenario_pack_render(scenario=scenario))
    assert "Cue card: Duty guard" in text and "Evaluation sheet" in text and "Press the one-click alarm." in text
    assert "Duty guard: Press the one-click alarm." in text
    assert "角色" not in text and "：" not in text  # no Chinese labels or punctuation in an English pack


LONG_TITLE = ("校门口持械人员闯入与教学楼火灾疏散联合应急演练" * 12)[:255]  # the most a page title holds
TABLE_HEADERS = [
    ("Role", "Filled by", "Responsibilities"),
    ("Phase", "Target (after the alarm)", "Done when"),
    ("Time", "Step"),
    ("Item", "Quantity", "Kept at"),
    ("Time", "Phase", "What you do"),
    ("Phase", "Target", "Measured time", "Target met?"),
    ("Item", "Notes"),
]


def pack_story(pdf_text: str) -> str:
    """The pack's text without page furniture or the table header rows repeated where a table runs on."""
    with translation.override("zh-hans"):
        rows = ["".join(gettext(label) for label in row) for row in TABLE_HEADERS]
    return story_text(pdf_text, *rows)


def assert_long_step_printed(text: str, action: str, *, cue_cards: int) -> None:
    """The whole step in the script and on each cue card, the title whole on page 1, and every page's running
    header (its first line) cut short with an ellipsis instead of running off the paper."""
    assert pack_story(text).count(squeeze(action)) == 1 + cue_cards
    assert squeeze(LONG_TITLE) in squeeze(pages(text)[0])
    headers = [page.splitlines()[0] for page in pages(text)]
    assert len(headers) > 5  # the step runs over several pages
    assert all(h.startswith("护校安园演练包 · " + LONG_TITLE[:20]) and h.endswith("…") for h in headers), headers


@pytest.mark.system_deps
def test_a_reader_downloads_a_pack_with_a_ten_thousand_character_step_and_the_longest_title(
    client, drill_tree, people, pdftotext
):
    action = long_chinese(10_000)
    scenario = ScenarioPageFactory(
        parent=drill_tree["index"],
        slug="long-step-test",
        title=LONG_TITLE,
        timeline=[
            step(0, "自救", "门卫", "按下一键报警。"),
            step(30, "自救", "保安队", action, inject="三楼东侧实验室冒出浓烟，" * 40, expected="控制住闯入者"),
            step(120, "互救", "保安队", "用钢叉控制“闯入者”。"),
        ],
    )
    client.force_login(people["vp"])
    response = client.get(scenario.url + "pack/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    text = pdftotext(response.content)
    assert_long_step_printed(text, action, cue_cards=1)
    assert "用钢叉控制“闯入者”。" in text  # the steps after the long one are there too


@pytest.mark.system_deps
def test_a_reviewer_previews_the_pack_of_a_ten_thousand_character_step_the_editor_accepted(
    client, drill_tree, people, pdftotext
):
    draft = ScenarioPageFactory(parent=drill_tree["index"], slug="long-step-draft", live=False, owner=people["author"])
    draft.save_revision(user=people["author"])
    services.scenario_submit(scenario=ScenarioPage.objects.get(pk=draft.pk), user=people["author"])
    client.force_login(people["reviewer"])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk])
    action = long_chinese(10_000)
    data = form_data(steps=[step_value(action=action)], title=LONG_TITLE)
    data["slug"] = draft.slug
    assert client.post(preview_url, data).json()["is_valid"]  # the editor's checks pass
    response = client.get(preview_url, {"mode": "pack"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert_long_step_printed(pdftotext(response.content), action, cue_cards=1)


@pytest.mark.system_deps
@pytest.mark.parametrize("value", list(HOSTILE), ids=range(len(HOSTILE)))
def test_hostile_text_in_every_field_prints(client, drill_tree, people, pdftotext, value):
    line = one_line(value)
    scenario = ScenarioPageFactory(
        parent=drill_tree["index"],
        slug="hostile-pack-test",
        title=line[:255],
        summary=line[:500],
        objectives=value,
        roles=[role(line[:60], "other", value)],
        equipment=[("item", {"item": line[:120], "quantity": line[:40], "location": line[:120]})],
        phases=[phase(line[:60], 60, line[:200])],
        timeline=[step(0, line[:60], line[:60], value, inject=value, expected=value, success=line[:200])],
        safety_controls=value,
        evaluation_checklist=value,
    )
    client.force_login(people["vp"])
    response = client.get(scenario.url + "pack/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    story = pack_story(pdftotext(response.content))
    for part in HOSTILE[value]:
        # In the objectives, responsibilities, action, inject, expected, safety controls and evaluation checklist.
        assert story.count(squeeze(part)) >= 7, part
