from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_session_log_actions(actions):
    actions.register_action("tracking.held", _("Log as held"), _("Logged as held"))
    actions.register_action("tracking.confirm", _("Confirm"), _("Confirmed by the school"))
    actions.register_action("tracking.dispute", _("Dispute"), _("Disputed by the school"))
    actions.register_action("tracking.cancel", _("Cancel"), _("Cancelled"))
    actions.register_action("tracking.void", _("Void"), _("Voided"))


@hooks.register("cms_public_urls")
def register_public_urls():
    from django.urls import include, path

    return [path("tracking/", include("tracking.urls"))]


@hooks.register("register_admin_viewset")
def register_tracking_viewsets():
    from tracking.viewsets import TrackingViewSetGroup

    return TrackingViewSetGroup()


# Records, calendar, dashboard and "schedule this".


def _register_record_policies():
    # Before anything asks Wagtail for these models' policies, which would otherwise fall back to Django's
    # group permissions.
    from tracking.policies import register_record_policies
    from tracking.viewsets_records import RecordDeleteBulkAction

    register_record_policies()
    # After Wagtail's own snippet bulk delete (order 0), so the registry keeps this one for these models.
    hooks.register("register_bulk_action", RecordDeleteBulkAction, order=1)


_register_record_policies()


@hooks.register("register_admin_urls")
def register_calendar_urls():
    from django.urls import path

    from tracking.views_calendar import CalendarView

    return [path("tracking/calendar/", CalendarView.as_view(), name="tracking_calendar")]


@hooks.register("construct_homepage_panels")
def add_tracking_dashboard_panel(request, panels):
    from tracking import access
    from tracking.panels import TrackingPanel

    if access.takes_part_in_tracking(request.user) and not request.user.is_superuser:
        panels.append(TrackingPanel(user=request.user))


@hooks.register("cms_page_actions")
def schedule_this(*, request, page):
    from tracking.page_actions import schedule_this_actions

    return schedule_this_actions(request=request, page=page)


@hooks.register("register_page_listing_buttons")
def schedule_this_listing_button(page, user, next_url=None):
    from tracking.page_actions import schedule_this_buttons

    return schedule_this_buttons(page, user)


@hooks.register("register_page_header_buttons")
def schedule_this_header_button(page, user, view_name, next_url=None):
    from tracking.page_actions import schedule_this_buttons

    return schedule_this_buttons(page, user)
