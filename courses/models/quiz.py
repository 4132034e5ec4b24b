from django.db import models
from django.utils.translation import gettext_lazy as _


class QuizAttempt(models.Model):
    """One anonymous submission of a lesson's quiz. No name, account or address is stored."""

    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="quiz_attempts", verbose_name=_("lesson")
    )
    # The one-time value from the signed form token: a second submission of the same form is refused.
    nonce = models.CharField(max_length=32, unique=True, editable=False)
    score = models.PositiveSmallIntegerField(verbose_name=_("score"))
    total = models.PositiveSmallIntegerField(verbose_name=_("questions"))
    # Statistics count one attempt per browser and lesson: the first, as told by a signed cookie. Later
    # attempts are scored for the visitor and kept, so the report can say how many it leaves out.
    counted = models.BooleanField(default=False, db_index=True, verbose_name=_("counted in statistics"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True, verbose_name=_("submitted at"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")

    def __str__(self):
        return f"{self.lesson_id}: {self.score}/{self.total}"


class QuizAnswer(models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    # The StreamField block id of the question: stable while editors reorder or reword questions.
    question_id = models.CharField(max_length=64, db_index=True)
    correct = models.BooleanField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["attempt", "question_id"], name="one_answer_per_question")]
        verbose_name = _("quiz answer")
        verbose_name_plural = _("quiz answers")

    def __str__(self):
        return f"{self.question_id}: {'✓' if self.correct else '✗'}"
