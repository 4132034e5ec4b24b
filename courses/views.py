from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from certificates.links import verify_path
from certificates.models import Certificate, CertificateKind
from certificates.render import certificate_pdf
from courses import completion, handout, quiz, services
from courses.forms import CompletionCertificateForm
from courses.models import LessonPage, QuizAttempt
from courses.tokens import (
    COMPLETION_DOWNLOAD_MAX_AGE,
    completion_download_certificate_id,
    completion_download_issue,
    completion_offer_issue,
    quiz_counted_lessons,
    quiz_counted_remember,
    quiz_token_issue,
)


def _render_lesson(
    request,
    *,
    lesson: LessonPage,
    status: int = 200,
    selected: dict | None = None,
    missing: set | None = None,
    result: quiz.QuizResult | None = None,
    errors: list | None = None,
    attempt: QuizAttempt | None = None,
):
    questions = quiz.questions_from_stream(lesson.quiz)
    # Offered for a passing attempt the server stored; the form carries a signed reference to it, not the score.
    completion_form = None
    if attempt is not None and completion.attempt_passes(attempt):
        completion_form = CompletionCertificateForm(initial={"token": completion_offer_issue(attempt=attempt)})
    # Unlike the lesson page itself (cached whole, so its form fetches a token, see quiz_token_view), an answer
    # page is for one visitor: it carries its own fresh token and the CSRF token, and is never stored anywhere.
    response = lesson.render(
        request,
        context_overrides={
            "quiz_token": quiz_token_issue(lesson=lesson),
            "quiz_rows": quiz.form_rows(questions=questions, selected=selected, missing=missing, result=result),
            "quiz_result": result,
            "quiz_errors": errors or [],
            "completion_form": completion_form,
            **completion.page_context(),
        },
    )
    response.status_code = status
    add_never_cache_headers(response)
    return response


def quiz_token_view(request, *, lesson: LessonPage):
    """A fresh one-time quiz token and the CSRF token (its cookie set on this answer), fetched by the quiz form of
    the cached lesson page when it is first used (courses/static/courses/quiz.js). Never cached."""
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    response = JsonResponse({"token": quiz_token_issue(lesson=lesson), "csrf": get_token(request)})
    add_never_cache_headers(response)
    return response


def quiz_submit_view(request, *, lesson: LessonPage):
    if request.method != "POST":
        if any(name.startswith(quiz.FIELD_PREFIX) for name in request.GET):
            return _quiz_answers_unsent(request, lesson=lesson)
        return redirect(lesson.url + "#quiz")
    counted_lessons = quiz_counted_lessons(request)
    try:
        services.quiz_submission_throttle(request=request, lesson=lesson)
        result, attempt = services.quiz_attempt_submit(
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
    response = _render_lesson(request, lesson=lesson, selected=selected, result=result, attempt=attempt)
    quiz_counted_remember(response, lessons=counted_lessons, lesson_id=lesson.pk)
    return response


def _quiz_answers_unsent(request, *, lesson: LessonPage):
    """The quiz form of the cached lesson page sends its answers here by GET when it has no token: in a browser
    without JavaScript, or when fetching the token failed. Nothing is scored, stored or counted; the answers come
    back checked in a form that has its token, and one more click sends them."""
    questions = quiz.questions_from_stream(lesson.quiz)
    parsed = quiz.parse_submission(questions=questions, data=request.GET)
    return _render_lesson(
        request,
        lesson=lesson,
        selected=parsed.selected,
        errors=[_("Your answers are kept below but have not been checked yet: send them to be scored.")],
    )


def handout_view(request, *, lesson: LessonPage):
    pdf = handout.lesson_handout_render(lesson=lesson)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{lesson.slug}.pdf"'
    return response


def _completion_page(request, *, lesson: LessonPage, status: int = 200, **context):
    response = lesson.render(
        request,
        template="courses/completion_certificate.html",
        context_overrides={**completion.page_context(), **context},
    )
    response.status_code = status
    return response


def completion_certificate_view(request, *, lesson: LessonPage):
    """The certificate form, sent from a passing quiz result. POST only; CSRF-checked like every form."""
    if request.method != "POST":
        return redirect(lesson.url + "#quiz")
    retry_after = services.completion_certificate_throttle(request=request, lesson=lesson)
    if retry_after is not None:
        response = _completion_page(
            request,
            lesson=lesson,
            status=429,
            refusal=_(
                "Too many certificate requests have come from your network in the past hour. Please try again later."
            ),
        )
        response["Retry-After"] = str(retry_after)
        return response
    form = CompletionCertificateForm(request.POST)
    if form.is_valid():
        try:
            certificate = services.completion_certificate_issue(
                lesson=lesson,
                offer_token=form.cleaned_data["token"],
                holder_name=form.cleaned_data["holder_name"],
                under_14=form.is_under_14,
                guardian_consent=form.cleaned_data["guardian_consent"],
                notice_version=form.cleaned_data["notice_version"],
            )
        except services.CompletionRefused as refused:
            return _completion_page(request, lesson=lesson, status=refused.status, refusal=refused.message)
        except services.NoticeChanged as changed:
            form = CompletionCertificateForm.with_current_notice(request.POST)
            form.is_valid()
            form.add_error(None, changed.message)
            return _completion_page(request, lesson=lesson, status=409, completion_form=form)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if certificate.holder_name != form.cleaned_data["holder_name"]:
                messages.info(
                    request,
                    _(
                        "This quiz attempt already had a certificate, so you get the same one, with the name first "
                        "given. To correct a name, ask your school."
                    ),
                )
            token = completion_download_issue(certificate=certificate)
            return redirect(lesson.url + lesson.reverse_subpage("certificate_ready", args=[token]))
    elif "token" in form.errors:
        return _completion_page(
            request,
            lesson=lesson,
            status=400,
            refusal=_("This certificate form is no longer valid. Take the quiz again to be offered a certificate."),
        )
    return _completion_page(request, lesson=lesson, status=400, completion_form=form)


def _downloadable(*, lesson: LessonPage, token: str) -> Certificate | None:
    pk = completion_download_certificate_id(token)
    if pk is None:
        return None
    return Certificate.objects.filter(
        pk=pk, kind=CertificateKind.COMPLETION, subject_key=completion.subject_key(lesson)
    ).first()


def _link_expired(request, *, lesson: LessonPage):
    return _completion_page(
        request,
        lesson=lesson,
        status=404,
        refusal=_(
            "This download link is not valid or has expired (links last %(days)s days). Your certificate is still "
            "valid: check it with its verification code, or ask your teacher for a copy."
        )
        % {"days": COMPLETION_DOWNLOAD_MAX_AGE // 86400},
    )


def completion_ready_view(request, *, lesson: LessonPage, token: str):
    """Where the learner lands after the form: the download, and the certificate's verification address."""
    certificate = _downloadable(lesson=lesson, token=token)
    if certificate is None:
        return _link_expired(request, lesson=lesson)
    response = _completion_page(
        request,
        lesson=lesson,
        certificate=certificate,
        pdf_url=lesson.url + lesson.reverse_subpage("certificate_pdf", args=[token]),
        verify_path=verify_path(certificate.code),
    )
    response["Cache-Control"] = "private, no-store"
    # The page's address holds the download token: never send it on, not even to the verification page. (Not on
    # the form's pages: a browser sends a form from a no-referrer page with "Origin: null", which CSRF refuses.)
    response["Referrer-Policy"] = "no-referrer"
    return response


def completion_pdf_view(request, *, lesson: LessonPage, token: str):
    certificate = _downloadable(lesson=lesson, token=token)
    if certificate is None:
        return _link_expired(request, lesson=lesson)
    if certificate.is_revoked:
        return _completion_page(
            request,
            lesson=lesson,
            status=410,
            refusal=_("This certificate was revoked, so it can no longer be downloaded."),
        )
    response = HttpResponse(certificate_pdf(certificate=certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
