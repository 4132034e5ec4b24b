import pytest

from cms import pdf


@pytest.mark.system_deps
@pytest.mark.parametrize("clause", ["一二三", "一二三四", "一二三四五", "一二三四五六七"])
def test_chinese_lines_never_start_with_closing_punctuation(clause, pdftotext):
    s = pdf.styles()
    text = "".join(f"{clause}{mark}" for mark in "，；：！？）”" * 30)
    rendered = pdf.render_a4(story=[pdf.text(text, s.body)], title="t", header="h", footer="f")
    lines = [line for line in pdftotext(rendered).splitlines() if line.strip()]
    assert len(lines) > 10  # the paragraph really wrapped
    assert [line for line in lines if line[0] in "，；：！？）”"] == []
