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
