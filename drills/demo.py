"""The demo drill library: public door, private index and five scenarios in Chinese and English.

Each scenario is written by the demo author and approved by the demo reviewer through the four-eyes review
workflow, exactly as in the admin, so its history shows who did what.
"""

from django.db import transaction
from wagtail.models import Page

from cms import roles
from cms.demo import demo_account, locales, translation_of
from cms.demo import publish as publish_page
from cms.models import SchoolLevel
from drills import demo_content, services
from drills.access import DRILL_AUTHORS, DRILL_REVIEWERS
from drills.factories import DrillLibraryPageFactory, ScenarioIndexPageFactory, ScenarioPageFactory
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage, ScenarioType

LIBRARY_TEXT = {
    "zh-hans": {
        "title": "应急演练脚本库",
        "intro": "<p>培训部门编写、审核后发布的校园应急演练脚本：防暴（最小应急单元）、火灾和地震疏散、"
        "防溺水救援、食物中毒处置等。每个脚本有分角色、按时间的步骤、计时目标，以及可打印的演练包。</p>",
        "access": "<p>演练脚本涉及校园安保处置程序，只向登录的<b>学校教职工</b>、<b>法治副校长</b>和"
        "<b>培训部门</b>开放，不公开发布，也不会出现在公开搜索结果中。</p>"
        "<ul><li>学校教职工：请学校安全工作负责人向本地区培训部门申请账号。</li>"
        "<li>法治副校长：请通过派出单位或培训部门开通账号。</li></ul>",
    },
    "en": {
        "title": "Drill scenario library",
        "intro": "<p>Emergency drill scripts written and reviewed by training departments: violent intrusion (the "
        "minimum emergency unit), fire and earthquake evacuation, drowning rescue, food poisoning and more. Each "
        "script has timed steps by role, timing targets and a printable drill pack.</p>",
        "access": "<p>The scripts describe campus security procedures. They are open only to signed-in "
        "<b>school staff</b>, <b>rule-of-law vice principals</b> and <b>training departments</b>; they are not "
        "published and never appear in public search results.</p>"
        "<ul><li>School staff: ask your school's safety lead to request an account from the regional training "
        "department.</li><li>Vice principals: ask your sending agency or the training department for an "
        "account.</li></ul>",
    },
}
INDEX_TEXT = {
    "zh-hans": {
        "title": "演练脚本",
        "intro": "按类型和学段筛选。每个脚本都可下载演练包（完整脚本、分角色提示卡、评估表）。",
    },
    "en": {
        "title": "Scenario scripts",
        "intro": "Filter by type and school level. Every script has a drill pack to download (full script, "
        "cue cards by role, evaluation sheet).",
    },
}


def _script_fields(text: dict) -> dict:
    return {
        "title": text["title"],
        "summary": text["summary"],
        "objectives": "\n".join(text["objectives"]),
        "roles": [("role", r) for r in text["roles"]],
        "equipment": [("item", e) for e in text["equipment"]],
        "phases": [("phase", p) for p in text["phases"]],
        "timeline": [("step", s) for s in text["timeline"]],
        "safety_controls": "\n".join(text["safety_controls"]),
        "evaluation_checklist": "\n".join(text["evaluation"]),
    }


@transaction.atomic
def build_library(*, homes: dict) -> dict[str, ScenarioIndexPage]:
    """The library and its index in both languages; creating them attaches the workflow and the privacy."""
    loc = locales()
    home = Page.objects.get(pk=homes["zh-hans"].pk)
    library = DrillLibraryPage.objects.child_of(home).first()
    if library is None:
        library = publish_page(
            DrillLibraryPageFactory(parent=home, slug="drills", show_in_menus=True, **LIBRARY_TEXT["zh-hans"])
        )
    index = ScenarioIndexPage.objects.child_of(library).first()
    if index is None:
        index = publish_page(ScenarioIndexPageFactory(parent=library, slug="scenarios", **INDEX_TEXT["zh-hans"]))
    translation_of(library, loc["en"], **LIBRARY_TEXT["en"])
    index_en = translation_of(index, loc["en"], **INDEX_TEXT["en"])
    return {"zh-hans": index, "en": index_en}


def _submit_and_approve(*, scenario: ScenarioPage, author, reviewer, comment: str) -> None:
    services.scenario_submit(scenario=scenario, user=author)
    services.scenario_review(scenario=scenario, user=reviewer, approve=True, comment=comment)


@transaction.atomic
def build_scenarios(*, indexes: dict[str, ScenarioIndexPage], author, reviewer) -> None:
    loc = locales()
    for spec in demo_content.scenarios():
        levels = list(SchoolLevel.objects.filter(code__in=spec["school_levels"]))
        index = ScenarioIndexPage.objects.get(pk=indexes["zh-hans"].pk)
        scenario = ScenarioPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if scenario is None:
            scenario = ScenarioPageFactory(
                parent=index,
                slug=spec["slug"],
                live=False,
                owner=author,
                scenario_type=ScenarioType.objects.get(slug=spec["type"], locale=loc["zh-hans"]),
                duration_minutes=spec["duration_minutes"],
                school_levels=spec["school_levels"],
                **_script_fields(spec["zh"]),
            )
            _submit_and_approve(scenario=scenario, author=author, reviewer=reviewer, comment="脚本完整，同意发布。")
        if scenario.get_translation_or_none(loc["en"]) is None:
            translated = ScenarioPage.objects.get(pk=scenario.pk).copy_for_translation(loc["en"]).specific
            translated.scenario_type = ScenarioType.objects.get(slug=spec["type"], locale=loc["en"])
            translated.owner = author
            for name, value in _script_fields(spec["en"]).items():
                setattr(translated, name, value)
            translated.school_levels.set(levels)
            translated.save()
            _submit_and_approve(
                scenario=translated, author=author, reviewer=reviewer, comment="Translation checked; approved."
            )


def load_drill_demo(*, homes: dict, stdout) -> list[tuple[str, str]]:
    accounts = [
        demo_account(
            username="author",
            groups=[DRILL_AUTHORS, roles.TRAINING_DEPARTMENTS],
            description="Drill author: writes scenarios and submits them for review (cannot publish)",
        ),
        demo_account(
            username="reviewer",
            groups=[DRILL_REVIEWERS, roles.TRAINING_DEPARTMENTS],
            description="Drill reviewer: approves (which publishes) or requests changes, with a comment; never a "
            "version they edited or submitted, which a second reviewer approves (cannot publish directly)",
        ),
    ]
    from django.contrib.auth import get_user_model

    User = get_user_model()
    indexes = build_library(homes=homes)
    build_scenarios(
        indexes=indexes,
        author=User.objects.get(username="author"),
        reviewer=User.objects.get(username="reviewer"),
    )
    stdout.write(
        f"Drill library: {ScenarioPage.objects.live().count()} scenario pages, reviewed and published "
        f"through the '{services.REVIEW_WORKFLOW_NAME}' workflow."
    )
    return accounts
