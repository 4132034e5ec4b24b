"""A base for the project's own permission policies, which decide per record (a session, an evaluation, a
certificate) rather than per model."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy


class RecordPermissionPolicy(BasePermissionPolicy):
    """Subclasses say who may act at all (`users_with_any_permission`) and who may act on one record
    (`user_has_permission_for_instance`); the users for one record follow from the two."""

    def users_with_any_permission_for_instance(self, actions, instance):
        return get_user_model().objects.filter(
            pk__in=[
                user.pk
                for user in self.users_with_any_permission(actions)
                if self.user_has_any_permission_for_instance(user, actions, instance)
            ]
        )
