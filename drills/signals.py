"""New libraries and indexes are set up at birth, however they are made: the admin, a translation, a copy,
load_demo or a test factory. An index that exists is never public, not even for a moment after creation.

The guards below hold the same line for code that skips the admin's permission checks (Page.move, Page.copy,
queryset deletes, ...): they raise DrillPrivacyError rather than let a drill page out of the reader groups. Raw
SQL gets past them; serving and `manage.py check` catch that (see PrivateDrillPage and drills.checks).
"""

from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext
from wagtail.models import Page, PageLogEntry, PageViewRestriction
from wagtail.signals import pre_page_move

from drills.access import READER_GROUPS, DrillPrivacyError
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage


@receiver(post_save, sender=DrillLibraryPage, dispatch_uid="drills_library_created")
def library_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from drills.services import drill_review_workflow_attach

        drill_review_workflow_attach(library=instance)


@receiver(post_save, sender=ScenarioIndexPage, dispatch_uid="drills_index_created")
def index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from drills.services import scenario_index_secure

        scenario_index_secure(index=instance)


def _is_private(page) -> bool:
    from drills.selectors import is_private_drill_page

    return is_private_drill_page(page)


@receiver(pre_save, sender=PageViewRestriction, dispatch_uid="drills_restriction_saving")
def restriction_saving(sender, instance, raw=False, **kwargs):
    if not raw and _is_private(instance.page) and instance.restriction_type != PageViewRestriction.GROUPS:
        raise DrillPrivacyError(gettext("Drill scripts can only be private to the drill reader groups."))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="drills_restriction_groups")
def restriction_groups_changing(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "pre_add" or not pk_set:
        return
    if reverse:  # group.pageviewrestriction_set.add(...): one group, some restrictions
        outsiders = [] if instance.name in READER_GROUPS else [instance]
        pages = [r.page for r in PageViewRestriction.objects.filter(pk__in=pk_set).select_related("page")]
    else:
        outsiders = list(Group.objects.filter(pk__in=pk_set).exclude(name__in=READER_GROUPS))
        pages = [instance.page]
    if outsiders and any(_is_private(page) for page in pages):
        raise DrillPrivacyError(
            gettext("Only the drill reader groups may read drill scripts, not %(groups)s.")
            % {"groups": ", ".join(group.name for group in outsiders)}
        )


def _page_deletion(origin) -> bool:
    if isinstance(origin, Page):
        return True
    return isinstance(origin, QuerySet) and issubclass(origin.model, Page)


@receiver(pre_delete, sender=PageViewRestriction, dispatch_uid="drills_restriction_deleting")
def restriction_deleting(sender, instance, origin=None, **kwargs):
    # A scenario's own setting may go (the index's still covers it); the index's goes only with the index.
    if issubclass(instance.page.specific_class or Page, ScenarioIndexPage) and not _page_deletion(origin):
        raise DrillPrivacyError(gettext("The privacy setting of a scenario index cannot be removed."))


@receiver(pre_save, sender=ScenarioPage, dispatch_uid="drills_scenario_saving")
def scenario_saving(sender, instance, raw=False, **kwargs):
    """A scenario exists only inside a scenario index, and is live only where a reader-group setting covers it:
    this catches copies, aliases and publishes that code makes without the admin's checks."""
    if raw or not instance.path:
        return
    from drills.selectors import path_is_sealed

    parent = Page.objects.filter(path=instance.path[: -Page.steplen]).first()
    outside = parent is None or not issubclass(parent.specific_class or Page, ScenarioIndexPage)
    # One that raw SQL already put outside may still be saved to take it offline (drills_secure does that).
    if outside and (instance._state.adding or instance.live):
        raise DrillPrivacyError(gettext("A drill scenario can only be placed inside a scenario index."))
    if instance.live and not path_is_sealed(path=instance.path):
        raise DrillPrivacyError(
            gettext("This scenario index is not private to the drill reader groups, so nothing in it can go live.")
        )


@receiver(pre_page_move, dispatch_uid="drills_page_moving")
def page_moving(sender, instance, parent_page_after, **kwargs):
    from drills.selectors import stays_private_under

    if not stays_private_under(page=instance, parent=parent_page_after):
        raise DrillPrivacyError(gettext("A drill scenario can only be moved into a private scenario index."))


@receiver(post_save, sender=PageLogEntry, dispatch_uid="drills_publish_logged")
def publish_logged(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.action in {"wagtail.publish", "wagtail.publish.schedule"}:
        from drills.services import publish_without_review_record

        publish_without_review_record(entry=instance)
