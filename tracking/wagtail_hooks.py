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


@hooks.register("cms_load_demo", order=30)
def load_tracking_demo(*, homes, stdout):
    from tracking.demo import load_tracking_demo

    return load_tracking_demo(homes=homes, stdout=stdout)
