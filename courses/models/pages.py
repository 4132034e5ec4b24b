from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.page_actions import PersonalisedPageMixin
from cms.page_cache import PublicPageCacheMixin
from cms.pages import OneQueryViewRestrictionsMixin
from courses.blocks import LessonBodyBlock, QuizBlock


class LessonIndexPage(PublicPageCacheMixin, OneQueryViewRestrictionsMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.TopicPage"]

    class Meta:
        verbose_name = _("lesson library")
        verbose_name_plural = _("lesson libraries")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import topics_with_counts

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = topics_with_counts(index_page=self)
        return context


class TopicPage(PublicPageCacheMixin, PersonalisedPageMixin, OneQueryViewRestrictionsMixin, Page):
    """A safety topic (anti-bullying, drowning prevention ...). Editors add topics as pages, not code."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("title", boost=3), index.SearchField("intro")]

    parent_page_types = ["courses.LessonIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import topic_lessons

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = topic_lessons(
            topic=self,
            audience=request.GET.get("audience", ""),
            tag=request.GET.get("tag", ""),
            page_number=request.GET.get("page", 1),
        )
        return context


class LessonPageTag(TaggedItemBase):
    content_object = ParentalKey("courses.LessonPage", related_name="tagged_items", on_delete=models.CASCADE)


class LessonRelatedLink(Orderable):
    page = ParentalKey("courses.LessonPage", related_name="related_links", on_delete=models.CASCADE)
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )

    panels = [PageChooserPanel("lesson", "courses.LessonPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related lesson")
        verbose_name_plural = _("related lessons")


class LessonPage(PublicPageCacheMixin, PersonalisedPageMixin, RoutablePageMixin, OneQueryViewRestrictionsMixin, Page):
    # Only the lesson itself is cached: the quiz, certificate and handout routes answer each visitor alone.
    page_cache_routes = ("lesson",)

    summary = models.CharField(max_length=500, verbose_name=_("summary"))
    audiences = ParentalManyToManyField("courses.Audience", related_name="lessons", verbose_name=_("audiences"))
    duration_minutes = models.PositiveSmallIntegerField(
        default=40,
        validators=[MinValueValidator(5), MaxValueValidator(240)],
        verbose_name=_("duration (minutes)"),
    )
    objectives = models.TextField(
        blank=True, verbose_name=_("learning objectives"), help_text=_("One objective per line.")
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    quiz = StreamField(QuizBlock(), blank=True, verbose_name=_("self-check quiz"))
    tags = ClusterTaggableManager(through=LessonPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("duration_minutes"),
                FieldPanel("tags"),
            ],
            heading=_("Who and how long"),
        ),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("quiz"),
        InlinePanel("related_links", label=_("Related lessons"), max_num=6),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("objectives"),
        index.SearchField("body"),
        index.SearchField("tags"),
    ]

    parent_page_types = ["courses.TopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(lesson=self, request=request))
        return context

    @path("", name="lesson")
    def lesson(self, request):
        return self.render(request)

    @path("quiz/", name="quiz")
    def quiz_submit(self, request):
        from courses.views import quiz_submit_view

        return quiz_submit_view(request, lesson=self)

    @path("quiz/token/", name="quiz_token")
    def quiz_token(self, request):
        from courses.views import quiz_token_view

        return quiz_token_view(request, lesson=self)

    @path("certificate/", name="certificate")
    def completion_certificate(self, request):
        from courses.views import completion_certificate_view

        return completion_certificate_view(request, lesson=self)

    @path("certificate/<str:token>/", name="certificate_ready")
    def completion_certificate_ready(self, request, token):
        from courses.views import completion_ready_view

        return completion_ready_view(request, lesson=self, token=token)

    @path("certificate/<str:token>/pdf/", name="certificate_pdf")
    def completion_certificate_pdf(self, request, token):
        from courses.views import completion_pdf_view

        return completion_pdf_view(request, lesson=self, token=token)

    @path("handout/", name="handout")
    def handout(self, request):
        from courses.views import handout_view

        return handout_view(request, lesson=self)
