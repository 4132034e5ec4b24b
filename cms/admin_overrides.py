"""Replacing single Wagtail admin views, for the few things Wagtail offers no hook into (a page chooser step,
some reports). An app returns {URL name: view} from the `cms_admin_view_overrides` hook; the view takes the
place of Wagtail's under the same URL, wrapped in the decorators Wagtail puts on its own admin views. So cms
never imports the apps, and a URL name that no longer exists after a Wagtail upgrade stops the start-up
instead of silently leaving the original view in place."""

from functools import update_wrapper

from django.core.exceptions import ImproperlyConfigured
from django.urls import URLPattern, URLResolver
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404


def admin_view(view):
    """Sign-in and admin access check, Wagtail's admin 404 page, no caching: as wagtail.admin.urls does."""
    return update_wrapper(never_cache(display_custom_404(require_admin_access(view))), view)


def install_admin_view_overrides(urlpatterns: list) -> None:
    overrides = {}
    for fn in hooks.get_hooks("cms_admin_view_overrides"):
        overrides.update(fn())
    replace_admin_views(urlpatterns, overrides)


def replace_admin_views(urlpatterns: list, overrides: dict) -> None:
    missing = set(overrides) - _replace(urlpatterns, overrides, namespace="")
    if missing:
        raise ImproperlyConfigured(f"No Wagtail admin URL to override named {', '.join(sorted(missing))}")


def _replace(patterns, overrides: dict, namespace: str) -> set[str]:
    replaced = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            replaced |= _replace(pattern.url_patterns, overrides, inner)
        elif isinstance(pattern, URLPattern) and f"{namespace}{pattern.name}" in overrides:
            name = f"{namespace}{pattern.name}"
            pattern.callback = admin_view(overrides[name])
            replaced.add(name)
    return replaced
