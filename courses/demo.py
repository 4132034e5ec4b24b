"""The demo lesson library, in Chinese and English, built from courses/demo_content with the factories."""

from django.db import transaction
from wagtail.models import Page

from cms.demo import demo_account, locales, publish, translation_of
from courses import demo_content
from courses.access import LESSON_EDITORS
from courses.factories import LessonIndexPageFactory, LessonPageFactory, TopicPageFactory
from courses.models import Audience, LessonIndexPage, LessonPage, LessonRelatedLink, TopicPage

INDEX_TEXT = {
    "zh-hans": {"title": "安全课堂", "intro": "<p>按主题浏览安全教育课，可按学段和标签筛选。</p>"},
    "en": {"title": "Safety lessons", "intro": "<p>Browse safety lessons by topic; filter by grade band and tag.</p>"},
}
LANG = {"zh-hans": "zh", "en": "en"}


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _lesson_fields(text: dict) -> dict:
    return {
        "title": text["title"],
        "summary": text["summary"],
        "objectives": "\n".join(text["objectives"]),
        "body": [(kind, value) for kind, value in text["body"]],
        "quiz": [("question", question) for question in text["quiz"]],
    }


@transaction.atomic
def build_lesson_library(*, homes: dict) -> LessonIndexPage:
    loc = locales()
    home = homes["zh-hans"]
    index = _child(home, LessonIndexPage, "lessons")
    if index is None:
        index = publish(
            LessonIndexPageFactory(parent=home, slug="lessons", show_in_menus=False, **INDEX_TEXT["zh-hans"])
        )
    index_en = translation_of(index, loc["en"], **INDEX_TEXT["en"])
    for lang, idx in (("zh-hans", index), ("en", index_en)):
        # Fetched afresh: the instances passed in predate the children added above, and saving a stale
        # instance would write back an out-of-date child count.
        home = type(homes[lang]).objects.get(pk=homes[lang].pk)
        if home.featured_section_id != idx.pk:
            home.featured_section = idx
            publish(home)

    audiences = {a.code: a for a in Audience.objects.all()}
    lessons: dict[str, LessonPage] = {}
    specs = {}
    for module in demo_content.topics():
        spec = module.TOPIC
        topic = _child(index, TopicPage, spec["slug"])
        if topic is None:
            topic = publish(
                TopicPageFactory(parent=index, slug=spec["slug"], title=spec["zh"]["title"], intro=spec["zh"]["intro"])
            )
        translation_of(topic, loc["en"], title=spec["en"]["title"], intro=spec["en"]["intro"])
        for lesson_spec in module.LESSONS:
            specs[lesson_spec["slug"]] = lesson_spec
            lesson = _child(topic, LessonPage, lesson_spec["slug"])
            if lesson is None:
                lesson = LessonPageFactory(
                    parent=topic,
                    slug=lesson_spec["slug"],
                    duration_minutes=lesson_spec["duration_minutes"],
                    audiences=lesson_spec["audiences"],
                    tag_names=lesson_spec["zh"]["tags"],
                    **_lesson_fields(lesson_spec["zh"]),
                )
                publish(lesson)
            lessons[lesson_spec["slug"]] = lesson
            translation_of(
                lesson,
                loc["en"],
                tags=lesson_spec["en"]["tags"],
                audiences=[audiences[c] for c in lesson_spec["audiences"]],
                **_lesson_fields(lesson_spec["en"]),
            )

    # Related lessons point at the Chinese pages; each language shows its own translation of them.
    for slug, lesson in lessons.items():
        if not lesson.related_links.exists():
            for order, related_slug in enumerate(specs[slug]["related"]):
                if related_slug in lessons:
                    LessonRelatedLink.objects.create(page=lesson, lesson=lessons[related_slug], sort_order=order)
    return index


def load_lesson_demo(*, homes: dict, stdout) -> list[tuple[str, str]]:
    accounts = [
        demo_account(
            username="editor",
            groups=[LESSON_EDITORS],
            description="Lesson editor: writes and publishes lessons, sees quiz statistics",
        )
    ]
    build_lesson_library(homes=homes)
    stdout.write(f"Lesson library: {LessonPage.objects.live().count()} lesson pages in {len(homes)} languages.")
    return accounts


# Completion certificates, issued as a learner would get them: a stored passing quiz attempt, then the form. The
# attempts have fixed nonces so a re-run finds them (and so the same certificates) again; they are not counted in
# the quiz statistics. One student under 14 (with a guardian's consent), one parent; names with rare characters.
DEMO_COMPLETIONS = [
    {"nonce": "demo-completion-student", "language": "zh-hans", "name": "李𠮷", "under_14": True},
    {"nonce": "demo-completion-parent", "language": "en", "name": "阿卜杜·热合曼", "under_14": False},
]
DEMO_COMPLETION_LESSON = "summer-six-donts"


def load_completion_certificate_demo(*, stdout) -> None:
    from django.http import QueryDict

    from courses import completion, quiz, services
    from courses.models import QuizAttempt
    from courses.tokens import completion_offer_issue, quiz_token_issue

    issued = []
    for spec in DEMO_COMPLETIONS:
        lesson = LessonPage.objects.filter(locale__language_code=spec["language"], slug=DEMO_COMPLETION_LESSON).first()
        if lesson is None:
            continue
        attempt = QuizAttempt.objects.filter(nonce=spec["nonce"]).first()
        if attempt is None:
            data = QueryDict(mutable=True)
            data["token"] = quiz_token_issue(lesson=lesson, nonce=spec["nonce"])
            for question in quiz.questions_from_stream(lesson.quiz):
                data.setlist(question.field_name, sorted(question.correct_ids))
            _result, attempt = services.quiz_attempt_submit(lesson=lesson, data=data, counted=False)
        try:
            certificate = services.completion_certificate_issue(
                lesson=lesson,
                offer_token=completion_offer_issue(attempt=attempt),
                holder_name=spec["name"],
                under_14=spec["under_14"],
                guardian_consent=spec["under_14"],
                notice_version=completion.COMPLETION_NOTICE_VERSION,
            )
        except services.CompletionRefused:
            continue  # revoked since the last run: left as it is
        issued.append(f"{certificate.holder_name} {certificate.grouped_code}")
    stdout.write(f"Completion certificates: {'; '.join(issued) or 'none'}.")
