"""The benchmark's own PostgreSQL database: dropped and created, migrated, given the demo content (its topics and
drill scenarios are what the generated sessions refer to) and filled by bench.generate.

What was generated is written into the database's comment, so `--reuse` can tell whether the data set there has
the scale asked for (and which school years and day it was generated for).
"""

import hashlib
import io
import json
import time
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def _admin_connection(database_url: str):
    """A connection to the server's `postgres` database, to drop and create the benchmark's."""
    parts = urlsplit(database_url)
    return psycopg.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
        autocommit=True,
    )


def _name(database_url: str) -> str:
    return urlsplit(database_url).path.lstrip("/")


def stored_metadata(database_url: str) -> dict | None:
    with _admin_connection(database_url) as admin:
        row = admin.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [_name(database_url)]
        ).fetchone()
    if row is None or not row[0]:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return None


def recreate(database_url: str, *, template: str | None = None) -> None:
    name = sql.Identifier(_name(database_url))
    with _admin_connection(database_url) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        if template:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(name, sql.Identifier(template)))
        else:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(name))


def store_metadata(database_url: str, metadata: dict) -> None:
    with _admin_connection(database_url) as admin:
        admin.execute(
            sql.SQL("COMMENT ON DATABASE {} IS {}").format(
                sql.Identifier(_name(database_url)), sql.Literal(json.dumps(metadata))
            )
        )


def schema_fingerprint() -> str:
    """Changes whenever a migration or the demo content changes: the template is then built again."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    paths = [
        *root.glob("*/migrations/*.py"),
        *root.glob("*/demo.py"),
        *root.glob("*/demo_content/**/*.py"),
        *root.glob("*/wagtail_hooks.py"),  # apps add to the demo through the cms_load_demo hook
        *root.glob("*/management/commands/load_demo.py"),
    ]
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _use_database(database_url: str) -> None:
    """Points Django's connection at another database of the same server."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = _name(database_url)


def template_url(database_url: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=parts.path + "_template"))


def ensure_template(database_url: str, *, log) -> str:
    """A migrated database holding the demo, copied for every run (CREATE DATABASE … TEMPLATE takes a second;
    migrating and loading the demo takes half a minute or more). Built again when the fingerprint changes."""
    from django.core.management import call_command

    template = template_url(database_url)
    fingerprint = schema_fingerprint()
    stored = stored_metadata(template)
    if stored and stored.get("fingerprint") == fingerprint:
        return _name(template)
    log(f"Building {_name(template)} (migrations and the demo) …")
    recreate(template)
    _use_database(template)
    try:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", allow_production=True, stdout=io.StringIO())
    finally:
        _use_database(database_url)
    store_metadata(template, {"fingerprint": fingerprint})
    return _name(template)


def prepare(args, *, log) -> dict:
    """Builds the data set (or finds it with --reuse) and returns what bench.generate reported, plus
    `setup_seconds` (the empty database with the demo), `vacuum_seconds` and `reused`."""
    from django.core.management import call_command
    from django.db import connection

    from bench.generate import Scale, Years, generate

    database_url = args.database
    scale = Scale(sessions=args.sessions, schools=args.schools)
    if args.reuse:
        metadata = stored_metadata(database_url)
        if metadata and metadata.get("scale") == asdict(scale):
            log(f"Reusing {_name(database_url)}: generated {metadata['generated_at']}")
            call_command("migrate", interactive=False, verbosity=0)
            return {**metadata, "reused": True}
    started = time.perf_counter()
    connection.close()
    template = ensure_template(database_url, log=log)
    log(f"Creating {_name(database_url)} from {template} …")
    recreate(database_url, template=template)
    setup_seconds = time.perf_counter() - started
    log(f"  ready in {setup_seconds:.1f} s; generating …")
    with connection.cursor() as cursor:
        # Only this connection, only while generating: nothing here needs to survive a crash of the server.
        cursor.execute("SET synchronous_commit = off")
        cursor.execute("SET work_mem = '256MB'")
        cursor.execute("SET maintenance_work_mem = '512MB'")
    generated = generate(scale=scale, years=Years.now(), bulk=True, log=log)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("RESET ALL")
    vacuum_seconds = time.perf_counter() - started
    log(f"  generated in {generated['seconds']:.1f} s, VACUUM ANALYZE {vacuum_seconds:.1f} s")
    metadata = {
        **generated,
        "setup_seconds": setup_seconds,
        "vacuum_seconds": vacuum_seconds,
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    store_metadata(database_url, metadata)
    return {**metadata, "reused": False}
