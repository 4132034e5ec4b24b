from cms.models import HomePage
from drills.blocks import EquipmentBlock, PhaseBlock, RoleBlock, StepBlock
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage


def test_page_types_are_restricted_at_both_ends():
    assert DrillLibraryPage in HomePage.allowed_subpage_models()
    assert DrillLibraryPage.allowed_parent_page_models() == [HomePage]
    assert DrillLibraryPage.allowed_subpage_models() == [ScenarioIndexPage]
    assert ScenarioIndexPage.allowed_parent_page_models() == [DrillLibraryPage]
    assert ScenarioIndexPage.allowed_subpage_models() == [ScenarioPage]
    assert ScenarioPage.allowed_parent_page_models() == [ScenarioIndexPage]
    assert ScenarioPage.allowed_subpage_models() == []


def test_every_block_renders_its_preview_value():
    for block_class in (RoleBlock, EquipmentBlock, PhaseBlock, StepBlock):
        block = block_class()
        for option in ("icon", "template", "description", "preview_value"):
            assert getattr(block.meta, option), (block_class.__name__, option)
        html = block.render(block.to_python(block.meta.preview_value))
        assert html.strip()


def test_step_preview_shows_minutes_and_seconds():
    block = StepBlock()
    html = block.render(block.to_python({**block.meta.preview_value, "offset": 95}))
    assert "1:35" in html and "门卫" in html


def test_a_vice_principal_cannot_reach_the_drill_admin(client, drill_tree, people):
    client.force_login(people["vp"])
    for url in (
        f"/admin/pages/add/drills/scenariopage/{drill_tree['index'].pk}/",
        f"/admin/pages/{drill_tree['scenario'].pk}/edit/",
        "/admin/snippets/drills/scenariotype/add/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or "/admin/" in response["Location"], url


def test_an_author_can_add_scenario_types_once_a_library_exists(client, drill_tree, people):
    client.force_login(people["author"])
    assert client.get("/admin/snippets/drills/scenariotype/add/").status_code == 200


def test_authors_get_a_flat_filterable_list_of_scenarios(client, drill_tree, people):
    client.force_login(people["author"])
    response = client.get("/admin/drill_scenarios/", {"scenario_type": drill_tree["scenario"].scenario_type_id})
    assert response.status_code == 200
    assert drill_tree["scenario"].title in response.content.decode()


def test_the_index_filters_by_type_and_level_and_names_types_in_the_reader_language(client, drill_tree, people):
    from drills.factories import ScenarioPageFactory
    from drills.models import ScenarioType

    fire = ScenarioType.objects.get(slug="fire-evacuation", locale__language_code="zh-hans")
    ScenarioPageFactory(
        parent=drill_tree["index"], title="幼儿园火灾疏散", scenario_type=fire, school_levels=["kindergarten"]
    )
    client.force_login(people["vp"])
    url = drill_tree["index"].url

    ours = {"校门口持械闯入演练", "幼儿园火灾疏散"}

    def titles(**params):
        # The demo's five scenarios share the index; look at the two made here.
        cards = [card for card in client.get(url, params).context["listing"].cards if card.page.title in ours]
        return {card.page.title for card in cards}, {card.type_name for card in cards}

    assert titles() == ({"校门口持械闯入演练", "幼儿园火灾疏散"}, {"暴力侵害（持械闯入）", "火灾疏散"})
    assert titles(type="fire-evacuation")[0] == {"幼儿园火灾疏散"}
    assert titles(level="primary")[0] == {"校门口持械闯入演练"}
    assert titles(type="no-such-type", level="nonsense")[0] == {"校门口持械闯入演练", "幼儿园火灾疏散"}
