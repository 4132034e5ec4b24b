from django.core.management.base import BaseCommand

from tracking import notifications


class Command(BaseCommand):
    help = (
        "Queue the e-mail reminders for sessions tomorrow (Beijing time) that have not had one. Run every hour "
        "(cron or a scheduled job); each reminder is sent once however often this runs."
    )

    def handle(self, *args, **options):
        queued = notifications.queue_due_reminders()
        self.stdout.write(f"Queued {queued} reminder(s).")
