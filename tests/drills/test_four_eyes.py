"""Four eyes on every script: a scenario goes live only when a reviewer who neither edited nor submitted the
version approves it; reviewers' own edits, urgent fixes and reverts included. Only a superuser publishes
without review, and the history says so."""

import importlib
import json
import logging

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    PageLogEntry,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)

from cms import roles
from drills import services
from drills.access import (
    DRILL_REVIEWERS,
    PUBLISH_WITHOUT_REVIEW,
    REVIEW_TASK_NAME,
    REVIEW_WORKFLOW_NAME,
    SelfApprovalRefused,
)
from drills.factories import ScenarioPageFactory
from drills.models import DrillReviewTask, ScenarioPage
from tests.drills.test_validation import form_data, step_value

ROLES = ["author", "reviewer", "vp", "school", "outsider", "superuser"]
PUBLISHERS = {"superuser"}
APPROVERS = {"reviewer", "superuser"}


@pytest.fixture
def everyone(people, django_user_model):
    second = django_user_model.objects.create_user("second-reviewer-h7", password="x")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name in (DRILL_REVIEWERS, roles.TRAINING_DEPARTMENTS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        second.groups.add(group)
    root = django_user_model.objects.create_superuser("four-eyes-root-h7", password="x")
    return {**people, "second reviewer": second, "superuser": root}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def fresh(page) -> ScenarioPage:
    return ScenarioPage.objects.get(pk=page.pk)


def edit_data(page, *, title: str, action: str | None = None) -> dict:
    data = form_data(steps=[step_value(), step_value("2:00", "互救", "保安队")], action=action, title=title)
    data["slug"] = page.slug
    return data


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def approve_url(page) -> str:
    task_state = fresh(page).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


def unreviewed_entries(page):
    return PageLogEntry.objects.filter(page=page, action=PUBLISH_WITHOUT_REVIEW)


@pytest.fixture
def draft(drill_tree, people):
    page = ScenarioPageFactory(
        parent=drill_tree["index"], slug="four-eyes-draft-h7", live=False, owner=people["author"]
    )
    page.save_revision(user=people["author"])
    return fresh(page)


@pytest.fixture
def submitted(draft, people):
    services.scenario_submit(scenario=draft, user=people["author"])
    return fresh(draft)


def test_reviewers_review_and_lock_but_have_no_publish_permission(drill_tree):
    granted = set(
        GroupPagePermission.objects.filter(group__name=DRILL_REVIEWERS, page=drill_tree["index"]).values_list(
            "permission__codename", flat=True
        )
    )
    assert granted == {"add_page", "change_page", "lock_page", "unlock_page"}
    assert isinstance(drill_tree["scenario"].get_workflow().tasks.get().specific, DrillReviewTask)


# --- doors that publish directly -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_only_a_superuser_publishes_from_the_editor_and_it_is_recorded(drill_tree, everyone, role, caplog):
    live = drill_tree["scenario"]
    before = unreviewed_entries(live).count()
    with caplog.at_level(logging.WARNING, logger="drills.services"):
        signed_in(everyone[role]).post(edit_url(live), edit_data(live, title="紧急修改-h7", action="action-publish"))
    published = fresh(live)
    assert (published.title == "紧急修改-h7") is (role in PUBLISHERS)
    if role in PUBLISHERS:
        entry = unreviewed_entries(live).latest("timestamp")
        assert entry.user == everyone["superuser"] and entry.revision_id == published.live_revision_id
        assert "without review by four-eyes-root-h7" in caplog.text
    else:
        assert unreviewed_entries(live).count() == before
    if role in ("author", "reviewer"):  # kept as a draft for review, nothing lost
        assert published.get_latest_revision_as_object().title == "紧急修改-h7"


@pytest.mark.parametrize("role", ROLES)
def test_only_a_superuser_creates_a_live_scenario_in_one_go(drill_tree, everyone, role):
    data = form_data(steps=[step_value()], action="action-publish", title="一步发布-h7")
    data["slug"] = "one-go-h7"
    signed_in(everyone[role]).post(f"/admin/pages/add/drills/scenariopage/{drill_tree['index'].pk}/", data)
    created = ScenarioPage.objects.filter(slug="one-go-h7").first()
    assert (created is not None and created.live) is (role in PUBLISHERS)
    if role in ("author", "reviewer"):
        assert created is not None and not created.live


@pytest.mark.parametrize("role", ROLES)
def test_only_a_superuser_publishes_with_the_bulk_action(drill_tree, everyone, role):
    live = drill_tree["scenario"]
    revision = fresh(live).get_latest_revision_as_object()
    revision.title = "批量发布-h7"
    revision.save_revision(user=everyone["author"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={live.pk}"
    signed_in(everyone[role]).post(url, {"include_descendants": ""})
    assert (fresh(live).title == "批量发布-h7") is (role in PUBLISHERS)


@pytest.mark.parametrize("role", ROLES)
def test_a_revert_goes_live_directly_only_for_a_superuser(drill_tree, everyone, role):
    live = fresh(drill_tree["scenario"])
    original = live.get_latest_revision()
    newer = live.get_latest_revision_as_object()
    newer.title = "第二版-h7"
    newer.save_revision().publish()
    assert fresh(live).title == "第二版-h7"

    url = reverse("wagtailadmin_pages:revisions_revert", args=[live.pk, original.pk])
    data = edit_data(live, title=original.as_object().title, action="action-publish")
    data["revision"] = original.pk
    signed_in(everyone[role]).post(url, data)
    assert (fresh(live).title == original.as_object().title) is (role in PUBLISHERS)


# --- the review itself -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_only_a_reviewer_who_did_not_write_it_approves(submitted, everyone, role):
    with pytest.raises(SelfApprovalRefused):
        services.scenario_review(scenario=submitted, user=everyone["author"], approve=True)
    signed_in(everyone[role]).post(approve_url(submitted), {"comment": "同意。"})
    approved = fresh(submitted)
    assert approved.live is (role in APPROVERS)
    if role in APPROVERS:
        assert not unreviewed_entries(approved).exists()
        entry = PageLogEntry.objects.get(page=approved, action="wagtail.publish")
        assert entry.user == everyone[role]


def test_a_reviewer_cannot_approve_a_version_they_wrote(draft, everyone):
    reviewer, second = everyone["reviewer"], everyone["second reviewer"]
    version = draft.get_latest_revision_as_object()
    version.title = "审核员自己写的-h7"
    services.scenario_submit(scenario=version, user=reviewer)
    task = fresh(draft).current_workflow_task
    assert [name for name, _label, _modal in task.get_actions(fresh(draft), reviewer)] == ["reject"]
    assert "approve" in {name for name, _label, _modal in task.get_actions(fresh(draft), second)}

    signed_in(reviewer).post(approve_url(draft), {"comment": "我自己批。"})
    assert not fresh(draft).live
    with pytest.raises(SelfApprovalRefused):
        services.scenario_review(scenario=draft, user=reviewer, approve=True)

    services.scenario_review(scenario=draft, user=second, approve=True, comment="第二位审核员同意。")
    assert fresh(draft).live and fresh(draft).title == "审核员自己写的-h7"
    finished = TaskState.objects.filter(workflow_state__object_id=str(draft.pk), status=TaskState.STATUS_APPROVED)
    assert finished.get().finished_by == second


def test_a_reviewer_who_edited_any_part_of_the_pending_version_cannot_approve_it(draft, everyone):
    """Stricter than "not the last editor": an author's later save does not launder the reviewer's edit."""
    version = draft.get_latest_revision_as_object()
    version.title = "审核员中途改的-h7"
    version.save_revision(user=everyone["reviewer"])
    services.scenario_submit(scenario=fresh(draft).get_latest_revision_as_object(), user=everyone["author"])
    assert fresh(draft).get_latest_revision().user == everyone["author"]
    with pytest.raises(SelfApprovalRefused):
        services.scenario_review(scenario=draft, user=everyone["reviewer"], approve=True)
    services.scenario_review(scenario=draft, user=everyone["second reviewer"], approve=True)
    assert fresh(draft).live and fresh(draft).title == "审核员中途改的-h7"


def test_a_save_that_changes_nothing_does_not_make_the_reviewer_an_editor(submitted, everyone):
    """The editor saves a revision on approval whenever its form reports a change, even a spurious one."""
    same = fresh(submitted).get_latest_revision_as_object()
    same.save_revision(user=everyone["reviewer"])
    assert fresh(submitted).get_latest_revision().user == everyone["reviewer"]
    services.scenario_review(scenario=submitted, user=everyone["reviewer"], approve=True)
    assert fresh(submitted).live


def test_changing_the_script_while_approving_keeps_the_change_and_waits_for_another_reviewer(submitted, everyone):
    reviewer = everyone["reviewer"]
    client = signed_in(reviewer)
    html = client.get(edit_url(submitted)).content.decode()
    assert 'data-workflow-action-name="approve"' in html

    data = edit_data(submitted, title="审核时改的-h7")
    data.update(
        {
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"comment": "改好了，同意。"}),
        }
    )
    response = client.post(edit_url(submitted), data)
    assert response.status_code == 302 and response["Location"].endswith(edit_url(submitted))
    assert "error" in [message.level_tag for message in get_messages(response.wsgi_request)]
    page = fresh(submitted)
    assert not page.live
    assert page.get_latest_revision().user == reviewer and page.get_latest_revision_as_object().title == "审核时改的-h7"
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS

    response = client.get(edit_url(submitted))
    html = response.content.decode()
    assert 'data-workflow-action-name="approve"' not in html and 'data-workflow-action-name="reject"' in html
    assert "warning" in [message.level_tag for message in get_messages(response.wsgi_request)]

    signed_in(everyone["second reviewer"]).post(approve_url(submitted), {"comment": "同意。"})
    assert fresh(submitted).live and fresh(submitted).title == "审核时改的-h7"


def test_an_urgent_fix_by_a_reviewer_waits_for_a_second_reviewer(drill_tree, everyone):
    live = drill_tree["scenario"]
    client = signed_in(everyone["reviewer"])
    client.post(edit_url(live), edit_data(live, title="紧急修正-h7", action="action-publish"))
    assert fresh(live).title != "紧急修正-h7"
    client.post(edit_url(live), edit_data(live, title="紧急修正-h7", action="action-submit"))
    assert fresh(live).current_workflow_state.requested_by == everyone["reviewer"]

    client.post(approve_url(live), {"comment": "急，我先批。"})
    assert fresh(live).title != "紧急修正-h7"
    signed_in(everyone["second reviewer"]).post(approve_url(live), {"comment": "同意。"})
    assert fresh(live).title == "紧急修正-h7"


def test_a_reverted_version_goes_live_after_a_second_reviewer_approves_it(drill_tree, everyone):
    live = fresh(drill_tree["scenario"])
    original = live.get_latest_revision()
    newer = live.get_latest_revision_as_object()
    newer.title = "第二版-h7"
    newer.save_revision().publish()

    client = signed_in(everyone["reviewer"])
    url = reverse("wagtailadmin_pages:revisions_revert", args=[live.pk, original.pk])
    data = edit_data(live, title=original.as_object().title, action="action-submit")
    data["revision"] = original.pk
    client.post(url, data)
    assert fresh(live).title == "第二版-h7"
    with pytest.raises(SelfApprovalRefused):
        services.scenario_review(scenario=live, user=everyone["reviewer"], approve=True)
    services.scenario_review(scenario=live, user=everyone["second reviewer"], approve=True)
    assert fresh(live).title == original.as_object().title


def test_a_superuser_approves_no_own_edit_but_may_publish_directly_on_the_record(draft, everyone):
    root = everyone["superuser"]
    version = draft.get_latest_revision_as_object()
    version.title = "超级用户改的-h7"
    version.save_revision(user=root)
    services.scenario_submit(scenario=fresh(draft), user=root)
    with pytest.raises(SelfApprovalRefused):
        services.scenario_review(scenario=draft, user=root, approve=True)
    assert not fresh(draft).live

    signed_in(root).post(edit_url(draft), edit_data(draft, title="超级用户改的-h7", action="action-publish"))
    assert fresh(draft).live
    entry = unreviewed_entries(draft).get()
    assert entry.user == root and entry.data["superuser"] is True
    # The history page names it.
    history = signed_in(root).get(reverse("wagtailadmin_pages:history", args=[draft.pk])).content.decode()
    assert "Published without review" in history or "未经审核发布" in history


@pytest.mark.parametrize("role", ROLES)
def test_reviewers_and_superusers_may_take_a_script_offline(drill_tree, everyone, role):
    live = drill_tree["scenario"]
    signed_in(everyone[role]).post(reverse("wagtailadmin_pages:unpublish", args=[live.pk]))
    assert fresh(live).live is (role not in APPROVERS)


# --- sites from before the rule ------------------------------------------------------------------------------


@pytest.mark.parametrize("upgrade", ["migration", "attach"])
def test_an_older_site_gets_the_four_eyes_task_in_place_and_reviews_carry_on(drill_tree, draft, everyone, upgrade):
    # The site as it was: a plain group approval task in the workflow, reviewers with publish permission.
    DrillReviewTask.objects.filter(name=REVIEW_TASK_NAME).update(name="replaced-in-this-test-h7")
    plain = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
    plain.groups.add(Group.objects.get(name=DRILL_REVIEWERS))
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW_NAME)
    WorkflowTask.objects.filter(workflow=workflow).delete()
    WorkflowTask.objects.create(workflow=workflow, task=plain, sort_order=0)
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    reviewers = Group.objects.get(name=DRILL_REVIEWERS)
    GroupPagePermission.objects.create(group=reviewers, page=drill_tree["index"], permission=publish)
    services.scenario_submit(scenario=draft, user=everyone["author"])
    state = WorkflowState.objects.get(object_id=str(draft.pk), status=WorkflowState.STATUS_IN_PROGRESS)

    if upgrade == "migration":
        importlib.import_module("drills.migrations.0004_four_eyes_review").upgrade(apps, None)
    else:
        services.drill_review_workflow_attach(library=drill_tree["library"])
        services.scenario_index_secure(index=drill_tree["index"])

    assert isinstance(Task.objects.get(pk=plain.pk).specific, DrillReviewTask)
    assert not GroupPagePermission.objects.filter(group=reviewers, permission=publish).exists()
    assert not fresh(drill_tree["scenario"]).permissions_for_user(everyone["reviewer"]).can_publish()
    # The review already under way continues, now under the four-eyes rule.
    with pytest.raises(SelfApprovalRefused):
        services.scenario_review(scenario=draft, user=everyone["author"], approve=True)
    services.scenario_review(scenario=draft, user=everyone["reviewer"], approve=True)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED and fresh(draft).live
