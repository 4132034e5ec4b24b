"""A copy of the demo taken inside the test database once per session, which serialized rollback restores from.

Browser and concurrency tests need committed data, so their database is emptied after each one and the demo put
back before the next (serialized rollback). Django puts it back from a JSON dump, saving some 4,000 objects one by
one: about 3 s a test on SQLite and 6 s on PostgreSQL. Here each table is copied once, with SQL, beside itself
(PostgreSQL: into the schema `test_snapshot`; SQLite: into tables prefixed `test_snapshot__`), and copied back in
one transaction: well under a second. Foreign keys are deferred to the commit on both databases (Django creates
them DEFERRABLE INITIALLY DEFERRED), so the order of the tables does not matter.
"""

from django.core.management.color import no_style
from django.db import transaction

SCHEMA = "test_snapshot"
PREFIX = "test_snapshot__"


def _copy_name(connection, table: str) -> str:
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        return f"{quote(SCHEMA)}.{quote(table)}"
    return quote(PREFIX + table)


def _virtual_tables(connection) -> set[str]:
    """SQLite's full-text tables (Wagtail's search index): triggers on the index's own table fill and empty them."""
    if connection.vendor != "sqlite":
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        return {row[0] for row in cursor.fetchall()}


def take(connection) -> None:
    """Copy every table of the project's models, and have serialized rollback restore from the copies."""
    tables = sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))
    copied = [table for table in tables if table not in _virtual_tables(connection)]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP SCHEMA IF EXISTS {quote(SCHEMA)} CASCADE")
            cursor.execute(f"CREATE SCHEMA {quote(SCHEMA)}")
        for table in copied:
            copy = _copy_name(connection, table)
            if connection.vendor != "postgresql":
                cursor.execute(f"DROP TABLE IF EXISTS {copy}")
            cursor.execute(f"CREATE TABLE {copy} AS SELECT * FROM {quote(table)}")

    def restore(_data=None) -> None:
        flush = connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=True)
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            for statement in flush:
                cursor.execute(statement)
            for table in copied:
                cursor.execute(f"INSERT INTO {quote(table)} SELECT * FROM {_copy_name(connection, table)}")

    # Django's TransactionTestCase calls creation.deserialize_db_from_string(connection._test_serialized_contents)
    # for a test with serialized_rollback: both are taken over here.
    connection._test_serialized_contents = "test_snapshot"
    connection.creation.deserialize_db_from_string = restore
