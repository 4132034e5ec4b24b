import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

PHONE = RegexValidator(r"^\+?[\d\- ]{7,20}$", _("Enter a phone number of digits, spaces or dashes."))


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class VicePrincipal(models.Model):
    """A rule-of-law vice principal (法治副校长): usually a police officer, sent by their own agency."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="vice_principal", verbose_name=_("user")
    )
    name = models.CharField(max_length=50, verbose_name=_("name"))
    agency = models.CharField(
        max_length=100, verbose_name=_("sending agency"), help_text=_("e.g. a public security bureau or a court.")
    )
    unit = models.CharField(max_length=100, blank=True, verbose_name=_("unit"), help_text=_("e.g. a police station."))
    badge_number = models.CharField(max_length=30, blank=True, verbose_name=_("police or staff number"))
    phone = models.CharField(max_length=20, blank=True, validators=[PHONE], verbose_name=_("phone"))
    # The secret in the private calendar feed's URL; replaced (so the old link stops working) on "new link".
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False, verbose_name=_("calendar token")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("vice principal")
        verbose_name_plural = _("vice principals")

    def __str__(self):
        return self.name


class Appointment(models.Model):
    """A vice principal's appointment (聘任) at one school, for a span of dates; no end date means open-ended."""

    vice_principal = models.ForeignKey(
        VicePrincipal, on_delete=models.PROTECT, related_name="appointments", verbose_name=_("vice principal")
    )
    school = models.ForeignKey(
        "tracking.School", on_delete=models.PROTECT, related_name="appointments", verbose_name=_("school")
    )
    start_date = models.DateField(verbose_name=_("start date"))
    end_date = models.DateField(null=True, blank=True, verbose_name=_("end date"))

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(end_date__gte=models.F("start_date")),
                name="tracking_appointment_end_after_start",
            )
        ]

    def __str__(self):
        return f"{self.vice_principal} @ {self.school}"


class NotificationPreference(models.Model):
    """Whether a user wants the session e-mails; users without a row get them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_notifications"
    )
    email = models.BooleanField(default=True, verbose_name=_("e-mail me about sessions"))

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)
