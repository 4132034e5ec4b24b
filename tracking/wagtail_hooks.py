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

    if access.has_tracking_role(request.user) and not request.user.is_superuser:
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

        # Wagtail hands bulk actions no user; the snippet bulk view passes itself, and its request has one.
        view = kwargs.get("self")
        user = user or (view.request.user if view is not None else None)
        for session in objects:
            services.session_delete(session=session, user=user)
        return len(objects), 0


@hooks.register("insert_global_admin_css")
def tracking_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("tracking/admin.css"))


@hooks.register("insert_global_admin_js")
def tracking_admin_js():
    return format_html('<script src="{}" defer></script>', static("tracking/admin.js"))


@hooks.register("cms_load_demo", order=90)
def rebuild_report_rollups(*, homes, stdout):
    # After every demo loader: the demo's sessions are bulk-inserted, past the signals that mark rollups dirty.
    from tracking.reports.rollups import rollups_rebuild

    stdout.write(f"Tracking: {rollups_rebuild()} report summary rows rebuilt.")
    return []


# Drill compliance per school (tracking.reports.views_compliance), under Reports.


@hooks.register("register_admin_urls")
def register_drill_compliance_urls():
    from django.urls import path

    from tracking.reports.views_compliance import DrillComplianceListView, SchoolDrillComplianceView

    return [
        path("tracking/drills/compliance/", DrillComplianceListView.as_view(), name="tracking_drill_compliance"),
        path(
            "tracking/drills/compliance/<int:school_id>/",
            SchoolDrillComplianceView.as_view(),
            name="tracking_drill_compliance_school",
        ),
    ]


@hooks.register("register_reports_menu_item")
def drill_compliance_menu_item():
    from django.urls import reverse

    from tracking import access
    from tracking.admin_views import ShownToMenuItem

    return ShownToMenuItem(
        _("Drill compliance"),
        reverse("tracking_drill_compliance"),
        shown_to=access.may_see_drill_compliance,
        name="drill-compliance",
        icon_name="tasks",
        order=660,
    )


# --- The duty ledger (tracking.reports.views_ledger) ----------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_ledger_urls():
    from django.urls import path

    from tracking.reports import views_ledger

    return [
        path("tracking/ledger/", views_ledger.LedgerListView.as_view(), name="tracking_ledger"),
        path(
            "tracking/ledger/<int:vp_id>/<int:school_id>/<int:year>/",
            views_ledger.LedgerDetailView.as_view(),
            name="tracking_ledger_detail",
        ),
        path(
            "tracking/ledger/<int:vp_id>/<int:school_id>/<int:year>/pdf/",
            views_ledger.LedgerPdfView.as_view(),
            name="tracking_ledger_pdf",
        ),
    ]


@hooks.register("register_reports_menu_item")
def ledger_menu_item():
    from django.urls import reverse

    from tracking import access
    from tracking.admin_views import ShownToMenuItem

    return ShownToMenuItem(
        _("Duty ledger"),
        reverse("tracking_ledger"),
        # Those with a tracking role who have ledgers to read (a training department has none).
        shown_to=lambda user: access.has_tracking_role(user) and access.may_see_ledgers(user),
        name="tracking-ledger",
        icon_name="table",
        order=655,
    )


# --- Yearly evaluations (tracking.reports.evaluations): policy, history entries, admin and demo -----------------


def _register_evaluation_policy():
    # Before the viewset asks for it, so Wagtail never falls back to Django's model permissions for evaluations.
    from tracking.reports.evaluations_policy import register_evaluation_policy

    register_evaluation_policy()


_register_evaluation_policy()


@hooks.register("register_log_actions")
def register_evaluation_log_actions(actions):
    from tracking.reports.evaluations import register_log_actions

    register_log_actions(actions)


@hooks.register("register_admin_viewset")
def register_evaluation_viewset():
    from tracking.reports.viewsets_evaluations import EvaluationViewSet

    return EvaluationViewSet()


@hooks.register("cms_load_demo", order=35)
def load_evaluation_demo(*, homes, stdout):
    from tracking.reports.evaluations_demo import load_evaluation_demo

    return load_evaluation_demo(stdout=stdout)


def _register_evaluation_bulk_delete():
    from tracking.reports.viewsets_evaluations import EvaluationBulkDeleteAction

    # After Wagtail's own snippet bulk delete (order 0), so the registry keeps this one for evaluations.
    hooks.register("register_bulk_action", EvaluationBulkDeleteAction, order=100)


_register_evaluation_bulk_delete()


# --- The regional report (tracking.reports.views_regional) and its demo login ------------------------------------


@hooks.register("register_admin_urls")
def register_regional_report_urls():
    from django.urls import path

    from tracking.reports.views_regional import RegionalReportView

    return [
        path("reports/region/", RegionalReportView.as_view(), name="tracking_regional_report"),
        path(
            "reports/region/results/",
            RegionalReportView.as_view(results_only=True),
            name="tracking_regional_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def regional_report_menu_item():
    from django.urls import reverse

    from tracking import access
    from tracking.admin_views import ShownToMenuItem

    return ShownToMenuItem(
        _("Regional report"),
        reverse("tracking_regional_report"),
        shown_to=access.may_see_region_reports,
        name="regional-report",
        icon_name="table",
        order=660,
    )


@hooks.register("cms_load_demo", order=40)
def load_regional_report_demo(*, homes, stdout):
    from tracking.reports.regional_demo import load_regional_report_demo

    return load_regional_report_demo(stdout=stdout)


# --- Certificates: a regional administrator oversees the certificates of schools in their regions --------------


@hooks.register("certificates_scope")
def certificates_region_scope(user):
    from django.db.models import Q

    from tracking.models import Region

    if not (user.is_authenticated and user.is_active):
        return None
    prefixes = [
        Region(code=code).prefix for code in Region.objects.filter(administrators=user).values_list("code", flat=True)
    ]
    if not prefixes:
        return None
    q = Q(pk__in=[])
    for prefix in prefixes:
        q |= Q(region_code__startswith=prefix)
    return q


# --- Certificates: annual certificates issued in bulk (tracking.views_certificates) and the demo's -----------------


@hooks.register("register_admin_urls")
def register_certificate_urls():
    from django.urls import path

    from tracking import views_certificates as views

    return [
        path(
            "tracking/certificates/annual/",
            views.AnnualCertificatesView.as_view(),
            name="tracking_certificates_annual",
        ),
        path(
            "tracking/certificates/annual/issue/",
            views.IssueAllView.as_view(),
            name="tracking_certificates_annual_issue",
        ),
        path("tracking/certificates/runs/<int:pk>/", views.RunView.as_view(), name="tracking_certificate_run"),
        path(
            "tracking/certificates/runs/<int:pk>/resume/",
            views.ResumeView.as_view(),
            name="tracking_certificate_run_resume",
        ),
        path(
            "tracking/certificates/runs/<int:pk>/files/<int:file_pk>/",
            views.RunFileView.as_view(),
            name="tracking_certificate_run_file",
        ),
    ]


@hooks.register("register_reports_menu_item")
def annual_certificates_menu_item():
    from django.urls import reverse

    from tracking import access
    from tracking.admin_views import ShownToMenuItem

    return ShownToMenuItem(
        _("Annual certificates"),
        reverse("tracking_certificates_annual"),
        shown_to=access.may_see_region_reports,
        name="tracking-annual-certificates",
        icon_name="doc-full",
        order=665,
    )


@hooks.register("cms_load_demo", order=80)
def load_certificate_demo(*, homes, stdout):
    # Before the rollups rebuild (90); the demo's sessions were bulk-inserted, so no confirmation issued these.
    from tracking.certify_demo import load_certificate_demo

    return load_certificate_demo(stdout=stdout)
