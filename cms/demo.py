"""Building blocks for `manage.py load_demo`. Every step looks before it creates, so a second run changes nothing."""

import io
import math

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms import roles
from cms.factories import HomePageFactory, image_block
from cms.models import HomePage

DEMO_PASSWORD = "safecampus-demo"  # printed by `make run`; load_demo refuses to run with DEBUG off
CONTENT_LOCALES = ("zh-hans", "en")

HOME_TEXT = {
    "zh-hans": {
        "title": "护校安园 · 安全教育",
        "intro": "<p>法治副校长、教师和家长共用的安全课堂：防欺凌、防诈骗、防溺水、禁毒和交通安全，"
        "每节课都有给家长的话、自测题和可打印的讲义。</p>",
    },
    "en": {
        "title": "SafeCampus · Safety education",
        "intro": "<p>One classroom for rule-of-law vice principals, teachers and parents: anti-bullying, anti-fraud, "
        "drowning prevention, drug prevention and traffic safety, each lesson with a word for parents, a "
        "self-check quiz and a printable handout.</p>",
    },
}


# The home page's picture, drawn here so the demo needs no image file; every demo image is described for screen
# readers (cms.blocks.ImageBlock refuses one that is neither described nor marked decorative).
HOME_PICTURE = {
    "title": "禁止游泳标志",
    "zh-hans": {
        "alt_text": "禁止游泳标志：蓝色水面上，一个红色圆圈，一道红色斜杠",
        "caption": "暑假不私自下水游泳，不到无安全设施、无救护人员的水域游泳。",
    },
    "en": {
        "alt_text": "No-swimming sign: a red circle crossed by a red bar over blue water",
        "caption": "In the summer holidays, never swim alone or where there are no safety facilities or lifeguards.",
    },
}


def home_picture():
    """The demo's one picture (a no-swimming sign), created once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=HOME_PICTURE["title"]).first()
    if existing is not None:
        return existing
    from PIL import Image as PILImage
    from PIL import ImageDraw

    width, height = 960, 540
    canvas = PILImage.new("RGB", (width, height), "#dbeafe")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, height * 0.55, width, height), fill="#1c7ed6")
    for row in range(4):
        y0 = height * 0.62 + row * 48
        points = [(x, y0 + 10 * math.sin(x / 40)) for x in range(0, width + 1, 8)]
        draw.line(points, fill="#e7f5ff", width=5)
    cx, cy, r = width / 2, height / 2, 200
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline="#e03131", width=36)
    dx = dy = (r - 18) / math.sqrt(2)
    draw.line((cx - dx, cy - dy, cx + dx, cy + dy), fill="#e03131", width=36)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    buffer.seek(0)
    return Image.objects.create(
        title=HOME_PICTURE["title"],
        description=HOME_PICTURE["zh-hans"]["alt_text"],
        file=ImageFile(buffer, name="no-swimming-sign.png"),
    )


def home_body(language: str) -> list:
    text = HOME_PICTURE[language]
    return [image_block(home_picture(), alt_text=text["alt_text"], caption=text["caption"])]


def locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in CONTENT_LOCALES}


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translation_of(page: Page, locale: Locale, **fields) -> Page:
    """The page's translation into `locale`, created and published with `fields` if it does not exist yet."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        if translated._meta.get_field(name).many_to_many:
            # Tags, audiences, school levels: the page's own relations, whatever app defines them.
            getattr(translated, name).set(value)
        else:
            setattr(translated, name, value)
    return publish(translated)


@transaction.atomic
def home_pages() -> dict[str, HomePage]:
    """One home page per language, the Chinese one being the default site's root."""
    loc = locales()
    home = HomePage.objects.filter(locale=loc["zh-hans"]).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePageFactory(
            parent=root, slug="home-zh", locale=loc["zh-hans"], body=home_body("zh-hans"), **HOME_TEXT["zh-hans"]
        )
        publish(home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="SafeCampus"
            )
        else:
            site.root_page, site.site_name = home, "SafeCampus"
            site.save()
        # Wagtail's placeholder "Welcome" page is replaced by ours.
        if old_root is not None and old_root.pk != home.pk and not old_root.specific_class == HomePage:
            old_root.delete()
    homes = {"zh-hans": home}
    homes["en"] = translation_of(home, loc["en"], slug="home-en", body=home_body("en"), **HOME_TEXT["en"])
    return homes


DEMO_ROLES = [
    # username, groups, description shown in README and by `make run`
    ("admin", [], "Administrator (everything)"),
    (
        "vp",
        [roles.VICE_PRINCIPALS],
        "Rule-of-law vice principal at two Dongcheng schools: schedules lectures and drills, logs them as held "
        "(attendance counts, drill timings); reads drill scripts, downloads drill packs",
    ),
    (
        "school",
        [roles.SCHOOL_STAFF],
        "School contact of one of vp's schools: confirms or disputes (with a reason) the sessions held there; "
        "reads drill scripts",
    ),
    (
        "region",
        [roles.REGIONAL_ADMINS],
        "Regional administrator of Dongcheng district (110101): sees every school and session there (read-only), "
        "the regional report and ledgers; revokes or reissues the district's certificates and issues its annual ones",
    ),
    (
        "trainer",
        [roles.TRAINING_DEPARTMENTS],
        "Training department staff: sees the drill sessions that ran the department's scenarios, read-only; "
        "reads drill scripts",
    ),
]


def demo_account(*, username: str, groups: list[str], description: str) -> tuple[str, str]:
    """Create one demo user (a superuser when it has no groups) if missing; return (username, description)."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, email=f"{username}@example.org", first_name=username)
        user.set_password(DEMO_PASSWORD)
        if not groups:
            user.is_superuser = user.is_staff = True
        user.save()
    for group_name in groups:
        user.groups.add(roles.group_with_admin_access(name=group_name))
    return username, description


def demo_accounts() -> list[tuple[str, str]]:
    """The site-wide demo users (idempotent), as (username, description) pairs."""
    return [
        demo_account(username=username, groups=groups, description=description)
        for username, groups, description in DEMO_ROLES
    ]
