"""Admin reports on quiz answers: which lessons are answered, and how often each question is answered right.

Both count each browser's first attempt at a lesson only, and say so above the table.
"""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import ModelPermissionPolicy

from courses import selectors
from courses.models import LessonPage, QuizAttempt

quiz_permission_policy = ModelPermissionPolicy(QuizAttempt)


class RateColumn(Column):
    def get_value(self, instance):
        return "—" if instance.rate is None else f"{instance.rate}%"


class QuizLessonsReportView(ReportView):
    template_name = "courses/admin/quiz_report.html"
    page_title = _("Quiz results")
    header_icon = "help"
    index_url_name = "courses_quiz_report"
    index_results_url_name = "courses_quiz_report_results"
    permission_policy = quiz_permission_policy
    permission_required = "view"
    list_export = ["title", "locale", "attempt_count", "all_attempt_count", "average_score"]
    export_headings = {
        "attempt_count": _("Counted attempts"),
        "all_attempt_count": _("All attempts"),
        "average_score": _("Average score"),
    }

    columns = [
        TitleColumn(
            "title",
            label=_("Lesson"),
            get_url=lambda lesson: reverse("courses_quiz_lesson_report", args=[lesson.pk]),
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        Column("attempt_count", label=_("Counted attempts")),
        Column("all_attempt_count", label=_("All attempts")),
        Column("average_score", label=_("Average score"), accessor="average_score_display"),
    ]

    def get_queryset(self):
        return selectors.quiz_lesson_summaries()

    def decorate_paginated_queryset(self, object_list):
        for lesson in object_list:
            lesson.average_score_display = (
                "—" if lesson.average_score is None else f"{lesson.average_score:.1f} / {lesson.question_count:.0f}"
            )
        return object_list


class QuizQuestionsReportView(ReportView):
    template_name = "courses/admin/quiz_report.html"
    header_icon = "help"
    index_url_name = "courses_quiz_lesson_report"
    index_results_url_name = "courses_quiz_lesson_report_results"
    permission_policy = quiz_permission_policy
    permission_required = "view"
    paginate_by = None
    list_export = ["number", "text", "answered", "correct", "rate"]
    export_headings = {
        "number": _("No."),
        "text": _("Question"),
        "answered": _("Answers"),
        "correct": _("Correct"),
        "rate": _("Correct rate (%)"),
    }
    columns = [
        Column("number", label=_("No.")),
        Column("text", label=_("Question")),
        Column("answered", label=_("Answers")),
        Column("correct", label=_("Correct")),
        RateColumn("rate", label=_("Correct rate")),
    ]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.lesson = get_object_or_404(LessonPage, pk=kwargs["lesson_id"])

    def get_page_title(self):
        return _("Quiz results: %(lesson)s") % {"lesson": self.lesson.title}

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.lesson.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.lesson.pk])

    def get_queryset(self):
        return selectors.quiz_question_stats(lesson=self.lesson)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attempt_counts"] = selectors.quiz_attempt_counts(lesson=self.lesson)
        return context
