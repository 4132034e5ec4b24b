"""Writes for the lesson library."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage
from wagtail.models import GroupPagePermission

from certificates.models import Certificate, CertificateKind
from certificates.services import certificate_issue
from cms.roles import group_with_admin_access
from courses import completion, quiz
from courses.access import EDITOR_MODEL_PERMISSIONS, EDITOR_PAGE_PERMISSIONS, LESSON_EDITORS
from courses.models import LessonIndexPage, LessonPage, QuizAnswer, QuizAttempt
from courses.tokens import QUIZ_TOKEN_MAX_AGE, QUIZ_TOKEN_SALT, completion_offer_attempt_id


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

    status = 400

    def __init__(self, messages, *, missing: set[str] | None = None, selected: dict | None = None):
        super().__init__("; ".join(str(m) for m in messages))
        self.messages = list(messages)
        self.missing = missing or set()
        self.selected = selected or {}


class QuizSubmissionThrottled(QuizSubmissionError):
    """Too many submissions from one address at one lesson: refused unread, the form token still unused."""

    status = 429

    def __init__(self, messages, *, selected: dict, retry_after: int):
        super().__init__(messages, selected=selected)
        self.retry_after = retry_after


def _quiz_token_nonce(*, lesson: LessonPage, token: str) -> str:
    try:
        payload = signing.loads(token or "", salt=QUIZ_TOKEN_SALT, max_age=QUIZ_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise QuizSubmissionError([_("This quiz form had expired. Your answers are kept below: send them again.")])
    except signing.BadSignature:
        raise QuizSubmissionError([_("This quiz form was not valid. Your answers are kept below: send them again.")])
    if not isinstance(payload, dict) or payload.get("l") != lesson.pk or not isinstance(payload.get("n"), str):
        raise QuizSubmissionError(
            [_("This quiz form belonged to another lesson. Your answers are kept below: send them again.")]
        )
    return payload["n"]


def quiz_submission_throttle(*, request: HttpRequest, lesson: LessonPage) -> None:
    """Count one quiz submission from the request's address at this lesson; refuse it once over the limit.

    Every POST counts, scored or not: a flood of broken forms costs the same as a flood of answers, and a
    student who fixes a missing answer sends two. The limit is per lesson, so a class that moves on to the
    next lesson starts afresh. The count lives in Django's cache, which every web process must share (Redis
    in production) for the limit to hold. Raises QuizSubmissionThrottled, with the visitor's answers kept
    for the page, and nothing is stored.
    """
    usage = get_usage(
        request,
        group=f"courses.quiz.lesson.{lesson.pk}",
        key="ip",
        rate=f"{settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR}/h",
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return
    questions = quiz.questions_from_stream(lesson.quiz)
    parsed = quiz.parse_submission(questions=questions, data=request.POST)
    raise QuizSubmissionThrottled(
        [
            _(
                "Too many answers to this quiz have come from your network in the past hour, so these were not "
                "checked. Your answers are kept below: please send them again later."
            )
        ],
        selected=parsed.selected,
        retry_after=max(usage["time_left"], 1),
    )


def quiz_attempt_submit(*, lesson: LessonPage, data, counted: bool) -> tuple[quiz.QuizResult, QuizAttempt]:
    """Score a submitted quiz form and store the attempt anonymously.

    `counted` says whether the attempt goes into the statistics (the browser's first at this lesson); the
    visitor is scored either way. Raises QuizSubmissionError for anything that cannot be scored, keeping
    what the visitor chose so the form can be shown again with their answers.
    """
    questions = quiz.questions_from_stream(lesson.quiz)
    if not questions:
        raise QuizSubmissionError([_("This lesson has no quiz.")])
    parsed = quiz.parse_submission(questions=questions, data=data)
    try:
        nonce = _quiz_token_nonce(lesson=lesson, token=data.get("token", ""))
    except QuizSubmissionError as error:
        raise QuizSubmissionError(error.messages + parsed.errors, missing=parsed.missing, selected=parsed.selected)
    if parsed.errors:
        raise QuizSubmissionError(parsed.errors, missing=parsed.missing, selected=parsed.selected)

    result = quiz.score(questions=questions, selected=parsed.selected)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                lesson=lesson, nonce=nonce, score=result.score, total=result.total, counted=counted
            )
            QuizAnswer.objects.bulk_create(
                QuizAnswer(attempt=attempt, question_id=r.question.id, correct=r.correct) for r in result.results
            )
    except IntegrityError:
        raise QuizSubmissionError(
            [_("These answers were already sent from this form. They are kept below: send them again to be scored.")],
            selected=parsed.selected,
        )
    return result, attempt


class CompletionRefused(Exception):
    """A completion certificate that may not be issued; `message` is for the learner. Nothing was stored."""

    def __init__(self, message, *, status: int = 403):
        super().__init__(str(message))
        self.message = message
        self.status = status


class NoticeChanged(Exception):
    """The privacy notice changed after the form was shown: the learner must see the new one first."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def completion_certificate_throttle(*, request: HttpRequest, lesson: LessonPage) -> int | None:
    """Count one certificate request from the request's address at this lesson. Returns the seconds to wait when
    over the limit, else None. The same hourly limit as the quiz, counted separately, so a class behind one school
    address that has just sent its answers can still ask for its certificates."""
    usage = get_usage(
        request,
        group=f"courses.completion.lesson.{lesson.pk}",
        key="ip",
        rate=f"{settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR}/h",
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return None
    return max(usage["time_left"], 1)


def completion_certificate_issue(
    *,
    lesson: LessonPage,
    offer_token: str,
    holder_name: str,
    under_14: bool,
    guardian_consent: bool,
    notice_version: str,
) -> Certificate:
    """Issue (or find again) the completion certificate for the quiz attempt the offer token names.

    The score comes from the stored attempt, never from the form. One attempt gives one certificate: sending the
    form again returns the same one. `notice_version` is the privacy notice the form showed, recorded on the
    certificate; if it is no longer the one in force, nothing is issued (NoticeChanged): the name is kept, and the
    guardian agrees, under the notice the learner read. Raises CompletionRefused when the attempt does not
    qualify, and django.core.exceptions.ValidationError (keyed by field) for a name no font can print or a
    missing consent.
    """
    attempt_id = completion_offer_attempt_id(offer_token)
    attempt = QuizAttempt.objects.select_related("lesson").filter(pk=attempt_id).first() if attempt_id else None
    if attempt is None or attempt.lesson.translation_key != lesson.translation_key:
        raise CompletionRefused(
            _("This certificate form is no longer valid. Take the quiz again to be offered a certificate."), status=400
        )
    if not completion.attempt_passes(attempt):
        raise CompletionRefused(
            _("A certificate needs a quiz score of at least %(percent)s%%.") % {"percent": completion.PASS_PERCENT}
        )
    if notice_version != completion.COMPLETION_NOTICE_VERSION:
        raise NoticeChanged(
            _(
                "The privacy notice has changed since this form was shown. Nothing was issued yet: read the new "
                "notice below (version %(version)s), then send the form again."
            )
            % {"version": completion.COMPLETION_NOTICE_VERSION}
        )
    if under_14 and not guardian_consent:
        raise ValidationError({"guardian_consent": _("Under 14, a parent or guardian must agree first.")})
    keys = {
        "kind": CertificateKind.COMPLETION,
        "subject_key": completion.subject_key(lesson),
        "holder_key": completion.holder_key(attempt),
    }
    certificates = Certificate.objects.filter(**keys)
    if certificates.exists() and not certificates.filter(revoked_at__isnull=True).exists():
        raise CompletionRefused(
            _("The certificate for this attempt was withdrawn. Take the quiz again to be offered a new one.")
        )
    language = completion.certificate_language(lesson.locale.language_code)
    percent = completion.score_percent(score=attempt.score, total=attempt.total)
    title, statement = completion.certificate_text(language=language, lesson_title=lesson.title, score=percent)
    return certificate_issue(
        **keys,
        holder_name=holder_name,
        title=title,
        statement=statement,
        issuer=completion.issuer_name(),
        language=language,
        notice_version=notice_version,
        guardian_consent=bool(under_14 and guardian_consent),
    )


def completion_certificates_purge(*, now=None) -> int:
    """Delete the completion certificates issued more than COMPLETION_RETENTION_YEARS ago, as the privacy notice
    promises; their verification addresses then answer "not found". A certificate that was reissued goes only
    once its replacement is old enough too (a replacement protects what it replaces). Returns how many went."""
    now = now or timezone.now()
    if (now.month, now.day) == (2, 29):
        now -= datetime.timedelta(days=1)
    cutoff = now.replace(year=now.year - completion.COMPLETION_RETENTION_YEARS)
    old = Certificate.objects.filter(
        kind=CertificateKind.COMPLETION, subject_key__startswith="courses.lesson:", issued_at__lt=cutoff
    )
    deleted = 0
    while True:
        with transaction.atomic():
            count, _by_model = old.filter(replaced_by__isnull=True).delete()
        if not count:
            return deleted
        deleted += count
