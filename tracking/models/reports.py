"""The school's yearly evaluation of its vice principal, and the summary tables the regional report reads.

The summary tables are derived data: `tracking.reports.rollups` rebuilds them from the sessions (one district and
school year at a time, after each change, on the task queue; or all at once), and the tests and the benchmark
check them against a plain count over the sessions.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import RevisionMixin


class Rating(models.TextChoices):
    EXCELLENT = "excellent", _("Excellent")
    COMPETENT = "competent", _("Competent")
    BASICALLY_COMPETENT = "basic", _("Basically competent")
    NOT_COMPETENT = "not_competent", _("Not competent")


class EvaluationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class Evaluation(RevisionMixin, models.Model):
    """A school's yearly evaluation (年度考核) of one vice principal, reported to the sending agency (Order No. 52).

    The ledger figures are copied in when it is submitted, so the record says what the school saw when it
    signed, whatever is confirmed or voided later. Once submitted only an administrator may change it."""

    vice_principal = models.ForeignKey(
        "tracking.VicePrincipal", on_delete=models.PROTECT, related_name="evaluations", verbose_name=_("vice principal")
    )
    school = models.ForeignKey(
        "tracking.School", on_delete=models.PROTECT, related_name="evaluations", verbose_name=_("school")
    )
    school_year = models.PositiveSmallIntegerField(
        verbose_name=_("school year"), help_text=_("The year the school year starts in: 2025 for 2025–2026.")
    )
    rating = models.CharField(max_length=16, choices=Rating.choices, verbose_name=_("rating"))
    comments = models.TextField(blank=True, verbose_name=_("comments"))
    status = models.CharField(
        max_length=10,
        choices=EvaluationStatus.choices,
        default=EvaluationStatus.DRAFT,
        editable=False,
        verbose_name=_("status"),
    )
    # The ledger as it stood when the evaluation was submitted.
    confirmed_hours = models.DecimalField(
        max_digits=6, decimal_places=1, default=0, editable=False, verbose_name=_("confirmed class-hours")
    )
    confirmed_sessions = models.PositiveIntegerField(default=0, editable=False, verbose_name=_("confirmed sessions"))
    pending_hours = models.DecimalField(
        max_digits=6, decimal_places=1, default=0, editable=False, verbose_name=_("class-hours awaiting confirmation")
    )
    pending_sessions = models.PositiveIntegerField(
        default=0, editable=False, verbose_name=_("sessions awaiting confirmation")
    )
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("submitted"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created"))

    class Meta:
        ordering = ["-school_year", "school__name", "vice_principal__name"]
        verbose_name = _("yearly evaluation")
        verbose_name_plural = _("yearly evaluations")
        constraints = [
            models.UniqueConstraint(
                fields=["vice_principal", "school", "school_year"], name="tracking_evaluation_once_a_year"
            )
        ]

    def __str__(self):
        return f"{self.vice_principal} @ {self.school}, {self.school_year}–{self.school_year + 1}"

    @property
    def is_locked(self) -> bool:
        return self.status == EvaluationStatus.SUBMITTED


class RegionMonthRollup(models.Model):
    """Sessions of one district, month, kind and topic: what the regional report sums.

    The codes are the school's region's GB/T 2260 code and its province and city prefixes, so a province, city
    or district report is an equality filter on one indexed column."""

    school_year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()  # 0 = September … 11 = August
    province_code = models.CharField(max_length=2)
    city_code = models.CharField(max_length=4)
    district_code = models.CharField(max_length=6)
    kind = models.CharField(max_length=10)
    topic = models.ForeignKey("courses.TopicPage", null=True, on_delete=models.SET_NULL, related_name="+")
    held_sessions = models.PositiveIntegerField(default=0)  # held, awaiting confirmation, confirmed or disputed
    confirmed_sessions = models.PositiveIntegerField(default=0)
    class_hours = models.DecimalField(max_digits=12, decimal_places=1, default=0)  # of confirmed sessions
    attendance = models.PositiveBigIntegerField(default=0)  # of confirmed sessions
    drills_measured = models.PositiveIntegerField(default=0)  # confirmed drills with every phase timed
    drills_passed = models.PositiveIntegerField(default=0)  # … and every phase within its target

    class Meta:
        indexes = [
            models.Index(fields=["school_year", "province_code"], name="tracking_rmr_year_province"),
            models.Index(fields=["school_year", "city_code"], name="tracking_rmr_year_city"),
            models.Index(fields=["school_year", "district_code"], name="tracking_rmr_year_district"),
        ]

    def __str__(self):
        return f"{self.district_code} {self.school_year}/{self.month} {self.kind}"


class SchoolYearRollup(models.Model):
    """One school in one school year: which months had a confirmed session and a confirmed evacuation drill."""

    school = models.ForeignKey("tracking.School", on_delete=models.CASCADE, related_name="+")
    school_year = models.PositiveSmallIntegerField()
    province_code = models.CharField(max_length=2)
    city_code = models.CharField(max_length=4)
    district_code = models.CharField(max_length=6)
    is_kindergarten = models.BooleanField(default=False)
    session_months = models.PositiveIntegerField(default=0)  # bit n: a confirmed session in month n
    drill_months = models.PositiveIntegerField(default=0)  # bit n: a confirmed evacuation drill in month n

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["school", "school_year"], name="tracking_syr_once_a_year"),
        ]
        indexes = [
            models.Index(fields=["school_year", "province_code"], name="tracking_syr_year_province"),
            models.Index(fields=["school_year", "city_code"], name="tracking_syr_year_city"),
            models.Index(fields=["school_year", "district_code"], name="tracking_syr_year_district"),
        ]

    def __str__(self):
        return f"{self.school_id} {self.school_year}"


class LedgerRollup(models.Model):
    """One appointment's duty in one school year: a row for every vice principal appointed at a school at any
    time in the year, with no sessions too, since that is who is furthest behind."""

    vice_principal = models.ForeignKey("tracking.VicePrincipal", on_delete=models.CASCADE, related_name="+")
    school = models.ForeignKey("tracking.School", on_delete=models.CASCADE, related_name="+")
    school_year = models.PositiveSmallIntegerField()
    province_code = models.CharField(max_length=2)
    city_code = models.CharField(max_length=4)
    district_code = models.CharField(max_length=6)
    confirmed_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    pending_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["vice_principal", "school", "school_year"], name="tracking_ledger_rollup_once_a_year"
            ),
        ]
        indexes = [
            models.Index(fields=["school_year", "province_code", "confirmed_hours"], name="tracking_lr_year_province"),
            models.Index(fields=["school_year", "city_code", "confirmed_hours"], name="tracking_lr_year_city"),
            models.Index(fields=["school_year", "district_code", "confirmed_hours"], name="tracking_lr_year_district"),
        ]

    def __str__(self):
        return f"{self.vice_principal_id}@{self.school_id} {self.school_year}"


class RollupDirty(models.Model):
    """A district and school year whose summary rows wait for the background refresh. Rows are deleted once
    refreshed; the report shows whether any are waiting, so nobody mistakes a minute-old figure for a wrong one."""

    district_code = models.CharField(max_length=6)
    school_year = models.PositiveSmallIntegerField()
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["district_code", "school_year"], name="tracking_rollup_dirty_once"),
        ]

    def __str__(self):
        return f"{self.district_code} {self.school_year}"
