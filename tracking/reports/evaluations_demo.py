"""Demo yearly evaluations for `manage.py load_demo` (after the tracking demo, which builds the schools, vice
principals and sessions): last school year's evaluation of every demo vice principal at each school they served,
submitted by the school's contact through the services (so the ledger snapshots are real), and one draft for the
current year at the demo school, for the `school` login to finish. A second run adds nothing."""

from decimal import Decimal

from django.contrib.auth import get_user_model

from tracking.demo import DEMO_SCHOOL, OFFICERS
from tracking.models import Evaluation, Rating, School, VicePrincipal
from tracking.reports import evaluations as services
from tracking.reports.counting import ledger_figures
from tracking.reports.periods import DUTY_CLASS_HOURS, SchoolYear

COMMENTS = {
    Rating.EXCELLENT: "全年按计划到校开展法治教育，讲座贴近学生实际，指导应急演练认真细致，学生和家长反映良好。",
    Rating.COMPETENT: "按要求完成年度法治教育课时，能配合学校开展安全管理和应急演练。建议增加面向家长的宣讲。",
    Rating.BASICALLY_COMPETENT: "本学年到校次数偏少，部分活动尚待学校确认，年度课时未达到要求，望下学年提前商定计划。",
    Rating.NOT_COMPETENT: "本学年未到校开展法治教育活动，未履行法治副校长职责，已向派出单位反映。",
}
DRAFT_COMMENTS = "本学年已开展交通安全、防欺凌等专题讲座，学年结束前补充演练指导情况后提交。"


def rating_for(confirmed_hours: Decimal) -> str:
    """A plausible rating from last year's confirmed class-hours against the 4-hour duty."""
    if confirmed_hours >= 2 * DUTY_CLASS_HOURS:
        return Rating.EXCELLENT
    if confirmed_hours >= DUTY_CLASS_HOURS:
        return Rating.COMPETENT
    if confirmed_hours > 0:
        return Rating.BASICALLY_COMPETENT
    return Rating.NOT_COMPETENT


def _contact(school: School):
    User = get_user_model()
    if school.code == DEMO_SCHOOL:
        return User.objects.get(username="school")
    return school.contacts.order_by("pk").first()


def load_evaluation_demo(*, stdout) -> list[tuple[str, str]]:
    current = SchoolYear.current()
    last = SchoolYear(current.start_year - 1)
    vps = VicePrincipal.objects.filter(user__username__in=[officer.username for officer in OFFICERS])
    created = 0
    for vp in vps.order_by("pk"):
        schools = School.objects.filter(pk__in=vp.appointments.values("school")).order_by("code")
        for school in schools:
            if not services.appointments_in_year(school=school, year=last).filter(vice_principal=vp).exists():
                continue
            contact = _contact(school)
            if (
                contact is None
                or Evaluation.objects.filter(vice_principal=vp, school=school, school_year=last.start_year).exists()
            ):
                continue
            figures = ledger_figures(vice_principal=vp, school=school, year=last)
            rating = rating_for(figures.confirmed_hours)
            draft = services.evaluation_save(
                evaluation=Evaluation(
                    vice_principal=vp,
                    school=school,
                    school_year=last.start_year,
                    rating=rating,
                    comments=COMMENTS[rating],
                ),
                user=contact,
            )
            services.evaluation_submit(evaluation=draft, user=contact)
            created += 1

    school = School.objects.get(code=DEMO_SCHOOL)
    vp = VicePrincipal.objects.get(user__username="vp")
    if not Evaluation.objects.filter(vice_principal=vp, school=school, school_year=current.start_year).exists():
        services.evaluation_save(
            evaluation=Evaluation(
                vice_principal=vp,
                school=school,
                school_year=current.start_year,
                rating=Rating.COMPETENT,
                comments=DRAFT_COMMENTS,
            ),
            user=_contact(school),
        )
        created += 1

    total = Evaluation.objects.filter(vice_principal__in=vps).count()
    stdout.write(
        f"Yearly evaluations: {total} for {last.label} and {current.label}"
        + (f" ({created} created)." if created else " (already there).")
    )
    return []
