from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.selectors import public
from courses.models import TopicPage


@hooks.register("cms_search_sections")
def topic_search_sections(*, locale):
    """Site search can be narrowed to one topic."""
    return public(TopicPage.objects.live().filter(locale=locale)).order_by("path")


@hooks.register("cms_load_demo", order=10)
def load_lesson_demo(*, homes, stdout):
    from courses.demo import load_lesson_demo

    return load_lesson_demo(homes=homes, stdout=stdout)


@hooks.register("register_admin_urls")
def quiz_report_urls():
    from courses.views_admin import QuizLessonsReportView, QuizQuestionsReportView

    return [
        path("reports/quiz/", QuizLessonsReportView.as_view(), name="courses_quiz_report"),
        path(
            "reports/quiz/results/",
            QuizLessonsReportView.as_view(results_only=True),
            name="courses_quiz_report_results",
        ),
        path("reports/quiz/<int:lesson_id>/", QuizQuestionsReportView.as_view(), name="courses_quiz_lesson_report"),
        path(
            "reports/quiz/<int:lesson_id>/results/",
            QuizQuestionsReportView.as_view(results_only=True),
            name="courses_quiz_lesson_report_results",
        ),
    ]


class QuizReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_quizattempt")


@hooks.register("register_reports_menu_item")
def quiz_report_menu_item():
    return QuizReportMenuItem(
        _("Quiz results"), reverse("courses_quiz_report"), name="quiz-results", icon_name="help", order=650
    )


@hooks.register("cms_load_demo", order=15)
def load_completion_certificate_demo(*, homes, stdout):
    """After the lesson library (order 10), whose quizzes the demo learners pass."""
    from courses.demo import load_completion_certificate_demo

    load_completion_certificate_demo(stdout=stdout)
