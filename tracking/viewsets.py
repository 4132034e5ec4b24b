"""Tracking's admin: Wagtail viewsets, registered from wagtail_hooks."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from tracking.models import Session
from tracking.viewsets_records import GROUP_ITEMS


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    menu_order = 100
    add_to_admin_menu = False


class TrackingViewSetGroup(ViewSetGroup):
    menu_label = _("Tracking")
    menu_icon = "calendar-alt"
    menu_order = 150
    items = (SessionViewSet, *GROUP_ITEMS)
