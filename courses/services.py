"""Writes for the lesson library."""

from django.contrib.auth.models import Group, Permission
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission

from cms.roles import group_with_admin_access
from courses import quiz
from courses.access import EDITOR_MODEL_PERMISSIONS, EDITOR_PAGE_PERMISSIONS, LESSON_EDITORS
from courses.models import LessonIndexPage, LessonPage, QuizAnswer, QuizAttempt
from courses.tokens import QUIZ_TOKEN_MAX_AGE, QUIZ_TOKEN_SALT


@transaction.atomic
def lesson_index_editors_grant(*, index: LessonIndexPage) -> Group:
    """Let the lesson editors write and publish below `index` and read the quiz statistics."""
    group = group_with_admin_access(name=LESSON_EDITORS, images=True)
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    for app_label, codename in EDITOR_MODEL_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return group


class QuizSubmissionError(Exception):
    """A submission that cannot be scored. `messages` are for the visitor; nothing was stored."""

    def __init__(self, messages, *, missing: set[str] | None = None, selected: dict | None = None):
        super().__init__("; ".join(str(m) for m in messages))
        self.messages = list(messages)
        self.missing = missing or set()
        self.selected = selected or {}


def _quiz_token_nonce(*, lesson: LessonPage, token: str) -> str:
    try:
        payload = signing.loads(token or "", salt=QUIZ_TOKEN_SALT, max_age=QUIZ_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise QuizSubmissionError([_("This quiz form has expired. Reload the page and answer again.")])
    except signing.BadSignature:
        raise QuizSubmissionError([_("This quiz form is not valid. Reload the page and answer again.")])
    if not isinstance(payload, dict) or payload.get("l") != lesson.pk or not isinstance(payload.get("n"), str):
        raise QuizSubmissionError([_("This quiz form belongs to another lesson. Reload the page and answer again.")])
    return payload["n"]


def quiz_attempt_submit(*, lesson: LessonPage, data) -> tuple[quiz.QuizResult, QuizAttempt]:
    """Score a submitted quiz form and store the attempt anonymously.

    Raises QuizSubmissionError for anything that cannot be scored, keeping what the visitor chose so the
    form can be shown again with their answers.
    """
    questions = quiz.questions_from_stream(lesson.quiz)
    if not questions:
        raise QuizSubmissionError([_("This lesson has no quiz.")])
    parsed = quiz.parse_submission(questions=questions, data=data)
    nonce = _quiz_token_nonce(lesson=lesson, token=data.get("token", ""))
    if parsed.errors:
        raise QuizSubmissionError(parsed.errors, missing=parsed.missing, selected=parsed.selected)

    result = quiz.score(questions=questions, selected=parsed.selected)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(lesson=lesson, nonce=nonce, score=result.score, total=result.total)
            QuizAnswer.objects.bulk_create(
                QuizAnswer(attempt=attempt, question_id=r.question.id, correct=r.correct) for r in result.results
            )
    except IntegrityError:
        raise QuizSubmissionError(
            [_("This form was already submitted. Reload the page to take the quiz again.")],
            selected=parsed.selected,
        )
    return result, attempt
