"""Users outside the drill reader groups see no title and no URL of a drill script anywhere in the admin.

Each admin view is walked as a lesson editor (`editor-x`), a regional administrator (`region-x`) and a whole-site
editor with page rights on the root who used to be a drill author (`wholesite-x`: his scenario is still in
moderation, he still holds a lock and has recent edits, which Wagtail would list on his dashboard and in reports).
A superuser (or a reviewer, or the whole-site editor while he was still an author) sees the same titles in the
same views, which proves each view would show them."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, PageLogEntry, TaskState
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

from drills.access import DRILL_AUTHORS
from drills.admin_visibility import pages_visible_to, user_reads_drills
from drills.factories import ScenarioPageFactory
from drills.services import scenario_review, scenario_submit
from tests.drills.conftest import make_user

INDEX_TITLE = "后台隐藏测试的演练脚本索引"
LOCKED_TITLE = "锁定中的地震疏散演练"
REVIEW_TITLE = "待审核的食物中毒处置演练"
DELETED_TITLE = "已删除的拥挤踩踏演练"
WHOLE_SITE_EDITORS = "Whole-site editors (admin visibility test)"
PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]


def _grant(group_name: str, page: Page, codenames: list[str]) -> None:
    group, _ = Group.objects.get_or_create(name=group_name)
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )


@pytest.fixture
def hidden(drill_tree, lesson_tree, people, django_user_model):
    """Scenarios in every state the admin reports on, and the users who look at them."""
    index, scenario = drill_tree["index"], drill_tree["scenario"]
    Page.objects.filter(pk=index.pk).update(title=INDEX_TITLE, draft_title=INDEX_TITLE)
    # The demo's accounts: the lesson editor (with its rights on the lesson library) and the region administrator.
    admin, editor, region = (django_user_model.objects.get(username=name) for name in ("admin", "editor", "region"))
    wholesite = make_user("wholesite-x", DRILL_AUTHORS, WHOLE_SITE_EDITORS)
    _grant(WHOLE_SITE_EDITORS, Page.get_first_root_node(), PAGE_CODENAMES)

    # While still an author, the whole-site editor submits a scenario, edits another and holds a lock.
    in_review = ScenarioPageFactory(
        parent=index, slug="admin-hide-review", title=REVIEW_TITLE, live=False, owner=wholesite
    )
    scenario_submit(scenario=in_review, user=wholesite)
    scenario.save_revision(user=wholesite, log_action=True)
    locked = ScenarioPageFactory(parent=index, slug="admin-hide-locked", title=LOCKED_TITLE, live=False)
    scenario_submit(scenario=locked, user=people["author"])
    scenario_review(scenario=locked, user=people["reviewer"], approve=True)
    Page.objects.filter(pk=locked.pk).update(locked=True, locked_by=wholesite, locked_at=timezone.now())
    # Published long ago, so it heads the aging pages report.
    Page.objects.filter(pk=scenario.pk).update(last_published_at=timezone.now() - timedelta(days=800))
    gone = ScenarioPageFactory(parent=index, slug="admin-hide-deleted", title=DELETED_TITLE)
    gone.save_revision(user=admin, log_action=True).publish(user=admin)
    Page.objects.get(pk=gone.pk).specific.delete(user=admin)

    return {
        "tree": drill_tree,
        "index": Page.objects.get(pk=index.pk),
        "scenario": scenario,
        "locked": locked,
        "in_review": in_review,
        "task_state": TaskState.objects.get(
            workflow_state__object_id=str(in_review.pk), status=TaskState.STATUS_IN_PROGRESS
        ),
        "lesson": lesson_tree["lesson"],
        "admin": admin,
        "editor": editor,
        "region": region,
        "wholesite": wholesite,
        "reviewer": people["reviewer"],
    }


def leave_reader_groups(user) -> None:
    user.groups.remove(Group.objects.get(name=DRILL_AUTHORS))


def titles(data) -> list[str]:
    return [INDEX_TITLE, data["scenario"].title, LOCKED_TITLE, REVIEW_TITLE, DELETED_TITLE]


def text_of(response) -> str:
    """The response as a reader would see it, with modal (JSON) answers unescaped."""
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):

        def strings(value):
            if isinstance(value, dict):
                return " ".join(strings(v) for v in value.values())
            if isinstance(value, list):
                return " ".join(strings(v) for v in value)
            return str(value)

        body = strings(json.loads(body))
    return body


def leaks(response, data, url) -> list[str]:
    body = text_of(response)
    found = [f"{url} shows {title!r}" for title in titles(data) if title in body]
    if data["index"].url in body:
        found.append(f"{url} shows the scenario index URL")
    for page in (data["index"], data["scenario"], data["locked"], data["in_review"]):
        link = f"/admin/pages/{page.pk}/"
        # A not-found page may repeat the address that was asked for (in its language links): that is no news.
        if link not in url and link in body:
            found.append(f"{url} links to {page.title!r}")
    return found


def assert_hidden(response, data, url):
    assert not leaks(response, data, url)


def get_as(client, user, url):
    client.force_login(user)
    return client.get(url, follow=True)


OUTSIDERS = ["editor", "region", "wholesite"]


# The preview is the front-end page itself; the flat list and the privacy and approval dialogs only need to open
# (the titles are in the explorer).
SHOWN_ELSEWHERE = {"preview", "flat scenario list", "privacy", "workflow action"}
# Submitting a translation needs a permission outsiders lack; Wagtail checks it first and sends them home.
PERMISSION_CHECKED_FIRST = {"translate"}


@pytest.fixture
def outsider(request, hidden):
    if request.param == "wholesite":
        leave_reader_groups(hidden["wholesite"])
    return hidden[request.param]


BULK_ACTIONS = ["publish", "unpublish", "delete", "move"]


def listings(d) -> dict[str, str]:
    """Views that list pages: the superuser sees the hidden titles in them, outsiders get them without."""
    library = d["tree"]["library"].pk
    return {
        "chooser at the library": f"/admin/choose-page/{library}/",
        "chooser search": "/admin/choose-page/search/?q=校门口",
        "page search": "/admin/pages/search/?q=校门口",
        "explorer of the library": f"/admin/pages/{library}/",
        "site history": "/admin/reports/site-history/",
        "site history results, filtered": "/admin/reports/site-history/results/?action=wagtail.delete",
        "locked pages": "/admin/reports/locked/",
        "aging pages": "/admin/reports/aging-pages/",
        "page types usage": "/admin/reports/page-types-usage/",
        "workflows report": "/admin/reports/workflow/",
        "workflow tasks report": "/admin/reports/workflow_tasks/",
        "admin API children of the library": f"/admin/api/main/pages/?child_of={library}",
    }


def naming_urls(d) -> dict[str, str]:
    """URLs that name a hidden page: the superuser gets the page, outsiders a 404 (never a message naming it)."""
    index, scenario, in_review, task = d["index"].pk, d["scenario"].pk, d["in_review"].pk, d["task_state"].task_id
    return {
        "chooser opened on the index": f"/admin/choose-page/{index}/",
        "chooser, chosen ids": f"/admin/choose-page/chosen-multiple/?id={scenario}",
        "explorer of the index": f"/admin/pages/{index}/",
        "explorer of a scenario": f"/admin/pages/{scenario}/",
        "edit": f"/admin/pages/{scenario}/edit/",
        "history": f"/admin/pages/{scenario}/history/",
        "preview": f"/admin/pages/{scenario}/edit/preview/?mode=",
        "view draft": f"/admin/pages/{in_review}/view_draft/",
        "usage": f"/admin/pages/{scenario}/usage/",
        "workflow history": f"/admin/pages/{in_review}/workflow_history/",
        "workflow preview": f"/admin/pages/workflow/preview/{in_review}/{task}/",
        "workflow preview of a page not in review": f"/admin/pages/workflow/preview/{scenario}/{task}/",
        "workflow action": f"/admin/pages/workflow/action/{in_review}/approve/{d['task_state'].pk}/",
        "compare revisions": f"/admin/pages/{scenario}/revisions/compare/earliest...latest/",
        "move": f"/admin/pages/{scenario}/move/",
        "move a lesson into the index": f"/admin/pages/{d['lesson'].pk}/move/{index}/confirm/",
        "copy": f"/admin/pages/{scenario}/copy/",
        "delete": f"/admin/pages/{scenario}/delete/",
        "unpublish": f"/admin/pages/{scenario}/unpublish/",
        "privacy": f"/admin/pages/{index}/privacy/",
        "add a scenario": f"/admin/pages/add/drills/scenariopage/{index}/",
        "add a page under the index": f"/admin/pages/{index}/add_subpage/",
        "flat scenario list": "/admin/drill_scenarios/",
        "scenario type usage": "/admin/pages/usage/drills/scenariopage/",
        "translate": f"/admin/translation/submit/page/{scenario}/",
        "admin API detail": f"/admin/api/main/pages/{scenario}/",
        **{
            f"bulk {action}": f"/admin/bulk/wagtailcore/page/{action}/?id={scenario}&id={d['locked'].pk}&next=/admin/"
            for action in BULK_ACTIONS
        },
        **{
            f"bulk {action} of the index's children": f"/admin/bulk/wagtailcore/page/{action}/?id=all&childOf={index}"
            for action in BULK_ACTIONS
        },
    }


def test_a_superuser_sees_the_scenarios_in_every_view(client, hidden):
    problems = []
    for view, url in {**listings(hidden), **naming_urls(hidden)}.items():
        response = get_as(client, hidden["admin"], url)
        if response.status_code != 200:
            problems.append(f"{url} answers {response.status_code}")
        elif view not in SHOWN_ELSEWHERE and not any(title in text_of(response) for title in titles(hidden)):
            problems.append(f"{url} shows no scenario")
    assert not problems


@pytest.mark.parametrize("outsider", OUTSIDERS, indirect=True)
def test_outsiders_see_the_listings_without_scenarios(client, hidden, outsider):
    problems = []
    for url in listings(hidden).values():
        response = get_as(client, outsider, url)
        if response.status_code not in (200, 400):
            problems.append(f"{url} answers {response.status_code}")
        problems += leaks(response, hidden, url)
    assert not problems


@pytest.mark.parametrize("outsider", OUTSIDERS, indirect=True)
def test_outsiders_choosing_by_scenario_type_see_no_scenario(client, hidden, outsider):
    """The chooser opens on the pages' nearest common parent: one scenario index (hidden, so 404) or, with
    scenarios in several languages, a page above them, where the hidden ones are left out."""
    url = "/admin/choose-page/?page_type=drills.scenariopage"
    response = get_as(client, outsider, url)
    assert response.status_code in (200, 404)
    assert not leaks(response, hidden, url)


@pytest.mark.parametrize("outsider", OUTSIDERS, indirect=True)
def test_outsiders_get_not_found_from_every_url_that_names_a_scenario(client, hidden, outsider):
    problems = []
    for view, url in naming_urls(hidden).items():
        response = get_as(client, outsider, url)
        if view in PERMISSION_CHECKED_FIRST and response.redirect_chain:
            # Wagtail refuses users without the permission before looking at the page: no name either way.
            if response.redirect_chain[-1][0] != "/admin/":
                problems.append(f"{url} sends to {response.redirect_chain[-1][0]}")
        elif response.status_code != 404:
            problems.append(f"{url} answers {response.status_code}")
        problems += leaks(response, hidden, url)
    assert not problems


def test_the_dashboard_forgets_a_former_authors_scenarios(client, hidden):
    wholesite = hidden["wholesite"]
    # As an author he sees his scenario in moderation, his recent edit and his lock on the dashboard...
    for title in (REVIEW_TITLE, hidden["scenario"].title, LOCKED_TITLE):
        assert title in text_of(get_as(client, wholesite, "/admin/")), title
    # ...and the reviewer sees the scenario waiting for review.
    assert REVIEW_TITLE in text_of(get_as(client, hidden["reviewer"], "/admin/"))

    leave_reader_groups(wholesite)
    for who in ("wholesite", "editor", "region"):
        dashboard = get_as(client, hidden[who], "/admin/")
        assert_hidden(dashboard, hidden, f"/admin/ as {who}")
        assert "/admin/drill_scenarios/" not in text_of(dashboard)  # no menu entry to the flat scenario list
    assert "/admin/drill_scenarios/" in text_of(get_as(client, hidden["reviewer"], "/admin/"))


def test_a_former_author_no_longer_finds_his_lock_in_the_locked_pages_report(client, hidden):
    assert LOCKED_TITLE in text_of(get_as(client, hidden["wholesite"], "/admin/reports/locked/"))
    leave_reader_groups(hidden["wholesite"])
    assert_hidden(get_as(client, hidden["wholesite"], "/admin/reports/locked/"), hidden, "locked pages")


@pytest.mark.parametrize("outsider", OUTSIDERS, indirect=True)
def test_a_url_of_a_scenario_typed_as_a_link_stays_an_external_link(client, hidden, outsider):
    url = "http://localhost" + hidden["scenario"].url
    form = {"external-link-chooser-url": url, "external-link-chooser-link_text": ""}
    client.force_login(hidden["admin"])
    chosen = json.loads(client.post("/admin/choose-external-link/", form).content)
    assert chosen["result"]["id"] == hidden["scenario"].pk

    client.force_login(outsider)
    response = client.post("/admin/choose-external-link/", form)
    assert json.loads(response.content)["result"] == {"url": url, "title": url, "prefer_this_title_as_link_text": False}
    for title in titles(hidden):
        assert title not in text_of(response)


def test_a_lesson_editor_cannot_copy_or_bulk_move_a_lesson_into_the_index(client, hidden):
    client.force_login(hidden["editor"])
    lesson, index = hidden["lesson"], hidden["index"]
    copy = client.post(
        f"/admin/pages/{lesson.pk}/copy/",
        {"new_title": "复制的课", "new_slug": "admin-hide-copy", "new_parent_page": index.pk},
        follow=True,
    )
    assert copy.status_code == 404
    assert_hidden(copy, hidden, "copy")
    move = client.post(
        f"/admin/bulk/wagtailcore/page/move/?id={lesson.pk}&next=/admin/", {"chooser": index.pk}, follow=True
    )
    assert move.status_code == 404
    assert_hidden(move, hidden, "bulk move")
    assert Page.objects.child_of(index).filter(slug__in=["admin-hide-copy", lesson.slug]).count() == 0


def test_outsiders_cannot_act_on_scenarios_by_bulk_action(client, hidden):
    leave_reader_groups(hidden["wholesite"])
    client.force_login(hidden["wholesite"])  # page rights on the root would otherwise reach the scenarios
    response = client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={hidden['scenario'].pk}&next=/admin/", {})
    assert response.status_code in (302, 404)
    assert Page.objects.get(pk=hidden["scenario"].pk).live


def test_the_page_permission_policy_leaves_readers_alone_and_keeps_outsiders_out(hidden, django_assert_max_num_queries):
    policy = policy_registry.get_by_type(Page)
    scenario = hidden["scenario"]
    wholesite = hidden["wholesite"]
    assert policy.user_has_permission_for_instance(wholesite, "publish", scenario)
    assert wholesite in policy.users_with_permission_for_instance("publish", scenario)

    leave_reader_groups(wholesite)
    wholesite = type(wholesite).objects.get(pk=wholesite.pk)  # permissions are cached on the user object
    assert not user_reads_drills(wholesite)
    assert not policy.user_has_permission_for_instance(wholesite, "publish", scenario)
    assert not policy.instances_user_has_permission_for(wholesite, "publish").filter(pk=scenario.pk).exists()
    assert not policy.explorable_instances(wholesite).filter(pk=hidden["index"].pk).exists()
    assert policy.explorable_instances(wholesite).filter(pk=hidden["lesson"].pk).exists()
    assert wholesite not in policy.users_with_permission_for_instance("publish", scenario)
    assert hidden["reviewer"] in policy.users_with_permission_for_instance("change", scenario)
    assert wholesite in policy.users_with_permission_for_instance("publish", hidden["lesson"])

    # A listing stays one query, whatever the number of pages: the rule is a condition on tree paths.
    with django_assert_max_num_queries(3):
        visible = list(pages_visible_to(Page.objects.all(), wholesite))
    assert hidden["lesson"].pk in {p.pk for p in visible}
    assert not {p.pk for p in visible} & {hidden["index"].pk, scenario.pk, hidden["locked"].pk}


def test_the_usage_of_a_scenario_type_names_no_scenario_for_outsiders(client, hidden):
    """Whoever may manage scenario types sees where they are used; outside the reader groups, not by name."""
    Group.objects.get(name=WHOLE_SITE_EDITORS).permissions.add(
        *Permission.objects.filter(content_type__app_label="drills", content_type__model="scenariotype")
    )
    scenario_type = hidden["scenario"].scenario_type
    url = reverse(scenario_type.snippet_viewset.get_url_name("usage"), args=[scenario_type.pk])
    assert hidden["scenario"].title in text_of(get_as(client, hidden["admin"], url))

    leave_reader_groups(hidden["wholesite"])
    profile = UserProfile.get_for_user(hidden["wholesite"])
    profile.preferred_language = "en"
    profile.save()
    response = get_as(client, hidden["wholesite"], url)
    assert response.status_code == 200
    assert_hidden(response, hidden, url)
    assert "(Private page)" in text_of(response)  # the uses are there, without a name


def test_site_history_of_a_deleted_scenario_is_kept_from_whole_site_editors(client, hidden):
    assert PageLogEntry.objects.filter(label=DELETED_TITLE, action="wagtail.delete").exists()
    leave_reader_groups(hidden["wholesite"])
    response = get_as(client, hidden["wholesite"], "/admin/reports/site-history/results/?action=wagtail.delete")
    assert response.status_code == 200
    assert DELETED_TITLE not in text_of(response)
