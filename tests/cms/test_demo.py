import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from courses.models import LessonPage


def snapshot():
    pages = [
        (p.locale.language_code, p.url_path, p.title, p.live, p.specific_class.__name__)
        for p in Page.objects.filter(depth__gt=1).select_related("locale").order_by("path")
    ]
    lessons = [
        (
            lesson.url_path,
            lesson.body.get_prep_value(),
            lesson.quiz.get_prep_value(),
            sorted(t.name for t in lesson.tags.all()),
            sorted(a.code for a in lesson.audiences.all()),
            [r.lesson_id for r in lesson.related_links.all()],
        )
        for lesson in LessonPage.objects.order_by("path")
    ]
    from django.contrib.auth.models import Group, User

    return (
        pages,
        lessons,
        list(User.objects.values_list("username", flat=True).order_by("username")),
        Group.objects.count(),
    )


def test_load_demo_again_changes_nothing_and_lists_every_login(demo, client):
    from cms.demo import DEMO_PASSWORD

    first = snapshot()
    out = io.StringIO()
    call_command("load_demo", allow_production=True, stdout=out)
    assert snapshot() == first

    logins = re.findall(r"^  (\S+) ", out.getvalue().split("Demo logins")[1], flags=re.M)
    assert set(logins) == {"admin", "editor", "vp", "school", "region", "province", "trainer", "author", "reviewer"}
    for username in logins:
        assert client.login(username=username, password=DEMO_PASSWORD), username
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_demo_has_three_lessons_a_topic_in_both_languages_with_quiz_and_parents_section(demo):
    for lang in ("zh-hans", "en"):
        lessons = LessonPage.objects.live().filter(locale__language_code=lang)
        assert lessons.count() >= 15
        topics = {lesson.get_parent().slug for lesson in lessons}
        assert topics == {"anti-bullying", "anti-fraud", "drowning-prevention", "drug-prevention", "traffic-safety"}
        for lesson in lessons:
            assert len(lesson.quiz) >= 3, lesson.title
            assert any(block.block_type == "for_parents" for block in lesson.body), lesson.title
            assert lesson.audiences.exists()


def test_demo_content_says_what_officers_teach(demo):
    zh = " ".join(
        str(lesson.body.render_as_block()) + lesson.title
        for lesson in LessonPage.objects.filter(locale__language_code="zh-hans")
    )
    for phrase in ["不私自下水游泳", "刷单", "游戏装备", "冒充公检法", "12355", "16", "头盔"]:
        assert phrase in zh, phrase


@pytest.mark.django_db
def test_load_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo")
