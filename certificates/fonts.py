"""The fonts a certificate may use, and whether they can draw a name.

CERTIFICATE_FONTS lists TrueType files in order of preference (defaults: Debian's fonts-wqy-zenhei, then
fonts-hanazono's HanaMinA and HanaMinB for rare and Extension B characters). A name is only issued if, for every
character, some configured font has a glyph: never blank boxes.
"""

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from reportlab.pdfbase.ttfonts import TTFontFile

DEFAULT_FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
]
# Spaces draw nothing in any font; they never need a glyph.
WHITESPACE = {" ", "\u3000"}


def configured_fonts() -> list[Path]:
    """The configured font files that exist on this machine, in order of preference."""
    paths = getattr(settings, "CERTIFICATE_FONTS", None) or DEFAULT_FONTS
    return [Path(p) for p in paths if Path(p).is_file()]


@lru_cache(maxsize=16)
def _coverage(path: str) -> frozenset[int]:
    return frozenset(TTFontFile(path, subfontIndex=0, validate=0).charToGlyph)


def font_for(char: str) -> Path | None:
    """The first configured font that draws `char`."""
    for path in configured_fonts():
        if ord(char) in _coverage(str(path)):
            return path
    return None


def missing_characters(text: str) -> list[str]:
    """The characters of `text` that no configured font can draw, in order, each once."""
    missing = []
    for char in dict.fromkeys(text):
        if char not in WHITESPACE and font_for(char) is None:
            missing.append(char)
    return missing
