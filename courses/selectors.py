"""Reads for the lesson library. Each returns everything a page needs in a fixed number of queries."""

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Avg, Count, Q
from taggit.models import Tag
from wagtail.models import Page

from courses import quiz
from courses.models import Audience, LessonIndexPage, LessonPage, QuizAnswer, QuizAttempt, TopicPage
from courses.models.audience import AudienceCode
from courses.tokens import quiz_token_issue

LESSONS_PER_PAGE = 12


def _live_lessons():
    return LessonPage.objects.live().public()


def topics_with_counts(*, index_page: LessonIndexPage) -> list[TopicPage]:
    topics = list(TopicPage.objects.live().public().child_of(index_page).order_by("path"))
    if not topics:
        return []
    counts = {}
    # One query for all topics: lessons are direct children, so their path starts with the topic's path.
    lessons = _live_lessons().filter(locale_id=index_page.locale_id, depth=index_page.depth + 2)
    for path in lessons.values_list("path", flat=True):
        counts[path[: -Page.steplen]] = counts.get(path[: -Page.steplen], 0) + 1
    for topic in topics:
        topic.lesson_count = counts.get(topic.path, 0)
    return topics


@dataclass(frozen=True)
class TopicListing:
    page: PaginatorPage
    audiences: list[Audience]
    tags: list[Tag]
    audience: str
    tag: str
    invalid_filter: bool


def topic_lessons(*, topic: TopicPage, audience: str = "", tag: str = "", page_number=1) -> TopicListing:
    lessons = _live_lessons().child_of(topic)
    tags = list(Tag.objects.filter(courses_lessonpagetag_items__content_object__in=lessons).distinct().order_by("name"))
    audiences = list(Audience.objects.all())

    invalid = False
    if audience:
        if audience in AudienceCode.values:
            lessons = lessons.filter(audiences__code=audience)
        else:
            invalid, audience = True, ""
    if tag:
        if any(t.slug == tag for t in tags):
            lessons = lessons.filter(tags__slug=tag)
        else:
            invalid, tag = True, ""

    lessons = lessons.distinct().order_by("path").prefetch_related("audiences", "tags")
    page = Paginator(lessons, LESSONS_PER_PAGE).get_page(page_number)
    return TopicListing(page=page, audiences=audiences, tags=tags, audience=audience, tag=tag, invalid_filter=invalid)


def related_lessons(*, lesson: LessonPage) -> list[LessonPage]:
    """Related lessons in the lesson's own language, whichever locale the editor picked them in."""
    keys = list(lesson.related_links.values_list("lesson__translation_key", flat=True))
    if not keys:
        return []
    found = {
        page.translation_key: page
        for page in _live_lessons().filter(translation_key__in=keys, locale_id=lesson.locale_id)
    }
    return [found[key] for key in keys if key in found]


def lesson_page_context(*, lesson: LessonPage) -> dict:
    return {
        "topic": lesson.get_parent(),
        "lesson_audiences": list(lesson.audiences.all()),
        "lesson_tags": list(lesson.tags.all()),
        "related": related_lessons(lesson=lesson),
        "quiz_rows": quiz.form_rows(questions=quiz.questions_from_stream(lesson.quiz)),
        "quiz_token": quiz_token_issue(lesson=lesson),
    }


@dataclass(frozen=True)
class QuestionStat:
    number: int
    text: str
    answered: int
    correct: int

    @property
    def rate(self) -> float | None:
        return round(100 * self.correct / self.answered, 1) if self.answered else None


def quiz_question_stats(*, lesson: LessonPage) -> list[QuestionStat]:
    """Correct rates per question, from the attempts counted in statistics (each browser's first)."""
    rows = (
        QuizAnswer.objects.filter(attempt__lesson=lesson, attempt__counted=True)
        .values("question_id")
        .annotate(answered=Count("id"), correct=Count("id", filter=Q(correct=True)))
    )
    by_id = {row["question_id"]: row for row in rows}
    return [
        QuestionStat(
            number=q.number,
            text=q.text,
            answered=by_id.get(q.id, {}).get("answered", 0),
            correct=by_id.get(q.id, {}).get("correct", 0),
        )
        for q in quiz.questions_from_stream(lesson.quiz)
    ]


@dataclass(frozen=True)
class AttemptCounts:
    counted: int
    all: int


def quiz_attempt_counts(*, lesson: LessonPage) -> AttemptCounts:
    counts = QuizAttempt.objects.filter(lesson=lesson).aggregate(
        counted=Count("id", filter=Q(counted=True)), all=Count("id")
    )
    return AttemptCounts(counted=counts["counted"], all=counts["all"])


def quiz_lesson_summaries():
    """Lessons with at least one attempt: attempts counted in statistics (each browser's first at the lesson)
    with their average score, and all attempts beside them."""
    counted = Q(quiz_attempts__counted=True)
    return (
        LessonPage.objects.annotate(
            attempt_count=Count("quiz_attempts", filter=counted),
            all_attempt_count=Count("quiz_attempts"),
            average_score=Avg("quiz_attempts__score", filter=counted),
            question_count=Avg("quiz_attempts__total", filter=counted),
        )
        .filter(all_attempt_count__gt=0)
        .select_related("locale")
        .order_by("-attempt_count", "-all_attempt_count", "title")
    )
