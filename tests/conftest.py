import os
import shutil
from pathlib import Path

import pytest

REQUIRE_SYSTEM_DEPS = os.environ.get("SAFECAMPUS_REQUIRE_SYSTEM_DEPS") == "1"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def require_system(what: str, available: bool) -> None:
    """Skip visibly when a system package is missing; in CI (SAFECAMPUS_REQUIRE_SYSTEM_DEPS=1) fail instead."""
    if available:
        return
    message = f"{what} is not installed (apt-get install it, or run .ci/run)"
    if REQUIRE_SYSTEM_DEPS:
        pytest.fail(message + "; SAFECAMPUS_REQUIRE_SYSTEM_DEPS=1 forbids skipping", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def pdftotext():
    require_system("poppler-utils (pdftotext)", shutil.which("pdftotext") is not None)
    from cms.pdf import find_cjk_font

    require_system("a TrueType CJK font (fonts-wqy-zenhei)", find_cjk_font() is not None)

    import subprocess

    def extract(pdf_bytes: bytes) -> str:
        # -raw keeps content-stream order, so text in side-by-side table cells is not interleaved.
        return subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf_bytes, capture_output=True, check=True
        ).stdout.decode("utf-8")

    return extract


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def homes(db):
    from cms.demo import home_pages

    return home_pages()


@pytest.fixture
def lesson_tree(homes):
    """A small library: one index, one topic, one lesson (with an English translation of all three)."""
    from courses.factories import LessonIndexPageFactory, LessonPageFactory, TopicPageFactory

    index = LessonIndexPageFactory(parent=homes["zh-hans"], slug="lessons")
    topic = TopicPageFactory(parent=index, slug="drowning", title="防溺水")
    lesson = LessonPageFactory(parent=topic, slug="six-donts", title="防溺水安全教育：暑期六不准")
    return {"index": index, "topic": topic, "lesson": lesson}
