"""Completion certificates (结业证书) for learners who pass a lesson's self-check quiz.

Who may have one: anyone whose stored quiz attempt scored at least PASS_PERCENT, at the first attempt or any later
one (the quiz is for learning: a learner who reads the explanations and tries again has learnt the lesson). Each
attempt gives at most one certificate, so a learner who wants a second copy gets the same one.

What is kept: the name to print, and nothing else about the person (no age, no account, no address). The learner
says whether they are under 14; if so, a parent or guardian must agree, and only that agreement is recorded, as
certificates require. The privacy notice they were shown is recorded by its version.
"""

from django.conf import settings

# Change the version whenever the notice's text (courses/includes/completion_notice.html) changes.
COMPLETION_NOTICE_VERSION = "2026-12"
COMPLETION_RETENTION_YEARS = 3
PASS_PERCENT = 80
GUARDIAN_AGE = 14

# The printed text, in the certificate's language. It is the certificate's content, kept as issued, so it does not
# depend on the translation catalogue in force when it is printed.
TEXT = {
    "zh-hans": {
        "title": "结业证书",
        "statement": "完成《{lesson}》学习并通过自测，得分 {score}%。",
    },
    "en": {
        "title": "Certificate of Completion",
        "statement": "Completed the lesson “{lesson}” and passed its self-check quiz with a score of {score}%.",
    },
}


def page_context() -> dict:
    """What the certificate form and its privacy notice show."""
    return {
        "completion_pass_percent": PASS_PERCENT,
        "completion_notice_version": COMPLETION_NOTICE_VERSION,
        "completion_retention_years": COMPLETION_RETENTION_YEARS,
    }


def score_percent(*, score: int, total: int) -> int:
    return round(100 * score / total) if total else 0


def attempt_passes(attempt) -> bool:
    """Whether a stored attempt earns a certificate: integer arithmetic, so 4 of 5 is exactly 80%."""
    return attempt.total > 0 and attempt.score * 100 >= PASS_PERCENT * attempt.total


def certificate_language(language_code: str) -> str:
    return "zh-hans" if (language_code or "").lower().startswith("zh") else "en"


def certificate_text(*, language: str, lesson_title: str, score: int) -> tuple[str, str]:
    text = TEXT[certificate_language(language)]
    return text["title"], text["statement"].format(lesson=lesson_title, score=score)


def issuer_name() -> str:
    """COMPLETION_CERTIFICATE_ISSUER if configured (say, a district's education bureau), else the site's name."""
    return getattr(settings, "COMPLETION_CERTIFICATE_ISSUER", "") or settings.WAGTAIL_SITE_NAME


def subject_key(lesson) -> str:
    """The same in both languages: a Chinese and an English certificate for one lesson certify the same thing."""
    return f"courses.lesson:{lesson.translation_key}"


def holder_key(attempt) -> str:
    return f"courses.attempt:{attempt.pk}"
