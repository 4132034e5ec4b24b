"""Mark the summary tables dirty when what they summarise changes (see tracking.reports.rollups).

Connected in TrackingConfig.ready(). Bulk writes (the demo loader, the benchmark's generator) bypass signals and
call `rollups_rebuild` themselves.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from tracking.models import Appointment, PhaseTiming, School, Session, SessionAttendance
from tracking.reports import rollups


def _region_code(school_id) -> str | None:
    return School.objects.filter(pk=school_id).values_list("region__code", flat=True).first()


@receiver(pre_save, sender=Session)
def remember_session(sender, instance: Session, raw=False, **kwargs):
    instance._rollup_before = (
        None
        if raw or instance.pk is None
        else Session.objects.filter(pk=instance.pk).values_list("school__region__code", "starts_at").first()
    )


@receiver(post_save, sender=Session)
def session_saved(sender, instance: Session, raw=False, **kwargs):
    if raw:
        return
    rollups.session_changed(
        old=getattr(instance, "_rollup_before", None), new=(_region_code(instance.school_id), instance.starts_at)
    )


@receiver(post_delete, sender=Session)
def session_deleted(sender, instance: Session, **kwargs):
    rollups.session_changed(old=(_region_code(instance.school_id), instance.starts_at))


@receiver(post_save, sender=SessionAttendance)
@receiver(post_delete, sender=SessionAttendance)
@receiver(post_save, sender=PhaseTiming)
@receiver(post_delete, sender=PhaseTiming)
def session_part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        rollups.session_child_changed(session_id=instance.session_id)


@receiver(pre_save, sender=Appointment)
def remember_appointment(sender, instance: Appointment, raw=False, **kwargs):
    instance._rollup_before = (
        None
        if raw or instance.pk is None
        else Appointment.objects.filter(pk=instance.pk).values_list("school_id", "start_date", "end_date").first()
    )


@receiver(post_save, sender=Appointment)
@receiver(post_delete, sender=Appointment)
def appointment_changed(sender, instance: Appointment, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_rollup_before", None)
    for school_id, start, end in filter(None, (before, (instance.school_id, instance.start_date, instance.end_date))):
        rollups.appointment_changed(school_id=school_id, start_date=start, end_date=end)


@receiver(pre_save, sender=School)
def remember_school(sender, instance: School, raw=False, **kwargs):
    instance._rollup_before = None if raw or instance.pk is None else _region_code(instance.pk)


@receiver(post_save, sender=School)
def school_saved(sender, instance: School, raw=False, **kwargs):
    if raw:
        return
    codes = {getattr(instance, "_rollup_before", None), _region_code(instance.pk)} - {None}
    rollups.school_changed(school_id=instance.pk, region_codes=codes)


@receiver(m2m_changed, sender=School.levels.through)
def school_levels_changed(sender, instance, action, reverse=False, **kwargs):
    # A school that stops being (or becomes) a kindergarten changes how often it must drill.
    if action.startswith("post_") and not reverse:
        rollups.school_changed(school_id=instance.pk, region_codes=[_region_code(instance.pk)] if instance.pk else [])
