from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.models import FixedChoiceRow


class AudienceCode(models.TextChoices):
    KINDERGARTEN = "kindergarten", _("Kindergarten")
    LOWER_PRIMARY = "lower_primary", _("Lower primary (grades 1-3)")
    UPPER_PRIMARY = "upper_primary", _("Upper primary (grades 4-6)")
    JUNIOR_SECONDARY = "junior_secondary", _("Junior secondary")
    SENIOR_SECONDARY = "senior_secondary", _("Senior secondary")
    PARENTS = "parents", _("Parents")
    TEACHERS = "teachers", _("Teachers")


class Audience(FixedChoiceRow):
    """Who a lesson is for."""

    code = models.CharField(max_length=32, choices=AudienceCode.choices, unique=True, verbose_name=_("code"))

    class Meta(FixedChoiceRow.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
