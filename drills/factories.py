import factory
import wagtail_factories

from cms.models import SchoolLevel
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage, ScenarioType


def role(name="门卫", filled_by="duty_guard", responsibilities="发现可疑人员立即一键报警，关闭校门。"):
    return ("role", {"name": name, "filled_by": filled_by, "responsibilities": responsibilities})


def phase(name="自救", target_seconds=60, goal=""):
    return ("phase", {"name": name, "target_seconds": target_seconds, "goal": goal})


def step(offset=0, phase="自救", role="门卫", action="按下一键报警。", inject="", expected="", success=""):
    return (
        "step",
        {
            "offset": offset,
            "phase": phase,
            "role": role,
            "action": action,
            "inject": inject,
            "expected": expected,
            "success": success,
        },
    )


class ScenarioTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"演练类型 {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")

    class Meta:
        model = ScenarioType


class DrillLibraryPageFactory(wagtail_factories.PageFactory):
    title = "应急演练脚本库"
    intro = "<p>培训部门发布的应急演练脚本。</p>"
    access = "<p>法治副校长、学校教职工和培训部门登录后可查看。</p>"

    class Meta:
        model = DrillLibraryPage


class ScenarioIndexPageFactory(wagtail_factories.PageFactory):
    title = "演练脚本"

    class Meta:
        model = ScenarioIndexPage


class ScenarioPageFactory(wagtail_factories.PageFactory):
    """A short violent-intrusion script that passes every check: two roles, the 1-3-5 phases, four steps."""

    title = factory.Sequence(lambda n: f"防暴演练 {n}")
    summary = "校门口持械人员闯入的最小应急单元演练。"
    scenario_type = factory.LazyFunction(
        lambda: ScenarioType.objects.filter(slug="violent-intrusion").first() or ScenarioTypeFactory()
    )
    duration_minutes = 30
    objectives = "检验一键报警\n检验1分钟自救"
    roles = factory.LazyFunction(lambda: [role(), role("保安队", "security_team", "持钢叉、盾牌阻隔控制。")])
    equipment = factory.LazyFunction(lambda: [("item", {"item": "钢叉", "quantity": "2 把", "location": "门卫室"})])
    phases = factory.LazyFunction(lambda: [phase("自救", 60), phase("互救", 180), phase("增援到位", 300)])
    timeline = factory.LazyFunction(
        lambda: [
            step(0, "自救", "门卫", "发现持械人员，按下一键报警。", success="10 秒内报警"),
            step(30, "自救", "保安队", "携带钢叉、盾牌赶到校门。"),
            step(120, "互救", "保安队", "用钢叉控制“闯入者”。"),
            step(300, "增援到位", "门卫", "引导民警进入校园。"),
        ]
    )
    safety_controls = "只使用道具刀\n喊“停止演练”立即停止"
    evaluation_checklist = "报警是否及时\n校门是否关闭"

    class Meta:
        model = ScenarioPage
        skip_postgeneration_save = True

    @factory.post_generation
    def school_levels(self, create, extracted, **kwargs):
        codes = extracted if extracted is not None else ["primary", "junior_secondary"]
        if codes:
            self.school_levels.set(SchoolLevel.objects.filter(code__in=codes))
            if create:
                self.save()
