"""New libraries and indexes are set up at birth, however they are made: the admin, a translation, a copy,
load_demo or a test factory. An index that exists is never public, not even for a moment after creation."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from drills.models import DrillLibraryPage, ScenarioIndexPage


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
