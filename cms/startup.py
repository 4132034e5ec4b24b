"""What the web server does once, as it starts."""

import logging

from django.core import checks
from django.db import DEFAULT_DB_ALIAS, DatabaseError

logger = logging.getLogger("cms.startup")


def report_database_checks(*, databases: tuple[str, ...] = (DEFAULT_DB_ALIAS,)) -> list[checks.CheckMessage]:
    """Run the system checks that need the database (Django runs them for `migrate` and `check --database`, not
    when a server starts) and log what they find: an error at CRITICAL, so a broken invariant such as a drill
    script left public is in the log of every start. The server still starts; the apps refuse to serve what
    is unsafe."""
    try:
        found = checks.run_checks(tags=[checks.Tags.database], databases=list(databases))
    except DatabaseError as exc:
        logger.warning("Database checks skipped at startup: %s", exc)
        return []
    for message in found:
        if message.is_silenced():
            continue
        logger.log(logging.CRITICAL if message.is_serious() else logging.WARNING, "%s", message)
    return found
