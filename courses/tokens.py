"""Signed one-time tokens for quiz forms: they tie a form to its lesson and make replays detectable."""

import secrets

from django.core import signing

QUIZ_TOKEN_SALT = "courses.quiz"
QUIZ_TOKEN_MAX_AGE = 60 * 60 * 24  # a lesson left open in a tab overnight can still be submitted


def quiz_token_issue(*, lesson) -> str:
    return signing.dumps({"l": lesson.pk, "n": secrets.token_hex(16)}, salt=QUIZ_TOKEN_SALT)
