"""What each person may do to the scenario index and the scenarios in the admin (and through Wagtail's actions,
which ask the same questions)."""

from wagtail.models import PagePermissionTester

from drills.access import DRILL_REVIEWERS


class DrillPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, narrowed: privacy and publishing without review belong to superusers alone, and no
    move or copy may take a scenario out of a private index."""

    def _is_superuser(self) -> bool:
        return self.user.is_active and self.user.is_superuser

    def can_set_view_restrictions(self):
        return self._is_superuser()

    def can_publish(self):
        # Everyone else publishes by approval in the review workflow (drills.services.workflow_state_publish).
        return self._is_superuser() and super().can_publish()

    def can_publish_subpage(self):
        return self._is_superuser() and super().can_publish_subpage()

    def can_unpublish(self):
        if self._is_superuser():
            return super().can_unpublish()
        # Taking a script offline never exposes anything, so a reviewer may do it without a second person.
        return (
            self.user.is_active
            and self.page.live
            and not self.page_locked()
            and "change" in self.permissions
            and self.user.groups.filter(name=DRILL_REVIEWERS).exists()
        )

    def can_move_to(self, destination):
        from drills.selectors import stays_private_under

        return super().can_move_to(destination) and stays_private_under(page=self.page, parent=destination)

    def can_copy_to(self, destination, recursive=False):
        from drills.selectors import stays_private_under

        return super().can_copy_to(destination, recursive) and stays_private_under(page=self.page, parent=destination)
