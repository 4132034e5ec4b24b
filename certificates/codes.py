"""Verification codes: random, at least 80 bits, easy to read aloud and to type.

20 characters from an alphabet of 31 (the digits 2-9 and the letters without I, L and O, so no 0/O or 1/I/L
pair can be confused), in five groups of four: 31**20 ≈ 2**99. Stored without the dashes.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 20
GROUP = 4
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.·]+")
_VALID = re.compile(f"^[{ALPHABET}]{{{LENGTH}}}$")


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code: str) -> str:
    """ABCD-EFGH-…: how a code is printed and read aloud."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalise(raw: str) -> str | None:
    """The stored form of a typed code (any case, spaces or dashes), or None if it cannot be one."""
    value = _SEPARATORS.sub("", (raw or "")[:64]).upper()
    return value if _VALID.match(value) else None
