"""A regional administrator's run of the annual certificates (tracking.certify_bulk): its progress, and one ZIP of
PDFs per school, kept in private storage and served only through a view that checks who is asking."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracking.storage import private_storage

# A run that has said nothing for this long lost its worker (killed, redeployed): it may be resumed.
STALE_AFTER = datetime.timedelta(minutes=5)


class BulkIssueStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class BulkIssue(models.Model):
    region_code = models.CharField(max_length=6, verbose_name=_("region code"))
    school_year = models.PositiveSmallIntegerField(verbose_name=_("school year"))
    status = models.CharField(
        max_length=10, choices=BulkIssueStatus.choices, default=BulkIssueStatus.QUEUED, verbose_name=_("status")
    )
    total = models.PositiveIntegerField(default=0, verbose_name=_("eligible vice principals"))
    done = models.PositiveIntegerField(default=0, verbose_name=_("certificates ready"))
    issued = models.PositiveIntegerField(default=0, verbose_name=_("certificates newly issued"))
    rendered = models.PositiveIntegerField(default=0, verbose_name=_("PDFs written"))
    error = models.TextField(blank=True, verbose_name=_("error"))
    # Printed on the certificates this run issues; those issued before keep their own.
    expires_on = models.DateField(null=True, blank=True, verbose_name=_("valid until"))
    # Each start or resume gets the next attempt number, and every write of a task checks it: a task of an older
    # attempt (queued again, or a worker that was only stuck and wakes up) writes nothing more to the run.
    attempt = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("started by")
    )
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("started"))
    updated_at = models.DateTimeField(default=timezone.now, verbose_name=_("last progress"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bulk certificate issue")
        verbose_name_plural = _("bulk certificate issues")
        indexes = [models.Index(fields=["region_code", "school_year"], name="tracking_bulkissue_region_year")]

    def __str__(self):
        return f"{self.region_code} {self.school_year} #{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status in (BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING) and not self.is_stale

    @property
    def is_stale(self) -> bool:
        return (
            self.status in (BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING)
            and timezone.now() - self.updated_at > STALE_AFTER
        )

    @property
    def status_label(self) -> str:
        """The status as the administrator should read it: a run under way that stopped moving is "Stopped"."""
        return str(_("Stopped")) if self.is_stale else self.get_status_display()

    @property
    def may_resume(self) -> bool:
        return self.status == BulkIssueStatus.FAILED or self.is_stale

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == BulkIssueStatus.DONE else 0
        # Issuing and writing the PDFs are the two halves of the work.
        return min(100, int((self.done + self.rendered) * 50 / self.total))


def bulk_file_path(instance, filename: str) -> str:
    return f"certificates/bulk/{instance.run_id}/{instance.run.attempt}-{instance.school_code}.zip"


class BulkIssueFile(models.Model):
    """One school's ZIP of a run: the PDFs of every vice principal appointed there in the year (one serving two
    schools is in both)."""

    run = models.ForeignKey(BulkIssue, on_delete=models.CASCADE, related_name="files")
    school = models.ForeignKey("tracking.School", null=True, on_delete=models.SET_NULL, related_name="+")
    school_name = models.CharField(max_length=100)
    school_code = models.CharField(max_length=10)
    file = models.FileField(upload_to=bulk_file_path, storage=private_storage, max_length=200)
    certificates = models.PositiveIntegerField(default=0)
    size = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["school_code"]
        verbose_name = _("school's certificate ZIP")
        verbose_name_plural = _("schools' certificate ZIPs")

    def __str__(self):
        return f"{self.run_id} {self.school_code}"


@receiver(post_delete, sender=BulkIssueFile)
def delete_bulk_file(sender, instance: BulkIssueFile, **kwargs):
    """The ZIP goes with its row, once the deletion commits."""
    from django.db import transaction

    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))
