import re
from pathlib import Path

from wagtail.models import Page

from courses.models import LessonPage

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


def test_mo_file_is_up_to_date_with_po():
    po = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.po"
    mo = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.mo"
    assert mo.stat().st_mtime >= po.stat().st_mtime - 1 or _same_catalogue(po, mo)


def _same_catalogue(po: Path, mo: Path) -> bool:
    import gettext

    catalogue = gettext.GNUTranslations(mo.open("rb"))
    for msgid in re.findall(r'^msgid "(.+)"$', po.read_text(encoding="utf-8"), flags=re.M):
        if "\\" in msgid:
            continue
        if catalogue.gettext(msgid) == msgid and not msgid.startswith("%"):
            return False
    return True
