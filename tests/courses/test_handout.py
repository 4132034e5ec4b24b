import re

import pytest

from courses.models import LessonPage
from courses.quiz import questions_from_stream


def squeeze(text: str) -> str:
    """pdftotext breaks wrapped lines where the layout did; compare text without white space."""
    return re.sub(r"\s+", "", text)


def test_handout_is_an_a4_pdf(client, lesson_tree):
    response = client.get(lesson_tree["lesson"].url + "handout/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in response.content


@pytest.mark.system_deps
def test_chinese_handout_text_comes_back_exactly(client, demo, pdftotext):
    lesson = LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")
    text = squeeze(pdftotext(client.get(lesson.url + "handout/").content))
    assert squeeze(lesson.title) in text
    for block in lesson.body:
        if block.block_type == "key_points":
            for point in block.value["points"]:
                assert squeeze(point) in text
        if block.block_type == "do_dont":
            for item in [*block.value["dos"], *block.value["donts"]]:
                assert squeeze(item) in text
    for question in questions_from_stream(lesson.quiz):
        assert squeeze(question.text) in text
        for choice in question.choices:
            assert squeeze(choice.text) in text


@pytest.mark.system_deps
def test_english_handout_is_in_english(client, demo, pdftotext):
    lesson = LessonPage.objects.get(slug="summer-six-donts", locale__language_code="en")
    raw = pdftotext(client.get(lesson.url + "handout/").content)
    assert "Self-check quiz" in raw
    assert squeeze(lesson.title) in squeeze(raw)


@pytest.mark.system_deps
def test_long_chinese_lines_wrap_inside_the_page(client, lesson_tree, pdftotext):
    from courses.factories import LessonPageFactory

    long_point = "暑假期间不私自下水游泳" * 12
    lesson = LessonPageFactory(
        parent=lesson_tree["topic"],
        slug="long",
        body=[("key_points", {"heading": "要点", "points": [long_point]})],
    )
    raw = pdftotext(client.get(lesson.url + "handout/").content)
    lines_with_point = [line for line in raw.splitlines() if "暑假期间" in line or "下水游泳" in line]
    assert len(lines_with_point) >= 3  # wrapped over several lines, not cut off at the margin
    assert squeeze(long_point) in squeeze(raw)
