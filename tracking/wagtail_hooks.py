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


# --- Sessions admin: the permission policy, bulk deletion and the phone-friendly styles ----------------------------

from django.templatetags.static import static  # noqa: E402
from django.utils.html import format_html  # noqa: E402
from wagtail.permissions import register_permission_policy  # noqa: E402
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction  # noqa: E402

from tracking.models import Session  # noqa: E402
from tracking.permissions import session_permission_policy  # noqa: E402

# Registered here, before the viewset is, so Wagtail never falls back to Django's model permissions for sessions.
register_permission_policy(Session, session_permission_policy)


@hooks.register("register_bulk_action", order=100)
class SessionBulkDeleteAction(DeleteBulkAction):
    """Snippets' bulk delete, narrowed for sessions: ids of sessions the user cannot see are ignored (not even
    named), and each deletion goes through the service, which refuses held records."""

    models = [Session]

    @classmethod
    def get_queryset(cls, model, object_ids):
        return Session.objects.filter(pk__in=[i for i in object_ids if str(i).isdigit()])

    def get_actionable_objects(self):
        from tracking import access

        visible = access.sessions_visible_to(self.request.user)
        ids = [i for i in self.request.GET.getlist("id") if i.isdigit()]
        objects, no_access = [], []
        for session in visible.filter(pk__in=ids):
            (objects if access.can_delete(self.request.user, session) else no_access).append(session)
        return objects, {"items_with_no_access": no_access}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        from tracking import services

        for session in objects:
            services.session_delete(session=session, user=user)
        return len(objects), 0


@hooks.register("insert_global_admin_css")
def tracking_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("tracking/admin.css"))


@hooks.register("insert_global_admin_js")
def tracking_admin_js():
    return format_html('<script src="{}" defer></script>', static("tracking/admin.js"))
