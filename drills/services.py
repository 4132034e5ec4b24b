"""Writes for the drill library: privacy, the review workflow, and moving a scenario through it."""

import logging
from contextvars import ContextVar

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext
from wagtail.log_actions import log
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.workflows import publish_workflow_state

from cms.roles import group_with_admin_access
from drills.access import (
    DRILL_AUTHORS,
    DRILL_REVIEWERS,
    PUBLISH_WITHOUT_REVIEW,
    READER_GROUPS,
    REVIEW_TASK_NAME,
    REVIEW_WORKFLOW_NAME,
    SelfApprovalRefused,
)
from drills.models import DrillLibraryPage, DrillReviewTask, ScenarioIndexPage, ScenarioPage
from drills.selectors import drill_pages_exposed, is_private_drill_page, review_may_approve
from drills.validation import ScriptProblems, stream_problems

logger = logging.getLogger(__name__)

AUTHOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
# No publish_page: a reviewer's edits, urgent fixes and reverts go live only when another reviewer approves them.
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]

# Set while a version approved under the four-eyes rule is being published, so the publish is not recorded as
# one without review.
_publishing_reviewed_version: ContextVar[bool] = ContextVar("drills_publishing_reviewed_version", default=False)


class ScenarioNotReady(Exception):
    def __init__(self, problems: ScriptProblems):
        self.problems = problems
        super().__init__("; ".join(problems.messages()))


def _group(name: str) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    return group


def _seal(*, index: ScenarioIndexPage) -> PageViewRestriction:
    """One reader-group privacy setting on the index: made if missing, repaired if someone turned it into another
    kind or let other groups in behind the application's back. Reader groups a superuser left out stay out."""
    restrictions = PageViewRestriction.objects.filter(page=index)
    restriction = restrictions.filter(restriction_type=PageViewRestriction.GROUPS).first() or restrictions.first()
    if restriction is None:
        restriction = PageViewRestriction(page=index, restriction_type=PageViewRestriction.GROUPS)
        restriction.save()
    elif restriction.restriction_type != PageViewRestriction.GROUPS:
        restriction.restriction_type, restriction.password = PageViewRestriction.GROUPS, ""
        restriction.save()
    restriction.groups.remove(*restriction.groups.exclude(name__in=READER_GROUPS))
    if not restriction.groups.exists():
        restriction.groups.add(*[_group(name) for name in READER_GROUPS])
    return restriction


@transaction.atomic
def scenario_index_secure(*, index: ScenarioIndexPage) -> PageViewRestriction:
    """Make the index (and so every scenario under it) private to the reader groups, let authors write and
    reviewers review there. Runs whenever an index is created, in any language, and to repair one."""
    restriction = _seal(index=index)
    authors = group_with_admin_access(name=DRILL_AUTHORS, images=True)
    reviewers = group_with_admin_access(name=DRILL_REVIEWERS, images=True)
    for group, codenames in ((authors, AUTHOR_PAGE_PERMISSIONS), (reviewers, REVIEWER_PAGE_PERMISSIONS)):
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    # Sites set up before the four-eyes rule let reviewers publish directly.
    GroupPagePermission.objects.filter(group=reviewers, page=index, permission__codename="publish_page").delete()
    type_permissions = Permission.objects.filter(content_type__app_label="drills", content_type__model="scenariotype")
    authors.permissions.add(*type_permissions.filter(codename__in=["add_scenariotype", "change_scenariotype"]))
    reviewers.permissions.add(*type_permissions)
    return restriction


@transaction.atomic
def drill_privacy_restore() -> list[Page]:
    """Repair every scenario index's privacy; unpublish whatever drill page is still not covered (a scenario that
    raw SQL put outside any index). Returns the pages that had to be unpublished."""
    for index in ScenarioIndexPage.objects.all():
        scenario_index_secure(index=index)
    withdrawn = []
    for page in drill_pages_exposed().live().specific():
        page.unpublish(log_action=True)
        logger.error("Drill page %r (id %s) was outside every private index and has been unpublished.", page, page.pk)
        withdrawn.append(page)
    return withdrawn


def _review_task() -> DrillReviewTask:
    """The four-eyes review task, turning the plain group approval task of older sites into one in place (same
    row, so reviews in progress carry on under the new rule)."""
    task = DrillReviewTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is not None:
        return task
    plain = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if plain is None:
        return DrillReviewTask.objects.create(name=REVIEW_TASK_NAME)
    task = DrillReviewTask(groupapprovaltask_ptr=plain)
    task.__dict__.update({k: v for k, v in plain.__dict__.items() if not k.startswith("_")})
    task.save_base(raw=True)  # the parent rows exist: add only this model's row
    Task.objects.filter(pk=plain.pk).update(content_type=ContentType.objects.get_for_model(DrillReviewTask))
    return DrillReviewTask.objects.get(pk=plain.pk)


@transaction.atomic
def drill_review_workflow_attach(*, library: DrillLibraryPage) -> Workflow:
    """Scenarios below the library go through one four-eyes review task that only drill reviewers can act on."""
    task = _review_task()
    task.groups.add(_group(DRILL_REVIEWERS))
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW_NAME, active=True)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not WorkflowPage.objects.filter(page=library).exists():
        WorkflowPage.objects.create(page=library, workflow=workflow)
    return workflow


def workflow_state_publish(*, workflow_state: WorkflowState, user) -> None:
    """Publish what a finished workflow approved. Pages under the drill review (and any private drill page,
    whatever its workflow) go live only if the last approver neither edited nor submitted the version; the
    approval itself is the permission to publish."""
    obj = workflow_state.content_object
    governed = workflow_state.task_states.filter(task__in=DrillReviewTask.objects.all()).exists()
    if not isinstance(obj, Page) or not (governed or is_private_drill_page(obj)):
        publish_workflow_state(workflow_state, user=user)
        return
    if not review_may_approve(page=obj, user=user, workflow_state=workflow_state):
        raise SelfApprovalRefused(gettext("You edited or submitted this version, so another reviewer must approve it."))
    token = _publishing_reviewed_version.set(True)
    try:
        obj.get_latest_revision().publish(user=user, skip_permission_checks=True)
    finally:
        _publishing_reviewed_version.reset(token)


def publish_without_review_record(*, entry: PageLogEntry) -> PageLogEntry | None:
    """Called for every publish (or scheduled publish) written to a page's history: a scenario that did not go
    live through four-eyes review gets a second entry saying so, and a warning in the server log."""
    if _publishing_reviewed_version.get() or entry.page_id is None:
        return None
    page = Page.objects.filter(pk=entry.page_id).first()
    if page is None or not issubclass(page.specific_class or Page, ScenarioPage):
        return None
    user = entry.user
    by = user.get_username() if user is not None else "(no user: code or a management command)"
    if user is not None and not user.is_superuser:
        # Only superusers may publish a scenario directly; anything else is a hole to close.
        logger.error("Scenario %r (id %s) was published without review by non-superuser %s.", page, page.pk, by)
    else:
        logger.warning("Scenario %r (id %s) was published without review by %s.", page, page.pk, by)
    return log(
        instance=page.specific,
        action=PUBLISH_WITHOUT_REVIEW,
        user=user,
        revision=entry.revision,
        data={"source_action": entry.action, "superuser": bool(user and user.is_superuser)},
    )


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
    """Approve (which publishes) or request changes, with a comment, as the reviewer's menu does. Nobody approves
    a version they edited or submitted."""
    page = Page.objects.get(pk=scenario.pk)
    task_state = page.current_workflow_task_state
    if task_state is None:
        raise PermissionDenied("This scenario is not waiting for review.")
    if approve and not review_may_approve(page=page, user=user):
        raise SelfApprovalRefused(gettext("You edited or submitted this version, so another reviewer must approve it."))
    task = task_state.task.specific
    action = "approve" if approve else "reject"
    if action not in {name for name, _label, _modal in task.get_actions(page, user)}:
        raise PermissionDenied("Only drill reviewers can approve or reject a scenario.")
    task.on_action(task_state.specific, user, action, comment=comment)
