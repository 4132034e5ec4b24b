from django.core.management.base import BaseCommand

from courses.completion import COMPLETION_RETENTION_YEARS
from courses.services import completion_certificates_purge


class Command(BaseCommand):
    help = (
        f"Delete completion certificates issued more than {COMPLETION_RETENTION_YEARS} years ago, as the learners' "
        "privacy notice says. Run it daily."
    )

    def handle(self, *args, **options):
        count = completion_certificates_purge()
        self.stdout.write(f"Deleted {count} completion certificate(s).")
