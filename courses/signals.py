"""A lesson library is writable by the lesson editors from birth, however it is made: the admin, a
translation, a copy, load_demo or a test factory. A production site needs no demo to have its editors."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.models import LessonIndexPage


@receiver(post_save, sender=LessonIndexPage, dispatch_uid="courses_index_created")
def index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from courses.services import lesson_index_editors_grant

        lesson_index_editors_grant(index=instance)
