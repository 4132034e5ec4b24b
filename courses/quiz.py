"""The quiz as data: what a lesson asks, how a submitted form is read, and how it is scored.

Question and choice ids are the StreamField block ids, so a form can be checked against the quiz the
lesson has now, and statistics survive editors rewording or reordering questions.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

FIELD_PREFIX = "q-"


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    number: int
    text: str
    kind: str
    choices: tuple[Choice, ...]
    explanation: str

    @property
    def multiple(self) -> bool:
        return self.kind == "multiple"

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices if c.correct)

    @property
    def field_name(self) -> str:
        return f"{FIELD_PREFIX}{self.id}"


@dataclass
class ParsedSubmission:
    selected: dict[str, list[str]]
    errors: list[str] = field(default_factory=list)
    # Question ids that need an answer; shown next to the question.
    missing: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    selected: frozenset[str]
    correct: bool


@dataclass(frozen=True)
class QuizResult:
    score: int
    total: int
    results: tuple[QuestionResult, ...]


def questions_from_stream(quiz_stream) -> list[Question]:
    questions = []
    for number, block in enumerate(quiz_stream, start=1):
        value = block.value
        choices = tuple(
            Choice(id=item.id, text=item.value["text"], correct=bool(item.value["correct"]))
            for item in value["choices"].bound_blocks
        )
        questions.append(
            Question(
                id=block.id,
                number=number,
                text=value["question"],
                kind=value["kind"],
                choices=choices,
                explanation=value["explanation"],
            )
        )
    return questions


def parse_submission(*, questions: list[Question], data) -> ParsedSubmission:
    """Read `q-<question id>` fields from a QueryDict. Never raises on bad input: it reports it.

    Whatever can be read is kept in `selected`, even when there are errors, so the form can be shown again
    with the visitor's answers: a question deleted or a choice removed since the page was loaded costs only
    that answer, not all of them.
    """
    by_id = {q.id: q for q in questions}
    submitted_ids = {key[len(FIELD_PREFIX) :] for key in data.keys() if key.startswith(FIELD_PREFIX)}
    parsed = ParsedSubmission(selected={})

    if submitted_ids - by_id.keys():
        parsed.errors.append(
            _("The quiz has changed since this page was loaded. Check your answers below and send them again.")
        )

    for question in questions:
        values = list(dict.fromkeys(v for v in data.getlist(question.field_name) if v))
        valid_ids = {c.id for c in question.choices}
        known = [v for v in values if v in valid_ids]
        if len(known) < len(values):
            parsed.errors.append(
                _("Question %(number)s has an answer that is not one of its choices.") % {"number": question.number}
            )
            if known and (question.multiple or len(known) == 1):
                parsed.selected[question.id] = known
            continue
        if not values:
            parsed.missing.add(question.id)
            continue
        if not question.multiple and len(values) > 1:
            parsed.errors.append(_("Question %(number)s takes one answer only.") % {"number": question.number})
            continue
        parsed.selected[question.id] = values

    if parsed.missing:
        numbers = ", ".join(str(q.number) for q in questions if q.id in parsed.missing)
        parsed.errors.append(_("Please answer every question. Still to answer: %(numbers)s.") % {"numbers": numbers})
    return parsed


def score(*, questions: list[Question], selected: dict[str, list[str]]) -> QuizResult:
    results = tuple(
        QuestionResult(
            question=q,
            selected=frozenset(selected.get(q.id, ())),
            correct=frozenset(selected.get(q.id, ())) == q.correct_ids,
        )
        for q in questions
    )
    return QuizResult(score=sum(r.correct for r in results), total=len(results), results=results)


@dataclass(frozen=True)
class ChoiceRow:
    choice: Choice
    checked: bool


@dataclass(frozen=True)
class QuestionRow:
    """One question as the form shows it: the visitor's choices kept, and the verdict once scored."""

    question: Question
    choices: tuple[ChoiceRow, ...]
    missing: bool
    result: QuestionResult | None


def form_rows(
    *,
    questions: list[Question],
    selected: dict[str, list[str]] | None = None,
    missing: set[str] | None = None,
    result: QuizResult | None = None,
) -> list[QuestionRow]:
    selected = selected or {}
    missing = missing or set()
    results = {r.question.id: r for r in result.results} if result else {}
    return [
        QuestionRow(
            question=q,
            choices=tuple(ChoiceRow(choice=c, checked=c.id in selected.get(q.id, ())) for c in q.choices),
            missing=q.id in missing,
            result=results.get(q.id),
        )
        for q in questions
    ]
