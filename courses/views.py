from django.http import HttpResponse
from django.shortcuts import redirect

from courses import handout, quiz, services
from courses.models import LessonPage
from courses.tokens import quiz_counted_lessons, quiz_counted_remember, quiz_token_issue


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
    counted_lessons = quiz_counted_lessons(request)
    try:
        services.quiz_submission_throttle(request=request, lesson=lesson)
        result, _attempt = services.quiz_attempt_submit(
            lesson=lesson, data=request.POST, counted=lesson.pk not in counted_lessons
        )
    except services.QuizSubmissionError as error:
        response = _render_lesson(
            request,
            lesson=lesson,
            status=error.status,
            selected=error.selected,
            missing=error.missing,
            errors=error.messages,
        )
        if isinstance(error, services.QuizSubmissionThrottled):
            response["Retry-After"] = str(error.retry_after)
        return response
    selected = {r.question.id: list(r.selected) for r in result.results}
    response = _render_lesson(request, lesson=lesson, selected=selected, result=result)
    quiz_counted_remember(response, lessons=counted_lessons, lesson_id=lesson.pk)
    return response


def handout_view(request, *, lesson: LessonPage):
    pdf = handout.lesson_handout_render(lesson=lesson)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{lesson.slug}.pdf"'
    return response
