"""Blocks that only lessons use: key points, case stories, do-and-don't lists, the parents' section, quizzes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.blocks import BaseStreamBlock, ParagraphBlock


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/key_points.html"
        label = _("Key points")
        description = _("The few things students must remember; printed on the handout.")
        preview_value = {"heading": "要点", "points": ["不私自下水游泳", "不擅自与他人结伴游泳"]}


class CaseStoryBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    story = blocks.TextBlock(label=_("Story"), help_text=_("Composite, illustrative cases only: no real names."))
    takeaway = blocks.TextBlock(required=False, label=_("What we learn"))

    class Meta:
        icon = "openquote"
        template = "courses/blocks/case_story.html"
        label = _("Case story")
        description = _("A short illustrative case and what to learn from it.")
        preview_value = {
            "title": "一次危险的野泳",
            "story": "暑假里，几名学生相约到水库游泳……",
            "takeaway": "不到不熟悉的水域游泳。",
        }


class DoDontBlock(blocks.StructBlock):
    dos = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Do"), min_num=1)
    donts = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Don't"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "courses/blocks/do_dont.html"
        label = _("Do and don't")
        description = _("Two lists side by side; printed on the handout.")
        preview_value = {"dos": ["大声呼救并拨打110"], "donts": ["手拉手下水施救"]}


class ForParentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = ParagraphBlock(label=_("Text"))
    tips = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Tips"), required=False)

    class Meta:
        icon = "group"
        template = "courses/blocks/for_parents.html"
        label = _("For parents")
        description = _("The part of the lesson addressed to parents, so one lesson serves families too.")
        preview_value = {"heading": "给家长的话", "text": "<p>暑假期间请履行监护责任。</p>", "tips": ["了解孩子的去向"]}


class LessonBodyBlock(BaseStreamBlock):
    key_points = KeyPointsBlock()
    case_story = CaseStoryBlock()
    do_dont = DoDontBlock()
    for_parents = ForParentsBlock()


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Answer"))
    correct = blocks.BooleanBlock(required=False, label=_("Correct"))

    class Meta:
        icon = "radio-full"
        template = "courses/blocks/quiz_choice.html"
        label = _("Choice")
        description = _("One possible answer.")
        preview_value = {"text": "大声呼救", "correct": True}


class QuizQuestionBlock(blocks.StructBlock):
    SINGLE = "single"
    MULTIPLE = "multiple"

    question = blocks.TextBlock(label=_("Question"))
    kind = blocks.ChoiceBlock(
        choices=[(SINGLE, _("Single choice")), (MULTIPLE, _("Multiple choice"))],
        default=SINGLE,
        label=_("Kind"),
    )
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2, max_num=8, label=_("Choices"))
    explanation = blocks.TextBlock(label=_("Explanation"), help_text=_("Shown after answering."))

    class Meta:
        icon = "help"
        template = "courses/blocks/quiz_question.html"
        label = _("Quiz question")
        description = _("A self-check question with its choices and an explanation.")
        preview_value = {
            "question": "发现同伴落水，正确的做法是？",
            "kind": "single",
            "choices": [{"text": "大声呼救并抛救生圈", "correct": True}, {"text": "手拉手下水救人", "correct": False}],
            "explanation": "未成年人不要贸然下水施救。",
        }

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if value["kind"] == self.SINGLE and correct != 1:
            raise StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(_("A single-choice question needs exactly one correct answer."))
                }
            )
        if value["kind"] == self.MULTIPLE and correct < 1:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value


class QuizBlock(blocks.StreamBlock):
    question = QuizQuestionBlock()

    class Meta:
        block_counts = {"question": {"max_num": 20}}
