"""Who may see drill scripts in the admin, as one rule: a scenario index and every page below it are invisible
to users who are neither superusers nor members of a reader group. Invisible means no title, URL or link in any
listing, chooser, report, dashboard panel or message, and a 404 from any admin URL that names such a page.

The rule lives here; Wagtail reaches it through the page permission policy (explorer, page search, reports,
site history, admin API), hooks (page chooser, explorer, dashboard panels, bulk actions), the scenario page
viewsets (every per-page view) and a few replaced views (drills.views_admin) where Wagtail has no hook."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from wagtail.models import Page, PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

from drills.access import READER_GROUPS
from drills.models import ScenarioIndexPage, ScenarioPage

# Cached on the user object, as Wagtail caches page permissions: a user object lives for one request.
_READS_CACHE = "_drills_reads_scenarios"
_PATHS_CACHE = "_drills_hidden_paths"


def user_reads_drills(user) -> bool:
    """Superusers and members of a reader group see drill scripts wherever Wagtail would show them."""
    if not user.is_active or user.is_anonymous:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, _READS_CACHE):
        setattr(user, _READS_CACHE, user.groups.filter(name__in=READER_GROUPS).exists())
    return getattr(user, _READS_CACHE)


def _index_paths() -> list[str]:
    return list(ScenarioIndexPage.objects.values_list("path", flat=True))


def _hidden_paths(user) -> list[str]:
    if not hasattr(user, _PATHS_CACHE):
        setattr(user, _PATHS_CACHE, _index_paths())
    return getattr(user, _PATHS_CACHE)


def hidden_pages_q(user, prefix: str = "") -> Q:
    """Pages in or under a scenario index, as one condition on tree paths (so a listing stays one query).
    `prefix` reaches the page through a relation, e.g. "page__" on log entries."""
    condition = Q(pk__in=[])
    for path in _hidden_paths(user):
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition


def pages_visible_to(pages: QuerySet, user) -> QuerySet:
    if user_reads_drills(user):
        return pages
    return pages.exclude(hidden_pages_q(user))


def page_hidden_from(page: Page | None, user) -> bool:
    if page is None or user_reads_drills(user):
        return False
    return any(page.path.startswith(path) for path in _hidden_paths(user))


def page_ids_hidden_from(page_ids, user) -> bool:
    """Whether any of these page ids names a page the user may not see (ids that are not numbers name nothing)."""
    ids = [int(pk) for pk in page_ids if str(pk).isdigit()]
    if not ids or user_reads_drills(user):
        return False
    return Page.objects.filter(pk__in=ids).filter(hidden_pages_q(user)).exists()


def log_entries_visible_to(entries: QuerySet, user) -> QuerySet:
    """Page log entries without those of hidden pages. A deleted page has no path left, so its entries are
    recognised by the page type they were logged with."""
    if user_reads_drills(user) or entries.model is not PageLogEntry:
        return entries
    hidden_types = ContentType.objects.get_for_models(ScenarioIndexPage, ScenarioPage, for_concrete_models=False)
    return entries.exclude(hidden_pages_q(user, prefix="page__")).exclude(
        content_type__in=[ct.pk for ct in hidden_types.values()]
    )


class DrillAwarePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, minus every hidden page for users outside the reader groups, even where a
    group permission on an ancestor (the root, say) would otherwise reach the drill scripts."""

    def instances_user_has_any_permission_for(self, user, actions):
        return pages_visible_to(super().instances_user_has_any_permission_for(user, actions), user)

    def explorable_instances(self, user):
        return pages_visible_to(super().explorable_instances(user), user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if page_hidden_from(instance, user):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        users = super().users_with_any_permission_for_instance(actions, instance, include_superusers)
        if not any(instance.path.startswith(path) for path in _index_paths()):
            return users
        return users.filter(Q(is_superuser=True) | Q(groups__name__in=READER_GROUPS)).distinct()


def register_page_permission_policy() -> None:
    """Replace Wagtail's policy for every page model. Runs from AppConfig.ready(), before any admin code asks
    the registry for the page policy."""
    from wagtail.permissions import register_permission_policy

    register_permission_policy(Page, DrillAwarePagePermissionPolicy(Page))
