"""Reads for the lesson library. Each returns everything a page needs in a fixed number of queries."""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import Avg, Count, Exists, OuterRef, Q, Subquery, Window
from django.http import HttpRequest
from taggit.models import Tag
from wagtail.models import Page

from cms.page_cache import remembered
from cms.selectors import public
from courses import quiz
from courses.models import (
    LessonIndexPage,
    LessonPage,
    LessonPageTag,
    LessonRelatedLink,
    QuizAnswer,
    QuizAttempt,
    TopicPage,
)
from courses.models.audience import AudienceCode

LESSONS_PER_PAGE = 12


def _live_lessons():
    return public(LessonPage.objects.live())


def topics_with_counts(*, index_page: LessonIndexPage) -> list[TopicPage]:
    topics = list(public(TopicPage.objects.live().child_of(index_page)).order_by("path"))
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
class AudienceOption:
    code: str
    label: str

    def __str__(self):
        return str(self.label)


@dataclass(frozen=True)
class TopicListing:
    page: PaginatorPage
    audiences: list[AudienceOption]
    tags: list[Tag]
    audience: str
    tag: str
    invalid_filter: bool


class _CountedPaginator(Paginator):
    """A paginator told the count, which came with the page's rows (see _page_of)."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count


def _page_of(lessons, *, number, per_page: int) -> PaginatorPage:
    """One page of `lessons` with the paginator's count, in one query: each row carries the total (a window
    count), so neither the count nor the rows of other pages need a query of their own. A page number past the
    end shows the last page, as Paginator.get_page() does (read with one more query)."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1
    counted = lessons.annotate(total_count=Window(Count("pk")))
    rows = []
    if number >= 1:
        offset = (number - 1) * per_page
        rows = list(counted[offset : offset + per_page])
    if rows:
        total = rows[0].total_count
    elif number != 1:
        # Past the end (or below 1, which Paginator.get_page() also answers with the last page): the last page
        # is the start of the list read backwards, and one query still tells its rows and the total.
        tail = list(counted.reverse()[:per_page])
        total = tail[0].total_count if tail else 0
        number = max(1, -(-total // per_page))
        rows = list(reversed(tail[: total - (number - 1) * per_page]))
    else:
        total = 0
    paginator = _CountedPaginator(lessons, per_page, count=total)
    try:
        paginator.validate_number(number)
    except (EmptyPage, PageNotAnInteger):
        number = 1
    return PaginatorPage(rows, number, paginator)


def topic_lessons(*, topic: TopicPage, audience: str = "", tag: str = "", page_number=1) -> TopicListing:
    lessons = _live_lessons().child_of(topic)
    tags = list(Tag.objects.filter(courses_lessonpagetag_items__content_object__in=lessons).distinct().order_by("name"))
    # The audiences are the fixed choices (a data migration made one row each, in this order): no query.
    audiences = [AudienceOption(code=code, label=label) for code, label in AudienceCode.choices]

    invalid = False
    if audience:
        if audience in AudienceCode.values:
            # Exists, not a join: a lesson stays one row, so no DISTINCT is needed and the window count holds.
            through = LessonPage.audiences.through.objects.filter(lessonpage_id=OuterRef("pk"), audience__code=audience)
            lessons = lessons.filter(Exists(through))
        else:
            invalid, audience = True, ""
    if tag:
        if any(t.slug == tag for t in tags):
            lessons = lessons.filter(
                Exists(LessonPageTag.objects.filter(content_object_id=OuterRef("pk"), tag__slug=tag))
            )
        else:
            invalid, tag = True, ""

    # A card shows no stream field: leave them unread.
    lessons = lessons.order_by("path").defer_streamfields().prefetch_related("audiences", "tags")
    page = _page_of(lessons, number=page_number, per_page=LESSONS_PER_PAGE)
    return TopicListing(page=page, audiences=audiences, tags=tags, audience=audience, tag=tag, invalid_filter=invalid)


def related_lessons(*, lesson: LessonPage) -> list[LessonPage]:
    """Related lessons in the lesson's own language, whichever locale the editor picked them in."""
    if lesson.pk is None or lesson.related_links.is_deferring:
        # A preview: the links are the draft's, in memory.
        keys = [link.lesson.translation_key for link in lesson.related_links.all()]
        if not keys:
            return []
        found = {
            page.translation_key: page
            for page in _live_lessons().filter(translation_key__in=keys, locale_id=lesson.locale_id)
        }
        return [found[key] for key in keys if key in found]
    # Otherwise one query: the lessons the saved links name, in the links' order.
    links = LessonRelatedLink.objects.filter(page_id=lesson.pk)
    first_link = links.filter(lesson__translation_key=OuterRef("translation_key")).order_by("sort_order", "pk")
    return list(
        _live_lessons()
        .filter(locale_id=lesson.locale_id, translation_key__in=links.values("lesson__translation_key"))
        .annotate(link_order=Subquery(first_link.values("sort_order")[:1]))
        .order_by("link_order", "path")
        .defer_streamfields()
    )


def lesson_page_context(*, lesson: LessonPage, request: HttpRequest | None = None) -> dict:
    if lesson.pk is None or lesson.related_links.is_deferring:
        related = related_lessons(lesson=lesson)  # a preview's draft links
    else:
        # Kept across requests until the next page change (publishing, unpublishing or editing any lesson's
        # related lessons, which cms.page_cache and courses.signals invalidate on).
        related = remembered(f"related-lessons:{lesson.pk}", lambda: related_lessons(lesson=lesson), request=request)
    return {
        "topic": lesson.get_parent(),
        "lesson_audiences": list(lesson.audiences.all()),
        "lesson_tags": list(lesson.tags.all()),
        "related": related,
        "quiz_rows": quiz.form_rows(questions=quiz.questions_from_stream(lesson.quiz)),
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
