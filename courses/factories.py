import factory
import wagtail_factories

from courses.models import Audience, LessonIndexPage, LessonPage, TopicPage


def quiz_question(question="发现同伴落水，正确的做法是？", kind="single", choices=None, explanation="不要贸然下水。"):
    """Raw StreamField data for one quiz question; choices are (text, correct) pairs."""
    choices = choices or [("大声呼救，抛漂浮物", True), ("手拉手下水救人", False), ("跳下去救", False)]
    return (
        "question",
        {
            "question": question,
            "kind": kind,
            "choices": [{"text": text, "correct": correct} for text, correct in choices],
            "explanation": explanation,
        },
    )


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "安全课堂"
    intro = "<p>五大安全主题课程。</p>"

    class Meta:
        model = LessonIndexPage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"主题 {n}")
    intro = "安全教育主题"
    show_in_menus = True

    class Meta:
        model = TopicPage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"安全课 {n}")
    summary = "一节安全教育课。"
    duration_minutes = 40
    objectives = "知道危险在哪里\n学会求助"
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>暑假是溺水事故的高发期。</p>"),
            ("key_points", {"heading": "要点", "points": ["不私自下水游泳", "不到不熟悉的水域游泳"]}),
            ("do_dont", {"dos": ["大声呼救"], "donts": ["手拉手施救"]}),
            ("for_parents", {"heading": "给家长的话", "text": "<p>请履行监护责任。</p>", "tips": ["了解孩子去向"]}),
        ]
    )
    quiz = factory.LazyFunction(lambda: [quiz_question()])

    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        codes = extracted if extracted is not None else ["upper_primary", "parents"]
        if codes:
            self.audiences.set(Audience.objects.filter(code__in=codes))
            if create:
                self.save()

    @factory.post_generation
    def tag_names(self, create, extracted, **kwargs):
        if extracted:
            self.tags.set(extracted)
            if create:
                self.save()
