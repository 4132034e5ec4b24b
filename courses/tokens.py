"""Signed values for the quiz: one-time form tokens, and the cookie that tells a browser's first attempt.

Neither holds anything about the person: a token is a lesson id and a random value, the cookie a list of
lesson ids.
"""

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


def quiz_token_issue(*, lesson) -> str:
    return signing.dumps({"l": lesson.pk, "n": secrets.token_hex(16)}, salt=QUIZ_TOKEN_SALT)


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
