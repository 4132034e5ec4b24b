"""A lesson library is writable by the lesson editors from birth, however it is made: the admin, a
translation, a copy, load_demo or a test factory. A production site needs no demo to have its editors."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.models import LessonIndexPage, LessonRelatedLink


@receiver(post_save, sender=LessonIndexPage, dispatch_uid="courses_index_created")
def index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from courses.services import lesson_index_editors_grant

        lesson_index_editors_grant(index=instance)


# A lesson page lists its related lessons: a change to the list shows on the page (cms.page_cache). Editors change
# it by publishing, which invalidates anyway; this covers code that edits the links directly.
def _related_lessons_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        from cms.page_cache import invalidate

        invalidate()


post_save.connect(_related_lessons_changed, sender=LessonRelatedLink, dispatch_uid="courses_related_saved")
post_delete.connect(_related_lessons_changed, sender=LessonRelatedLink, dispatch_uid="courses_related_deleted")
