"""The certificate PDF: every name prints and extracts back exactly (rare and non-BMP characters too), the fonts
are embedded, user text stays literal, the QR code says the verification address, both languages, revocation."""

import datetime
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext, override
from reportlab.pdfbase import pdfmetrics

from certificates import fonts, render, services
from certificates.links import verify_url
from certificates.models import Certificate
from tests.conftest import require_system

ISSUED = timezone.make_aware(datetime.datetime(2025, 10, 10, 15, 0))
# Unicode 13's CJK Extension G: no configured font (wqy-zenhei, HanaMinA, HanaMinB) has its first character.
UNCOVERED = "\U00030000"


@pytest.fixture(autouse=True)
def certificate_fonts():
    paths = [Path(p) for p in fonts.DEFAULT_FONTS]
    require_system("fonts-wqy-zenhei and fonts-hanazono", all(path.is_file() for path in paths))


def certificate(**overrides) -> Certificate:
    fields = {
        "pk": 123,
        "kind": "session",
        "code": "ABCDEFGHJKMNPQRSTUVW",
        "subject_key": "test.session:1",
        "holder_key": "test.holder:1",
        "holder_name": "张伟",
        "language": "zh-hans",
        "title": "授课证明",
        "statement": "于2025年10月10日在北京市东城区东华门小学讲授防溺水1课时。",
        "issuer": "北京市东城区东华门小学",
        "issued_at": ISSUED,
    }
    return Certificate(**{**fields, **overrides})


def text_lines(pdftotext, pdf: bytes) -> list[str]:
    return [line.strip() for line in pdftotext(pdf).splitlines()]


@pytest.mark.parametrize(
    "name",
    ["𠮷田", "龘", "堃", "昇", "阿卜杜·热合曼", "𠮷田 龘堃昇", "Zoë O'Brien-Smith", "Nguyễn Thị Minh Khai"],
)
def test_every_name_extracts_back_exactly(pdftotext, name):
    pdf = render.certificate_pdf(certificate=certificate(holder_name=name))
    assert pdf.startswith(b"%PDF")
    assert name in text_lines(pdftotext, pdf)


def test_each_character_is_drawn_in_the_first_font_that_has_it():
    fontset = render.font_set()
    for char in "𠮷田龘堃昇阿·A":
        assert fonts.font_for(char) is not None
        assert fontset.paths[fontset.names.index(fontset.font_for(char))] == str(fonts.font_for(char))
    # 𠮷 is not in wqy-zenhei: the name uses two fonts, side by side.
    assert [font for font, _text in fontset.runs("𠮷田")] == [fontset.font_for("𠮷"), fontset.font_for("田")]
    assert fontset.font_for("𠮷") != fontset.font_for("田")


def test_to_unicode_maps_non_bmp_characters_to_surrogate_pairs():
    """reportlab 5.1 writes <20BB7>, which readers take for U+20BB '₻'; ours writes the UTF-16 pair."""
    cmap = render.to_unicode_cmap("AAAAAA+Test", [0, 0x5409, 0x20BB7])
    assert "<01> <5409>" in cmap and "<02> <D842DFB7>" in cmap and "20BB7" not in cmap
    pdf = render.certificate_pdf(certificate=certificate(holder_name="𠮷田"))
    streams = [zlib.decompress(m) for m in re.findall(rb"\bstream\r?\n(.*?)endstream", pdf, re.S)]
    cmaps = [s for s in streams if b"beginbfchar" in s]
    assert any(b"<D842DFB7>" in s for s in cmaps)
    assert not any(b"<20BB7>" in s for s in cmaps)


def test_subsets_are_reportlabs_own():
    """The font is mapped rather than read and the glyphs are sliced out of a view: the embedded subset is byte for
    byte the one reportlab makes from the file itself."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    fontset = render.font_set()
    for path in fontset.paths[:2]:
        ours = pdfmetrics.getFont(fontset.names[fontset.paths.index(path)]).face
        plain = TTFontFile(path, validate=0, subfontIndex=0)
        subset = [0, 32, *(c for c in map(ord, "𠮷田龘堃昇阿·AZ9") if c in plain.charToGlyph)]
        assert ours.makeSubset(subset) == plain.makeSubset(subset)


def test_a_configured_font_that_is_missing_is_reported_at_start_up(settings):
    from certificates.checks import check_fonts

    settings.CERTIFICATE_FONTS = ["/usr/share/fonts/truetype/hanazono/HanaMinA.ttf", "/nonexistent/font.ttf"]
    assert [(m.id, "/nonexistent/font.ttf" in m.msg) for m in check_fonts()] == [("certificates.W002", True)]
    settings.CERTIFICATE_FONTS = ["/nonexistent/font.ttf"]
    assert [m.id for m in check_fonts()] == ["certificates.W001"]
    settings.CERTIFICATE_FONTS = []
    assert check_fonts() == []


def test_the_configured_fonts_are_used(settings, pdftotext):
    """CERTIFICATE_FONTS decides: with HanaMinA alone, everything is drawn in HanaMinA."""
    settings.CERTIFICATE_FONTS = ["/usr/share/fonts/truetype/hanazono/HanaMinA.ttf", "/nonexistent/font.ttf"]
    fontset = render.font_set()
    assert fontset.paths == ("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",)
    pdf = render.certificate_pdf(certificate=certificate(holder_name="𠮷田"))
    base_fonts = set(re.findall(rb"/BaseFont /[A-Z]{6}\+(\S+)", pdf))
    assert base_fonts == {b"HanaMinA"}
    assert "𠮷田" in text_lines(pdftotext, pdf)


def pdf_objects(pdf: bytes) -> list[bytes]:
    return re.findall(rb"\d+ 0 obj\s*(.*?)\s*endobj", pdf, re.S)


def test_fonts_are_embedded_subsets():
    pdf = render.certificate_pdf(certificate=certificate(holder_name="𠮷田 阿卜杜·热合曼", details=[["学校", "课时"]]))
    objects = pdf_objects(pdf)
    font_dicts = [o for o in objects if re.search(rb"/Type /Font\b", o)]
    descriptors = [o for o in objects if re.search(rb"/Type /FontDescriptor\b", o)]
    assert len(font_dicts) >= 2  # wqy-zenhei and HanaMinA (for 𠮷)
    for font in font_dicts:
        assert b"/Subtype /TrueType" in font, font[:200]
        assert b"/FontDescriptor" in font and b"/ToUnicode" in font
        # A subset: its name carries the six-letter tag.
        assert re.search(rb"/BaseFont /[A-Z]{6}\+", font), font[:200]
    assert len(descriptors) == len(font_dicts)
    assert all(b"/FontFile2" in descriptor for descriptor in descriptors)
    assert b"Helvetica" not in pdf and b"STSong" not in pdf
    assert b"/ASCII85Decode" not in pdf  # binary streams (see render._binary_page_streams)
    base_fonts = b" ".join(re.findall(rb"/BaseFont /\S+", pdf))
    assert b"HanaMinA" in base_fonts and b"WenQuanYi" in base_fonts


def test_pdffonts_finds_every_font_embedded(pdftotext):
    require_system("poppler-utils (pdffonts)", shutil.which("pdffonts") is not None)
    pdf = render.certificate_pdf(certificate=certificate(holder_name="𠮷田", language="en"))
    listing = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    rows = listing.splitlines()[2:]
    assert rows
    for row in rows:
        # name, type (two words), encoding, emb, sub, uni, object, generation
        emb, sub, uni = row.split()[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


def test_markup_in_user_text_stays_literal(pdftotext):
    pdf = render.certificate_pdf(
        certificate=certificate(
            holder_name="<b>x</b>&amp;",
            statement='讲授 <i>防溺水</i> & <font color="red">禁毒</font>',
            issuer="学校 <br/> & 派出所",
            details=[["<u>东华门小学</u>", "2 & 3"]],
        )
    )
    lines = text_lines(pdftotext, pdf)
    assert "<b>x</b>&amp;" in lines
    assert '讲授 <i>防溺水</i> & <font color="red">禁毒</font>' in lines
    assert "学校 <br/> & 派出所" in lines
    assert "<u>东华门小学</u> 2 & 3" in lines


def test_statement_details_and_expiry(pdftotext):
    pdf = render.certificate_pdf(
        certificate=certificate(
            kind="annual",
            title="年度履职证明",
            statement="2025—2026学年履行法治副校长职责，开展法治教育共计9课时。",
            details=[["北京市东城区东华门小学", "5课时"], ["北京市东城区史家胡同小学", "4课时"]],
            expires_on=datetime.date(2027, 8, 31),
        )
    )
    lines = text_lines(pdftotext, pdf)
    assert "年度履职证明" in lines
    assert "2025—2026学年履行法治副校长职责，开展法治教育共计9课时。" in lines
    assert "北京市东城区东华门小学 5课时" in lines and "北京市东城区史家胡同小学 4课时" in lines
    with override("zh-hans"):
        assert gettext("Valid until %(date)s") % {"date": "2027年8月31日"} in lines


def test_chinese_and_english(pdftotext):
    chinese = text_lines(pdftotext, render.certificate_pdf(certificate=certificate()))
    english = text_lines(
        pdftotext,
        render.certificate_pdf(
            certificate=certificate(
                language="en",
                holder_name="Zhang Wei",
                title="Session certificate",
                statement="Gave a 1 class-hour lecture on drowning prevention.",
                issuer="Donghuamen Primary School",
            )
        ),
    )
    with override("zh-hans"):
        assert gettext("This is to certify that") in chinese
        assert gettext("No. %(serial)s") % {"serial": "000123"} in chinese
        assert gettext("Verification code: %(code)s") % {"code": "ABCD-EFGH-JKMN-PQRS-TUVW"} in chinese
    assert "2025年10月10日" in chinese and "授课证明" in chinese and "张伟" in chinese
    assert "This is to certify that" in english
    assert "No. 000123" in english and "Verification code: ABCD-EFGH-JKMN-PQRS-TUVW" in english
    assert "10 October 2025" in english and "Zhang Wei" in english and "Donghuamen Primary School" in english
    short_url = verify_url("ABCDEFGHJKMNPQRSTUVW").split("://", 1)[1]
    assert short_url in chinese and short_url in english


def test_a_revoked_certificate_is_marked(pdftotext):
    live = text_lines(pdftotext, render.certificate_pdf(certificate=certificate()))
    revoked = certificate(revoked_at=ISSUED + datetime.timedelta(days=30), revoke_reason="姓名有误 <重新签发>")
    lines = text_lines(pdftotext, render.certificate_pdf(certificate=revoked))
    with override("zh-hans"):
        word = gettext("REVOKED")
        note = gettext("This certificate was revoked on %(date)s and is no longer valid. Reason: %(reason)s") % {
            "date": "2025年11月9日",
            "reason": "姓名有误 <重新签发>",
        }
    assert word in lines and note in lines and "张伟" in lines
    assert word not in live and note not in live


def test_the_qr_payload_is_the_verification_url():
    cert = certificate()
    widget = render.qr_widget(cert)
    assert render.qr_payload(cert) == verify_url(cert.code) == widget.value
    assert widget.value.endswith("/certificates/verify/ABCD-EFGH-JKMN-PQRS-TUVW/")


def test_the_printed_qr_code_decodes_to_the_verification_url(tmp_path):
    """Render the page to pixels, read the QR code's modules off it and decode them (a small byte-mode decoder
    below, written from ISO/IEC 18004): the printed code says the verification address."""
    require_system("poppler-utils (pdftoppm)", shutil.which("pdftoppm") is not None)
    from PIL import Image

    cert = certificate()
    pdf = render.certificate_pdf(certificate=cert)
    (tmp_path / "c.pdf").write_bytes(pdf)
    dpi = 300
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "c.pdf", "page"], cwd=tmp_path, check=True)
    image = Image.open(tmp_path / "page.png").convert("L")
    modules = render.qr_modules(render.qr_widget(cert))
    count = len(modules)
    px = dpi / 25.4  # pixels per mm
    left, top = 22 * px, image.height - (20 + 30) * px  # the code's box: 30 mm square, 22 mm and 20 mm in
    box = 30 * px / count
    sampled = [
        [image.getpixel((int(left + (c + 0.5) * box), int(top + (r + 0.5) * box))) < 128 for c in range(count)]
        for r in range(count)
    ]
    assert sampled == modules
    assert decode_qr(sampled) == verify_url(cert.code)


def test_a_name_no_font_covers_is_refused(db):
    assert all(ord(UNCOVERED) not in fonts._coverage(str(path)) for path in fonts.configured_fonts())
    assert fonts.font_for(UNCOVERED) is None
    with pytest.raises(ValidationError) as refused:
        services.certificate_issue(
            kind="completion",
            subject_key="test.lesson:1",
            holder_key="test.learner:1",
            holder_name="张" + UNCOVERED,
            title="结业证书",
            statement="完成防溺水一课。",
            issuer="护校安园",
        )
    message = " ".join(refused.value.message_dict["holder_name"])
    assert "U+30000" in message
    assert not Certificate.objects.filter(subject_key="test.lesson:1").exists()
    # The covered rare names are issued, and print.
    issued = services.certificate_issue(
        kind="completion",
        subject_key="test.lesson:1",
        holder_key="test.learner:2",
        holder_name="𠮷田龘堃昇",
        title="结业证书",
        statement="完成防溺水一课。",
        issuer="护校安园",
    )
    assert render.certificate_pdf(certificate=issued).startswith(b"%PDF")


def test_long_text_fits_the_page(pdftotext):
    """A 100-character name, a long statement and many rows shrink to fit: still one page, the name whole."""
    name = ("欧阳" + "娜" * 48) * 2
    pdf = render.certificate_pdf(
        certificate=certificate(
            holder_name=name,
            statement="讲授防溺水。" * 60,
            details=[[f"学校{n}", f"{n}课时"] for n in range(30)],
            issuer="北京市公安局东城分局东华门派出所" * 5,
        )
    )
    assert b"/Count 1 " in pdf or b"/Count 1\n" in pdf
    assert name in text_lines(pdftotext, pdf)


# A QR decoder for clean images (no error correction needed), versions 1-6, byte mode ----------------------------
# Error correction level M: (blocks, codewords per block, data codewords per block), by version.
BLOCKS_M = {1: (1, 26, 16), 2: (1, 44, 28), 3: (1, 70, 44), 4: (2, 50, 32), 5: (2, 67, 43), 6: (4, 43, 27)}
ALIGNMENT = {2: 18, 3: 22, 4: 26, 5: 30, 6: 34}
MASKS = [
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
]


def decode_qr(matrix: list[list[bool]]) -> str:
    n = len(matrix)
    version = (n - 17) // 4
    assert 1 <= version <= 6 and n == 17 + 4 * version

    # Format information next to the top-left finder pattern (row 8 left to right, then column 8 upwards).
    positions = [(8, c) for c in (0, 1, 2, 3, 4, 5, 7, 8)] + [(r, 8) for r in (7, 5, 4, 3, 2, 1, 0)]
    bits = 0
    for r, c in positions:
        bits = (bits << 1) | matrix[r][c]
    bits ^= 0b101010000010010
    level, mask = bits >> 13, (bits >> 10) & 0b111
    assert level == 0b00, "error correction level M"

    def is_function(r: int, c: int) -> bool:
        if (r < 9 and c < 9) or (r < 9 and c >= n - 8) or (r >= n - 8 and c < 9):
            return True  # finder patterns, separators, format information
        if r == 6 or c == 6:
            return True  # timing patterns
        if version >= 2:
            centre = ALIGNMENT[version]
            return abs(r - centre) <= 2 and abs(c - centre) <= 2
        return False

    data_bits = []
    column, upwards = n - 1, True
    while column > 0:
        if column == 6:
            column -= 1
        rows = range(n - 1, -1, -1) if upwards else range(n)
        for r in rows:
            for c in (column, column - 1):
                if not is_function(r, c):
                    data_bits.append(matrix[r][c] ^ MASKS[mask](r, c))
        column -= 2
        upwards = not upwards
    codewords = [
        int("".join("1" if b else "0" for b in data_bits[i : i + 8]), 2) for i in range(0, len(data_bits) - 7, 8)
    ]

    blocks, _total, data_per_block = BLOCKS_M[version]
    data = [[] for _ in range(blocks)]
    for index in range(blocks * data_per_block):
        data[index % blocks].append(codewords[index])
    stream = "".join(f"{byte:08b}" for block in data for byte in block)
    assert stream[:4] == "0100", "byte mode"
    length = int(stream[4:12], 2)
    payload = bytes(int(stream[12 + 8 * i : 20 + 8 * i], 2) for i in range(length))
    return payload.decode("utf-8")
