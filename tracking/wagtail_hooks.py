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


@hooks.register("register_log_actions")
def register_photo_log_actions(actions):
    actions.register_action("tracking.photo_add", _("Add photo"), _("Photo added"))
    actions.register_action("tracking.photo_delete", _("Delete photo"), _("Photo deleted"))


@hooks.register("register_admin_urls")
def register_photo_urls():
    from django.urls import path

    from tracking import views_photos

    return [
        path(
            "tracking/sessions/<int:pk>/photos/",
            views_photos.SessionPhotosView.as_view(),
            name="tracking_session_photos",
        ),
        path("tracking/photos/<int:pk>/", views_photos.photo_file, name="tracking_photo"),
        path("tracking/photos/<int:pk>/thumbnail/", views_photos.photo_thumbnail, name="tracking_photo_thumbnail"),
        path("tracking/photos/<int:pk>/delete/", views_photos.PhotoDeleteView.as_view(), name="tracking_photo_delete"),
    ]


# Session e-mails and the calendar feed (tracking.notifications, tracking.feeds).


@hooks.register("register_admin_urls")
def register_calendar_feed_admin_urls():
    from django.urls import path

    from tracking.feeds import CalendarFeedView

    return [path("tracking/calendar-feed/", CalendarFeedView.as_view(), name="tracking_calendar_feed")]


@hooks.register("register_account_settings_panel")
def register_session_email_panel(request, user, profile):
    from tracking.account import SessionEmailSettingsPanel

    return SessionEmailSettingsPanel(request, user, profile)


@hooks.register("register_account_menu_item")
def register_calendar_feed_account_item(request):
    from django.urls import reverse

    from tracking.access import vice_principal_of

    if vice_principal_of(request.user) is None:
        return None
    return {
        "url": reverse("tracking_calendar_feed"),
        "label": _("My calendar feed"),
        "help_text": _("Subscribe to your sessions in your phone's calendar."),
    }


def _calendar_feed_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    from tracking.access import vice_principal_of

    class CalendarFeedMenuItem(MenuItem):
        def is_shown(self, request):
            return vice_principal_of(request.user) is not None

    return CalendarFeedMenuItem(
        _("My calendar feed"),
        reverse("tracking_calendar_feed"),
        name="tracking-calendar-feed",
        icon_name="link",
        order=151,
    )


def _calendar_feed_menu_hook() -> str:
    """Inside the Tracking group once it takes items from a hook (a `submenu_hook` on TrackingViewSetGroup);
    until then beside it in the main menu."""
    from tracking.viewsets import TrackingViewSetGroup

    return TrackingViewSetGroup.submenu_hook or "register_admin_menu_item"


hooks.register(_calendar_feed_menu_hook(), _calendar_feed_menu_item)


@hooks.register("cms_load_demo", order=30)
def load_tracking_demo(*, homes, stdout):
    from tracking.demo import load_tracking_demo

    return load_tracking_demo(homes=homes, stdout=stdout)
