"""Wagtail's permission policy for sessions, answered from `tracking.access`, so the admin's listing, object views,
buttons and bulk actions follow the same rules as the services. Model permissions of Django's auth are not used:
who may do what depends on the record (its school, its vice principal, its status), not on a group's rights."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from cms.permissions import RecordPermissionPolicy
from tracking import access
from tracking.models import Session, SessionStatus

# The actions of the admin's own views (Wagtail's names) and of tracking's action views.
INSTANCE_CHECKS = {
    "view": lambda user, s: access.sessions_visible_to(user).filter(pk=s.pk).exists(),
    "change": access.can_change,
    "delete": access.can_delete,
    "log_held": access.can_log_held,
    "confirm": access.can_confirm,
    "dispute": access.can_dispute,
    "cancel": access.can_cancel,
    "void": access.can_void,
}


class SessionPermissionPolicy(RecordPermissionPolicy):
    """Sessions: seen through `access.sessions_visible_to`, changed through `access.can_*`."""

    def user_has_permission(self, user, action):
        if action == "add":
            return access.may_schedule(user)
        if action in INSTANCE_CHECKS:
            return access.has_tracking_role(user)
        # Locking, publishing and the like are not used for sessions.
        return False

    def user_has_permission_for_instance(self, user, action, instance):
        check = INSTANCE_CHECKS.get(action)
        if check is None or not user.is_authenticated or not user.is_active:
            return False
        return check(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(a in INSTANCE_CHECKS for a in actions):
            return Session.objects.none()
        if set(actions) & {"view", "log_held", "confirm", "dispute"}:
            return access.sessions_visible_to(user)
        return access.sessions_changeable_by(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "add" in actions and not (set(actions) & set(INSTANCE_CHECKS)):
            return users.filter(Q(is_superuser=True) | Q(vice_principal__isnull=False))
        return users.filter(
            Q(is_superuser=True)
            | Q(vice_principal__isnull=False)
            | Q(contact_for_schools__isnull=False)
            | Q(administered_regions__isnull=False)
            | Q(training_departments__isnull=False)
        ).distinct()


session_permission_policy = SessionPermissionPolicy(Session)


def denial_message(user, session: Session, action: str) -> str:
    """Why `user` may not do `action` to a session they can see, in words they can act on."""
    if action == "change" and session.status == SessionStatus.VOIDED:
        return _("This session was voided; it is kept as it is and cannot be changed.")
    own = access.is_own_session(user, session)
    if action == "change" and own and session.status == SessionStatus.CONFIRMED:
        return _(
            "The school has confirmed this session, so it is locked. Ask the school contact or an administrator "
            "to make any change."
        )
    if action == "delete" and session.status not in (SessionStatus.SCHEDULED, SessionStatus.CANCELLED):
        return _("A session that was held is never deleted; void it with a reason instead.")
    if not own and not access.is_school_contact(user, session.school) and not user.is_superuser:
        return _("You can read this session but not change it: it belongs to another vice principal and school.")
    messages = {
        "log_held": _("Only the session's vice principal can log it as held, while it is scheduled or disputed."),
        "confirm": _("Only the school's contact can confirm a session, once it is logged as held."),
        "dispute": _("Only the school's contact can dispute a session that awaits confirmation."),
        "cancel": _("Only a scheduled session can be cancelled, by its vice principal or the school."),
        "void": _("Only a held, disputed or confirmed session can be voided."),
        "delete": _("You cannot delete this session."),
    }
    return messages.get(action, _("You cannot change this session."))
