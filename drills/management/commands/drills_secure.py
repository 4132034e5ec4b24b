from django.core.management.base import BaseCommand

from drills.selectors import drill_pages_exposed
from drills.services import drill_privacy_restore


class Command(BaseCommand):
    help = (
        "Restore the privacy of every scenario index (reader groups only) and unpublish any drill page that is "
        "still not covered. Safe to run at any time."
    )

    def handle(self, *args, **options):
        withdrawn = drill_privacy_restore()
        for page in withdrawn:
            self.stderr.write(f"Unpublished '{page.title}' (id {page.pk}): it was outside every private index.")
        remaining = drill_pages_exposed().count()
        if remaining:
            self.stderr.write(f"{remaining} draft drill page(s) are still outside every private index.")
        self.stdout.write("Drill scenario indexes are private to the drill reader groups.")
