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
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate
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


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: reportlab reads its input as markup)."""
    return Paragraph(escape(value or "").replace("\n", "<br/>"), style)


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


def render_a4(*, story: list, title: str, header: str, footer: str, author: str = "SafeCampus") -> bytes:
    """Lay out flowables on A4 with a running header and 'footer · page N' on every page."""
    buffer = BytesIO()
    font = body_font()

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        width, height = A4
        canvas.drawString(18 * mm, height - 12 * mm, header)
        canvas.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(width - 18 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
