"""Issued certificates. The app knows nothing of sessions, schools or lessons: callers hand it what to certify
(a subject key, a holder key, the text to print and the fields to filter by), see certificates.services."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.codes import grouped


class CertificateKind(models.TextChoices):
    SESSION = "session", _("Session certificate")
    ANNUAL = "annual", _("Annual service certificate")
    COMPLETION = "completion", _("Lesson completion certificate")


class CertificateLanguage(models.TextChoices):
    CHINESE = "zh-hans", _("Chinese")
    ENGLISH = "en", _("English")


class Certificate(models.Model):
    kind = models.CharField(max_length=12, choices=CertificateKind.choices, verbose_name=_("kind"))
    code = models.CharField(max_length=20, unique=True, editable=False, verbose_name=_("verification code"))
    # What is certified and for whom, as the caller names them ("tracking.session:12", "vice_principal:3"): at most
    # one certificate in force per kind, subject and holder.
    subject_key = models.CharField(max_length=120, verbose_name=_("subject"))
    holder_key = models.CharField(max_length=120, verbose_name=_("holder"))
    holder_name = models.CharField(max_length=100, verbose_name=_("holder's name"))
    language = models.CharField(
        max_length=8,
        choices=CertificateLanguage.choices,
        default=CertificateLanguage.CHINESE,
        verbose_name=_("language"),
    )
    title = models.CharField(max_length=100, verbose_name=_("title"))
    statement = models.TextField(verbose_name=_("what it certifies"))
    # Extra printed rows, e.g. an annual certificate's class-hours per school: [[label, value], ...].
    details = models.JSONField(default=list, blank=True, verbose_name=_("details"))
    issuer = models.CharField(max_length=200, verbose_name=_("issuer"))
    issued_at = models.DateTimeField(default=timezone.now, verbose_name=_("issued"))
    expires_on = models.DateField(null=True, blank=True, verbose_name=_("expires on"))
    # For lists and filters; plain values, since this app may not point at tracking's models.
    school_name = models.CharField(max_length=100, blank=True, verbose_name=_("school"))
    school_code = models.CharField(max_length=10, blank=True, db_index=True, verbose_name=_("school code"))
    region_code = models.CharField(max_length=6, blank=True, db_index=True, verbose_name=_("region code"))
    school_year = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("school year"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("account"),
        help_text=_("The holder's account, if they have one: they see the certificate in the admin."),
    )
    # Completion certificates: the privacy notice the learner was shown, and the guardian's consent for under-14s.
    notice_version = models.CharField(max_length=20, blank=True, verbose_name=_("notice version"))
    guardian_consent = models.BooleanField(default=False, verbose_name=_("guardian consented"))
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("revoked"))
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    revoke_reason = models.TextField(blank=True, editable=False, verbose_name=_("reason for revoking"))
    replaces = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaced_by",
        editable=False,
        verbose_name=_("replaces"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject_key", "holder_key"],
                condition=Q(revoked_at__isnull=True),
                name="certificates_one_in_force",
            )
        ]
        indexes = [models.Index(fields=["kind", "school_year"], name="certificates_kind_year")]

    def __str__(self):
        return f"{self.title} · {self.holder_name} · {self.grouped_code}"

    @property
    def grouped_code(self) -> str:
        return grouped(self.code)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def is_expired(self, *, today=None) -> bool:
        today = today or timezone.localdate()
        return self.expires_on is not None and self.expires_on < today
