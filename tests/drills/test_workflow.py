"""Authors write and submit, only reviewers approve or reject, and the history says who did what."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from drills import services
from drills.factories import ScenarioPageFactory
from drills.models import ScenarioPage
from tests.drills.test_validation import form_data, step_value


@pytest.fixture
def draft(drill_tree, people):
    """A complete scenario the author has written but not submitted."""
    page = ScenarioPageFactory(parent=drill_tree["index"], slug="draft-drill", live=False, owner=people["author"])
    page.save_revision(user=people["author"])
    return ScenarioPage.objects.get(pk=page.pk)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def action_url(page, action):
    task_state = ScenarioPage.objects.get(pk=page.pk).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def test_the_library_has_the_review_workflow_and_the_author_no_publish_button(client, draft, people):
    assert draft.get_workflow().name == services.REVIEW_WORKFLOW_NAME
    client.force_login(people["author"])
    html = client.get(edit_url(draft)).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_an_author_cannot_publish_even_by_posting_the_publish_action(client, drill_tree, people):
    client.force_login(people["author"])
    data = form_data(steps=[step_value()], action="action-publish", title="作者直接发布")
    client.post(f"/admin/pages/add/drills/scenariopage/{drill_tree['index'].pk}/", data)
    page = ScenarioPage.objects.get(slug="new-drill")
    assert not page.live
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_author_submits_and_reviewer_approves_in_the_admin(client, draft, people):
    client.force_login(people["author"])
    data = form_data(steps=[step_value(), step_value("2:00", "互救", "保安队")], action="action-submit")
    data["slug"] = draft.slug
    response = client.post(edit_url(draft), data)
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == people["author"]

    # The author cannot approve their own submission.
    response = client.post(action_url(draft, "approve"), {"comment": "自己批准"})
    assert response.status_code in (302, 403)
    assert not ScenarioPage.objects.get(pk=draft.pk).live
    with pytest.raises(PermissionDenied):
        services.scenario_review(scenario=draft, user=people["author"], approve=True)

    client.force_login(people["reviewer"])
    response = client.post(action_url(draft, "approve"), {"comment": "步骤清楚，同意发布。"})
    assert response.status_code == 302
    page = ScenarioPage.objects.get(pk=draft.pk)
    assert page.live and page.title == "新演练"

    history = {(e.action, e.user.username) for e in PageLogEntry.objects.filter(page=page)}
    assert ("wagtail.workflow.start", "author") in history
    assert ("wagtail.workflow.approve", "reviewer") in history
    assert ("wagtail.publish", "reviewer") in history
    approval = TaskState.objects.get(workflow_state=state)
    assert approval.finished_by == people["reviewer"] and approval.get_comment() == "步骤清楚，同意发布。"


def test_reviewer_requests_changes_with_a_comment(client, draft, people):
    services.scenario_submit(scenario=draft, user=people["author"])
    services.scenario_review(scenario=draft, user=people["reviewer"], approve=False, comment="请补充互救阶段的步骤。")
    page = ScenarioPage.objects.get(pk=draft.pk)
    assert not page.live
    task_state = TaskState.objects.get(workflow_state__object_id=str(draft.pk))
    assert task_state.status == TaskState.STATUS_REJECTED
    entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert entry.user == people["reviewer"] and entry.data["comment"] == "请补充互救阶段的步骤。"

    # The comment is in the page history the author sees.
    client.force_login(people["author"])
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "请补充互救阶段的步骤。" in history


def test_the_vice_principal_and_school_staff_can_read_but_not_review(draft, people):
    services.scenario_submit(scenario=draft, user=people["author"])
    for name in ("vp", "school", "outsider"):
        with pytest.raises(PermissionDenied):
            services.scenario_review(scenario=draft, user=people[name], approve=True)


def test_an_incomplete_script_cannot_be_submitted(drill_tree, people):
    page = ScenarioPageFactory(parent=drill_tree["index"], slug="empty", live=False, timeline=[])
    with translation.override("en"), pytest.raises(services.ScenarioNotReady, match="at least one step"):
        services.scenario_submit(scenario=page, user=people["author"])


@pytest.mark.system_deps
def test_a_reviewer_previews_the_pack_of_the_version_in_the_editor(client, draft, people, pdftotext):
    services.scenario_submit(scenario=draft, user=people["author"])
    client.force_login(people["reviewer"])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk])
    data = form_data(steps=[step_value(action="审核时预览的步骤。")])
    data["slug"] = draft.slug
    assert client.post(preview_url, data).json()["is_valid"]
    response = client.get(preview_url, {"mode": "pack"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline;")
    assert "审核时预览的步骤。" in pdftotext(response.content)


def test_an_author_can_neither_publish_unpublish_nor_delete_a_live_scenario(drill_tree, people):
    live = drill_tree["scenario"]
    author = live.permissions_for_user(people["author"])
    assert author.can_edit() and author.can_add_subpage() is False
    assert not author.can_publish() and not author.can_unpublish() and not author.can_delete()
    # A reviewer publishes only by approving someone else's version (four eyes), but may take a script offline.
    reviewer = live.permissions_for_user(people["reviewer"])
    assert reviewer.can_edit() and not reviewer.can_publish() and reviewer.can_unpublish()
    for reader in ("vp", "school"):
        assert not live.permissions_for_user(people[reader]).can_edit()
