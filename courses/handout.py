"""The printable A4 lesson handout: key points, do-and-don't list and the quiz, for teachers to print."""

import re
from html import unescape

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle
from wagtail.rich_text import RichText

from cms import pdf
from courses import quiz
from courses.models import LessonPage

LETTERS = "ABCDEFGH"  # QuizQuestionBlock allows at most 8 choices
DO_DONT = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e3f4e8")),
        ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#fbe4e4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def _plain(html: str) -> str:
    """Rich text as plain lines; strip_tags keeps entities, so "&amp;" must be turned back into "&"."""
    text = re.sub(r"</p>|<br\s*/?>", "\n", str(RichText(html)))
    return unescape(strip_tags(text)).strip()


def lesson_handout_render(*, lesson: LessonPage) -> bytes:
    """Render in the lesson's own language, whatever language the request came in."""
    with translation.override(lesson.locale.language_code):
        return _render(lesson)


def _render(lesson: LessonPage) -> bytes:
    s = pdf.styles()
    story = [pdf.text(lesson.title, s.title), pdf.text(lesson.summary, s.body)]
    meta = "  ·  ".join(
        [
            _("For: %(audiences)s") % {"audiences": "、".join(str(a) for a in lesson.audiences.all())},
            _("%(minutes)s minutes") % {"minutes": lesson.duration_minutes},
        ]
    )
    story.append(pdf.text(meta, s.small))

    if lesson.objective_list:
        story += [pdf.text(_("Learning objectives"), s.heading), pdf.bullets(lesson.objective_list)]

    for block in lesson.body:
        if block.block_type == "key_points":
            story += [pdf.text(block.value["heading"], s.heading), pdf.bullets(list(block.value["points"]))]
        elif block.block_type == "do_dont":
            story.append(pdf.text(_("Do and don't"), s.heading))
            rows = [[_("Do"), _("Don't")]]
            dos, donts = list(block.value["dos"]), list(block.value["donts"])
            for i in range(max(len(dos), len(donts))):
                rows.append(["✓ " + dos[i] if i < len(dos) else "", "✗ " + donts[i] if i < len(donts) else ""])
            story.append(pdf.table(rows, [87, 87], style=DO_DONT))
        elif block.block_type == "for_parents":
            story += [
                pdf.text(block.value["heading"], s.heading),
                *pdf.lines(_plain(block.value["text"].source), s.body),
            ]
            if block.value["tips"]:
                story.append(pdf.bullets(list(block.value["tips"])))

    questions = quiz.questions_from_stream(lesson.quiz)
    if questions:
        story.append(pdf.text(_("Self-check quiz"), s.heading))
        for q in questions:
            kind = _("choose all that apply") if q.multiple else _("choose one")
            story += pdf.lines(f"{q.number}. {q.text}（{kind}）", s.body)
            for letter, choice in zip(LETTERS, q.choices, strict=False):
                story.append(pdf.text(f"□ {letter}. {choice.text}", s.bullet))
            story.append(Spacer(1, 2 * mm))
        story.append(pdf.text(_("Answers"), s.heading))
        for q in questions:
            right = "".join(letter for letter, c in zip(LETTERS, q.choices, strict=False) if c.correct)
            story += pdf.lines(f"{q.number}. {right} — {q.explanation}", s.small)

    return pdf.render_a4(
        story=story,
        title=lesson.title,
        header=_("SafeCampus lesson handout") + " · " + lesson.title,
        footer=_("Print freely for teaching."),
    )
