from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.page_cache import PublicPageCacheMixin
from cms.pages import OneQueryViewRestrictionsMixin, ShortcutRoutingMixin
from cms.selectors import home_sections


class SchoolLevelCode(models.TextChoices):
    KINDERGARTEN = "kindergarten", _("Kindergarten")
    PRIMARY = "primary", _("Primary school")
    JUNIOR_SECONDARY = "junior_secondary", _("Junior secondary school")
    SENIOR_SECONDARY = "senior_secondary", _("Senior secondary school")


class FixedChoiceRow(models.Model):
    """A row per choice of a subclass's `code` field, created by a data migration, so pages can relate to the
    choices (filter, count) while their labels stay in the translated code, not in the database."""

    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.get_code_display())


class SchoolLevel(FixedChoiceRow):
    """A kind of school (kindergarten, primary ...)."""

    code = models.CharField(max_length=32, choices=SchoolLevelCode.choices, unique=True, verbose_name=_("code"))

    class Meta(FixedChoiceRow.Meta):
        verbose_name = _("school level")
        verbose_name_plural = _("school levels")


class HomePage(PublicPageCacheMixin, ShortcutRoutingMixin, OneQueryViewRestrictionsMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction"))
    featured_section = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("featured section"),
        help_text=_("Its sub-pages (e.g. the lesson topics) are listed on the home page."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("featured_section"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: cms names no app above it. Wagtail then allows exactly the page types whose own
    # parent_page_types name cms.HomePage (the lesson and drill libraries, standard pages), so the rule still
    # holds at both ends, kept by each child (tests/cms/test_pages.py checks the list).

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(home=self))
        return context


class StandardPage(PublicPageCacheMixin, OneQueryViewRestrictionsMixin, Page):
    """A plain site-wide page: about, contact, privacy."""

    summary = models.CharField(max_length=255, blank=True, verbose_name=_("summary"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("title", boost=3),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
