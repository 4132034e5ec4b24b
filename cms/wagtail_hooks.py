from axes.models import AccessAttempt
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from cms.viewsets import SignInLockoutViewSet, SuperuserOnlyPermissionPolicy

# Before anything asks Wagtail for the model's policy, which would otherwise fall back to Django's permissions.
register_permission_policy(AccessAttempt, SuperuserOnlyPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_sign_in_lockouts():
    return SignInLockoutViewSet()
