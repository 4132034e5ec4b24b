import pytest
from django.template.loader import render_to_string
from wagtail.models import Page

from cms.blocks import BaseStreamBlock
from cms.models import HomePage
from courses.blocks import LessonBodyBlock, QuizBlock
from courses.factories import LessonPageFactory, TopicPageFactory
from courses.models import LessonIndexPage, LessonPage, TopicPage


def test_page_types_are_restricted_at_both_ends():
    assert LessonIndexPage.allowed_parent_page_models() == [HomePage]
    assert LessonIndexPage.allowed_subpage_models() == [TopicPage]
    assert TopicPage.allowed_parent_page_models() == [LessonIndexPage]
    assert TopicPage.allowed_subpage_models() == [LessonPage]
    assert LessonPage.allowed_parent_page_models() == [TopicPage]
    assert LessonPage.allowed_subpage_models() == []
    assert LessonIndexPage in HomePage.allowed_subpage_models()


def test_editors_cannot_put_a_lesson_in_the_wrong_place(lesson_tree):
    assert LessonPage.can_create_at(lesson_tree["topic"])
    assert not LessonPage.can_create_at(lesson_tree["index"])
    assert not LessonPage.can_create_at(lesson_tree["lesson"])
    assert not TopicPage.can_create_at(lesson_tree["topic"])
    assert not LessonIndexPage.can_create_at(Page.get_first_root_node())


def _all_blocks():
    for stream in (BaseStreamBlock(), LessonBodyBlock(), QuizBlock()):
        yield from stream.child_blocks.items()


@pytest.mark.parametrize("name,block", list(_all_blocks()), ids=[n for n, _ in _all_blocks()])
def test_every_block_declares_editor_metadata(name, block):
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.meta.template
    assert block.meta.description
    assert block.meta.preview_value is not None


@pytest.mark.parametrize("name,block", list(_all_blocks()), ids=[n for n, _ in _all_blocks()])
def test_every_block_renders_its_preview_value(db, name, block):
    from wagtail_factories import ImageFactory

    preview = block.meta.preview_value
    if name == "image":
        preview = {**preview, "image": ImageFactory()}
    if name == "video":
        preview = {**preview, "video": "https://video.example.test/drowning"}
    value = block.to_python(block.get_prep_value(block.normalize(preview)))
    html = block.render(value)
    assert html.strip()
    for text in _leaf_strings(preview):
        assert text in html, (name, text)
    if name == "image":
        assert "<img" in html
    if name == "video":
        assert '<iframe src="https://video.example.test/drowning"' in html


def _leaf_strings(value):
    if isinstance(value, str):
        if value and not value.startswith(("<", "http", "single", "multiple")):
            yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _leaf_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaf_strings(v)


def test_lesson_page_shows_every_part(client, lesson_tree):
    lesson = lesson_tree["lesson"]
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "防溺水安全教育：暑期六不准",
        "不私自下水游泳",
        "给家长的话",
        "发现同伴落水，正确的做法是？",
        "知道危险在哪里",
    ]:
        assert text in html
    assert lesson.url + "handout/" in html


def test_single_choice_question_needs_exactly_one_correct_answer():
    from wagtail.blocks.struct_block import StructBlockValidationError

    block = QuizBlock().child_blocks["question"]
    value = block.to_python(
        {
            "question": "?",
            "kind": "single",
            "choices": [{"text": "a", "correct": True}, {"text": "b", "correct": True}],
            "explanation": "e",
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    value["kind"] = "multiple"
    assert block.clean(value)


@pytest.fixture
def big_topic(lesson_tree):
    topic = lesson_tree["topic"]
    for i in range(14):
        LessonPageFactory(
            parent=topic,
            slug=f"extra-{i}",
            audiences=["parents"] if i % 2 else ["junior_secondary"],
            tag_names=["游泳"] if i % 3 == 0 else ["暑假"],
        )
    return topic


def test_topic_filters_by_audience_and_tag(client, big_topic):
    response = client.get(big_topic.url, {"audience": "parents"})
    lessons = list(response.context["listing"].page)
    assert lessons and all("parents" in [a.code for a in lesson.audiences.all()] for lesson in lessons)

    response = client.get(big_topic.url, {"tag": "游泳"})
    lessons = list(response.context["listing"].page)
    assert len(lessons) == 5 and all("游泳" in [t.name for t in lesson.tags.all()] for lesson in lessons)

    response = client.get(big_topic.url, {"audience": "parents", "tag": "游泳"})
    assert {lesson.slug for lesson in response.context["listing"].page} == {"extra-3", "extra-9"}


def test_topic_pages_are_paginated(client, big_topic):
    first = client.get(big_topic.url)
    second = client.get(big_topic.url, {"page": 2})
    assert len(first.context["listing"].page) == 12
    assert len(second.context["listing"].page) == 3
    assert client.get(big_topic.url, {"page": "999"}).status_code == 200


def test_unknown_filter_values_show_everything_with_a_notice(client, big_topic):
    response = client.get(big_topic.url, {"audience": "martians", "tag": "nope"})
    assert response.status_code == 200
    assert response.context["listing"].invalid_filter
    assert response.context["listing"].page.paginator.count == 15


def _lessons(topic, n, start=0):
    for i in range(start, start + n):
        LessonPageFactory(parent=topic, slug=f"budget-{i}", tag_names=[f"tag{i}"], audiences=["parents", "teachers"])


def test_topic_page_query_count_does_not_grow_with_lessons(
    client, lesson_tree, django_assert_max_num_queries, page_cache_off
):
    topic = lesson_tree["topic"]
    _lessons(topic, 3)
    client.get(topic.url)  # warm caches (site root, locales)
    with django_assert_max_num_queries(12) as few:
        client.get(topic.url)
    # Counted now: the query log is a bounded deque, and creating 30 lessons below rolls it over.
    few_count = len(few.captured_queries)
    _lessons(topic, 30, start=3)
    client.get(topic.url)  # publishing made the site lookup stale (cms.sites): warm it again
    with django_assert_max_num_queries(few_count):
        response = client.get(topic.url)
    assert len(response.context["listing"].page) == 12


def test_lesson_page_query_count_does_not_grow_with_lessons(
    client, lesson_tree, django_assert_max_num_queries, page_cache_off
):
    from courses.models import LessonRelatedLink

    topic, lesson = lesson_tree["topic"], lesson_tree["lesson"]
    _lessons(topic, 3)
    for i, other in enumerate(LessonPage.objects.exclude(pk=lesson.pk)[:3]):
        LessonRelatedLink.objects.create(page=lesson, lesson=other, sort_order=i)
    client.get(lesson.url)
    with django_assert_max_num_queries(12) as few:
        client.get(lesson.url)
    # Counted now: the query log is a bounded deque, and creating 30 lessons below rolls it over.
    few_count = len(few.captured_queries)
    _lessons(topic, 30, start=3)
    client.get(lesson.url)  # publishing made the site lookup stale (cms.sites): warm it again
    with django_assert_max_num_queries(few_count):
        response = client.get(lesson.url)
    assert len(response.context["related"]) == 3


def test_templates_render_without_a_request_context_error(lesson_tree, rf):
    html = render_to_string("cms/includes/pagination.html", {"page_obj": None, "request": rf.get("/")})
    assert html.strip() == ""


def test_topic_factory_pages_show_in_menus(lesson_tree):
    topic = TopicPageFactory(parent=lesson_tree["index"], slug="new-topic")
    assert topic.show_in_menus
