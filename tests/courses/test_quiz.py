import html
import re
import time
from unittest import mock

import pytest
from django.core import signing
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils import translation

from courses.factories import LessonPageFactory, quiz_question
from courses.models import QuizAnswer, QuizAttempt
from courses.quiz import parse_submission, questions_from_stream
from courses.selectors import quiz_question_stats
from courses.tokens import (
    QUIZ_COUNTED_COOKIE,
    QUIZ_COUNTED_KEEP,
    QUIZ_COUNTED_MAX_AGE,
    QUIZ_COUNTED_SALT,
    QUIZ_TOKEN_MAX_AGE,
    QUIZ_TOKEN_SALT,
    quiz_token_issue,
)

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


def make_quiz_lesson(parent, slug):
    return LessonPageFactory(
        parent=parent,
        slug=slug,
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


@pytest.fixture
def lesson(lesson_tree):
    return make_quiz_lesson(lesson_tree["topic"], "quiz-lesson")


@pytest.fixture
def other_lesson(lesson_tree):
    return make_quiz_lesson(lesson_tree["topic"], "quiz-lesson-other")


def right_answers(lesson):
    return {q.field_name: [c.id for c in q.choices if c.correct] for q in questions_from_stream(lesson.quiz)}


def wrong_answers(lesson):
    return {q.field_name: [c.id for c in q.choices if not c.correct][:1] for q in questions_from_stream(lesson.quiz)}


def submit(client, lesson, answers, token=None, **extra):
    data = {"token": token or quiz_token_issue(lesson=lesson), **answers}
    return client.post(lesson.url + "quiz/", data, **extra)


def attempts(lesson):
    return QuizAttempt.objects.filter(lesson=lesson)


def english(messages):
    with translation.override("en"):
        return [str(m) for m in messages]


def signed_cookie(value, salt=QUIZ_COUNTED_SALT):
    """A counting cookie value as Django signs it."""
    response = HttpResponse()
    response.set_signed_cookie(QUIZ_COUNTED_COOKIE, value, salt=salt)
    return response.cookies[QUIZ_COUNTED_COOKIE].value


def cookie_value(client):
    """What the browser's counting cookie says, checked as the server checks it."""
    request = RequestFactory().get("/")
    request.COOKIES = {QUIZ_COUNTED_COOKIE: client.cookies[QUIZ_COUNTED_COOKIE].value}
    return request.get_signed_cookie(QUIZ_COUNTED_COOKIE, salt=QUIZ_COUNTED_SALT, max_age=QUIZ_COUNTED_MAX_AGE)


def page_text(response):
    """The page's HTML with entities decoded and runs of white space made one space."""
    return " ".join(html.unescape(response.content.decode()).split())


def token_in_form(response):
    """The token the page's form will send: read from the HTML, as the browser would."""
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


def token_fetched(client, lesson):
    """The token the cached lesson page's form fetches when it is first used (courses/static/courses/quiz.js)."""
    response = client.get(lesson.url + "quiz/token/")
    assert response.status_code == 200
    return response.json()["token"]


def answers_in_form(response):
    """What the page's form will send for the questions, from the choices it shows checked."""
    return {
        row.question.field_name: [item.choice.id for item in row.choices if item.checked]
        for row in response.context["quiz_rows"]
    }


def test_all_right_scores_full_marks_and_shows_explanations(client, lesson):
    response = submit(client, lesson, right_answers(lesson))
    assert response.status_code == 200
    result = response.context["quiz_result"]
    assert (result.score, result.total) == (2, 2)
    content = response.content.decode()
    assert "不要贸然下水。" in content and "六不之二。" in content


def test_multiple_choice_needs_exactly_the_right_set(client, lesson):
    questions = questions_from_stream(lesson.quiz)
    answers = right_answers(lesson)
    answers[questions[1].field_name] = answers[questions[1].field_name][:1]  # one of two right choices
    result = submit(client, lesson, answers).context["quiz_result"]
    assert result.score == 1
    assert [r.correct for r in result.results] == [True, False]


def test_attempts_are_stored_without_personal_data(client, lesson, django_user_model):
    user = django_user_model.objects.create_user("quiz-teacher", password="x")
    client.force_login(user)
    submit(client, lesson, right_answers(lesson))
    attempt = attempts(lesson).get()
    assert {f.name for f in QuizAttempt._meta.concrete_fields} == {
        "id",
        "lesson",
        "nonce",
        "score",
        "total",
        "counted",
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
    assert not attempts(lesson).exists()


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
    assert not attempts(lesson).exists()


def test_parsing_keeps_valid_answers_beside_unknown_questions_and_choices(lesson):
    from django.http import QueryDict

    questions = questions_from_stream(lesson.quiz)
    data = QueryDict(mutable=True)
    data.setlist(questions[0].field_name, [questions[0].choices[0].id])
    data.setlist(questions[1].field_name, [questions[1].choices[0].id, "removed-choice"])
    data.setlist("q-deleted-question", ["whatever"])
    parsed = parse_submission(questions=questions, data=data)
    assert parsed.errors
    assert parsed.selected == {
        questions[0].id: [questions[0].choices[0].id],
        questions[1].id: [questions[1].choices[0].id],
    }


def test_replayed_form_is_refused(client, lesson):
    token = quiz_token_issue(lesson=lesson)
    assert submit(client, lesson, right_answers(lesson), token=token).status_code == 200
    response = submit(client, lesson, right_answers(lesson), token=token)
    assert response.status_code == 400
    assert english(response.context["quiz_errors"]) == [
        "These answers were already sent from this form. They are kept below: send them again to be scored."
    ]
    assert attempts(lesson).count() == 1


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
    assert not attempts(lesson).exists()


# Answers are never lost: each refused form comes back with the answers checked and a fresh token, and one
# more click on the button is scored.


def _expired_token(lesson, other_lesson, client):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - QUIZ_TOKEN_MAX_AGE - 60):
        return quiz_token_issue(lesson=lesson)


def _tampered_token(lesson, other_lesson, client):
    token = quiz_token_issue(lesson=lesson)
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def _other_lessons_token(lesson, other_lesson, client):
    return quiz_token_issue(lesson=other_lesson)


def _used_token(lesson, other_lesson, client):
    token = quiz_token_issue(lesson=lesson)
    assert submit(client, lesson, right_answers(lesson), token=token).status_code == 200
    return token


@pytest.mark.parametrize(
    "make_token, message",
    [
        (_expired_token, "This quiz form had expired. Your answers are kept below: send them again."),
        (_tampered_token, "This quiz form was not valid. Your answers are kept below: send them again."),
        (
            _other_lessons_token,
            "This quiz form belonged to another lesson. Your answers are kept below: send them again.",
        ),
        (
            _used_token,
            "These answers were already sent from this form. They are kept below: send them again to be scored.",
        ),
    ],
    ids=["expired", "tampered", "other-lesson", "already-used"],
)
def test_a_refused_token_keeps_the_answers_and_one_more_click_submits(
    client, lesson, other_lesson, make_token, message
):
    token = make_token(lesson, other_lesson, client)
    before = attempts(lesson).count()
    questions = questions_from_stream(lesson.quiz)
    chosen = {**right_answers(lesson), questions[0].field_name: [questions[0].choices[1].id]}  # one wrong

    refused = submit(client, lesson, chosen, token=token)
    assert refused.status_code == 400
    assert english(refused.context["quiz_errors"]) == [message]
    assert answers_in_form(refused) == chosen
    content = refused.content.decode()
    for ids in chosen.values():
        for choice_id in ids:
            assert f'value="{choice_id}" checked' in content
    assert token_in_form(refused) != token
    assert attempts(lesson).count() == before

    resent = submit(client, lesson, answers_in_form(refused), token=token_in_form(refused))
    assert resent.status_code == 200
    assert resent.context["quiz_result"].score == 1
    assert attempts(lesson).count() == before + 1
    assert not attempts(other_lesson).exists()


def test_a_question_deleted_since_the_page_loaded_keeps_the_other_answers(client, lesson):
    assert client.get(lesson.url).status_code == 200
    token = token_fetched(client, lesson)
    questions = questions_from_stream(lesson.quiz)
    chosen = right_answers(lesson)
    # An editor deletes the first question while the visitor is answering.
    del lesson.quiz[0]
    lesson.save()

    refused = submit(client, lesson, chosen, token=token)
    assert refused.status_code == 400
    assert english(refused.context["quiz_errors"]) == [
        "The quiz has changed since this page was loaded. Check your answers below and send them again."
    ]
    assert answers_in_form(refused) == {questions[1].field_name: chosen[questions[1].field_name]}
    assert not attempts(lesson).exists()

    resent = submit(client, lesson, answers_in_form(refused), token=token_in_form(refused))
    assert resent.status_code == 200
    result = resent.context["quiz_result"]
    assert (result.score, result.total) == (1, 1)
    assert attempts(lesson).count() == 1


def test_get_on_the_quiz_address_goes_back_to_the_lesson(client, lesson):
    response = client.get(lesson.url + "quiz/")
    assert response.status_code == 302
    assert response["Location"] == lesson.url + "#quiz"


# Statistics that resist flooding: an hourly limit per address and lesson, and one counted attempt per browser.


def test_the_default_limit_is_100_submissions_an_hour(settings, lesson, rf):
    from courses import services

    assert settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR == 100
    request = rf.post(lesson.url + "quiz/", {})
    for _ in range(100):
        services.quiz_submission_throttle(request=request, lesson=lesson)
    with pytest.raises(services.QuizSubmissionThrottled):
        services.quiz_submission_throttle(request=request, lesson=lesson)
    with mock.patch("django_ratelimit.core.time.time", return_value=time.time() + 60 * 60):
        services.quiz_submission_throttle(request=request, lesson=lesson)


def test_a_scripted_flood_from_one_address_stops_at_the_limit_and_stores_nothing_more(settings, lesson):
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 5
    statuses = []
    for _ in range(50):
        # A script: no cookies kept, a fresh token every time, every answer wrong.
        response = submit(Client(), lesson, wrong_answers(lesson))
        statuses.append(response.status_code)
    assert statuses == [200] * 5 + [429] * 45
    assert attempts(lesson).count() == 5
    assert QuizAnswer.objects.filter(attempt__lesson=lesson).count() == 10

    last = response
    assert english(last.context["quiz_errors"]) == [
        "Too many answers to this quiz have come from your network in the past hour, so these were not checked. "
        "Your answers are kept below: please send them again later."
    ]
    assert answers_in_form(last) == wrong_answers(lesson)
    assert 0 < int(last["Retry-After"]) <= 60 * 60
    assert last.context["quiz_result"] is None


def test_a_refused_submission_does_not_use_up_its_token(settings, client, lesson):
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 1
    assert submit(Client(), lesson, right_answers(lesson)).status_code == 200
    token = quiz_token_issue(lesson=lesson)
    assert submit(client, lesson, right_answers(lesson), token=token).status_code == 429
    nonce = signing.loads(token, salt=QUIZ_TOKEN_SALT)["n"]
    assert not QuizAttempt.objects.filter(nonce=nonce).exists()

    cache.clear()  # the hour has passed
    assert submit(client, lesson, right_answers(lesson), token=token).status_code == 200
    assert QuizAttempt.objects.filter(nonce=nonce, lesson=lesson).exists()


def test_the_limit_is_per_lesson_and_per_address(settings, lesson, other_lesson):
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 2
    school = {"REMOTE_ADDR": "203.0.113.10"}
    for _ in range(2):
        assert submit(Client(), lesson, right_answers(lesson), **school).status_code == 200
    assert submit(Client(), lesson, right_answers(lesson), **school).status_code == 429

    assert submit(Client(), other_lesson, right_answers(other_lesson), **school).status_code == 200
    assert submit(Client(), lesson, right_answers(lesson), REMOTE_ADDR="198.51.100.20").status_code == 200
    assert attempts(lesson).count() == 3
    assert attempts(other_lesson).count() == 1


def test_broken_forms_count_toward_the_limit_too(settings, client, lesson):
    settings.QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = 3
    for _ in range(3):
        assert submit(client, lesson, right_answers(lesson), token="garbage").status_code == 400
    assert submit(client, lesson, right_answers(lesson)).status_code == 429
    assert not attempts(lesson).exists()


def test_statistics_count_each_browsers_first_attempt_only(client, lesson):
    questions = questions_from_stream(lesson.quiz)
    first = submit(client, lesson, right_answers(lesson))
    second = submit(client, lesson, wrong_answers(lesson))
    # The student is scored every time.
    assert first.context["quiz_result"].score == 2
    assert second.context["quiz_result"].score == 0
    assert list(attempts(lesson).order_by("pk").values_list("counted", flat=True)) == [True, False]
    assert [(s.answered, s.correct) for s in quiz_question_stats(lesson=lesson)] == [(1, 1), (1, 1)]

    # Another browser (no cookie) is counted.
    submit(Client(), lesson, wrong_answers(lesson))
    stats = quiz_question_stats(lesson=lesson)
    assert [(s.number, s.answered, s.correct, s.rate) for s in stats] == [(1, 2, 1, 50.0), (2, 2, 1, 50.0)]
    assert len(questions) == 2


def test_the_counting_cookie_holds_lesson_ids_only_and_is_httponly(client, lesson, other_lesson):
    submit(client, lesson, right_answers(lesson))
    submit(client, other_lesson, right_answers(other_lesson))
    cookie = client.cookies[QUIZ_COUNTED_COOKIE]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert int(cookie["max-age"]) == QUIZ_COUNTED_MAX_AGE
    assert cookie_value(client) == f"{lesson.pk}.{other_lesson.pk}"


def test_a_refused_form_does_not_mark_the_browser_as_counted(client, lesson):
    assert submit(client, lesson, right_answers(lesson), token="garbage").status_code == 400
    assert QUIZ_COUNTED_COOKIE not in client.cookies
    submit(client, lesson, right_answers(lesson))
    assert attempts(lesson).get().counted


@pytest.mark.parametrize(
    "cookie",
    [
        lambda lesson: "garbage",
        lambda lesson: "",
        lambda lesson: signed_cookie(str(lesson.pk), salt="another-salt"),
        lambda lesson: signed_cookie(str(lesson.pk)).replace(f"{lesson.pk}:", f"{lesson.pk + 1}:", 1),
    ],
    ids=["garbage", "empty", "other-salt", "bad-signature"],
)
def test_a_tampered_cookie_counts_as_a_new_browser(client, lesson, cookie):
    client.cookies[QUIZ_COUNTED_COOKIE] = cookie(lesson)
    response = submit(client, lesson, right_answers(lesson))
    assert response.status_code == 200
    assert attempts(lesson).get().counted
    assert cookie_value(client) == str(lesson.pk)


def test_the_counting_cookie_keeps_only_the_most_recent_lessons(client, lesson):
    older = [lesson.pk + 1000 + n for n in range(QUIZ_COUNTED_KEEP + 50)]
    client.cookies[QUIZ_COUNTED_COOKIE] = signed_cookie(".".join(map(str, older)))
    submit(client, lesson, right_answers(lesson))
    kept = [int(pk) for pk in cookie_value(client).split(".")]
    assert kept == older[-(QUIZ_COUNTED_KEEP - 1) :] + [lesson.pk]
    assert len(client.cookies[QUIZ_COUNTED_COOKIE].value) < 1500

    # A lesson still in the cookie is not counted again.
    client.cookies[QUIZ_COUNTED_COOKIE] = signed_cookie(f"{older[0]}.{lesson.pk}")
    submit(client, lesson, wrong_answers(lesson))
    assert list(attempts(lesson).order_by("pk").values_list("counted", flat=True)) == [True, False]


def test_question_stats_give_per_question_correct_rates(client, lesson):
    questions = questions_from_stream(lesson.quiz)
    submit(client, lesson, right_answers(lesson))
    wrong = right_answers(lesson)
    wrong[questions[0].field_name] = [questions[0].choices[1].id]
    submit(Client(), lesson, wrong)
    stats = quiz_question_stats(lesson=lesson)
    assert [(s.number, s.answered, s.correct, s.rate) for s in stats] == [(1, 2, 1, 50.0), (2, 2, 2, 100.0)]
    assert QuizAnswer.objects.filter(attempt__lesson=lesson).count() == 4


def test_editors_see_correct_rates_in_the_admin_and_what_they_count(client, lesson, django_user_model):
    from django.contrib.auth.models import Group, Permission
    from wagtail.users.models import UserProfile

    submit(client, lesson, right_answers(lesson))
    submit(client, lesson, wrong_answers(lesson))  # the same browser again: scored, stored, not counted
    editor = django_user_model.objects.create_user("quiz-report-editor", password="x")
    group = Group.objects.create(name="Quiz report readers (test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_quizattempt")
    )
    editor.groups.add(group)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    outsider = django_user_model.objects.create_user("quiz-report-outsider", password="x")
    others = Group.objects.create(name="Admin without quiz results (test)")
    others.permissions.add(Permission.objects.get(codename="access_admin"))
    outsider.groups.add(others)

    client.force_login(outsider)
    assert client.get("/admin/reports/quiz/").status_code in (302, 403)
    assert client.get(f"/admin/reports/quiz/{lesson.pk}/").status_code in (302, 403)

    note = "Counts each browser's first attempt at a lesson; later attempts are scored for the student but not counted."
    client.force_login(editor)
    listing = client.get("/admin/reports/quiz/")
    text = page_text(listing)
    assert listing.status_code == 200 and lesson.title in text
    assert note in text
    assert "Counted attempts" in text and "All attempts" in text
    row = next(r for r in listing.context["object_list"] if r.pk == lesson.pk)
    assert (row.attempt_count, row.all_attempt_count, row.average_score_display) == (1, 2, "2.0 / 2")

    detail = client.get(f"/admin/reports/quiz/{lesson.pk}/")
    text = page_text(detail)
    assert detail.status_code == 200
    assert "哪些是防溺水“六不”？" in text and "100.0%" in text
    assert note in text and "Attempts counted: 1 of 2." in text
    export = client.get(f"/admin/reports/quiz/{lesson.pk}/?export=csv")
    assert export.status_code == 200 and "100.0" in b"".join(export.streaming_content).decode()
    listing_export = b"".join(client.get("/admin/reports/quiz/?export=csv").streaming_content).decode()
    # The CSV is written while the response streams, after the view has put back the site's language (Chinese).
    assert "计入统计的作答次数,全部作答次数" in listing_export
