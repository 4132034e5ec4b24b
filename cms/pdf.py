"""A4 documents with Chinese text, shared by handouts, drill packs and certificates.

Chinese needs an embedded TrueType font so that every reader shows it and pdftotext gives the text back.
We look for one (PDF_CJK_FONT, then common system fonts); without one we fall back to reportlab's built-in
STSong-Light CID font, which viewers substitute but which is not embedded.
"""

from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings
from reportlab.lib import colors
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

# TrueType (glyf) CJK fonts reportlab can embed. Noto CJK ships CFF outlines, which reportlab cannot embed.
CJK_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
]
# Chinese typesetting never starts a line with closing punctuation (标点禁则). reportlab's CJK wrap hangs such
# a character in the margin instead of breaking before it, but its list is Japanese-centred and misses the
# full-width comma, semicolon, colon, marks and closing quotes that Chinese text uses all the time.
CHINESE_CANNOT_START = "，；：！？）》〉】』」”’…·%"
# Both wrapping paths read the list: textsplit for one-run paragraphs, paragraph for mixed runs.
for _module in (rl_textsplit, rl_paragraph):
    _module.ALL_CANNOT_START = "".join(dict.fromkeys(_module.ALL_CANNOT_START + CHINESE_CANNOT_START))

FALLBACK_FONT = "STSong-Light"
FONT_NAME = "SafeCampusCJK"

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN  # the text width every document lays out in
RUNNING_SIZE = 8.5  # font size of the running header and footer
ELLIPSIS = "…"
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


def find_cjk_font() -> Path | None:
    configured = getattr(settings, "PDF_CJK_FONT", "")
    for candidate in ([configured] if configured else []) + CJK_FONT_CANDIDATES:
        path = Path(candidate)
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def body_font() -> str:
    """Register the CJK font once per process and return its name."""
    path = find_cjk_font()
    if path is None:
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
        return FALLBACK_FONT
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    font = body_font()
    # wordWrap="CJK" breaks between any two Chinese characters, as Chinese typesetting does.
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK", alignment=TA_LEFT)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontSize=18, leading=24, spaceAfter=6),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontSize=13,
            leading=18,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor("#0b4f8a"),
        ),
        body=ParagraphStyle("para", parent=base, spaceAfter=4),
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=colors.HexColor("#555555")),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=2, spaceAfter=2),
    )


# Control characters have no glyph: printed, they come out as boxes or gaps depending on the viewer. The ones
# that separate words become a space, the rest are dropped; line breaks are kept.
CONTROLS = {c: " " if chr(c).isspace() else None for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) != "\n"}


def printable(value: str) -> str:
    """Plain text as it should print: every kind of line break as one newline, and no control characters."""
    return (value or "").replace("\r\n", "\n").replace("\r", "\n").translate(CONTROLS)


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: reportlab reads its input as markup)."""
    return Paragraph(escape(printable(value)).replace("\n", "<br/>"), style)


def lines(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Free text an editor typed in a text area: a paragraph for each line, and a blank line's height for each
    blank line.

    A paragraph holding line breaks is wrapped character by character, again on every page it is split over:
    a timeline step of 10,000 characters took seconds. A paragraph without breaks takes reportlab's fast path.
    """
    rows = printable(value).strip("\n").split("\n")
    if not any(row.strip() for row in rows):
        return [Paragraph("", style)]
    return [Paragraph(escape(row), style) if row.strip() else Spacer(1, style.leading) for row in rows]


def bullets(items: list[str]) -> ListFlowable:
    """A bulleted list of plain-text items, as handouts and drill packs print objectives and rules."""
    style = styles().bullet
    return ListFlowable(
        [ListItem(text(item, style), leftIndent=12) for item in items],
        bulletType="bullet",
        bulletFontName=body_font(),
        start="•",
        leftIndent=12,
    )


class BreakableTable(Table):
    """A table whose rows may continue on the next page (splitInRow), while rows that fit on a page stay whole.

    reportlab tries to break between rows first. A row taller than a page after rows that fit is then pushed
    below them and broken there, under a second copy of the header row in the middle of the page. Such a row is
    broken where it starts instead. (This uses Table's own split helpers, as of reportlab 5.x; the tests in
    tests/cms/test_pdf.py notice if they change.)
    """

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        fitting = self._getFirstPossibleSplitRowPosition(availHeight)
        page = self._getPossibleHeight(availHeight)  # the height of a whole frame
        if fitting < len(heights) and sum(heights[: self.repeatRows]) + heights[fitting] > page:
            parts = self._splitRows(availHeight, doInRowSplit=1)
            if parts:
                return parts
        return super().split(availWidth, availHeight)


def table(
    rows: list[list], widths_mm: list[float], *, style: TableStyle = GRID, min_row_heights: list[float] | None = None
) -> Table:
    """A table of plain-text (or flowable) cells under a header row that repeats on every page.

    Editors may write a cell longer than a page (a timeline step of a few thousand characters): such a row
    continues on the next page, where reportlab would otherwise stop the whole document with a LayoutError.
    """
    body = styles().body
    cells = [[lines(cell, body) if isinstance(cell, str) else cell for cell in row] for row in rows]
    result = BreakableTable(
        cells,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1,
        splitInRow=1,
        minRowHeights=min_row_heights,
    )
    result.setStyle(style)
    return result


def fit_line(value: str, *, width: float, font: str | None = None, size: float = RUNNING_SIZE) -> str:
    """One line of text no wider than `width` points, shortened with an ellipsis if it has to be.

    The running header and footer are drawn straight onto the page, which neither wraps nor clips: a long
    title would run off the paper.
    """
    font = font or body_font()
    value = " ".join(printable(value).split())  # a header is one line, whatever white space the title holds
    if pdfmetrics.stringWidth(value, font, size) <= width:
        return value
    # The longest start of the text that still fits with the ellipsis after it.
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(value[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + ELLIPSIS


def render_a4(*, story: list, title: str, header: str, footer: str, author: str = "SafeCampus") -> bytes:
    """Lay out flowables on A4 with a running header and 'footer · page N' on every page."""
    buffer = BytesIO()
    font = body_font()

    header_line = fit_line(header, width=WIDTH, font=font)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, RUNNING_SIZE)
        canvas.setFillColor(colors.HexColor("#555555"))
        width, height = A4
        page = str(doc.page)
        # The footer leaves room for the page number at the right.
        room = WIDTH - pdfmetrics.stringWidth(page, font, RUNNING_SIZE) - 6 * mm
        canvas.drawString(MARGIN, height - 12 * mm, header_line)
        canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        canvas.drawString(MARGIN, 10 * mm, fit_line(footer, width=room, font=font))
        canvas.drawRightString(width - MARGIN, 10 * mm, page)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
