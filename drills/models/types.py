from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from drills.blocks import PhasesBlock


class ScenarioType(TranslatableMixin, models.Model):
    """Violent intrusion, fire evacuation ...: a snippet, so training departments add types without code."""

    name = models.CharField(max_length=80, verbose_name=_("name"))
    slug = models.SlugField(max_length=80, verbose_name=_("slug"), help_text=_("Same in every language."))
    description = models.TextField(blank=True, verbose_name=_("description"))
    default_phases = StreamField(
        PhasesBlock(),
        blank=True,
        verbose_name=_("default phases and targets"),
        help_text=_("Copied into a new scenario of this type when its phases are left empty."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("default_phases")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["pk"]
        verbose_name = _("scenario type")
        verbose_name_plural = _("scenario types")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="drills_scenariotype_slug_locale")]

    def __str__(self):
        return self.name
