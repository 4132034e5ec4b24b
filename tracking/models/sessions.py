import datetime
import zoneinfo

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import RevisionMixin

from tracking.storage import private_storage


class SessionKind(models.TextChoices):
    LECTURE = "lecture", _("Lecture")
    DRILL = "drill", _("Drill")


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Awaiting confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    DISPUTED = "disputed", _("Disputed")
    CANCELLED = "cancelled", _("Cancelled")
    VOIDED = "voided", _("Voided")


# A session's vice principal may change it only in these states; after confirmation the school or an
# administrator must make the change, and a voided record stays as it is.
VICE_PRINCIPAL_EDITABLE = (SessionStatus.SCHEDULED, SessionStatus.HELD, SessionStatus.DISPUTED)
# Held or confirmed records count towards the yearly duty and are never hard-deleted: they are voided.
NEVER_DELETED = (SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.DISPUTED, SessionStatus.VOIDED)


class Session(RevisionMixin, ClusterableModel):
    """One lecture or drill held (or to be held) by a vice principal at a school.

    Attendance is kept as counts per audience, never as names: most students are under 14, whose personal data
    the PIPL treats as sensitive."""

    kind = models.CharField(max_length=10, choices=SessionKind.choices, verbose_name=_("kind"))
    school = models.ForeignKey(
        "tracking.School", on_delete=models.PROTECT, related_name="sessions", verbose_name=_("school")
    )
    vice_principal = models.ForeignKey(
        "tracking.VicePrincipal", on_delete=models.PROTECT, related_name="sessions", verbose_name=_("vice principal")
    )
    title = models.CharField(
        max_length=120, blank=True, verbose_name=_("title"), help_text=_("Leave empty to use the topic or scenario.")
    )
    # Stored in UTC like every datetime here; forms and lists show Asia/Shanghai (TIME_ZONE).
    starts_at = models.DateTimeField(verbose_name=_("starts"))
    ends_at = models.DateTimeField(verbose_name=_("ends"))
    audiences = ParentalManyToManyField(
        "courses.Audience", blank=True, related_name="sessions", verbose_name=_("audience")
    )
    topic = models.ForeignKey(
        "courses.TopicPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("topic"),
    )
    lessons = ParentalManyToManyField(
        "courses.LessonPage", blank=True, related_name="sessions", verbose_name=_("lessons used")
    )
    scenario = models.ForeignKey(
        "drills.ScenarioPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("drill scenario"),
    )
    status = models.CharField(
        max_length=10,
        choices=SessionStatus.choices,
        default=SessionStatus.SCHEDULED,
        db_index=True,
        verbose_name=_("status"),
    )
    class_hours = models.DecimalField(
        max_digits=3,
        decimal_places=1,
        default=1,
        validators=[MinValueValidator(0), MaxValueValidator(8)],
        verbose_name=_("class-hours"),
        help_text=_("Class-hours of law or safety education this session counts for (课时)."),
    )
    notes = models.TextField(blank=True, verbose_name=_("notes"))
    dispute_reason = models.TextField(blank=True, verbose_name=_("reason for dispute"))
    cancel_reason = models.TextField(blank=True, verbose_name=_("reason for cancelling"))
    void_reason = models.TextField(blank=True, verbose_name=_("reason for voiding"))
    held_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("logged as held"))
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("confirmed"))
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Bumped by every save; a form carries the value it was loaded with, so a save over someone else's newer
    # change is refused instead of silently overwriting it.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created"))
    # So deleting a (never held) session deletes its revisions too, as Wagtail recommends for snippets.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="tracking_session")

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [
            models.Index(fields=["school", "starts_at"], name="tracking_session_school_start"),
            models.Index(fields=["vice_principal", "starts_at"], name="tracking_session_vp_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="tracking_session_ends_after_start"
            )
        ]

    def __str__(self):
        return self.display_title

    @property
    def revisions(self):
        return self._revisions

    @property
    def local_date(self) -> datetime.date:
        """The session's date in Beijing time, which is what the school year, lists and filters go by."""
        return timezone.localtime(self.starts_at, zoneinfo.ZoneInfo(settings.TIME_ZONE)).date()

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        subject = self.scenario if self.kind == SessionKind.DRILL else self.topic
        return str(subject.title) if subject is not None else str(self.get_kind_display())


class SessionAttendance(models.Model):
    session = ParentalKey(Session, on_delete=models.CASCADE, related_name="attendance")
    audience = models.ForeignKey(
        "courses.Audience", on_delete=models.PROTECT, related_name="+", verbose_name=_("audience")
    )
    count = models.PositiveIntegerField(verbose_name=_("number attending"))

    class Meta:
        ordering = ["audience__sort_order"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "audience"], name="tracking_attendance_once_per_audience")
        ]

    def __str__(self):
        return f"{self.audience}: {self.count}"


class PhaseTiming(models.Model):
    """How long one phase of a drill took, against the target the scenario set when the drill was logged (kept
    here so a later edit of the scenario does not change how a past drill is judged)."""

    session = ParentalKey(Session, on_delete=models.CASCADE, related_name="phase_timings")
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)
    phase = models.CharField(max_length=40, verbose_name=_("phase"))
    target_seconds = models.PositiveIntegerField(verbose_name=_("target (seconds after the alarm)"))
    measured_seconds = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("measured (seconds after the alarm)")
    )

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("phase timing")
        verbose_name_plural = _("phase timings")

    def __str__(self):
        return self.phase

    @property
    def met(self) -> bool | None:
        if self.measured_seconds is None:
            return None
        return self.measured_seconds <= self.target_seconds


def photo_path(instance, filename: str) -> str:
    # The stored name says nothing about the school or the children; the original name is not kept.
    return f"sessions/{instance.session_id}/{instance.token}.{instance.extension}"


def photo_thumbnail_path(instance, filename: str) -> str:
    return f"sessions/{instance.session_id}/{instance.token}-thumb.jpg"


class EvidencePhoto(models.Model):
    """A photo of a session, kept outside the public media folder and served only through a checked view."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="photos", verbose_name=_("session"))
    file = models.FileField(upload_to=photo_path, storage=private_storage, verbose_name=_("photo"))
    thumbnail = models.FileField(
        upload_to=photo_thumbnail_path, storage=private_storage, blank=True, editable=False, verbose_name=_("thumbnail")
    )
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    token = models.CharField(max_length=32, editable=False)
    extension = models.CharField(max_length=5, editable=False)
    content_type = models.CharField(max_length=30, editable=False)
    size = models.PositiveIntegerField(editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at"]
        verbose_name = _("evidence photo")
        verbose_name_plural = _("evidence photos")

    def __str__(self):
        return f"{self.session} #{self.pk}"


@receiver(post_delete, sender=EvidencePhoto)
def delete_photo_files(sender, instance: EvidencePhoto, **kwargs):
    """A deleted photo (on its own, or with its session) leaves nothing on disk; only once the deletion is
    committed, so a rolled-back delete still finds its files."""
    names = [field.name for field in (instance.file, instance.thumbnail) if field]
    storage = instance.file.storage

    def remove():
        for name in names:
            storage.delete(name)

    transaction.on_commit(remove)
