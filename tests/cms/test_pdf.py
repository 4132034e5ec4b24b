import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from cms import pdf
from tests.hostile import HOSTILE, LONG_WORD, URL, long_chinese
from tests.pdf_text import pages, squeeze, story_text


@pytest.mark.system_deps
@pytest.mark.parametrize("clause", ["一二三", "一二三四", "一二三四五", "一二三四五六七"])
def test_chinese_lines_never_start_with_closing_punctuation(clause, pdftotext):
    s = pdf.styles()
    text = "".join(f"{clause}{mark}" for mark in "，；：！？）”" * 30)
    rendered = pdf.render_a4(story=[pdf.text(text, s.body)], title="t", header="h", footer="f")
    lines = [line for line in pdftotext(rendered).splitlines() if line.strip()]
    assert len(lines) > 10  # the paragraph really wrapped
    assert [line for line in lines if line[0] in "，；：！？）”"] == []


def test_a_line_that_fits_is_kept_and_a_long_one_is_shortened_with_an_ellipsis():
    font = pdf.body_font()
    assert pdf.fit_line("护校安园演练包 · 校门口持械闯入演练", width=pdf.WIDTH) == "护校安园演练包 · 校门口持械闯入演练"
    assert pdf.fit_line("  两行\n标题\t", width=pdf.WIDTH) == "两行 标题"
    for value in ("护" * 255, LONG_WORD, URL, "A " * 300):
        line = pdf.fit_line(value, width=pdf.WIDTH)
        assert line.endswith("…") and value.startswith(line[:-1])
        assert stringWidth(line, font, pdf.RUNNING_SIZE) <= pdf.WIDTH
        # As long as fits: one more character would not.
        longer = value[: len(line)].rstrip() + "…"
        assert stringWidth(longer, font, pdf.RUNNING_SIZE) > pdf.WIDTH or longer == line


@pytest.mark.system_deps
def test_a_table_row_taller_than_a_page_continues_on_the_next_pages(pdftotext):
    step = long_chinese(10_000)
    story = [
        pdf.text("前言", pdf.styles().body),
        pdf.table([["时间", "步骤"], ["0:00", "短的一步。"], ["0:05", step], ["0:10", "最后一步。"]], [18, 156]),
        pdf.text("后记", pdf.styles().body),
    ]
    text = pdftotext(pdf.render_a4(story=story, title="t", header="页眉", footer="页脚"))
    assert len(pages(text)) >= 5
    assert all(page.count("时间 步骤") == 1 for page in pages(text)[:-1])  # the header row repeats on every page
    # Every character, in order, with nothing lost where the row breaks between pages.
    assert story_text(text, "时间 步骤") == f"前言0:00短的一步。0:05{step}0:10最后一步。后记"


@pytest.mark.system_deps
def test_words_without_break_opportunities_wrap_inside_the_page(pdftotext):
    s = pdf.styles()
    for word in (LONG_WORD * 5, URL):
        story = [pdf.text(word, s.title), pdf.table([["左列", "右列"], ["旁边", word]], [18, 156]), pdf.bullets([word])]
        text = pdftotext(pdf.render_a4(story=story, title=word, header=word, footer=word))
        header, footer = text.splitlines()[:2]
        assert header.endswith("…") and word.startswith(header[:-1])
        assert footer.endswith("… 1") and word.startswith(footer[:-3])
        assert story_text(text, "左列 右列") == f"{word}旁边{word}{word}"


@pytest.mark.system_deps
@pytest.mark.parametrize("value", list(HOSTILE), ids=range(len(HOSTILE)))
def test_hostile_text_prints_as_typed(value, pdftotext):
    s = pdf.styles()
    story = [pdf.text(value, s.title), pdf.table([["表头"], [value]], [174]), pdf.bullets([value])]
    text = pdftotext(pdf.render_a4(story=story, title=value, header=value, footer=value))
    header, footer = text.splitlines()[:2]
    shown = story_text(text, "表头")
    for part in HOSTILE[value]:
        assert shown.count(squeeze(part)) == 3, part  # the title, the table cell and the bullet
        if not header.endswith("…"):
            assert squeeze(part) in squeeze(header) and squeeze(part) in squeeze(footer)
