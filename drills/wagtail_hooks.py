from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import register_admin_url_finder
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from drills import views_admin
from drills.access import PUBLISH_WITHOUT_REVIEW
from drills.admin_visibility import page_hidden_from, page_ids_hidden_from, pages_visible_to, user_reads_drills
from drills.viewsets import DrillsViewSetGroup, ScenarioIndexPageViewSet, ScenarioPageViewSet

register_snippet(DrillsViewSetGroup)


@hooks.register("register_log_actions")
def register_drill_log_actions(actions):
    actions.register_action(PUBLISH_WITHOUT_REVIEW, _("Publish without review"), _("Published without review"))


@hooks.register("cms_search_exclude")
def exposed_drill_pages():
    """Drill pages that lost their privacy setting are never found, by anyone, until it is restored."""
    from drills.selectors import drill_pages_exposed

    return drill_pages_exposed()


@hooks.register("cms_load_demo", order=20)
def load_drill_demo(*, homes, stdout):
    from drills.demo import load_drill_demo

    return load_drill_demo(homes=homes, stdout=stdout)


# Drill scripts stay out of sight of users outside the reader groups (drills.admin_visibility); the page
# permission policy, registered in DrillsConfig.ready(), covers the explorer, page search and most reports.


@hooks.register("register_admin_viewset")
def register_scenario_index_page_viewset():
    return ScenarioIndexPageViewSet("drill_scenario_index_pages")


@hooks.register("register_admin_viewset")
def register_scenario_page_viewset():
    # Usage listings name a page only when the admin URL finder gives an edit link. Wagtail registers its finder
    # for Page when its own wagtail_hooks module loads, after this one; viewsets are registered once every hooks
    # module has loaded, so this replacement is the one that stays.
    register_admin_url_finder(Page, views_admin.HidingPageAdminURLFinder)
    return ScenarioPageViewSet("drill_scenario_pages")


@hooks.register("construct_page_chooser_queryset")
def hide_scenarios_from_page_chooser(pages, request):
    return pages_visible_to(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_scenarios_from_explorer(parent_page, pages, request):
    return pages_visible_to(pages, request.user)


@hooks.register("construct_homepage_panels")
def hide_scenarios_from_dashboard(request, panels):
    if user_reads_drills(request.user):
        return
    for position, panel in enumerate(panels):
        hiding = views_admin.HIDING_PANELS.get(type(panel))
        if hiding is not None:
            panels[position] = hiding()


# Registered after Wagtail's own (order 0), so the bulk action registry keeps these for the same action names.
for action_class in views_admin.HIDING_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("before_move_page")
def refuse_hidden_move_destination(request, page, destination):
    # The move confirmation names the destination before any permission check.
    if page_hidden_from(destination, request.user):
        raise Http404


@hooks.register("before_copy_page")
def refuse_hidden_copy_destination(request, page):
    # A refused copy destination is named in the form's error message.
    if request.method == "POST" and page_ids_hidden_from([request.POST.get("new_parent_page", "")], request.user):
        raise Http404


@hooks.register("cms_admin_view_overrides")
def scenario_hiding_admin_views():
    return {
        "wagtailadmin_choose_page": views_admin.ChooserBrowseView.as_view(),
        "wagtailadmin_choose_page_child": views_admin.ChooserBrowseView.as_view(),
        "wagtailadmin_choose_page_chosen_multiple": views_admin.ChooserChosenMultipleView.as_view(),
        "wagtailadmin_choose_page_external_link": views_admin.ChooserExternalLinkView.as_view(),
        "simple_translation:submit_page_translation": views_admin.HidingSubmitPageTranslationView.as_view(),
        "wagtailadmin_reports:locked_pages": views_admin.HidingLockedPagesView.as_view(),
        "wagtailadmin_reports:locked_pages_results": views_admin.HidingLockedPagesView.as_view(results_only=True),
        "wagtailadmin_reports:page_types_usage": views_admin.HidingPageTypesUsageReportView.as_view(),
        "wagtailadmin_reports:page_types_usage_results": views_admin.HidingPageTypesUsageReportView.as_view(
            results_only=True
        ),
        "wagtailadmin_reports:site_history": views_admin.HidingLogEntriesView.as_view(),
        "wagtailadmin_reports:site_history_results": views_admin.HidingLogEntriesView.as_view(results_only=True),
    }
