"""The user groups that several apps grant rights to, and how an app sets up a group of its own.

The groups are ordinary Django groups. Each app keeps the names of its own groups in its `access` module.
"""

from django.contrib.auth.models import Group, Permission

VICE_PRINCIPALS = "Vice principals"
SCHOOL_STAFF = "School staff"
REGIONAL_ADMINS = "Regional administrators"
TRAINING_DEPARTMENTS = "Training departments"


def group_with_admin_access(*, name: str, images: bool = False) -> Group:
    """The group called `name` (created if missing), allowed into Wagtail's admin, and to upload and choose
    images if `images`, as people who write pages need."""
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    if images:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="wagtailimages", codename__in=["add_image", "choose_image"]
            )
        )
    return group
