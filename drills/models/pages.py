from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.page_actions import PersonalisedPageMixin
from drills.blocks import EquipmentListBlock, PhasesBlock, RolesBlock, TimelineBlock
from drills.forms import ScenarioPageForm


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class PrivateDrillPage:
    """The scenario index and the scenarios: private to the drill reader groups whatever anyone does.

    Only a superuser may touch their privacy settings, and only to choose among the reader groups; only a
    superuser may publish them without review. Served only while a reader-group privacy setting covers them,
    so a setting removed behind the application's back (raw SQL) closes the pages instead of opening them.
    """

    private_page_options = ["groups"]

    def permissions_for_user(self, user):
        from drills.permissions import DrillPagePermissionTester

        return DrillPagePermissionTester(user, self)

    def serve(self, request, *args, **kwargs):
        from drills.views import unsealed_response

        return unsealed_response(page=self) or super().serve(request, *args, **kwargs)


class DrillLibraryPage(Page):
    """The public door of the drill library: what it is and how to get access. The scripts sit below it,
    in a scenario index that only signed-in school staff, vice principals and training departments open."""

    intro = RichTextField(features=["bold", "italic", "link"], verbose_name=_("introduction"))
    access = RichTextField(
        features=["bold", "italic", "link", "ul"],
        verbose_name=_("how to get access"),
        help_text=_("Shown to everyone, signed in or not: who may read the scripts and whom to ask for an account."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("access")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["drills.ScenarioIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("drill library")
        verbose_name_plural = _("drill libraries")

    def get_context(self, request, *args, **kwargs):
        from drills.selectors import library_door

        context = super().get_context(request, *args, **kwargs)
        context.update(library_door(library=self, request=request))
        return context


class ScenarioIndexPage(PrivateDrillPage, Page):
    """The scripts themselves. Every index is private to the drill access groups (see drills.services)."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [
        HelpPanel(
            content=_(
                "This page and every scenario below it are private: only signed-in school staff, vice principals "
                "and training departments can open them, and they never appear in public search. Nobody can "
                "make them public; a superuser may only choose which of these groups may read them."
            )
        ),
        FieldPanel("intro"),
    ]

    parent_page_types = ["drills.DrillLibraryPage"]
    subpage_types = ["drills.ScenarioPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("scenario index")
        verbose_name_plural = _("scenario indexes")

    def get_context(self, request, *args, **kwargs):
        from drills.selectors import scenario_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = scenario_listing(
            index=self, type_slug=request.GET.get("type", ""), level=request.GET.get("level", "")
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True)
        return response


class ScenarioPage(PersonalisedPageMixin, PrivateDrillPage, RoutablePageMixin, Page):
    scenario_type = models.ForeignKey(
        "drills.ScenarioType", on_delete=models.PROTECT, related_name="+", verbose_name=_("scenario type")
    )
    school_levels = ParentalManyToManyField(
        "cms.SchoolLevel", related_name="drill_scenarios", verbose_name=_("school levels")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        default=30, validators=[MinValueValidator(5), MaxValueValidator(240)], verbose_name=_("duration (minutes)")
    )
    summary = models.CharField(max_length=500, verbose_name=_("summary"))
    objectives = models.TextField(verbose_name=_("objectives"), help_text=_("One objective per line."))
    roles = StreamField(RolesBlock(), verbose_name=_("roles"))
    equipment = StreamField(EquipmentListBlock(), blank=True, verbose_name=_("equipment checklist"))
    phases = StreamField(
        PhasesBlock(),
        blank=True,
        verbose_name=_("phases and timing targets"),
        help_text=_("Leave empty to start from the scenario type's default phases and targets."),
    )
    timeline = StreamField(TimelineBlock(), blank=True, verbose_name=_("timeline"))
    safety_controls = models.TextField(
        verbose_name=_("safety controls"), help_text=_("Rules that keep the drill itself safe, one per line.")
    )
    evaluation_checklist = models.TextField(
        verbose_name=_("evaluation checklist"), help_text=_("What the observer checks, one item per line.")
    )

    base_form_class = ScenarioPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("scenario_type"),
                FieldPanel("school_levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("duration_minutes"),
            ],
            heading=_("What and for whom"),
        ),
        FieldPanel("objectives"),
        FieldPanel("roles"),
        FieldPanel("equipment"),
        FieldPanel("phases"),
        FieldPanel("timeline"),
        FieldPanel("safety_controls"),
        FieldPanel("evaluation_checklist"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("objectives"),
        index.SearchField("timeline"),
    ]

    parent_page_types = ["drills.ScenarioIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("drill scenario")
        verbose_name_plural = _("drill scenarios")

    @cached_property
    def objective_list(self) -> list[str]:
        return _lines(self.objectives)

    @cached_property
    def safety_control_list(self) -> list[str]:
        return _lines(self.safety_controls)

    @cached_property
    def evaluation_list(self) -> list[str]:
        return _lines(self.evaluation_checklist)

    def get_context(self, request, *args, **kwargs):
        from drills.selectors import scenario_script

        context = super().get_context(request, *args, **kwargs)
        context["script"] = scenario_script(scenario=self)
        return context

    @property
    def preview_modes(self):
        # Reviewers check the printed pack, not only the page, before they approve.
        return [("", _("Script page")), ("pack", _("Drill pack (PDF)"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "pack":
            from drills.views import pack_response

            return pack_response(scenario=self, download=False)
        return super().serve_preview(request, mode_name)

    @path("", name="scenario")
    def scenario(self, request):
        response = self.render(request)
        patch_cache_control(response, private=True)
        return response

    @path("pack/", name="pack")
    def pack(self, request):
        from drills.views import pack_view

        return pack_view(request, scenario=self)
