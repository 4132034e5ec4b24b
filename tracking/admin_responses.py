"""Answers shared by the tracking admin views."""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _


def forbidden(request, message: str, *, back_url: str | None = None, back_label: str | None = None):
    """A 403 page in the admin's layout that says why. Wagtail would turn a PermissionDenied into a redirect to the
    dashboard, which reads as a broken link to a person and hides the refusal from a script."""
    return TemplateResponse(
        request,
        "tracking/admin/forbidden.html",
        {
            "message": message,
            "page_title": _("Not allowed"),
            "header_icon": "warning",
            "back_url": back_url or reverse("wagtailadmin_home"),
            "back_label": back_label or _("Back to the dashboard"),
        },
        status=403,
    )
