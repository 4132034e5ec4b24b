"""Demo tracking records for `manage.py load_demo`: Beijing and its 16 districts, about 30 schools, 10 vice
principals with their appointments, and two school years of lectures and drills in every status.

The sessions are bulk-inserted, each with one revision and a history of who did what and when, instead of going
through the services one transition at a time: the test suite builds the demo once per run, and a year of
sessions through the services would take many times as long. Every session still keeps `tracking.rules`.

Dates are relative to today (Beijing time): the last school year from 1 September, the current one up to today,
and a few weeks of scheduled sessions ahead, including one tomorrow for the reminder e-mail. A second run finds the
demo's records and changes nothing.
"""

import dataclasses
import datetime
import random
import uuid
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision

from cms import roles
from cms.models import SchoolLevel
from courses.models import Audience, LessonPage, TopicPage
from drills.models import ScenarioIndexPage, ScenarioPage
from tracking.models import (
    Appointment,
    PhaseTiming,
    Region,
    School,
    Session,
    SessionAttendance,
    SessionKind,
    SessionStatus,
    TrainingDepartment,
    VicePrincipal,
)
from tracking.selectors import beijing

PROVINCE = ("110000", "北京市")
CITY = ("110100", "北京市市辖区")
# GB/T 2260, as listed in DOMAIN.md.
DISTRICTS = [
    ("110101", "东城区"),
    ("110102", "西城区"),
    ("110105", "朝阳区"),
    ("110106", "丰台区"),
    ("110107", "石景山区"),
    ("110108", "海淀区"),
    ("110109", "门头沟区"),
    ("110111", "房山区"),
    ("110112", "通州区"),
    ("110113", "顺义区"),
    ("110114", "昌平区"),
    ("110115", "大兴区"),
    ("110116", "怀柔区"),
    ("110117", "平谷区"),
    ("110118", "密云区"),
    ("110119", "延庆区"),
]
DEMO_REGION_ADMIN_CODE = "110101"
TRAINING_DEPARTMENT = "北京市中小学安全教育培训中心"

K, P, J, S = "kindergarten", "primary", "junior_secondary", "senior_secondary"
# (10-digit school identification code, name, levels, students, address); the first six digits are the district.
SCHOOLS = [
    ("1101010001", "北京市东城区东华门小学", (P,), 1260, "东城区东华门大街28号"),
    ("1101010002", "北京市东城区安定门中学", (J, S), 960, "东城区安定门内大街136号"),
    ("1101010003", "北京市东城区和平里第三小学", (P,), 860, "东城区和平里东街11号"),
    ("1101010004", "北京市东城区北新桥幼儿园", (K,), 280, "东城区北新桥三条7号"),
    ("1101020001", "北京市西城区展览路第一小学", (P,), 1420, "西城区展览路甲15号"),
    ("1101020002", "北京市西城区月坛中学", (J, S), 1100, "西城区月坛北街6号"),
    ("1101020003", "北京市西城区三里河幼儿园", (K,), 320, "西城区三里河路21号"),
    ("1101050001", "北京市朝阳区望京实验学校", (P, J), 2100, "朝阳区望京西园三区"),
    ("1101050002", "北京市朝阳区呼家楼中心小学", (P,), 1350, "朝阳区呼家楼北街2号"),
    ("1101050003", "北京市朝阳区劲松第一幼儿园", (K,), 360, "朝阳区劲松南路8号"),
    ("1101050004", "北京市朝阳区团结湖中学", (J,), 720, "朝阳区团结湖北路5号"),
    ("1101060001", "北京市丰台区东高地第二小学", (P,), 940, "丰台区东高地南大街3号"),
    ("1101060002", "北京市丰台区右安门中学", (J, S), 1030, "丰台区右安门外大街45号"),
    ("1101070001", "北京市石景山区古城第二小学", (P,), 680, "石景山区古城大街17号"),
    ("1101070002", "北京市石景山区八角幼儿园", (K,), 240, "石景山区八角北路9号"),
    ("1101080001", "北京市海淀区中关村第三小学", (P,), 2300, "海淀区中关村北二条12号"),
    ("1101080002", "北京市海淀区清河中学", (J, S), 1860, "海淀区清河中街40号"),
    ("1101080003", "北京市海淀区万寿路幼儿园", (K,), 410, "海淀区万寿路甲8号"),
    ("1101080004", "北京市海淀区上地实验学校", (P, J), 1650, "海淀区上地西路23号"),
    ("1101110001", "北京市房山区良乡中学", (S,), 1320, "房山区良乡拱辰北大街9号"),
    ("1101120001", "北京市通州区运河中学", (J, S), 2050, "通州区新华南路2号"),
    ("1101120002", "北京市通州区梨园镇中心小学", (P,), 1120, "通州区梨园镇云景东路18号"),
    ("1101120003", "北京市通州区玉桥幼儿园", (K,), 300, "通州区玉桥中路6号"),
    ("1101130001", "北京市顺义区仁和中心小学", (P,), 820, "顺义区仁和镇府前东街1号"),
    ("1101140001", "北京市昌平区回龙观中心小学", (P,), 1780, "昌平区回龙观西大街33号"),
    ("1101140002", "北京市昌平区天通苑中学", (J,), 1040, "昌平区天通苑北一区"),
    ("1101150001", "北京市大兴区黄村第一小学", (P,), 1240, "大兴区黄村兴华中路10号"),
    ("1101150002", "北京市大兴区亦庄实验中学", (J, S), 1480, "大兴区亦庄文化园西路7号"),
    ("1101160001", "北京市怀柔区雁栖镇中心小学", (P,), 410, "怀柔区雁栖镇范各庄村"),
    ("1101180001", "北京市密云区溪翁庄中学", (J,), 560, "密云区溪翁庄镇政府街2号"),
    ("1101190001", "北京市延庆区永宁镇中心幼儿园", (K,), 180, "延庆区永宁镇南关街"),
]

# Appointment spans, relative to the first day of last school year (Y0): "since" starts a year before it and is
# open-ended; a (start, end) pair in months after Y0 gives a limited span.
SINCE = "since"


@dataclasses.dataclass(frozen=True)
class Officer:
    username: str  # "vp" is the demo login; the others cannot sign in
    name: str
    agency: str
    unit: str
    badge: str
    phone: str
    schools: tuple  # (school code, span)


OFFICERS = [
    Officer(
        "vp",
        "张建国",
        "北京市公安局东城分局",
        "东华门派出所",
        "011527",
        "13800110527",
        (("1101010001", SINCE), ("1101010002", SINCE)),
    ),
    Officer(
        "vp-abdurahman",
        "阿卜杜·热合曼",
        "北京市公安局东城分局",
        "安定门派出所",
        "011864",
        "13800111864",
        (("1101010001", SINCE), ("1101010003", SINCE)),
    ),
    Officer(
        "vp-liuxiaoyan",
        "刘晓燕",
        "北京市东城区人民检察院",
        "第一检察部",
        "JC0312",
        "13811020312",
        (("1101010001", SINCE), ("1101010004", SINCE)),
    ),
    Officer(
        "vp-wanglei",
        "王磊",
        "北京市公安局西城分局",
        "展览路派出所",
        "012403",
        "13800122403",
        (("1101020001", SINCE), ("1101020003", SINCE)),
    ),
    Officer(
        "vp-chenjing",
        "陈静",
        "北京市西城区人民法院",
        "少年法庭",
        "FY0587",
        "13811030587",
        (("1101020001", SINCE), ("1101020002", SINCE)),
    ),
    Officer(
        "vp-zhaozhiqiang",
        "赵志强",
        "北京市公安局朝阳分局",
        "望京派出所",
        "015376",
        "13800155376",
        (("1101050001", SINCE), ("1101050004", SINCE)),
    ),
    Officer(
        "vp-sunlijuan",
        "孙丽娟",
        "北京市朝阳区司法局",
        "望京司法所",
        "SF1048",
        "13811051048",
        (("1101050001", SINCE), ("1101050002", (12, None))),
    ),
    # Served Qinghe until the end of last autumn term, then moved to a kindergarten. Zhongguancun is two
    # appointments, split at the move: an appointment may not overlap appointments at two other schools, even one
    # after the other (tracking.rules.appointment_errors).
    Officer(
        "vp-lihaitao",
        "李海涛",
        "北京市公安局海淀分局",
        "中关村派出所",
        "016092",
        "13800186092",
        (
            ("1101080001", (-12, 5)),
            ("1101080002", (-12, 5)),
            ("1101080001", (5, None)),
            ("1101080003", (5.5, None)),
        ),
    ),
    Officer(
        "vp-gaopengfei",
        "高鹏飞",
        "北京市公安局海淀分局",
        "清河派出所",
        "016631",
        "13800186631",
        (("1101080001", SINCE), ("1101080002", SINCE)),
    ),
    Officer(
        "vp-mawenbin",
        "马文斌",
        "北京市公安局通州分局",
        "梨园派出所",
        "018245",
        "13800198245",
        (("1101120001", SINCE), ("1101120002", SINCE)),
    ),
]

# The login `school` confirms the sessions of the first school of `vp` (three vice principals serve it); every
# other school with a vice principal gets a contact who cannot sign in.
DEMO_SCHOOL = "1101010001"
CONTACT_NAMES = ["王秀英", "李淑华", "张慧敏", "刘文静", "杨春梅", "赵立新", "黄晓东", "周玉兰", "吴海燕",
                 "徐建平", "孙丽华", "马红梅", "朱晓峰", "胡永红", "郭雅琴"]  # fmt: skip

LEVEL_BANDS = {K: ["kindergarten"], P: ["lower_primary", "upper_primary"], J: ["junior_secondary"],
               S: ["senior_secondary"]}  # fmt: skip
# Month of the school year → lecture topic: traffic at the start of the year, drowning before the summer,
# drugs in June (26 June is the International Day against Drug Abuse).
LECTURES = [(9, "traffic-safety"), (11, "anti-bullying"), (12, "anti-fraud"), (5, "drowning-prevention"),
            (6, "drug-prevention")]  # fmt: skip
KINDERGARTEN_LECTURES = [(9, "traffic-safety"), (11, "anti-bullying"), (5, "drowning-prevention")]
# Drills, by scenario slug; 12 May is the national disaster prevention day.
DRILLS = [(10, "fire-evacuation-teaching-building"), (3, "violent-intrusion-1-3-5"),
          (5, "earthquake-duck-cover-evacuate"), (11, "food-poisoning-canteen")]  # fmt: skip
SECONDARY_DRILLS = [(6, "drowning-rescue-by-the-water")]
KINDERGARTEN_DRILLS = [(10, "fire-evacuation-teaching-building"), (4, "fire-evacuation-teaching-building")]

CANCEL_REASONS = [
    "暴雨红色预警，全市中小学停课，双方商定改期。",
    "学校临时安排期中考试，双方商定改期。",
    "派出所临时勤务任务，无法到校，已与学校商定改期。",
    "流感高发，学校暂停大型集体活动。",
]
DISPUTE_REASONS = [
    "实际到场学生约为登记人数的一半，请核对人数后重新提交。",
    "当天讲课约20分钟，不足一个课时，请修改课时数。",
    "演练各阶段用时与学校安保处的记录不一致，请核对。",
    "登记的听课年级有误：当天是五、六年级，不是一至三年级。",
]
LECTURE_NOTES = {
    "traffic-safety": "结合学校门前路口讲解过马路和乘车安全，学生现场演示“一盔一带”。",
    "anti-bullying": "讲解学生欺凌的几种表现和求助渠道（12355），学生分组讨论旁观者能做什么。",
    "anti-fraud": "用真实案例讲解刷单返利、游戏装备交易和冒充公检法诈骗，提醒学生不向陌生人转账。",
    "drowning-prevention": "讲解暑期“六不”，强调同伴落水时不要手拉手下水施救，要大声呼救、拨打110。",
    "drug-prevention": "展示伪装成零食饮料的新型毒品图片，学生练习如何拒绝陌生人给的东西。",
}
DRILL_NOTES = "演练按脚本进行，结束后与学校安全干部做了讲评，整改意见已交学校。"


def _months_after(day: datetime.date, months: float) -> datetime.date:
    whole = int(months // 1)
    year, month = divmod(day.month - 1 + whole, 12)
    result = day.replace(year=day.year + year, month=month + 1)
    return result + datetime.timedelta(days=round((months - whole) * 30))


def school_year_start(today: datetime.date) -> datetime.date:
    """1 September of the school year `today` falls in."""
    return datetime.date(today.year if today.month >= 9 else today.year - 1, 9, 1)


def _span(span, y0: datetime.date) -> tuple[datetime.date, datetime.date | None]:
    if span == SINCE:
        return y0.replace(year=y0.year - 1), None
    start, end = span
    return _months_after(y0, start), None if end is None else _months_after(y0, end) - datetime.timedelta(days=1)


def _user(username: str, first_name: str, group: str):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, email=f"{username}@example.org", first_name=first_name)
        # Colleagues of the demo logins: their records are real, but only the listed logins sign in.
        user.set_unusable_password()
        user.save()
        user.groups.add(roles.group_with_admin_access(name=group))
    return user


@transaction.atomic
def build_places() -> dict[str, School]:
    for code, name in [PROVINCE, CITY, *DISTRICTS]:
        Region.objects.update_or_create(code=code, defaults={"name": name})
    regions = {r.code: r for r in Region.objects.filter(code__startswith="11")}
    levels = {level.code: level for level in SchoolLevel.objects.all()}
    schools = {}
    for code, name, school_levels, students, address in SCHOOLS:
        school, created = School.objects.get_or_create(
            code=code,
            defaults={"name": name, "region": regions[code[:6]], "student_count": students, "address": address},
        )
        if created:
            school.levels.set([levels[c] for c in school_levels])
        schools[code] = school
    User = get_user_model()
    Region.objects.get(code=DEMO_REGION_ADMIN_CODE).administrators.add(User.objects.get(username="region"))
    department, _ = TrainingDepartment.objects.get_or_create(
        name=TRAINING_DEPARTMENT, defaults={"region": regions[PROVINCE[0]]}
    )
    department.members.add(User.objects.get(username="trainer"))
    # Both languages' indexes, so an English scenario added later counts as the department's too.
    department.scenario_roots.add(*ScenarioIndexPage.objects.all())
    return schools


@transaction.atomic
def build_people(*, schools: dict[str, School], y0: datetime.date) -> dict[str, VicePrincipal]:
    User = get_user_model()
    vps = {}
    for officer in OFFICERS:
        if officer.username == "vp":
            user = User.objects.get(username="vp")
        else:
            user = _user(officer.username, officer.name, roles.VICE_PRINCIPALS)
        vp, _ = VicePrincipal.objects.get_or_create(
            user=user,
            defaults={
                "name": officer.name,
                "agency": officer.agency,
                "unit": officer.unit,
                "badge_number": officer.badge,
                "phone": officer.phone,
            },
        )
        for code, span in officer.schools:
            start, end = _span(span, y0)
            Appointment.objects.get_or_create(
                vice_principal=vp, school=schools[code], start_date=start, defaults={"end_date": end}
            )
        vps[officer.username] = vp
    schools[DEMO_SCHOOL].contacts.add(User.objects.get(username="school"))
    served = sorted({code for officer in OFFICERS for code, _ in officer.schools} - {DEMO_SCHOOL})
    for code, name in zip(served, CONTACT_NAMES, strict=False):
        if not schools[code].contacts.exists():
            schools[code].contacts.add(_user(f"school-{code}", name, roles.SCHOOL_STAFF))
    return vps


@dataclasses.dataclass
class Plan:
    """One session to be, before it becomes a row."""

    vp: VicePrincipal
    school: School
    kind: str
    subject: str  # topic or scenario slug
    day: datetime.date
    at: tuple[int, int] = (10, 0)
    status: str | None = None  # decided from the date unless given
    parents: bool = False


class Builder:
    def __init__(self, *, schools, vps, now: datetime.datetime):
        self.rng = random.Random(2260)
        self.now = now
        self.today = timezone.localtime(now, beijing()).date()
        self.y0 = school_year_start(self.today).replace(year=school_year_start(self.today).year - 1)
        self.schools, self.vps = schools, vps
        self.busy: dict[int, set[datetime.date]] = {}
        self.topics = {t.slug: t for t in TopicPage.objects.filter(locale__language_code="zh-hans")}
        self.lessons = {
            slug: list(LessonPage.objects.child_of(topic).prefetch_related("audiences"))
            for slug, topic in self.topics.items()
        }
        self.scenarios = {
            s.slug: s
            for s in ScenarioPage.objects.filter(locale__language_code="zh-hans").select_related("scenario_type")
        }
        self.audiences = {a.code: a for a in Audience.objects.all()}
        self.levels = {
            school.pk: [lv.code for lv in school.levels.all()] for school in School.objects.prefetch_related("levels")
        }
        self.contacts = {school.pk: school.contacts.order_by("pk").first() for school in schools.values()}
        self.appointments = list(
            Appointment.objects.filter(vice_principal__in=vps.values())
            .select_related("vice_principal__user", "school")
            .order_by("pk")
        )
        self.admin = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()

    # --- when ---

    def free_weekday(self, vp: VicePrincipal, day: datetime.date, *, step: int = 1) -> datetime.date:
        busy = self.busy.setdefault(vp.pk, set())
        while day.weekday() >= 5 or day in busy:
            day += datetime.timedelta(days=step)
        busy.add(day)
        return day

    def school_day(self, month: int, year_start: datetime.date) -> datetime.date:
        year = year_start.year if month >= 9 else year_start.year + 1
        return datetime.date(year, month, self.rng.randint(8, 24))

    def plans(self) -> list[Plan]:
        plans = self.demo_login_plans()
        horizon = self.today + datetime.timedelta(days=40)
        by_school: dict[int, list[Appointment]] = {}
        for appointment in self.appointments:
            by_school.setdefault(appointment.school_id, []).append(appointment)
        for year_start in (self.y0, school_year_start(self.today)):
            for appointments in by_school.values():
                levels = self.levels[appointments[0].school_id]
                kindergarten = levels == [K]
                lectures = KINDERGARTEN_LECTURES if kindergarten else LECTURES
                drills = KINDERGARTEN_DRILLS if kindergarten else DRILLS
                if J in levels or S in levels:
                    drills = drills + SECONDARY_DRILLS
                for appointment in appointments:
                    for month, slug in lectures:
                        plans.append(self._plan(appointment, SessionKind.LECTURE, slug, month, year_start))
                # One vice principal guides each drill; at a school with several they take turns.
                for i, (month, slug) in enumerate(drills):
                    appointment = appointments[i % len(appointments)]
                    plans.append(self._plan(appointment, SessionKind.DRILL, slug, month, year_start))
        return [p for p in plans if p is not None and p.day <= horizon and self._appointed(p)]

    def _plan(self, appointment, kind, slug, month, year_start) -> Plan | None:
        day = self.school_day(month, year_start)
        if not (appointment.start_date <= day and (appointment.end_date is None or day <= appointment.end_date)):
            return None
        vp = appointment.vice_principal
        day = self.free_weekday(vp, day)
        if kind == SessionKind.DRILL:
            at = self.rng.choice([(10, 0), (14, 30)])
            parents = False
        else:
            parents = self.rng.random() < 0.2
            at = (18, 30) if parents else self.rng.choice([(8, 50), (10, 0), (14, 0), (15, 10)])
        return Plan(vp=vp, school=appointment.school, kind=kind, subject=slug, day=day, at=at, parents=parents)

    def _appointed(self, plan: Plan) -> bool:
        return any(
            a.vice_principal_id == plan.vp.pk
            and a.school_id == plan.school.pk
            and a.start_date <= plan.day
            and (a.end_date is None or plan.day <= a.end_date)
            for a in self.appointments
        )

    def demo_login_plans(self) -> list[Plan]:
        """What `vp` and `school` find on their dashboards whatever the date: sessions coming up (one tomorrow),
        some awaiting the school's confirmation, one disputed, one cancelled and one voided."""
        vp, a, b = self.vps["vp"], self.schools[DEMO_SCHOOL], self.schools["1101010002"]

        def back(days):
            return self.free_weekday(vp, self.today - datetime.timedelta(days=days), step=-1)

        def ahead(days):
            return self.free_weekday(vp, self.today + datetime.timedelta(days=days))

        tomorrow = self.today + datetime.timedelta(days=1)
        self.busy.setdefault(vp.pk, set()).add(tomorrow)
        L, D = SessionKind.LECTURE, SessionKind.DRILL
        return [
            Plan(vp, b, L, "anti-fraud", tomorrow, (10, 0), SessionStatus.SCHEDULED),
            Plan(vp, a, D, "violent-intrusion-1-3-5", ahead(6), (10, 0), SessionStatus.SCHEDULED),
            Plan(vp, a, L, "traffic-safety", ahead(13), (18, 30), SessionStatus.SCHEDULED, parents=True),
            Plan(vp, b, L, "drug-prevention", back(1), (10, 0), SessionStatus.HELD),
            Plan(vp, a, D, "fire-evacuation-teaching-building", back(3), (10, 0), SessionStatus.HELD),
            Plan(vp, a, L, "anti-bullying", back(6), (14, 0), SessionStatus.HELD),
            Plan(vp, a, L, "drowning-prevention", back(10), (14, 0), SessionStatus.DISPUTED),
            Plan(vp, b, D, "earthquake-duck-cover-evacuate", back(17), (10, 0), SessionStatus.CANCELLED),
            Plan(vp, a, L, "anti-fraud", back(40), (15, 10), SessionStatus.VOIDED),
        ]

    # --- what ---

    def status_of(self, plan: Plan, starts_at, ends_at) -> str:
        if plan.status:
            return plan.status
        r = self.rng.random()
        if ends_at > self.now:
            return SessionStatus.CANCELLED if r < 0.1 else SessionStatus.SCHEDULED
        if self.now - ends_at < datetime.timedelta(days=14):
            return SessionStatus.HELD if r < 0.7 else SessionStatus.DISPUTED if r < 0.9 else SessionStatus.SCHEDULED
        return SessionStatus.CANCELLED if r < 0.06 else SessionStatus.DISPUTED if r < 0.09 else SessionStatus.CONFIRMED

    def minutes(self, school: School, plan: Plan) -> int:
        """One class-hour: 30 minutes in a kindergarten, 40 in primary school, 45 in secondary school."""
        if plan.kind == SessionKind.DRILL:
            return self.scenarios[plan.subject].duration_minutes
        if plan.parents:
            return 60
        levels = self.levels[school.pk]
        return 30 if levels == [K] else 40 if P in levels else 45

    def bands(self, school: School) -> list[str]:
        return [band for level in self.levels[school.pk] for band in LEVEL_BANDS[level]]

    def lessons_for(self, plan: Plan) -> list[LessonPage]:
        wanted = {"parents"} if plan.parents else set(self.bands(plan.school))
        fitting = [lesson for lesson in self.lessons[plan.subject] if wanted & {a.code for a in lesson.audiences.all()}]
        return (fitting or self.lessons[plan.subject][:1])[:2]

    def audience_codes(self, plan: Plan, lessons: list[LessonPage]) -> list[str]:
        if plan.parents:
            return ["parents", "teachers"]
        bands = self.bands(plan.school)
        if plan.kind == SessionKind.LECTURE:
            taught = {a.code for lesson in lessons for a in lesson.audiences.all()}
            bands = [band for band in bands if band in taught] or bands
        return [*bands, "teachers"]

    def counts(self, plan: Plan, codes: list[str]) -> dict[str, int]:
        students = plan.school.student_count
        per_band = students // max(1, len(self.bands(plan.school)))
        counts = {}
        for code in codes:
            if code == "teachers":
                counts[code] = max(3, round(students / (14 if plan.kind == SessionKind.DRILL else 60)))
            elif code == "parents":
                counts[code] = self.rng.randint(min(60, students), min(400, students))
            elif plan.kind == SessionKind.DRILL:
                counts[code] = round(per_band * self.rng.uniform(0.92, 0.99))
            else:
                counts[code] = round(per_band * self.rng.uniform(0.3, 1.0))
        return counts

    def timings(self, scenario: ScenarioPage) -> list[tuple[str, int, int]]:
        """Measured phases: most within target; about one drill in four runs over on some phase."""
        over = self.rng.random() < 0.25
        rows, previous = [], 0
        for block in scenario.phases:
            target = block.value["target_seconds"]
            if target is None:
                continue
            factor = self.rng.uniform(1.05, 1.4) if over and self.rng.random() < 0.6 else self.rng.uniform(0.7, 0.98)
            measured = max(previous + 5, round(target * factor))
            rows.append((block.value["name"], target, measured))
            previous = measured
        return rows


def _moment(day: datetime.date, at: tuple[int, int]) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(*at), tzinfo=beijing())


@transaction.atomic
def build_sessions(*, schools, vps, now: datetime.datetime) -> int:
    """A year and a bit of sessions, bulk-inserted with their counts, timings, one revision and a history each."""
    if Session.objects.filter(vice_principal__in=vps.values()).exists():
        return 0
    builder = Builder(schools=schools, vps=vps, now=now)
    rows: list[tuple[Session, Plan, list, list, dict, list]] = []
    history: list[list[tuple[str, object, datetime.datetime]]] = []
    for plan in sorted(builder.plans(), key=lambda p: (p.day, p.at, p.vp.pk)):
        starts_at = _moment(plan.day, plan.at)
        ends_at = starts_at + datetime.timedelta(minutes=builder.minutes(plan.school, plan))
        if plan.status in (SessionStatus.HELD, SessionStatus.DISPUTED, SessionStatus.VOIDED) and ends_at > now:
            continue  # only on the first hours of a day; the session is simply left out
        status = builder.status_of(plan, starts_at, ends_at)
        lecture = plan.kind == SessionKind.LECTURE
        lessons = builder.lessons_for(plan) if lecture else []
        codes = builder.audience_codes(plan, lessons)
        scenario = None if lecture else builder.scenarios[plan.subject]
        session = Session(
            kind=plan.kind,
            school=plan.school,
            vice_principal=plan.vp,
            title="家长课堂：" + builder.topics[plan.subject].title if plan.parents else "",
            starts_at=starts_at,
            ends_at=ends_at,
            topic=builder.topics[plan.subject] if lecture else None,
            scenario=scenario,
            status=status,
            class_hours=Decimal(1),
        )
        contact = builder.contacts[plan.school.pk] or builder.admin
        created = min(starts_at - datetime.timedelta(days=builder.rng.randint(5, 21)), now)
        events = [("wagtail.create", plan.vp.user, created)]
        counts, timings = {}, []
        if status in (SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.DISPUTED, SessionStatus.VOIDED):
            session.held_at = min(ends_at + datetime.timedelta(hours=builder.rng.randint(1, 30)), now)
            session.notes = DRILL_NOTES if scenario else LECTURE_NOTES[plan.subject]
            events.append(("tracking.held", plan.vp.user, session.held_at))
            counts = builder.counts(plan, codes)
            timings = builder.timings(scenario) if scenario else []
            decided = min(session.held_at + datetime.timedelta(hours=builder.rng.randint(4, 72)), now)
            if status in (SessionStatus.CONFIRMED, SessionStatus.VOIDED):
                session.confirmed_at, session.confirmed_by = decided, contact
                events.append(("tracking.confirm", contact, decided))
            if status == SessionStatus.VOIDED:
                session.void_reason = "学校误确认：当天因学校临时活动没有上这节课，作废。"
                events.append(("tracking.void", contact, min(decided + datetime.timedelta(days=2), now)))
            if status == SessionStatus.DISPUTED:
                session.dispute_reason = builder.rng.choice(DISPUTE_REASONS)
                events.append(("tracking.dispute", contact, decided))
        elif status == SessionStatus.CANCELLED:
            session.cancel_reason = builder.rng.choice(CANCEL_REASONS)
            when = min(starts_at - datetime.timedelta(days=builder.rng.randint(1, 4)), now)
            events.append(("tracking.cancel", plan.vp.user, max(when, created)))
        rows.append((session, plan, lessons, codes, counts, timings))
        history.append(events)

    sessions = Session.objects.bulk_create([row[0] for row in rows])
    for session, events in zip(sessions, history, strict=True):
        # bulk_create stamped the time of loading; the history's first entry says when the session was made.
        session.created_at = events[0][2]
    audience_through = Session.audiences.through
    lesson_through = Session.lessons.through
    attendance, phase_timings, audience_links, lesson_links = [], [], [], []
    for session, _plan, lessons, codes, counts, timings in rows:
        session.attendance = [
            SessionAttendance(session=session, audience=builder.audiences[code], count=count)
            for code, count in counts.items()
        ]
        session.phase_timings = [
            PhaseTiming(session=session, sort_order=i, phase=name, target_seconds=target, measured_seconds=measured)
            for i, (name, target, measured) in enumerate(timings)
        ]
        attendance += session.attendance.all()
        phase_timings += session.phase_timings.all()
        audience_links += [audience_through(session=session, audience=builder.audiences[c]) for c in codes]
        lesson_links += [lesson_through(session=session, lessonpage=lesson) for lesson in lessons]
    SessionAttendance.objects.bulk_create(attendance)
    PhaseTiming.objects.bulk_create(phase_timings)
    audience_through.objects.bulk_create(audience_links)
    lesson_through.objects.bulk_create(lesson_links)

    session_type = ContentType.objects.get_for_model(Session)
    revisions = []
    for (session, _plan, lessons, codes, _counts, _timings), events in zip(rows, history, strict=True):
        session.audiences = [builder.audiences[c] for c in codes]
        session.lessons = lessons
        _action, user, when = events[-1]
        revisions.append(
            Revision(
                content_type=session_type,
                base_content_type=session_type,
                object_id=str(session.pk),
                created_at=when,
                user=user,
                object_str=str(session),
                content=session.serializable_data(),
            )
        )
    Revision.objects.bulk_create(revisions)
    entries = []
    for (session, *_), events, revision in zip(rows, history, revisions, strict=True):
        session.latest_revision = revision
        for i, (action, user, when) in enumerate(events):
            entries.append(
                ModelLogEntry(
                    content_type=session_type,
                    object_id=str(session.pk),
                    label=str(session),
                    action=action,
                    timestamp=when,
                    uuid=uuid.uuid4(),
                    user=user,
                    revision=revision if i == len(events) - 1 else None,
                    content_changed=True,
                )
            )
    ModelLogEntry.objects.bulk_create(entries)
    # One UPDATE per row: bulk_update's CASE expression over a few hundred rows is several times slower.
    for session in sessions:
        Session.objects.filter(pk=session.pk).update(
            latest_revision=session.latest_revision, created_at=session.created_at
        )
    return len(sessions)


def load_tracking_demo(*, homes: dict, stdout, now: datetime.datetime | None = None) -> list[tuple[str, str]]:
    """Build the tracking demo (idempotent). The demo logins `vp`, `school`, `region` and `trainer` get their
    records here; the other officers and school contacts it creates cannot sign in, so no login is added."""
    now = now or timezone.now()
    y0 = school_year_start(timezone.localtime(now, beijing()).date())
    y0 = y0.replace(year=y0.year - 1)
    schools = build_places()
    vps = build_people(schools=schools, y0=y0)
    created = build_sessions(schools=schools, vps=vps, now=now)
    stdout.write(
        f"Tracking: {Region.objects.filter(code__startswith='11').count()} Beijing regions, "
        f"{School.objects.filter(code__startswith='11').count()} schools, {len(vps)} vice principals, "
        f"{Session.objects.filter(vice_principal__in=vps.values()).count()} sessions"
        + (f" ({created} created)." if created else " (already there).")
    )
    return []
