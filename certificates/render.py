"""The certificate as a PDF: A4 landscape, in the certificate's language, with embedded fonts and a QR code.

Fonts. Every run of text is drawn, character by character, in the first configured font that has the glyph
(certificates.fonts: wqy-zenhei, then HanaMinA and HanaMinB by default), so rare characters (龘, 堃, 昇), Extension B
(𠮷 U+20BB7) and the middle dot of minority names (·) all print. The fonts are embedded as TrueType subsets of the
glyphs used. They are parsed and registered with reportlab once per process and per font list.

Text extraction. reportlab 5.1 writes each subset's ToUnicode CMap with "<%04X>", so a code point above U+FFFF
comes out as five hex digits (<20BB7>), which readers cut to U+20BB '₻'. CertificateTTFont rewrites those CMaps
with UTF-16 surrogate pairs (<D842DFB7>), as the PDF specification asks, right after reportlab has built them
(see CertificateTTFont.addObjects). pdftotext, and copy and paste, then give the name back exactly.

User text (name, statement, issuer, details, revocation reason) is escaped before it reaches Paragraph markup.
"""

import math
import mmap
from dataclasses import dataclass, field
from functools import lru_cache
from io import BytesIO
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Paragraph, Spacer, Table, TableStyle

from certificates import fonts
from certificates.links import verify_url
from certificates.models import Certificate
from cms.pdf import printable  # importing cms.pdf also teaches reportlab Chinese line-breaking rules

PAGE = landscape(A4)
INK = colors.HexColor("#1f2d3d")
ACCENT = colors.HexColor("#8c1d18")  # the deep red of Chinese certificates
GOLD = colors.HexColor("#b08d3c")
GREY = colors.HexColor("#555555")
FONT_PREFIX = "SafeCampusCertificate"
# QR codes: error correction level M (15 % of the code may be smudged), and a fixed mask pattern. Choosing the
# "best" of the eight masks costs about 20 ms in reportlab's pure-Python encoder, the whole budget of a
# certificate; every mask is valid and readers take it from the code's format bits.
QR_LEVEL = "M"
QR_MASK = 2

# The Reed-Solomon generator polynomial of a QR block depends only on its number of error correction codewords,
# yet reportlab's encoder multiplies it out again for every block of every code (about 5 ms a certificate).
# Remember it: a pure function of one small integer, so this changes no output anywhere reportlab makes QR codes.
if not hasattr(qrencoder.QRUtil.getErrorCorrectPolynomial, "cache_info"):
    qrencoder.QRUtil.getErrorCorrectPolynomial = staticmethod(
        lru_cache(maxsize=64)(qrencoder.QRUtil.getErrorCorrectPolynomial)
    )


# Fonts --------------------------------------------------------------------------------------------------------
def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one 256-glyph subset (codes 00..FF to code points), with UTF-16BE surrogate pairs for
    code points above U+FFFF (PDF 32000-1:2008, 9.10.3): reportlab's own writes them as five hex digits."""

    def utf16(code: int) -> str:
        return "".join(f"{unit:04X}" for unit in _utf16_units(code))

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _utf16_units(code: int) -> tuple[int, ...]:
    if code <= 0xFFFF:
        return (code,)
    code -= 0x10000
    return (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


class _Slices:
    """Bytes on demand: `table[a:b]` copies just that slice of a font table."""

    __slots__ = ("view",)

    def __init__(self, view: memoryview):
        self.view = view

    def __getitem__(self, index) -> bytes:
        return bytes(self.view[index])

    def __len__(self) -> int:
        return len(self.view)


class CertificateTTFont(TTFont):
    """reportlab's TTFont, with ToUnicode CMaps that map characters outside the BMP correctly.

    TTFont.addObjects (reportlab 5.1) builds, for each subset, the font, its descriptor, the embedded subset and
    the ToUnicode stream, registered in the document as "toUnicodeCMap:<base font name>". We let it do all of
    that and then replace the content of the streams of subsets that hold such characters, before the document
    is written. tests/certificates/test_render.py notices if reportlab changes this.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # makeSubset slices the glyphs it needs out of the 'glyf' table, which TTFontFile.get_table copies out of
        # the whole font file first: 10-20 MB per font and per document here. Hand it a view that copies only the
        # slices asked for.
        face = self.face
        whole = memoryview(face._ttf_data)
        copy_table = face.get_table

        def get_table(tag):
            if tag != "glyf":
                return copy_table(tag)
            position, length = face.get_table_pos(tag)
            return _Slices(whole[position : position + length])

        face.get_table = get_table

    def addObjects(self, doc):
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if max(subset, default=0) <= 0xFFFF:
                continue
            base = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + base].content = to_unicode_cmap(base, subset)


@dataclass(frozen=True)
class FontSet:
    paths: tuple[str, ...]  # the font files, in order of preference
    names: tuple[str, ...]  # their registered reportlab font names
    charmaps: tuple[dict, ...]  # code point -> glyph, for each
    _chosen: dict = field(default_factory=dict, compare=False, hash=False, repr=False)  # char -> font name

    def font_for(self, char: str) -> str:
        """certificates.fonts.font_for on the registered fonts: the first that has the glyph (else the first,
        which draws its 'missing' glyph: certificate_issue refuses names with such characters)."""
        code = ord(char)
        for name, charmap in zip(self.names, self.charmaps, strict=True):
            if code in charmap:
                return name
        return self.names[0]

    def runs(self, value: str) -> list[tuple[str, str]]:
        """`value` cut into runs of one font each: [(font name, text), ...]."""
        result: list[tuple[str, str]] = []
        chosen = self._chosen
        for char in value:
            font = chosen.get(char)
            if font is None:
                font = chosen[char] = self.font_for(char)
            if result and result[-1][0] == font:
                result[-1] = (font, result[-1][1] + char)
            else:
                result.append((font, char))
        return result

    def width(self, value: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(text, font, size) for font, text in self.runs(value))

    def markup(self, value: str) -> str:
        """Paragraph markup for plain text: escaped, each run in its font, line breaks kept."""
        return "".join(
            f'<font face="{font}">{escape(text).replace(chr(10), "<br/>")}</font>' for font, text in self.runs(value)
        )


class _MappedFont:
    """A font file for reportlab's TTFontFile, which takes anything with read() and keeps what it returns: here the
    file mapped into memory, not 17-31 MB read into bytes. Only the tables parsed and the glyphs embedded are ever
    paged in, and the pages are the system's file cache, shared by every process."""

    def __init__(self, path: str):
        self.name = path
        with open(path, "rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)

    def read(self) -> mmap.mmap:
        return self._map


@lru_cache(maxsize=4)
def _font_set(paths: tuple[str, ...]) -> FontSet:
    names = []
    charmaps = []
    for index, path in enumerate(paths):
        name = f"{FONT_PREFIX}{index}-{abs(hash(path)) % 10**8}"
        # asciiReadable=False: subsets hold the glyphs used and nothing else (not all of ASCII).
        font = CertificateTTFont(name, _MappedFont(path), subfontIndex=0, asciiReadable=False)
        pdfmetrics.registerFont(font)
        names.append(name)
        charmaps.append(font.face.charToGlyph)
    return FontSet(paths, tuple(names), tuple(charmaps))


def font_set() -> FontSet:
    """The configured certificate fonts, parsed and registered once per process (per font list)."""
    paths = tuple(str(path) for path in fonts.configured_fonts())
    if not paths:
        raise RuntimeError("No certificate font is installed: see CERTIFICATE_FONTS in docs/deploy.md.")
    return _font_set(paths)


# QR code ------------------------------------------------------------------------------------------------------
def qr_payload(certificate: Certificate) -> str:
    """What the QR code says: the verification address, exactly."""
    return verify_url(certificate.code)


def qr_widget(certificate: Certificate) -> QrCodeWidget:
    """The QR code drawn on the certificate (its `value` is qr_payload)."""
    return QrCodeWidget(qr_payload(certificate), barLevel=QR_LEVEL, barBorder=0)


def qr_modules(widget: QrCodeWidget) -> list[list[bool]]:
    """The widget's modules (True is dark), encoded with the fixed mask QR_MASK."""
    qr: qrencoder.QRCode = widget.qr
    if qr.modules is None:
        if qr.version is None:
            qr.version = qr.calculate_version()
        qr.makeImpl(False, QR_MASK)
    return qr.modules


def _draw_qr(canvas: Canvas, widget: QrCodeWidget, x: float, y: float, size: float) -> None:
    """The modules as one filled path, in module units (a rectangle per run of dark modules in a row). reportlab's
    widget makes a shape object per run and formats every number in Python: about 30 ms a code."""
    modules = qr_modules(widget)
    count = len(modules)
    operators = []
    for row_index, row in enumerate(modules):
        # A hair taller than a module, so that viewers show no seams between rows.
        bottom = f"{count - 1 - row_index - 0.03:.2f}"
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                operators.append(f"{start} {bottom} {column - start} 1.03 re")
            else:
                column += 1
    canvas.saveState()
    canvas.setFillColor(colors.black)
    box = size / count
    canvas.transform(box, 0, 0, box, x, y)
    canvas.addLiteral("\n".join(operators) + "\nf")
    canvas.restoreState()


# Drawing helpers ----------------------------------------------------------------------------------------------
def _one_line(value: str) -> str:
    return " ".join(printable(value).split())


def _draw_line(
    canvas: Canvas, fontset: FontSet, value: str, *, x: float, y: float, size: float, align: str = "left"
) -> float:
    """Draw one line of plain text in its fonts (one text object, so readers see one line). Returns its width."""
    runs = fontset.runs(value)
    width = sum(pdfmetrics.stringWidth(text, font, size) for font, text in runs)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    text_object = canvas.beginText(x, y)
    for font, text in runs:
        text_object.setFont(font, size)
        text_object.textOut(text)
    canvas.drawText(text_object)
    return width


def _fitting_size(fontset: FontSet, value: str, *, size: float, smallest: float, width: float) -> float:
    """The largest font size from `size` down to `smallest` at which `value` fits in `width`."""
    natural = fontset.width(value, size)
    if natural <= width:
        return size
    return max(smallest, size * width / natural)


def _fit(fontset: FontSet, value: str, *, size: float, width: float) -> str:
    """`value` shortened with an ellipsis to fit `width` at `size`."""
    if fontset.width(value, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if fontset.width(value[:middle].rstrip() + "…", size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


def _date(value, language: str) -> str:
    if language.startswith("zh"):
        return f"{value.year}年{value.month}月{value.day}日"
    return date_format(value, "j F Y")


def serial(certificate: Certificate) -> str:
    """The certificate's number as printed: its primary key, six digits at least (000123)."""
    return f"{certificate.pk:06d}" if certificate.pk is not None else ""


@dataclass(frozen=True)
class _Styles:
    statement: ParagraphStyle
    cell: ParagraphStyle
    banner: ParagraphStyle


@lru_cache(maxsize=4)
def _styles(font: str) -> _Styles:
    statement = ParagraphStyle(
        "certificate-statement",
        fontName=font,
        fontSize=14,
        leading=22,
        alignment=TA_CENTER,
        wordWrap="CJK",
        textColor=INK,
    )
    return _Styles(
        statement=statement,
        cell=ParagraphStyle("certificate-cell", parent=statement, fontSize=10, leading=13, alignment=0),
        banner=ParagraphStyle("certificate-banner", parent=statement, fontSize=10, leading=13, textColor=ACCENT),
    )


DETAILS_STYLE = TableStyle(
    [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, GOLD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GOLD),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
)


def _details_table(fontset: FontSet, rows: list, style: ParagraphStyle, width: float) -> Table | None:
    cells = []
    for row in rows or []:
        if not isinstance(row, list | tuple) or not row:
            continue
        label = printable(str(row[0]))
        value = printable(" ".join(str(part) for part in row[1:]))
        cells.append([Paragraph(fontset.markup(label), style), Paragraph(fontset.markup(value), style)])
    if not cells:
        return None
    table = Table(cells, colWidths=[width * 0.62, width * 0.38], hAlign="CENTER")
    table.setStyle(DETAILS_STYLE)
    # Tables set their cells' font even for paragraphs: without this, a non-embedded Helvetica in the file.
    table.setStyle([("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize)])
    return table


# The page -----------------------------------------------------------------------------------------------------
def _frame(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(12.5 * mm, 12.5 * mm, width - 25 * mm, height - 25 * mm)
    # Corner ornaments: a small gold diamond in each inner corner.
    canvas.setFillColor(GOLD)
    for cx, cy in ((12.5 * mm, 12.5 * mm), (width - 12.5 * mm, 12.5 * mm), (12.5 * mm, height - 12.5 * mm)):
        _diamond(canvas, cx, cy, 3 * mm)
    _diamond(canvas, width - 12.5 * mm, height - 12.5 * mm, 3 * mm)
    canvas.restoreState()


def _diamond(canvas: Canvas, cx: float, cy: float, r: float) -> None:
    path = canvas.beginPath()
    path.moveTo(cx, cy + r)
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy - r)
    path.lineTo(cx - r, cy)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _rule(canvas: Canvas, y: float, half_width: float) -> None:
    """A gold rule with a diamond in its middle, under the title."""
    centre = PAGE[0] / 2
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setFillColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(centre - half_width, y, centre - 4 * mm, y)
    canvas.line(centre + 4 * mm, y, centre + half_width, y)
    _diamond(canvas, centre, y, 1.8 * mm)
    canvas.restoreState()


def _seal(canvas: Canvas, fontset: FontSet, cx: float, cy: float, radius: float, words: str) -> None:
    """A round emblem in seal red, stamped over the issuer and the date as a seal would be: two rings, a star, and
    the campaign's name. (It is the platform's emblem, not the issuer's seal.)"""
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setFillColor(ACCENT)
    canvas.setStrokeAlpha(0.6)
    canvas.setFillAlpha(0.6)
    canvas.setLineWidth(1.8)
    canvas.circle(cx, cy, radius)
    canvas.setLineWidth(0.5)
    canvas.circle(cx, cy, radius - 1.8 * mm)
    star = canvas.beginPath()
    outer, inner = radius * 0.36, radius * 0.145
    for point in range(10):
        r = outer if point % 2 == 0 else inner
        angle = math.pi / 2 + point * math.pi / 5
        (star.moveTo if point == 0 else star.lineTo)(cx + r * math.cos(angle), cy + radius * 0.12 + r * math.sin(angle))
    star.close()
    canvas.drawPath(star, stroke=0, fill=1)
    size = _fitting_size(fontset, words, size=8, smallest=4, width=radius * 1.3)
    _draw_line(canvas, fontset, words, x=cx, y=cy - radius * 0.52, size=size, align="centre")
    canvas.restoreState()


def _revoked(canvas: Canvas, fontset: FontSet, certificate: Certificate, styles: _Styles) -> None:
    """Across the page, a large pale 'revoked'; at the top, when and why."""
    width, height = PAGE
    word = _("REVOKED")
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#c0392b"))
    canvas.setFillAlpha(0.22)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(24)
    size = _fitting_size(fontset, word, size=130, smallest=40, width=width * 0.85)
    _draw_line(canvas, fontset, word, x=0, y=-size * 0.35, size=size, align="centre")
    canvas.restoreState()
    when = _date(timezone.localtime(certificate.revoked_at), certificate.language)
    note = _("This certificate was revoked on %(date)s and is no longer valid. Reason: %(reason)s") % {
        "date": when,
        "reason": _one_line(certificate.revoke_reason) or "—",
    }
    banner = Paragraph(fontset.markup(note), styles.banner)
    box = KeepInFrame(width - 60 * mm, 10 * mm, [banner], mode="shrink")
    _w, h = box.wrapOn(canvas, width - 60 * mm, 10 * mm)
    box.drawOn(canvas, 30 * mm, height - 14.5 * mm - h)


def certificate_pdf(*, certificate: Certificate) -> bytes:
    """The certificate as an A4 landscape PDF in its language. A revoked certificate is still drawn (an
    administrator may download it), marked as revoked across the page."""
    fontset = font_set()
    buffer = BytesIO()
    with override(certificate.language):
        # The first certificate font as the initial one: no built-in Helvetica, every font in the file embedded.
        canvas = Canvas(buffer, pagesize=PAGE, initialFontName=fontset.names[0], pageCompression=1)
        _draw_page(canvas, certificate, fontset)
        canvas.showPage()
        _binary_page_streams(canvas)
        canvas.save()
    return buffer.getvalue()


def _binary_page_streams(canvas: Canvas) -> None:
    """Compressed page streams without ASCII85, reportlab's default text encoding of them: a fifth smaller, and its
    pure-Python encoder took about 5 ms a certificate. reportlab (5.1) builds a page's stream object when it writes
    the file, from the global rl_config.useA85, unless the page already has one: give each page its own. (The
    font streams are never ASCII85-encoded.)"""
    for page in canvas._doc.Pages.pages:
        if not page.Contents and page.stream:
            contents = pdfdoc.PDFStream()
            contents.filters = [pdfdoc.PDFZCompress]
            contents.content = page.stream
            page.Contents = contents


def _draw_page(canvas: Canvas, certificate: Certificate, fontset: FontSet) -> None:
    styles = _styles(fontset.names[0])
    width, height = PAGE
    centre = width / 2
    canvas.setTitle(_one_line(certificate.title))
    canvas.setAuthor(_one_line(certificate.issuer))
    canvas.setSubject(_("Certificate"))
    canvas.setCreator("SafeCampus")
    _frame(canvas)

    # Title, and the words that introduce the name.
    canvas.setFillColor(ACCENT)
    title = _one_line(certificate.title)
    size = _fitting_size(fontset, title, size=34, smallest=16, width=width - 70 * mm)
    _draw_line(canvas, fontset, _fit(fontset, title, size=size, width=width - 70 * mm), x=centre,
               y=height - 45 * mm, size=size, align="centre")  # fmt: skip
    _rule(canvas, height - 52 * mm, 55 * mm)
    canvas.setFillColor(GREY)
    _draw_line(canvas, fontset, _("This is to certify that"), x=centre, y=height - 64 * mm, size=13, align="centre")

    # The holder's name, large, on a line.
    canvas.setFillColor(INK)
    name = _one_line(certificate.holder_name)
    # A long name (up to 100 characters) gets smaller, down to 7 points, rather than leave the page.
    size = _fitting_size(fontset, name, size=32, smallest=7, width=width - 50 * mm)
    name_width = _draw_line(canvas, fontset, name, x=centre, y=height - 82 * mm, size=size, align="centre")
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.6)
    half = max(name_width / 2 + 12 * mm, 50 * mm)
    canvas.line(centre - half, height - 85 * mm, centre + half, height - 85 * mm)

    # What it certifies: the statement and the details rows, shrunk if need be to the space there is.
    box_width, top, bottom = width - 90 * mm, height - 92 * mm, 62 * mm
    story = [Paragraph(fontset.markup(printable(certificate.statement).strip()), styles.statement)]
    table = _details_table(fontset, certificate.details, styles.cell, min(box_width, 170 * mm))
    if table is not None:
        story += [Spacer(1, 3 * mm), table]
    box = KeepInFrame(box_width, top - bottom, story, mode="shrink", hAlign="CENTER")
    _w, h = box.wrapOn(canvas, box_width, top - bottom)
    box.drawOn(canvas, centre - box_width / 2, top - h - (top - bottom - h) / 3)  # a little above the middle

    # Bottom left: the QR code, and beside it the number, the verification code and the address.
    qr_size = 30 * mm
    qr_x, qr_y = 22 * mm, 20 * mm
    _draw_qr(canvas, qr_widget(certificate), qr_x, qr_y, qr_size)
    text_x = qr_x + qr_size + 5 * mm
    canvas.setFillColor(INK)
    number = serial(certificate)
    lines = []
    if number:
        lines.append((_("No. %(serial)s") % {"serial": number}, 10))
    lines.append((_("Verification code: %(code)s") % {"code": certificate.grouped_code}, 10))
    lines.append((_("Scan the QR code or visit this address to verify:"), 8.5))
    url = qr_payload(certificate)
    lines.append((url.split("://", 1)[-1], 8.5))
    y = qr_y + qr_size - 9
    for line, line_size in lines:
        _draw_line(canvas, fontset, line, x=text_x, y=y, size=line_size)
        y -= line_size + 5.5

    # Bottom right: the issuer, the date (and the expiry), with the emblem over them as a seal would be.
    right = width - 28 * mm
    issuer = _one_line(certificate.issuer)
    issuer_size = _fitting_size(fontset, issuer, size=14, smallest=8, width=110 * mm)
    issuer = _fit(fontset, issuer, size=issuer_size, width=110 * mm)
    canvas.setFillColor(INK)
    issuer_width = _draw_line(canvas, fontset, issuer, x=right, y=40 * mm, size=issuer_size, align="right")
    issued = _date(timezone.localtime(certificate.issued_at), certificate.language)
    issued_width = _draw_line(canvas, fontset, issued, x=right, y=32 * mm, size=11, align="right")
    if certificate.expires_on:
        valid = _("Valid until %(date)s") % {"date": _date(certificate.expires_on, certificate.language)}
        canvas.setFillColor(GREY)
        _draw_line(canvas, fontset, valid, x=right, y=25 * mm, size=9, align="right")
    _seal(canvas, fontset, right - min(max(issuer_width, issued_width), 60 * mm) / 2, 37 * mm, 15 * mm,
          _("SAFE CAMPUS"))  # fmt: skip

    if certificate.is_revoked:
        _revoked(canvas, fontset, certificate, styles)
