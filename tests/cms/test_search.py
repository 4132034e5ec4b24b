import pytest
from django.urls import reverse

from cms.search import analyze_query, analyze_search_query, tokens
from courses.factories import LessonPageFactory, TopicPageFactory

TITLE = "冰窟救援安全教育：寒假六不准"


def test_cjk_text_becomes_overlapping_bigrams():
    assert tokens("防溺水") == ["防溺", "溺水"]
    assert tokens("防溺水安全教育：暑期六不准")[:3] == ["防溺", "溺水", "水安"]
    assert "安全" in tokens(TITLE) and "教育" in tokens(TITLE) and "不准" in tokens(TITLE)
    assert tokens("溺") == ["溺"]


def test_english_words_are_lowercased_and_stemmed():
    assert tokens("Parents") == tokens("parent") == ["parent"]
    assert tokens("drowning") == tokens("drowned") == ["drown"]


def test_query_analysis_drops_punctuation_and_repeats():
    assert analyze_query("安全，安全！") == "安全"
    assert analyze_query("“ ”") == ""


def test_query_objects_are_analysed_part_by_part():
    from modelsearch.query import And, Not, Or, Phrase, PlainText

    query = analyze_search_query(And([PlainText("火灾疏散"), Phrase("！")]))
    assert isinstance(query, PlainText) and query.query_string == "火灾 灾疏 疏散"
    # With "or", any word may match, but a Chinese word's bigrams must all be there.
    query = analyze_search_query("火灾疏散 Parents", operator="or")
    assert isinstance(query, Or) and [q.query_string for q in query.subqueries] == ["火灾 灾疏 疏散", "parent"]
    assert analyze_search_query("Parents drowning", operator="or").query_string == "parent drown"
    # A phrase keeps order and repeats.
    assert analyze_search_query(Phrase("安全，安全")).query_string == "安全 安全"
    assert analyze_search_query(Not(PlainText("Drowned"))).subquery.query_string == "drown"
    assert analyze_search_query("“！”") is None


@pytest.fixture
def library(lesson_tree):
    """Test pages beside the demo, about ice holes (冰窟), a word no demo page uses."""
    topic = lesson_tree["topic"]
    lesson_tree["lesson"].title = TITLE
    lesson_tree["lesson"].save()
    other_topic = TopicPageFactory(parent=lesson_tree["index"], slug="test-traffic", title="交通安全测试")
    body_only = LessonPageFactory(
        parent=other_topic,
        slug="bus",
        title="校车乘车安全",
        summary="乘车时系好安全带。",
        body=[("paragraph", "<p>不要在冰面玩耍，谨防冰窟。</p>")],
    )
    unrelated = LessonPageFactory(
        parent=other_topic, slug="helmet", title="一盔一带", summary="骑电动自行车戴头盔。", body=[]
    )
    return {
        "lesson": lesson_tree["lesson"],
        "topic": topic,
        "other_topic": other_topic,
        "body_only": body_only,
        "unrelated": unrelated,
    }


def search(client, q, lang="zh-hans", **params):
    response = client.get(f"/{lang}/search/", {"q": q, **params})
    assert response.status_code == 200
    return response, [p.pk for p in response.context["search_page"]]


@pytest.mark.parametrize("query", ["冰窟", "冰窟救援", "救援安全", "寒假", "六不准", TITLE])
def test_chinese_words_inside_a_title_are_found(client, library, query):
    _, found = search(client, query)
    assert library["lesson"].pk in found


def test_title_matches_rank_above_body_matches(client, library):
    _, found = search(client, "冰窟")
    assert found.index(library["lesson"].pk) < found.index(library["body_only"].pk)
    assert library["unrelated"].pk not in found


def test_words_that_do_not_occur_find_nothing(client, library):
    response, found = search(client, "地震逃生")
    assert found == []
    assert "Nothing found" in response.content.decode() or "没有找到" in response.content.decode()


def test_search_can_be_narrowed_to_a_topic(client, library):
    _, everywhere = search(client, "冰窟")
    _, in_topic = search(client, "冰窟", section=library["other_topic"].pk)
    assert library["lesson"].pk in everywhere and library["body_only"].pk in everywhere
    assert in_topic == [library["body_only"].pk]


def test_unknown_topic_is_ignored(client, library):
    _, found = search(client, "冰窟", section="not-a-number")
    assert library["lesson"].pk in found


def test_english_inflections_match(client, homes, library):
    from cms.demo import locales, translation_of

    translation_of(library["topic"], locales()["en"], title="Ice safety")
    lesson_en = translation_of(
        library["lesson"],
        locales()["en"],
        title="Ice holes: six winter don'ts",
        summary="A lesson for students and their guardians.",
    )
    for query in ["guardian", "Guardians", "hole", "don'ts winter"]:
        _, found = search(client, query, lang="en")
        assert lesson_en.pk in found, query
    # Each language searches its own pages only.
    _, found_zh = search(client, "guardian")
    assert lesson_en.pk not in found_zh


def test_long_queries_are_capped_with_a_notice(client, library):
    response, found = search(client, "冰窟" + "啊" * 300)
    assert response.context["outcome"].truncated
    assert len(response.context["outcome"].query) == 100


def test_unpublished_and_private_pages_stay_out_of_results(client, library):
    from wagtail.models import PageViewRestriction

    lesson = library["lesson"]
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    body_only = library["body_only"]
    body_only.unpublish()
    _, found = search(client, "冰窟")
    assert lesson.pk not in found and body_only.pk not in found


def test_empty_query_shows_the_form(client, library):
    response = client.get("/zh-hans/search/")
    assert response.status_code == 200
    assert list(response.context["search_page"]) == []
    assert reverse("search") in response.content.decode()


def test_private_pages_are_found_only_by_those_they_are_open_to(client, django_user_model, library):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    lesson, body_only = library["lesson"], library["body_only"]
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    staff = Group.objects.create(name="Staff")
    restriction = PageViewRestriction.objects.create(page=body_only, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(staff)

    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)
    _, found = search(client, "冰窟")
    assert lesson.pk in found and body_only.pk not in found

    user.groups.add(staff)
    _, found = search(client, "冰窟")
    assert lesson.pk in found and body_only.pk in found

    PageViewRestriction.objects.filter(page=lesson).update(
        restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    _, found = search(client, "冰窟")
    assert lesson.pk not in found  # a password opens a page for one session, never for search
