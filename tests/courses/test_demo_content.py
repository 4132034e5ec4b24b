"""The demo lessons keep the rules of courses/demo_content/SCHEMA.md, and every block accepts what they hold."""

import re
from collections import Counter

import pytest

from courses import demo_content
from courses.models import LessonPage
from courses.models.audience import AudienceCode

SPECS = [lesson for module in demo_content.topics() for lesson in module.LESSONS]
ALLOWED_TAGS = {"p", "b", "i", "ul", "ol", "li"}


def _html_tags(html: str) -> set[str]:
    return {tag.lower() for tag in re.findall(r"</?([a-zA-Z0-9]+)", html)}


def _shape(text: dict) -> tuple:
    """What the Chinese and English versions must share: block types in order, quiz questions and answers."""
    return (
        [kind for kind, _value in text["body"]],
        [(q["kind"], [c["correct"] for c in q["choices"]]) for q in text["quiz"]],
    )


@pytest.mark.parametrize("spec", SPECS, ids=[spec["slug"] for spec in SPECS])
def test_each_lesson_spec_keeps_the_schema(spec):
    slugs = [s["slug"] for s in SPECS]
    assert slugs.count(spec["slug"]) == 1 and re.fullmatch(r"[a-z0-9-]+", spec["slug"])
    assert spec["audiences"] and set(spec["audiences"]) <= set(AudienceCode.values)
    assert 5 <= spec["duration_minutes"] <= 240
    assert set(spec["related"]) <= set(slugs) - {spec["slug"]}
    assert _shape(spec["zh"]) == _shape(spec["en"])
    for lang in ("zh", "en"):
        text = spec[lang]
        assert text["title"] and text["summary"] and len(text["title"]) <= 255
        assert 2 <= len(text["objectives"]) <= 4 and 2 <= len(text["tags"]) <= 4
        kinds = Counter(kind for kind, _value in text["body"])
        assert kinds["key_points"] == kinds["do_dont"] == kinds["for_parents"] == 1, lang
        assert kinds["paragraph"] >= 1 and kinds["case_story"] >= 1, lang
        for kind, value in text["body"]:
            html = value if kind == "paragraph" else value.get("text", "") if isinstance(value, dict) else ""
            assert _html_tags(html) <= ALLOWED_TAGS, (lang, kind, _html_tags(html))
        assert 3 <= len(text["quiz"]) <= 5
        for question in text["quiz"]:
            correct = sum(choice["correct"] for choice in question["choices"])
            assert 3 <= len(question["choices"]) <= 4 and question["explanation"]
            assert correct == 1 if question["kind"] == "single" else correct >= 1


def test_every_demo_lesson_passes_its_blocks_validation(demo):
    lessons = LessonPage.objects.filter(slug__in=[spec["slug"] for spec in SPECS])
    assert lessons.count() == 2 * len(SPECS)
    for lesson in lessons:
        lesson.full_clean()
        for name in ("body", "quiz"):
            field = LessonPage._meta.get_field(name)
            field.stream_block.clean(getattr(lesson, name))
