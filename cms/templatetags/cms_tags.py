from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from cms import selectors
from cms.page_actions import page_actions_for
from cms.page_cache import remembered

register = template.Library()


def _navigation(context) -> selectors.Navigation:
    """The header's menu and the page's translations (cms.selectors.navigation), read once per render, and kept
    across requests until the next page change (cms.page_cache.remembered): every public page shows them."""
    cache = context.render_context
    if "navigation" not in cache:
        page = context.get("page")
        page = page if isinstance(page, Page) else None
        language_code = selectors.content_language()
        cache["navigation"] = remembered(
            f"navigation:{language_code}:{page.translation_key if page is not None else '-'}",
            lambda: selectors.navigation(language_code=language_code, page=page),
            request=context.get("request"),
        )
    return cache["navigation"]


@register.inclusion_tag("cms/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language: the translated page where one exists, else that language's home."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = _navigation(context).translations if isinstance(page, Page) else {}
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
    cache = context.render_context
    if "site_root" not in cache:
        cache["site_root"] = selectors.site_home(
            request=context.get("request"), language_code=selectors.content_language()
        )
    return cache["site_root"]


@register.simple_tag(takes_context=True)
def menu_pages(context):
    return _navigation(context).menu


@register.inclusion_tag("cms/includes/page_actions.html", takes_context=True)
def page_actions(context, page):
    """Buttons other apps offer the signed-in user on `page` (the `cms_page_actions` hook, see cms.page_actions)."""
    return {"actions": page_actions_for(request=context.get("request"), page=page)}
