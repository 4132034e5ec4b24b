from wagtail.models import Page

from cms.models import HomePage, StandardPage
from courses.models import LessonIndexPage
from drills.models import DrillLibraryPage


def test_the_home_page_takes_exactly_the_sections_that_name_it_as_their_parent():
    assert set(HomePage.creatable_subpage_models()) == {LessonIndexPage, DrillLibraryPage, StandardPage}
    assert HomePage.allowed_parent_page_models() == [Page]  # only the tree root


def test_every_page_type_restricts_both_ends():
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model._meta.app_label in {"cms", "courses", "drills"}:
            assert "parent_page_types" in model.__dict__, model
            # HomePage leaves its children to name it (cms names no app above it); every other type lists them.
            assert model is HomePage or "subpage_types" in model.__dict__, model
