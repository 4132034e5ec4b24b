from wagtail import hooks

from courses.models import TopicPage


@hooks.register("cms_search_sections")
def topic_search_sections(*, locale):
    """Site search can be narrowed to one topic."""
    return TopicPage.objects.live().public().filter(locale=locale).order_by("path")


@hooks.register("cms_load_demo", order=10)
def load_lesson_demo(*, homes, stdout):
    from courses.demo import load_lesson_demo

    load_lesson_demo(homes=homes, stdout=stdout)
