"""Who may do what with certificates, as a Wagtail permission policy (registered in certificates.wagtail_hooks).

- superusers: everything (list, inspect, download, revoke, reissue);
- a certificate's owner (Certificate.owner, say the vice principal it was issued to): lists, inspects and downloads
  their own certificates, and never revokes or reissues them;
- users given a scope by the `certificates_scope` hook (tracking registers one: the regions a regional administrator
  administers): list, inspect, download, revoke and reissue the certificates in that scope;
- everyone else: nothing.

`certificates_scope` hooks are functions(user) -> Q on Certificate, or None for no scope; this app may not import
the apps above it, so they tell it whose certificates a user oversees. Records are never added, edited or deleted
in the admin: issuing goes through certificates.services.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail import hooks

from certificates.models import Certificate
from cms.permissions import RecordPermissionPolicy

READS = frozenset({"view", "download"})
WRITES = frozenset({"revoke", "reissue"})
SCOPE_HOOK = "certificates_scope"


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def scope_q(user) -> Q | None:
    """The certificates `user` oversees through a `certificates_scope` hook, or None."""
    if not _active(user):
        return None
    cache = user.__dict__.setdefault("_certificates_scope", {})
    if "q" not in cache:
        found = None
        for scope in hooks.get_hooks(SCOPE_HOOK):
            q = scope(user)
            if q is not None:
                found = q if found is None else found | q
        cache["q"] = found
    return cache["q"]


def visible_to(user) -> QuerySet[Certificate]:
    if not _active(user):
        return Certificate.objects.none()
    if user.is_superuser:
        return Certificate.objects.all()
    q = Q(owner=user)
    scope = scope_q(user)
    if scope is not None:
        q |= scope
    return Certificate.objects.filter(q)


def overseen_by(user) -> QuerySet[Certificate]:
    """The certificates `user` may revoke and reissue (their own excepted)."""
    if not _active(user):
        return Certificate.objects.none()
    if user.is_superuser:
        return Certificate.objects.all()
    scope = scope_q(user)
    if scope is None:
        return Certificate.objects.none()
    return Certificate.objects.filter(scope).exclude(owner=user)


class CertificatePermissionPolicy(RecordPermissionPolicy):
    def user_has_permission(self, user, action):
        if not _active(user):
            return False
        if user.is_superuser:
            return action in READS | WRITES
        if action in READS:
            cache = user.__dict__.setdefault("_certificates_scope", {})
            if "sees_any" not in cache:
                cache["sees_any"] = scope_q(user) is not None or Certificate.objects.filter(owner=user).exists()
            return cache["sees_any"]
        if action in WRITES:
            return scope_q(user) is not None
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in READS:
            return visible_to(user).filter(pk=instance.pk).exists()
        if action in WRITES:
            return not instance.is_revoked and overseen_by(user).filter(pk=instance.pk).exists()
        return False

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        actions = set(actions)
        if actions & READS:
            return visible_to(user)
        if actions & WRITES:
            return overseen_by(user).filter(revoked_at__isnull=True)
        return Certificate.objects.none()

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        actions = set(actions)
        if not actions & (READS | WRITES):
            return users.none()
        # Scoped users are not known without asking every hook about every user: superusers and owners here, and
        # the instance checks decide the rest.
        if actions & READS:
            return users.filter(Q(is_superuser=True) | Q(certificates__isnull=False)).distinct()
        return users.filter(is_superuser=True)


certificate_permission_policy = CertificatePermissionPolicy(Certificate)
