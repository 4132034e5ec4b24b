"""Writes for the drill library: privacy, the review workflow, and moving a scenario through it."""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from drills.access import DRILL_AUTHORS, DRILL_REVIEWERS, READER_GROUPS, REVIEW_TASK_NAME, REVIEW_WORKFLOW_NAME
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage
from drills.validation import ScriptProblems, stream_problems

AUTHOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


class ScenarioNotReady(Exception):
    def __init__(self, problems: ScriptProblems):
        self.problems = problems
        super().__init__("; ".join(problems.messages()))


def _group(name: str) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    return group


def _grant_admin_access(group: Group) -> None:
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="wagtailimages", codename__in=["add_image", "choose_image"]),
    )


@transaction.atomic
def scenario_index_secure(*, index: ScenarioIndexPage) -> PageViewRestriction:
    """Make the index (and so every scenario under it) private to the reader groups, and let authors write
    and reviewers publish there. Runs whenever an index is created, in any language."""
    restriction = PageViewRestriction.objects.filter(page=index).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.GROUPS)
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(*[_group(name) for name in READER_GROUPS])

    authors, reviewers = _group(DRILL_AUTHORS), _group(DRILL_REVIEWERS)
    for group, codenames in ((authors, AUTHOR_PAGE_PERMISSIONS), (reviewers, REVIEWER_PAGE_PERMISSIONS)):
        _grant_admin_access(group)
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    type_permissions = Permission.objects.filter(content_type__app_label="drills", content_type__model="scenariotype")
    authors.permissions.add(*type_permissions.filter(codename__in=["add_scenariotype", "change_scenariotype"]))
    reviewers.permissions.add(*type_permissions)
    return restriction


@transaction.atomic
def drill_review_workflow_attach(*, library: DrillLibraryPage) -> Workflow:
    """Scenarios below the library go through one review task that only drill reviewers can act on."""
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
    task.groups.add(_group(DRILL_REVIEWERS))
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not WorkflowPage.objects.filter(page=library).exists():
        WorkflowPage.objects.create(page=library, workflow=workflow)
    return workflow


def scenario_problems(*, scenario: ScenarioPage, require_timeline: bool = True) -> ScriptProblems:
    return stream_problems(
        roles=scenario.roles, phases=scenario.phases, timeline=scenario.timeline, require_timeline=require_timeline
    )


@transaction.atomic
def scenario_submit(*, scenario: ScenarioPage, user) -> None:
    """Save the author's version and send it to review, as the editor's 'Submit' does."""
    problems = scenario_problems(scenario=scenario)
    if problems:
        raise ScenarioNotReady(problems)
    workflow = scenario.get_workflow()
    if workflow is None:
        raise PermissionDenied("This scenario is not under a drill library with a review workflow.")
    scenario.save_revision(user=user, log_action=True)
    workflow.start(scenario, user)


@transaction.atomic
def scenario_review(*, scenario: Page, user, approve: bool, comment: str = "") -> None:
    """Approve (which publishes) or request changes, with a comment, as the reviewer's menu does."""
    page = Page.objects.get(pk=scenario.pk)
    task_state = page.current_workflow_task_state
    if task_state is None:
        raise PermissionDenied("This scenario is not waiting for review.")
    task = task_state.task.specific
    action = "approve" if approve else "reject"
    if action not in {name for name, _label, _modal in task.get_actions(page, user)}:
        raise PermissionDenied("Only drill reviewers can approve or reject a scenario.")
    task.on_action(task_state.specific, user, action, comment=comment)
