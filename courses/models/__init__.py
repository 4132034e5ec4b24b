from courses.models.audience import Audience
from courses.models.pages import LessonIndexPage, LessonPage, LessonPageTag, LessonRelatedLink, TopicPage
from courses.models.quiz import QuizAnswer, QuizAttempt

__all__ = [
    "Audience",
    "LessonIndexPage",
    "LessonPage",
    "LessonPageTag",
    "LessonRelatedLink",
    "QuizAnswer",
    "QuizAttempt",
    "TopicPage",
]
