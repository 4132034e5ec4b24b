"""Permission policies for tracking's records (regions, schools, vice principals, appointments, training
departments): superusers manage them, everyone else reads the ones `tracking.access` shows them.

Group permissions grant nothing here: a record's visibility follows from who the user is (a region's
administrator, a school's contact, a vice principal), not from a checkbox in the group editor."""

from collections.abc import Callable, Iterable

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from tracking import access
from tracking.models import Appointment, Region, School, TrainingDepartment, VicePrincipal

MANAGE = frozenset({"add", "change", "delete", "view"})


class ScopedReadPolicy(BasePermissionPolicy):
    def __init__(self, model, *, visible_to: Callable):
        super().__init__(model)
        self.visible_to = visible_to

    def _active(self, user) -> bool:
        return user.is_authenticated and user.is_active

    def _sees_any(self, user) -> bool:
        # Asked several times a request (menu, index, buttons): remember the answer on the user object.
        cache = user.__dict__.setdefault("_tracking_record_scopes", {})
        if self.model not in cache:
            cache[self.model] = self.visible_to(user).exists()
        return cache[self.model]

    def user_has_permission(self, user, action):
        if not self._active(user):
            return False
        if user.is_superuser:
            return action in MANAGE
        return action == "view" and self._sees_any(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self._active(user):
            return False
        if user.is_superuser:
            return action in MANAGE
        return action == "view" and self.visible_to(user).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions: Iterable[str]) -> QuerySet:
        actions = set(actions)
        if not self._active(user) or not actions & MANAGE:
            return self.model._default_manager.none()
        if user.is_superuser:
            return self.model._default_manager.all()
        return self.visible_to(user) if "view" in actions else self.model._default_manager.none()

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not set(actions) & MANAGE:
            return users.none()
        if "view" not in actions:
            return users.filter(is_superuser=True)
        # Everyone who might read some record; the instance checks above narrow it down.
        return users.filter(
            Q(is_superuser=True)
            | Q(pk__in=Region.administrators.through.objects.values("user"))
            | Q(pk__in=School.contacts.through.objects.values("user"))
            | Q(pk__in=VicePrincipal.objects.values("user"))
            | Q(pk__in=TrainingDepartment.members.through.objects.values("user"))
        )


RECORD_SCOPES = {
    Region: access.regions_visible_to,
    School: access.schools_visible_to,
    VicePrincipal: access.vice_principals_visible_to,
    Appointment: access.appointments_visible_to,
    TrainingDepartment: access.training_departments_visible_to,
}


def visible_records(model, user) -> QuerySet:
    return RECORD_SCOPES[model](user)


def register_record_policies() -> None:
    for model, visible_to in RECORD_SCOPES.items():
        register_permission_policy(model, ScopedReadPolicy(model, visible_to=visible_to))
