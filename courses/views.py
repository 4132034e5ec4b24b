from django.http import HttpResponse
from django.shortcuts import redirect

from courses import handout, quiz, services
from courses.models import LessonPage
from courses.tokens import quiz_token_issue


def _render_lesson(
    request,
    *,
    lesson: LessonPage,
    status: int = 200,
    selected: dict | None = None,
    missing: set | None = None,
    result: quiz.QuizResult | None = None,
    errors: list | None = None,
):
    questions = quiz.questions_from_stream(lesson.quiz)
    response = lesson.render(
        request,
        context_overrides={
            "quiz_token": quiz_token_issue(lesson=lesson),
            "quiz_rows": quiz.form_rows(questions=questions, selected=selected, missing=missing, result=result),
            "quiz_result": result,
            "quiz_errors": errors or [],
        },
    )
    response.status_code = status
    return response


def quiz_submit_view(request, *, lesson: LessonPage):
    if request.method != "POST":
        return redirect(lesson.url + "#quiz")
    try:
        result, _attempt = services.quiz_attempt_submit(lesson=lesson, data=request.POST)
    except services.QuizSubmissionError as error:
        return _render_lesson(
            request,
            lesson=lesson,
            status=400,
            selected=error.selected,
            missing=error.missing,
            errors=error.messages,
        )
    selected = {r.question.id: list(r.selected) for r in result.results}
    return _render_lesson(request, lesson=lesson, selected=selected, result=result)


def handout_view(request, *, lesson: LessonPage):
    pdf = handout.lesson_handout_render(lesson=lesson)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{lesson.slug}.pdf"'
    return response
