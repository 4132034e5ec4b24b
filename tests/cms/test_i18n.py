import ast
import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Page

from courses.models import LessonPage
from tests.conftest import require_system

LOCALE_DIR = Path(__file__).resolve().parent.parent.parent / "locale"


def test_root_redirects_to_the_chinese_site(client, demo):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


def test_interface_follows_the_url_language(client, demo):
    zh = client.get("/zh-hans/").content.decode()
    en = client.get("/en/").content.decode()
    assert '<html lang="zh-hans">' in zh and "搜索" in zh
    assert '<html lang="en">' in en and ">Search<" in en


def test_language_switcher_links_to_the_translation(client, demo):
    lesson = LessonPage.objects.get(slug="summer-six-donts", locale__language_code="zh-hans")
    english = lesson.get_translation(lesson.locale.__class__.objects.get(language_code="en"))
    html = client.get(lesson.url).content.decode()
    assert f'href="{english.url}" lang="en"' in html
    back = client.get(english.url).content.decode()
    assert f'href="{lesson.url}" lang="zh-hans"' in back
    assert english.title != lesson.title


def test_switcher_on_non_page_views_keeps_the_path(client, demo):
    html = client.get("/zh-hans/search/?q=%E6%BA%BA%E6%B0%B4").content.decode()
    assert 'href="/en/search/' in html


def test_every_demo_page_exists_in_both_languages(demo):
    pages = Page.objects.filter(depth__gt=1)
    zh = pages.filter(locale__language_code="zh-hans")
    en = pages.filter(locale__language_code="en")
    assert zh.count() == en.count() > 15
    assert set(zh.values_list("translation_key", flat=True)) == set(en.values_list("translation_key", flat=True))
    assert not en.filter(live=False).exists()


def test_every_interface_string_has_a_chinese_translation():
    po = (LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert (LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.mo").exists()
    entries = po.split("\n\n")[1:]
    untranslated = [e for e in entries if re.search(r'msgstr(\[0\])? ""\n?$', e.strip() + "\n") and "msgid" in e]
    fuzzy = [e for e in entries if "#, fuzzy" in e]
    assert not untranslated, untranslated[:3]
    assert not fuzzy, fuzzy[:3]


def _po_string(lines: list[str]) -> str:
    """Join a .po string's quoted lines and undo its escapes."""
    return ast.literal_eval('"' + "".join(line.strip()[1:-1] for line in lines) + '"')


def po_catalogue_ids(path: Path) -> set[str]:
    """Every msgid (with its context) in a .po file, translated or not."""
    ids = set()
    for entry in path.read_text(encoding="utf-8").split("\n\n"):
        parts = _po_parts(entry)
        if parts.get("msgid") and _po_string(parts["msgid"]):
            context = _po_string(parts["msgctxt"]) + "\x04" if "msgctxt" in parts else ""
            ids.add(context + _po_string(parts["msgid"]))
    return ids


def _po_parts(entry: str) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {}
    current = None
    for line in entry.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith(("msgctxt", "msgid", "msgstr")):
            current, _space, rest = line.partition(" ")
            parts[current] = [rest]
        elif current:
            parts[current].append(line)
    return parts


def po_catalogue(path: Path) -> dict[str, str | tuple[str, ...]]:
    """The translated, non-fuzzy entries of a .po file, keyed as gettext keys them in a compiled .mo."""
    catalogue: dict = {}
    for entry in path.read_text(encoding="utf-8").split("\n\n"):
        if "#, fuzzy" in entry:
            continue
        parts = _po_parts(entry)
        if "msgid" not in parts:
            continue
        msgid = _po_string(parts["msgid"])
        if not msgid:
            continue  # the header
        key = (_po_string(parts["msgctxt"]) + "\x04" + msgid) if "msgctxt" in parts else msgid
        if "msgid_plural" in parts:
            forms = tuple(_po_string(v) for k, v in sorted(parts.items()) if k.startswith("msgstr["))
            if all(forms):
                for number, form in enumerate(forms):
                    catalogue[(key, number)] = form
        elif _po_string(parts["msgstr"]):
            catalogue[key] = _po_string(parts["msgstr"])
    return catalogue


def test_compiled_catalogue_holds_exactly_what_the_po_file_says():
    """A clone gives both files the same timestamp, so compare contents: a stale .mo fails here."""
    po = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.po"
    mo = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.mo"
    with mo.open("rb") as handle:
        compiled = {key: value for key, value in gettext.GNUTranslations(handle)._catalog.items() if key != ""}
    assert compiled == po_catalogue(po)


@pytest.mark.system_deps
def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    """makemessages over a copy of the code finds no msgid the committed catalogue lacks."""
    require_system("GNU gettext (xgettext)", shutil.which("xgettext") is not None)
    root = LOCALE_DIR.parent
    apps = sorted(path.name for path in root.iterdir() if (path / "apps.py").exists())
    for name in [*apps, "locale", "manage.py"]:
        copy = shutil.copytree if (root / name).is_dir() else shutil.copy
        copy(root / name, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--no-obsolete", "--verbosity", "0"],
        cwd=tmp_path,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
    )
    fresh = po_catalogue_ids(tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po")
    committed = po_catalogue_ids(LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.po")
    assert fresh - committed == set(), "run `make messages` and translate the new strings"
