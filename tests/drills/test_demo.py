"""The demo: five complete scenarios in both languages, each written by the author and approved by the reviewer."""

from wagtail.models import TaskState, WorkflowState

from cms.demo import DEMO_PASSWORD
from drills.models import ScenarioIndexPage, ScenarioPage
from drills.services import scenario_problems

SLUGS = {
    "violent-intrusion-1-3-5": "violent-intrusion",
    "fire-evacuation-teaching-building": "fire-evacuation",
    "earthquake-duck-cover-evacuate": "earthquake-evacuation",
    "drowning-rescue-by-the-water": "drowning-rescue",
    "food-poisoning-canteen": "food-poisoning",
}


def test_five_complete_scenarios_in_each_language_published_through_review(demo):
    for lang in ("zh-hans", "en"):
        scenarios = ScenarioPage.objects.live().filter(locale__language_code=lang)
        assert {s.slug: s.scenario_type.slug for s in scenarios} == SLUGS
        for scenario in scenarios:
            assert not scenario_problems(scenario=scenario), scenario.title
            assert len(scenario.roles) >= 4 and len(scenario.timeline) >= 10 and len(scenario.equipment) >= 4
            assert scenario.school_levels.exists() and scenario.evaluation_list and scenario.safety_control_list
            state = WorkflowState.objects.get(object_id=str(scenario.pk))
            assert state.status == WorkflowState.STATUS_APPROVED and state.requested_by.username == "author"
            assert TaskState.objects.get(workflow_state=state).finished_by.username == "reviewer"

    intrusion = ScenarioPage.objects.get(slug="violent-intrusion-1-3-5", locale__language_code="zh-hans")
    targets = [(b.value["name"], b.value["target_seconds"]) for b in intrusion.phases][:3]
    assert targets == [("自救", 60), ("互救", 180), ("增援到位", 300)]
    fire = ScenarioPage.objects.get(slug="fire-evacuation-teaching-building", locale__language_code="zh-hans")
    assert fire.phases[0].value["target_seconds"] == 120


def test_vice_principal_sees_the_five_and_an_anonymous_visitor_none(demo, client):
    index = ScenarioIndexPage.objects.get(locale__language_code="zh-hans")
    titles = [s.title for s in ScenarioPage.objects.live().filter(locale__language_code="zh-hans")]

    assert client.get(index.url).status_code == 302
    for word in ("演练", "持刀", "溺水", "疏散"):
        html = client.get("/zh-hans/search/", {"q": word}).content.decode()
        assert not any(title in html for title in titles), word

    assert client.login(username="vp", password=DEMO_PASSWORD)
    html = client.get(index.url).content.decode()
    assert all(title in html for title in titles)


def test_author_and_reviewer_demo_logins_work(demo, client):
    for username in ("author", "reviewer"):
        assert client.login(username=username, password=DEMO_PASSWORD)
        assert client.get("/admin/").status_code == 200
        client.logout()
