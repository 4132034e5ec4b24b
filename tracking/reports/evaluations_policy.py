"""Wagtail's permission policy for yearly evaluations, answered from `tracking.access` like the sessions' one: who may
do what depends on the school, the vice principal and whether it was submitted, not on a group's rights.

- school contacts: add drafts for their schools, change, submit and delete them; read them once submitted;
- the vice principal: reads their own submitted evaluations (list, inspect, history, PDF), never changes them;
- regional administrators: read the evaluations of schools under their region's code;
- superusers: everything, and they alone amend a submitted evaluation (with a reason);
- anyone else: nothing.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from cms.permissions import RecordPermissionPolicy
from tracking import access
from tracking.models import Evaluation

INSTANCE_CHECKS = {
    "view": lambda user, e: access.evaluations_visible_to(user).filter(pk=e.pk).exists(),
    "change": access.can_edit_evaluation,
    "submit": access.can_submit_evaluation,
    "delete": access.can_delete_evaluation,
    "amend": access.can_amend_evaluation,
}
WRITES = {"add", "change", "submit", "delete"}


class EvaluationPermissionPolicy(RecordPermissionPolicy):
    def _active(self, user) -> bool:
        return user.is_authenticated and user.is_active

    def user_has_permission(self, user, action):
        if not self._active(user):
            return False
        if user.is_superuser:
            return action in INSTANCE_CHECKS or action == "add"
        if action in WRITES:
            return access.is_any_school_contact(user)
        if action == "view":
            return access.reads_evaluations(user)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        check = INSTANCE_CHECKS.get(action)
        if check is None or not self._active(user):
            return False
        return check(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        actions = set(actions)
        visible = access.evaluations_visible_to(user)
        if "view" in actions:
            return visible
        if actions & WRITES:
            if user.is_superuser:
                return visible.filter(status="draft")
            return visible.filter(school__contacts=user, status="draft")
        if "amend" in actions and user.is_superuser:
            return visible.filter(status="submitted")
        return Evaluation.objects.none()

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        actions = set(actions)
        if actions <= {"amend"}:
            return users.filter(is_superuser=True)
        readers = Q(is_superuser=True) | Q(contact_for_schools__isnull=False)
        if "view" in actions:
            readers |= Q(vice_principal__isnull=False) | Q(administered_regions__isnull=False)
        return users.filter(readers).distinct()


evaluation_permission_policy = EvaluationPermissionPolicy(Evaluation)


def register_evaluation_policy() -> None:
    from wagtail.permissions import register_permission_policy

    register_permission_policy(Evaluation, evaluation_permission_policy)
