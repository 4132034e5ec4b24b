import pytest
from django.core import signing

from courses.factories import LessonPageFactory, quiz_question
from courses.models import QuizAnswer, QuizAttempt
from courses.quiz import questions_from_stream
from courses.selectors import quiz_question_stats
from courses.tokens import QUIZ_TOKEN_SALT, quiz_token_issue


@pytest.fixture
def lesson(lesson_tree):
    return LessonPageFactory(
        parent=lesson_tree["topic"],
        slug="quiz-lesson",
        quiz=[
            quiz_question(),
            quiz_question(
                question="哪些是防溺水“六不”？",
                kind="multiple",
                choices=[("不私自下水游泳", True), ("不到不熟悉的水域游泳", True), ("可以独自去河边", False)],
                explanation="六不之二。",
            ),
        ],
    )


def right_answers(lesson):
    return {q.field_name: [c.id for c in q.choices if c.correct] for q in questions_from_stream(lesson.quiz)}


def submit(client, lesson, answers, token=None):
    data = {"token": token or quiz_token_issue(lesson=lesson), **answers}
    return client.post(lesson.url + "quiz/", data)


def test_all_right_scores_full_marks_and_shows_explanations(client, lesson):
    response = submit(client, lesson, right_answers(lesson))
    assert response.status_code == 200
    result = response.context["quiz_result"]
    assert (result.score, result.total) == (2, 2)
    html = response.content.decode()
    assert "不要贸然下水。" in html and "六不之二。" in html


def test_multiple_choice_needs_exactly_the_right_set(client, lesson):
    questions = questions_from_stream(lesson.quiz)
    answers = right_answers(lesson)
    answers[questions[1].field_name] = answers[questions[1].field_name][:1]  # one of two right choices
    result = submit(client, lesson, answers).context["quiz_result"]
    assert result.score == 1
    assert [r.correct for r in result.results] == [True, False]


def test_attempts_are_stored_without_personal_data(client, lesson, django_user_model):
    user = django_user_model.objects.create_user("teacher", password="x")
    client.force_login(user)
    submit(client, lesson, right_answers(lesson))
    attempt = QuizAttempt.objects.get()
    assert {f.name for f in QuizAttempt._meta.concrete_fields} == {
        "id",
        "lesson",
        "nonce",
        "score",
        "total",
        "created_at",
    }
    assert attempt.answers.count() == 2


def test_missing_answers_get_a_message_and_keep_what_was_chosen(client, lesson):
    questions = questions_from_stream(lesson.quiz)
    chosen = questions[0].choices[1].id
    response = submit(client, lesson, {questions[0].field_name: chosen})
    assert response.status_code == 400
    assert response.context["quiz_errors"]
    rows = response.context["quiz_rows"]
    assert rows[1].missing and not rows[0].missing
    assert [c.checked for c in rows[0].choices] == [False, True, False]
    assert f'value="{chosen}" checked' in response.content.decode()
    assert QuizAttempt.objects.count() == 0


@pytest.mark.parametrize(
    "tamper",
    [
        lambda answers, q: {**answers, q[0].field_name: "not-a-choice"},
        lambda answers, q: {**answers, "q-forged-question": q[0].choices[0].id},
        lambda answers, q: {**answers, q[0].field_name: [c.id for c in q[0].choices]},  # two answers to single choice
        lambda answers, q: {**answers, q[1].field_name: q[0].choices[0].id},  # another question's choice
    ],
    ids=["unknown-choice", "tampered-question-id", "two-answers-to-single", "foreign-choice"],
)
def test_tampered_forms_get_a_clear_message(client, lesson, tamper):
    questions = questions_from_stream(lesson.quiz)
    response = submit(client, lesson, tamper(right_answers(lesson), questions))
    assert response.status_code == 400
    assert response.context["quiz_errors"]
    assert QuizAttempt.objects.count() == 0


def test_replayed_form_is_refused(client, lesson):
    token = quiz_token_issue(lesson=lesson)
    assert submit(client, lesson, right_answers(lesson), token=token).status_code == 200
    response = submit(client, lesson, right_answers(lesson), token=token)
    assert response.status_code == 400
    assert "已提交过" in response.content.decode()
    assert QuizAttempt.objects.count() == 1


@pytest.mark.parametrize(
    "make_token",
    [
        lambda lesson: "",
        lambda lesson: "garbage",
        lambda lesson: signing.dumps({"l": lesson.pk + 1000, "n": "x" * 32}, salt=QUIZ_TOKEN_SALT),
        lambda lesson: signing.dumps({"l": lesson.pk, "n": "x"}, salt="another-salt"),
    ],
    ids=["missing", "garbage", "other-lesson", "wrong-signature"],
)
def test_bad_tokens_are_refused(client, lesson, make_token):
    response = submit(client, lesson, right_answers(lesson), token=make_token(lesson) or " ")
    assert response.status_code == 400
    assert response.context["quiz_errors"]
    assert QuizAttempt.objects.count() == 0


def test_get_on_the_quiz_address_goes_back_to_the_lesson(client, lesson):
    response = client.get(lesson.url + "quiz/")
    assert response.status_code == 302
    assert response["Location"] == lesson.url + "#quiz"


def test_question_stats_give_per_question_correct_rates(client, lesson):
    questions = questions_from_stream(lesson.quiz)
    submit(client, lesson, right_answers(lesson))
    wrong = right_answers(lesson)
    wrong[questions[0].field_name] = [questions[0].choices[1].id]
    submit(client, lesson, wrong)
    stats = quiz_question_stats(lesson=lesson)
    assert [(s.number, s.answered, s.correct, s.rate) for s in stats] == [(1, 2, 1, 50.0), (2, 2, 2, 100.0)]
    assert QuizAnswer.objects.count() == 4


def test_editors_see_correct_rates_in_the_admin(client, lesson, django_user_model):
    from django.contrib.auth.models import Group, Permission

    submit(client, lesson, right_answers(lesson))
    editor = django_user_model.objects.create_user("quiz-editor", password="x")
    group = Group.objects.create(name="Quiz readers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_quizattempt")
    )
    editor.groups.add(group)
    outsider = django_user_model.objects.create_user("quiz-outsider", password="x")
    outsider.groups.add(Group.objects.create(name="Others"))
    Group.objects.get(name="Others").permissions.add(Permission.objects.get(codename="access_admin"))

    client.force_login(outsider)
    assert client.get("/admin/reports/quiz/").status_code in (302, 403)
    assert client.get(f"/admin/reports/quiz/{lesson.pk}/").status_code in (302, 403)

    client.force_login(editor)
    listing = client.get("/admin/reports/quiz/")
    assert listing.status_code == 200 and lesson.title in listing.content.decode()
    detail = client.get(f"/admin/reports/quiz/{lesson.pk}/")
    html = detail.content.decode()
    assert detail.status_code == 200
    assert "哪些是防溺水“六不”？" in html and "100.0%" in html
    export = client.get(f"/admin/reports/quiz/{lesson.pk}/?export=csv")
    assert export.status_code == 200 and "100.0" in b"".join(export.streaming_content).decode()
