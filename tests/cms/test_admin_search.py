"""The admin finds pages by any Chinese word in their title and by English words in any inflection.

The admin page search, the explorer's search and the page chooser autocomplete on titles; the search backend
(cms.search_backend) analyses titles and queries alike, so they match as the site search does.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from courses.factories import LessonPageFactory

FIRE_TITLE = "火灾疏散演练：教学楼"
ENGLISH_TITLE = "Parents and drowning"
NOWHERE = ["鸵鸟", "zebra"]  # in no title of the tests nor of the demo


@pytest.fixture
def titled(lesson_tree):
    topic = lesson_tree["topic"]
    fire = LessonPageFactory(
        parent=topic,
        slug="admin-search-fire-drill",
        title=FIRE_TITLE,
        summary="演练前检查消防通道。",
        body=[("paragraph", "<p>地震时护住头部，这句只在正文里。</p>")],
    )
    english = LessonPageFactory(parent=topic, slug="admin-search-parents", title=ENGLISH_TITLE)
    return {"fire": fire, "english": english, "library": lesson_tree["index"], "topic": topic}


@pytest.fixture
def lesson_editor(django_user_model, titled):
    """A user of the group "Lesson editors", who may add, change and publish pages of the lesson library."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    group, _ = Group.objects.get_or_create(name="Lesson editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=titled["library"],
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    user = django_user_model.objects.create_user("admin-search-editor", password="x")
    user.groups.add(group)
    return user


@pytest.fixture(params=["superuser", "lesson editor"])
def staff(request, django_user_model, lesson_editor):
    if request.param == "superuser":
        return django_user_model.objects.create_superuser("admin-search-super", password="x")
    return lesson_editor


URL_NAMES = {
    "page search": "wagtailadmin_pages:search",
    "page search results": "wagtailadmin_pages:search_results",
    "chooser": "wagtailadmin_choose_page_search",
}
VIEWS = [*URL_NAMES, "explorer"]


def found(client, titled, view, q) -> list[int]:
    if view == "explorer":
        # The explorer searches below the page it shows: here the lesson library.
        url = reverse("wagtailadmin_explore", args=[titled["library"].pk])
    else:
        url = reverse(URL_NAMES[view])
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    return [page.pk for page in response.context["pages"]]


@pytest.mark.parametrize("view", VIEWS)
def test_words_in_a_title_are_found(client, titled, staff, view):
    client.force_login(staff)
    for query in ["火灾", "疏散", "演练", "教学楼", "疏散演练", "火灾 教学楼", FIRE_TITLE]:
        assert titled["fire"].pk in found(client, titled, view, query), query
    # English words in any inflection.
    for query in ["parent", "Parents", "drowned", "drown", "parents drowning"]:
        assert titled["english"].pk in found(client, titled, view, query), query


@pytest.mark.parametrize("view", VIEWS)
def test_words_in_no_title_find_nothing(client, titled, staff, view):
    client.force_login(staff)
    for query in NOWHERE:
        assert found(client, titled, view, query) == [], query
    # A word of another title, or of the page's body only, does not bring the page up.
    for query in ["溺水安全", "地震", "教学楼火灾疏散", "parent 鸵鸟", "drowning parent safety"]:
        pks = found(client, titled, view, query)
        assert titled["fire"].pk not in pks and titled["english"].pk not in pks, query


@pytest.mark.parametrize("view", VIEWS)
def test_a_query_of_punctuation_only_finds_nothing(admin_client, titled, view):
    assert found(admin_client, titled, view, "！？") == []


def test_quoted_phrases_keep_their_order(admin_client, titled):
    assert titled["fire"].pk in found(admin_client, titled, "page search", '"疏散演练"')
    assert titled["fire"].pk not in found(admin_client, titled, "page search", '"演练疏散"')
    assert titled["fire"].pk in found(admin_client, titled, "page search", '教学楼 "火灾疏散"')


def test_the_start_of_a_word_finds_it_while_typing(admin_client, titled):
    # Autocomplete: the last token may be the start of one in the title.
    assert titled["fire"].pk in found(admin_client, titled, "chooser", "火")
    assert titled["english"].pk in found(admin_client, titled, "chooser", "pare")


def test_the_explorer_searches_below_the_page_it_shows(admin_client, titled, homes):
    from cms.models import StandardPage

    outside = StandardPage(slug="admin-search-outside", title="火灾报警演示", body=[])
    homes["zh-hans"].add_child(instance=outside)
    pks = found(admin_client, titled, "explorer", "火灾")
    assert titled["fire"].pk in pks and outside.pk not in pks
    assert outside.pk in found(admin_client, titled, "page search", "火灾")


def test_search_and_autocomplete_agree_on_both_databases(titled):
    pages = Page.objects.filter(pk__in=[titled["fire"].pk, titled["english"].pk])
    for query, expected in [("疏散", titled["fire"]), ("parents", titled["english"]), ("drowned", titled["english"])]:
        assert [p.pk for p in pages.search(query)] == [expected.pk], query
        assert [p.pk for p in pages.autocomplete(query)] == [expected.pk], query
    # "or" joins words, while the bigrams of one Chinese word must all be there.
    assert {p.pk for p in pages.search("疏散演练 鸵鸟", operator="or")} == {titled["fire"].pk}
    assert list(pages.search("疏散鸵鸟", operator="or")) == []
    assert list(pages.search("疏散演练 鸵鸟", operator="and")) == []


def test_images_are_found_by_chinese_words_in_their_title(admin_client, db):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="校园火灾现场照片", file=get_test_image_file())
    response = admin_client.get(reverse("wagtailimages:index"), {"q": "现场"})
    assert response.status_code == 200
    assert image.pk in [img.pk for img in response.context["object_list"]]
