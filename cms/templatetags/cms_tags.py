from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from cms import selectors
from cms.page_actions import page_actions_for

register = template.Library()


@register.inclusion_tag("cms/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language: the translated page where one exists, else that language's home."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            target = translations.get(code)
            url = target.get_url(request) if target else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page in the active language, for the header link and navigation."""
    from cms.models import HomePage

    cache = context.render_context
    if "site_root" not in cache:
        locale = Locale.get_active()
        cache["site_root"] = HomePage.objects.live().filter(locale=locale).first()
    return cache["site_root"]


@register.simple_tag(takes_context=True)
def menu_pages(context):
    cache = context.render_context
    if "menu_pages" not in cache:
        cache["menu_pages"] = selectors.menu_pages(locale=Locale.get_active())
    return cache["menu_pages"]


@register.inclusion_tag("cms/includes/page_actions.html", takes_context=True)
def page_actions(context, page):
    """Buttons other apps offer the signed-in user on `page` (the `cms_page_actions` hook, see cms.page_actions)."""
    return {"actions": page_actions_for(request=context.get("request"), page=page)}
