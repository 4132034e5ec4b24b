from django.core.management.base import BaseCommand

from tracking.reports.rollups import rollups_rebuild, rollups_refresh_pending


class Command(BaseCommand):
    help = (
        "Bring the regional report's summary tables up to date: refresh the districts changed since the last run "
        "(what the background task does after each change), or with --rebuild rebuild everything from the "
        "sessions (after a bulk import; nightly as a safety net)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild every summary row from the sessions.")
        parser.add_argument("--year", type=int, help="With --rebuild: only this school year (2025 for 2025–2026).")

    def handle(self, *args, rebuild=False, year=None, **options):
        if rebuild:
            self.stdout.write(f"Rebuilt {rollups_rebuild(school_year=year)} summary row(s).")
        else:
            self.stdout.write(f"Refreshed {rollups_refresh_pending()} district-year(s).")
