"""Drill scripts are for signed-in school staff, vice principals and training departments only."""

from urllib.parse import urlparse

import pytest
from wagtail.models import PageViewRestriction

from drills.access import READER_GROUPS
from drills.factories import DrillLibraryPageFactory, ScenarioIndexPageFactory


def private_urls(tree):
    scenario = tree["scenario"]
    return [tree["index"].url, scenario.url, scenario.url + "pack/"]


def test_anonymous_visitors_are_sent_to_sign_in_for_every_private_url(client, drill_tree):
    for url in private_urls(drill_tree):
        response = client.get(url)
        assert response.status_code == 302, url
        assert urlparse(response["Location"]).path.endswith("/_util/login/"), url
    login = client.get(client.get(drill_tree["scenario"].url)["Location"])
    assert login.status_code == 200
    html = login.content.decode()
    assert "登录" in html and drill_tree["scenario"].title not in html


def test_the_public_library_page_says_the_library_exists_and_how_to_get_in(client, drill_tree):
    response = client.get(drill_tree["library"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "如何获得访问权限" in html and "登录后查看演练脚本" in html
    assert drill_tree["scenario"].title not in html


def test_anonymous_search_finds_no_scenario(client, drill_tree):
    html = client.get("/zh-hans/search/", {"q": "持械闯入"}).content.decode()
    assert drill_tree["scenario"].title not in html


@pytest.mark.parametrize("who", ["vp", "school", "author", "reviewer"])
def test_readers_see_the_script_and_find_it_in_search(client, drill_tree, people, who):
    client.force_login(people[who])
    response = client.get(drill_tree["scenario"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert drill_tree["scenario"].title in html and "发现持械人员，按下一键报警。" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "private" in response["Cache-Control"]
    assert drill_tree["scenario"].title in client.get("/zh-hans/search/", {"q": "持械闯入"}).content.decode()
    door = client.get(drill_tree["library"].url).content.decode()
    assert drill_tree["index"].url in door and "打开演练脚本" in door


def test_a_signed_in_user_outside_the_reader_groups_is_kept_out(client, drill_tree, people):
    client.force_login(people["outsider"])
    for url in private_urls(drill_tree):
        assert client.get(url).status_code == 302, url
    assert drill_tree["scenario"].title not in client.get("/zh-hans/search/", {"q": "持械闯入"}).content.decode()
    assert "不在可以查看演练脚本的用户组" in client.get(drill_tree["library"].url).content.decode()


def test_every_new_index_is_private_from_birth(homes):
    """However an index is made (here by a factory, as copies and translations are), it is never public."""
    library = DrillLibraryPageFactory(parent=homes["en"], slug="drills-en")
    index = ScenarioIndexPageFactory(parent=library, slug="scenarios-en")
    restriction = PageViewRestriction.objects.get(page=index)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert sorted(restriction.groups.values_list("name", flat=True)) == sorted(READER_GROUPS)
    assert library.get_workflow() is not None
