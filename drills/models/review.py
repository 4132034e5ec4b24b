from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page

from drills.access import SelfApprovalRefused


class DrillReviewTask(GroupApprovalTask):
    """Group approval with four eyes: a reviewer may approve a version only if they neither edited nor submitted
    it. Approving is the only way for a scenario to go live (reviewers have no publish permission), so a
    reviewer's own edits, urgent fixes and reverts all wait for a second reviewer."""

    class Meta:
        verbose_name = _("drill review task (four eyes)")
        verbose_name_plural = _("drill review tasks (four eyes)")

    def get_actions(self, obj, user):
        from drills.selectors import review_may_approve

        actions = super().get_actions(obj, user)
        if (
            isinstance(obj, Page)
            and any(name == "approve" for name, _label, _modal in actions)
            and not review_may_approve(page=obj, user=user)
        ):
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        from drills.selectors import review_may_approve

        obj = task_state.workflow_state.content_object
        if (
            action_name == "approve"
            and isinstance(obj, Page)
            and not review_may_approve(page=obj, user=user, workflow_state=task_state.workflow_state)
        ):
            raise SelfApprovalRefused(
                gettext("You edited or submitted this version, so another reviewer must approve it.")
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes; nobody approves a version they edited "
            "or submitted."
        )
