from django.db import models
from django.utils.translation import gettext_lazy as _


class AudienceCode(models.TextChoices):
    KINDERGARTEN = "kindergarten", _("Kindergarten")
    LOWER_PRIMARY = "lower_primary", _("Lower primary (grades 1-3)")
    UPPER_PRIMARY = "upper_primary", _("Upper primary (grades 4-6)")
    JUNIOR_SECONDARY = "junior_secondary", _("Junior secondary")
    SENIOR_SECONDARY = "senior_secondary", _("Senior secondary")
    PARENTS = "parents", _("Parents")
    TEACHERS = "teachers", _("Teachers")


class Audience(models.Model):
    """Who a lesson is for. Rows are fixed (one per code, created by migration); labels are translated."""

    code = models.CharField(max_length=32, choices=AudienceCode.choices, unique=True, verbose_name=_("code"))
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return str(self.get_code_display())
