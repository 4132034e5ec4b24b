from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DIVISION_CODE = RegexValidator(r"^[1-9]\d{5}$", _("Enter the 6-digit administrative division code (GB/T 2260)."))
SCHOOL_CODE = RegexValidator(r"^\d{10}$", _("Enter the 10-digit national school identification code."))


class RegionLevel(models.TextChoices):
    PROVINCE = "province", _("Province")
    CITY = "city", _("City")
    DISTRICT = "district", _("District")


def division_prefix(code: str) -> str:
    """The leading digits every code under `code` shares: 110000 → 11, 110100 → 1101, 110101 → 110101."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


class Region(models.Model):
    """A province, city or district, keyed by its GB/T 2260 code. Which regions lie inside which follows from the
    code's prefix, so rollups are `code__startswith` queries and no parent link can drift from the code."""

    code = models.CharField(max_length=6, unique=True, validators=[DIVISION_CODE], verbose_name=_("division code"))
    name = models.CharField(max_length=50, verbose_name=_("name"))
    administrators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="administered_regions",
        verbose_name=_("regional administrators"),
        help_text=_("They see, read-only, every school and session under this region's code."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def prefix(self) -> str:
        return division_prefix(self.code)

    @property
    def level(self) -> str:
        return {2: RegionLevel.PROVINCE, 4: RegionLevel.CITY}.get(len(self.prefix), RegionLevel.DISTRICT)

    def get_level_display(self) -> str:
        return str(RegionLevel(self.level).label)


class School(models.Model):
    name = models.CharField(max_length=100, verbose_name=_("name"))
    code = models.CharField(
        max_length=10, unique=True, validators=[SCHOOL_CODE], verbose_name=_("school identification code")
    )
    levels = models.ManyToManyField("cms.SchoolLevel", related_name="schools", verbose_name=_("school levels"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="schools", verbose_name=_("region"))
    student_count = models.PositiveIntegerField(verbose_name=_("number of students"))
    address = models.CharField(max_length=200, blank=True, verbose_name=_("address"))
    contacts = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="contact_for_schools",
        verbose_name=_("school contacts"),
        help_text=_("Staff who confirm the sessions held at this school."),
    )

    class Meta:
        ordering = ["region__code", "name"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")

    def __str__(self):
        return self.name


class TrainingDepartment(models.Model):
    """A department that publishes drill scenarios; its staff see the drill sessions that used them."""

    name = models.CharField(max_length=100, verbose_name=_("name"))
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("region")
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="training_departments", verbose_name=_("members")
    )
    scenario_roots = models.ManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name=_("scenario sections"),
        help_text=_("Drill libraries or scenario indexes whose scenarios this department publishes."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("training department")
        verbose_name_plural = _("training departments")

    def __str__(self):
        return self.name
