"""Site-wide writes."""

from axes.models import AccessAttempt
from django.db import transaction
from wagtail.log_actions import log


def sign_in_unlock(*, attempt: AccessAttempt, user) -> int:
    """Lift the lockout of `attempt`'s username at its address, and say how many records went.

    Axes adds up the failures of one username at one address over every browser they came from, so every one of
    those records goes, not only the one the administrator picked. The site history keeps who lifted which.
    """
    with transaction.atomic():
        log(
            instance=attempt,
            action="wagtail.delete",
            user=user,
            title=f"{attempt.username} @ {attempt.ip_address}",
            deleted=True,
        )
        deleted, _ = AccessAttempt.objects.filter(username=attempt.username, ip_address=attempt.ip_address).delete()
    return deleted
