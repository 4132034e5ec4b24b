"""Signed values for the quiz: one-time form tokens, and the cookie that tells a browser's first attempt.

Neither holds anything about the person: a token is a lesson id and a random value, the cookie a list of
lesson ids.
"""

import base64
import secrets

from django.conf import settings
from django.core import signing

QUIZ_TOKEN_SALT = "courses.quiz"
QUIZ_TOKEN_MAX_AGE = 60 * 60 * 24  # a lesson left open in a tab overnight can still be submitted

QUIZ_COUNTED_COOKIE = "quiz_counted"
QUIZ_COUNTED_SALT = "courses.quiz.counted"
QUIZ_COUNTED_MAX_AGE = 60 * 60 * 24 * 365  # a school year and a bit: a class that comes back is not counted twice
# A cookie must stay well under 4 KB: a browser that answers more lessons than this forgets the oldest ones,
# and a new attempt at one of those counts again.
QUIZ_COUNTED_KEEP = 100


def quiz_token_issue(*, lesson, nonce: str | None = None) -> str:
    """`nonce` is for the demo, whose fixed attempts must be found again on a re-run; visitors get a random one."""
    return signing.dumps({"l": lesson.pk, "n": nonce or secrets.token_hex(16)}, salt=QUIZ_TOKEN_SALT)


def quiz_counted_lessons(request) -> list[int]:
    """Ids of the lessons this browser already had an attempt counted at, oldest first.

    A missing, expired or tampered cookie reads as a browser that has had nothing counted.
    """
    value = request.get_signed_cookie(
        QUIZ_COUNTED_COOKIE, default="", salt=QUIZ_COUNTED_SALT, max_age=QUIZ_COUNTED_MAX_AGE
    )
    return [int(part) for part in value.split(".") if part.isascii() and part.isdigit()]


def quiz_counted_remember(response, *, lessons: list[int], lesson_id: int) -> None:
    """Add a lesson to the browser's cookie as the most recent, keeping it bounded in size."""
    lessons = [pk for pk in lessons if pk != lesson_id] + [lesson_id]
    response.set_signed_cookie(
        QUIZ_COUNTED_COOKIE,
        ".".join(str(pk) for pk in lessons[-QUIZ_COUNTED_KEEP:]),
        salt=QUIZ_COUNTED_SALT,
        max_age=QUIZ_COUNTED_MAX_AGE,
        path="/",
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


# Completion certificates. The offer token names a stored quiz attempt, so the certificate form can only be sent
# for an attempt the server scored; it holds no score, which is read from the attempt. The download token names a
# certificate: whoever holds it may download the PDF without an account, for a limited time.
COMPLETION_OFFER_SALT = "courses.completion.offer"
COMPLETION_OFFER_MAX_AGE = QUIZ_TOKEN_MAX_AGE
COMPLETION_DOWNLOAD_SALT = "courses.completion.download"
COMPLETION_DOWNLOAD_MAX_AGE = 60 * 60 * 24 * 7  # a week: time to print it at home or at school


def _sign_id(*, key: str, pk: int, salt: str) -> str:
    """A signed, timestamped id as a single URL path segment: Wagtail's page URLs take only letters, digits, "-"
    and "_", so the signed value (which has ":" between its parts) is base64-encoded once more."""
    signed = signing.dumps({key: pk}, salt=salt)
    return base64.urlsafe_b64encode(signed.encode()).rstrip(b"=").decode()


def _signed_id(value: str, *, key: str, salt: str, max_age: int) -> int | None:
    try:
        signed = base64.urlsafe_b64decode((value or "") + "=" * (-len(value or "") % 4)).decode()
        payload = signing.loads(signed, salt=salt, max_age=max_age)
    except (ValueError, signing.BadSignature):  # SignatureExpired is a BadSignature; bad base64 a ValueError
        return None
    pk = payload.get(key) if isinstance(payload, dict) else None
    return pk if isinstance(pk, int) and not isinstance(pk, bool) else None


def completion_offer_issue(*, attempt) -> str:
    return _sign_id(key="a", pk=attempt.pk, salt=COMPLETION_OFFER_SALT)


def completion_offer_attempt_id(token: str) -> int | None:
    """The quiz attempt a certificate form was offered for; None if the token is missing, forged or expired."""
    return _signed_id(token, key="a", salt=COMPLETION_OFFER_SALT, max_age=COMPLETION_OFFER_MAX_AGE)


def completion_download_issue(*, certificate) -> str:
    return _sign_id(key="c", pk=certificate.pk, salt=COMPLETION_DOWNLOAD_SALT)


def completion_download_certificate_id(token: str) -> int | None:
    """The certificate a download link is for; None if the token is forged or older than a week."""
    return _signed_id(token, key="c", salt=COMPLETION_DOWNLOAD_SALT, max_age=COMPLETION_DOWNLOAD_MAX_AGE)
