"""Lesson editors get their rights from production code, the moment a lesson library exists."""

from django.contrib.auth import get_user_model
from wagtail.models import GroupPagePermission

from courses.access import EDITOR_PAGE_PERMISSIONS, LESSON_EDITORS
from courses.factories import LessonIndexPageFactory, LessonPageFactory, TopicPageFactory


def test_a_new_lesson_library_is_writable_by_lesson_editors(homes):
    index = LessonIndexPageFactory(parent=homes["en"], slug="second-library")
    granted = GroupPagePermission.objects.filter(page=index, group__name=LESSON_EDITORS)
    assert sorted(granted.values_list("permission__codename", flat=True)) == sorted(EDITOR_PAGE_PERMISSIONS)

    editor = get_user_model().objects.create_user("new-editor", password="x")
    editor.groups.add(granted.first().group)
    assert editor.has_perm("wagtailadmin.access_admin") and editor.has_perm("courses.view_quizattempt")
    topic = TopicPageFactory(parent=index, slug="topic")
    lesson = LessonPageFactory(parent=topic, slug="lesson")
    assert index.permissions_for_user(editor).can_add_subpage()
    assert lesson.permissions_for_user(editor).can_publish()


def test_the_demo_editor_writes_lessons_and_nothing_else(client, demo, lesson_tree):
    from drills.models import ScenarioPage

    editor = get_user_model().objects.get(username="editor")
    assert list(editor.groups.values_list("name", flat=True)) == [LESSON_EDITORS]
    client.force_login(editor)
    assert client.get(f"/admin/pages/{lesson_tree['lesson'].pk}/edit/").status_code == 200
    scenario = ScenarioPage.objects.first()
    assert client.get(f"/admin/pages/{scenario.pk}/edit/").status_code in (302, 403)
