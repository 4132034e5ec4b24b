"""Building blocks for `manage.py load_demo`. Every step looks before it creates, so a second run changes nothing."""

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms import roles
from cms.factories import HomePageFactory
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
        home = HomePageFactory(parent=root, slug="home-zh", locale=loc["zh-hans"], **HOME_TEXT["zh-hans"])
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
    homes["en"] = translation_of(home, loc["en"], slug="home-en", **HOME_TEXT["en"])
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
