from html import escape

import pytest
from django.utils import translation
from django.utils.translation import gettext

from courses.models import LessonPage
from courses.quiz import questions_from_stream
from tests.hostile import HOSTILE, long_chinese, one_line
from tests.pdf_text import pages, squeeze, story_text


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


LONG_TITLE = ("防溺水安全教育暑期六不准与家长监护责任" * 14)[:255]  # the most a page title holds


def handout_story(pdf_text: str) -> str:
    """The handout's text without page furniture or the do-and-don't header row repeated where the table runs on."""
    with translation.override("zh-hans"):
        return story_text(pdf_text, gettext("Do") + gettext("Don't"))


@pytest.mark.system_deps
def test_a_handout_with_the_longest_texts_the_editor_accepts_prints_them_whole(client, lesson_tree, pdftotext):
    from courses.factories import LessonPageFactory, quiz_question

    long = {
        "objective": long_chinese(2_000, "第{n}项目标：知道危险在哪里，"),
        "point": long_chinese(300, "第{n}条：不私自下水，"),  # a key point holds at most 300 characters
        "do": long_chinese(300, "第{n}个做法：大声呼救，"),
        "dont": long_chinese(300, "第{n}个禁忌：手拉手施救，"),
        "parents": long_chinese(10_000, "第{n}段：请家长履行监护责任，"),
        "question": long_chinese(2_000, "第{n}问：发现同伴落水怎么办，"),
        "explanation": long_chinese(10_000, "第{n}句解析：未成年人不要贸然下水施救，"),
    }
    lesson = LessonPageFactory(
        parent=lesson_tree["topic"],
        slug="long-handout-test",
        title=LONG_TITLE,
        objectives=long["objective"],
        body=[
            ("key_points", {"heading": "要点", "points": [long["point"], "不到不熟悉的水域游泳"]}),
            ("do_dont", {"dos": [long["do"], "拨打110"], "donts": [long["dont"]]}),
            ("for_parents", {"heading": "给家长的话", "text": f"<p>{long['parents']}</p>", "tips": ["了解去向"]}),
        ],
        quiz=[quiz_question(question=long["question"], explanation=long["explanation"])],
    )
    response = client.get(lesson.url + "handout/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    text = pdftotext(response.content)
    story = handout_story(text)
    for name, value in long.items():
        if name in ("do", "dont"):
            # Side by side: where their row runs over a page, each page holds a piece of both.
            assert squeeze(value[:30]) in story and squeeze(value[-30:]) in story, name
        else:
            assert squeeze(value) in story, name
    assert squeeze(LONG_TITLE) in squeeze(pages(text)[0])  # the title on page 1 wraps in full
    headers = [page.splitlines()[0] for page in pages(text)]
    assert len(headers) > 10
    assert all(h.startswith("护校安园课程讲义 · " + LONG_TITLE[:20]) and h.endswith("…") for h in headers), headers


@pytest.mark.system_deps
@pytest.mark.parametrize("value", list(HOSTILE), ids=range(len(HOSTILE)))
def test_hostile_text_in_every_field_of_a_handout_prints(client, lesson_tree, pdftotext, value):
    from courses.factories import LessonPageFactory, quiz_question

    line = one_line(value)
    lesson = LessonPageFactory(
        parent=lesson_tree["topic"],
        slug="hostile-handout-test",
        title=line[:255],
        summary=line[:500],
        objectives=value,
        body=[
            ("key_points", {"heading": line[:120], "points": [line[:300]]}),
            ("do_dont", {"dos": [line[:300]], "donts": [line[:300]]}),
            ("for_parents", {"heading": line[:120], "text": f"<p>{escape(value)}</p>", "tips": [line[:300]]}),
        ],
        quiz=[quiz_question(question=value, choices=[(line[:300], True), ("别的", False)], explanation=value)],
    )
    response = client.get(lesson.url + "handout/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    story = handout_story(pdftotext(response.content))
    for part in HOSTILE[value]:
        # In the objectives, the parents' text, the question and the explanation.
        assert story.count(squeeze(part)) >= 4, part
