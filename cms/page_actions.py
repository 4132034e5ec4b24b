"""Buttons other apps add to a page for the signed-in user ("schedule this" on a lesson, for instance), without
this app or the page's app knowing about them: apps answer the `cms_page_actions` hook, templates show the
answers with `{% page_actions page %}` (cms_tags).

A page that shows such buttons differs from one user to the next, so it is served with `Vary: Cookie`, and as
`Cache-Control: private` to signed-in users: a shared cache must never hand one user's page to another."""

from dataclasses import dataclass

from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail import hooks


@dataclass(frozen=True)
class PageAction:
    label: str
    url: str
    # Extra CSS classes beside "button", e.g. "secondary".
    classname: str = ""


def page_actions_for(*, request, page) -> list[PageAction]:
    """What every `cms_page_actions` hook offers this request's user on `page`: each hook is called as
    `hook(request=request, page=page)` and returns a list of PageAction (or nothing)."""
    if request is None or page is None:
        return []
    actions: list[PageAction] = []
    for hook in hooks.get_hooks("cms_page_actions"):
        actions.extend(hook(request=request, page=page) or [])
    return actions


def mark_personalised(request, response):
    patch_vary_headers(response, ["Cookie"])
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


class PersonalisedPageMixin:
    """For page types whose templates use `{% page_actions page %}`: put it before Page (and before
    RoutablePageMixin) in the bases, so every route's answer carries the headers above."""

    def serve(self, request, *args, **kwargs):
        return mark_personalised(request, super().serve(request, *args, **kwargs))
