"""`manage.py check --database default` (and `migrate`, which runs it first) fails while any scenario index or
scenario is not covered by a reader-group privacy setting."""

from django.core import checks
from django.db import DatabaseError, connections, transaction

REQUIRED_TABLES = {"wagtailcore_page", "wagtailcore_pageviewrestriction", "drills_scenarioindexpage"}


@checks.register(checks.Tags.database, "drills")
def drill_pages_private(app_configs=None, databases=None, **kwargs):
    # Like Django's own database checks, this runs only when asked for a database, never at import time.
    if not databases:
        return []
    from drills.selectors import drill_pages_exposed

    errors = []
    for alias in databases:
        connection = connections[alias]
        if not REQUIRED_TABLES.issubset(connection.introspection.table_names()):
            continue  # not migrated yet: nothing can be exposed
        try:
            with transaction.atomic(using=alias):
                exposed = list(drill_pages_exposed(using=alias).values_list("pk", "title", "url_path", "live"))
        except DatabaseError:
            continue  # the schema is part-way through migrating; the next check will see it
        for pk, title, url_path, live in exposed:
            # A live page is what a visitor could ask for (it is refused with a 503 until fixed); a draft cannot be
            # published where it is (the save is refused), so it only needs tidying up.
            message = checks.Error if live else checks.Warning
            errors.append(
                message(
                    f"Drill page '{title}' (id {pk}, {url_path}, {'live' if live else 'draft'}) is not covered by "
                    "a privacy setting for the drill reader groups.",
                    hint="Run `manage.py drills_secure`: it restores every scenario index's privacy and unpublishes "
                    "any drill page left outside them.",
                    id="drills.E001" if live else "drills.W001",
                )
            )
    return errors
