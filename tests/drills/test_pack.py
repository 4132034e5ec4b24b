"""The drill pack: A4, the whole script, one cue card per role with only that role's steps, an evaluation sheet."""

import re

import pytest

from drills.factories import ScenarioPageFactory, phase, role, step
from drills.pack import scenario_pack_render


def squeeze(text: str) -> str:
    """pdftotext breaks wrapped lines where the layout did; compare text without white space."""
    return re.sub(r"\s+", "", text)


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


def pages(pdf_text: str) -> list[str]:
    return pdf_text.split("\f")


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
