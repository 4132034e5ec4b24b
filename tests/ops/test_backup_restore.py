"""A backup of the demo with ops/backup.sh, restored with ops/restore.sh into a new database and empty media folders,
holds the same site: every table's rows, the page tree, the sequences, the uploaded files byte for byte, and the
restored site serves a lesson page. PostgreSQL only: the commands are pg_dump and pg_restore."""

import os
import stat
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from django.db import connection

from tests.conftest import require_system
from tests.servers import (
    BASE_DIR,
    conninfo,
    copy_test_database_postgres,
    create_database,
    database_url,
    drop_database,
    fetch,
    gunicorn,
    postgres_tools_available,
)

# The tests work on databases of their own; the marker has pytest-django build the test database and its demo,
# which the site to back up is copied from.
pytestmark = pytest.mark.django_db

# Run in the backed-up site: an uploaded image (a row and a public file) and an evidence-photo-like private file.
SEED = """
import io, os, django
django.setup()
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from PIL import Image as Picture
from wagtail.images.models import Image

buffer = io.BytesIO()
Picture.effect_noise((64, 48), 40).convert("RGB").save(buffer, "PNG")
image = Image.objects.create(title="backup-round-trip", file=ImageFile(buffer, name="backup-round-trip.png"))
private = storages["private"].save("sessions/backup-round-trip/photo.jpg", ContentFile(os.urandom(50_000)))
print(image.file.name)
print(private)
"""


def site_env(url: str, media, private_media) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "TASK_BACKEND"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DEBUG": "false",
            "TASK_BACKEND": "immediate",
            "DATABASE_URL": url,
            "MEDIA_ROOT": str(media),
            "PRIVATE_MEDIA_ROOT": str(private_media),
        }
    )
    return env


def query(name: str, sql: str) -> list:
    import psycopg

    with psycopg.connect(conninfo(name)) as conn:
        return conn.execute(sql).fetchall()


def site_snapshot(name: str) -> dict:
    """What a restore must give back: every table's row count, the page tree, and every sequence's position."""
    tables = [row[0] for row in query(name, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    counts = query(name, " UNION ALL ".join(f"SELECT '{table}', count(*) FROM \"{table}\"" for table in tables))
    return {
        "rows": dict(counts),
        "pages": query(name, "SELECT path, depth, slug, title, live, locale_id FROM wagtailcore_page ORDER BY path"),
        "sequences": query(name, "SELECT sequencename, last_value FROM pg_sequences ORDER BY sequencename"),
    }


@pytest.fixture
def databases_for_round_trip():
    if connection.vendor != "postgresql":
        pytest.skip("backup and restore use pg_dump and pg_restore: run with DATABASE_URL=postgres://…")
    require_system("postgresql-client (pg_dump, pg_restore, psql)", postgres_tools_available())
    test_name = connection.settings_dict["NAME"]
    names = {"source": f"{test_name}_backup_source", "restored": f"{test_name}_backup_restored"}
    yield names
    for name in names.values():
        drop_database(name)


def test_backup_and_restore_round_trip(databases_for_round_trip, tmp_path):
    from certificates.models import Certificate
    from courses.models import LessonPage
    from tracking.models import Session

    names = databases_for_round_trip
    source_url = copy_test_database_postgres(names["source"])
    media, private_media = tmp_path / "media", tmp_path / "private-media"
    seeded = subprocess.run(
        [sys.executable, "-c", SEED],
        cwd=BASE_DIR,
        env=site_env(source_url, media, private_media),
        capture_output=True,
        text=True,
        check=True,
    )
    image_name, private_name = seeded.stdout.split()

    backed_up = subprocess.run(
        [BASE_DIR / "ops" / "backup.sh", tmp_path / "backups"],
        env=site_env(source_url, media, private_media),
        capture_output=True,
        text=True,
        check=True,
    )
    backup = backed_up.stdout.strip().splitlines()[-1]
    assert sorted(os.listdir(backup)) == ["SHA256SUMS", "database.dump", "media.tar.gz", "private-media.tar.gz"]
    # Photos of children and learners' names: the backup is the owner's alone.
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(os.path.join(backup, "database.dump")).st_mode) == 0o600

    create_database(names["restored"])
    restored_url = database_url(names["restored"])
    restored_media, restored_private = tmp_path / "restored-media", tmp_path / "restored-private-media"
    restore_env = site_env(restored_url, restored_media, restored_private)
    subprocess.run(
        [BASE_DIR / "ops" / "restore.sh", backup], env=restore_env, capture_output=True, text=True, check=True
    )

    source, restored = site_snapshot(names["source"]), site_snapshot(names["restored"])
    assert restored["pages"] == source["pages"]
    assert restored["sequences"] == source["sequences"]
    assert restored["rows"] == source["rows"]
    # The demo is all there, not two empty sites alike.
    for model, at_least in ((LessonPage, 10), (Session, 100), (Certificate, 10)):
        assert restored["rows"][model._meta.db_table] >= at_least, model
    assert len(restored["pages"]) > 50
    assert query(names["restored"], "SELECT file FROM wagtailimages_image WHERE title = 'backup-round-trip'") == [
        (image_name,)
    ]

    # The files, byte for byte, and the private ones still private.
    assert (restored_media / image_name).read_bytes() == (media / image_name).read_bytes()
    assert (restored_media / image_name).stat().st_mode == (media / image_name).stat().st_mode
    assert (restored_private / private_name).read_bytes() == (private_media / private_name).read_bytes()
    assert stat.S_IMODE((restored_private / private_name).stat().st_mode) == 0o600
    assert stat.S_IMODE(restored_private.stat().st_mode) == 0o700

    # A restore refuses a database or folders that already hold something, rather than mixing two sites.
    again = subprocess.run([BASE_DIR / "ops" / "restore.sh", backup], env=restore_env, capture_output=True, text=True)
    assert again.returncode != 0 and "restore into a new, empty one" in again.stderr

    # The restored site serves its lessons.
    lesson = LessonPage.objects.live().filter(locale__language_code="zh-hans").order_by("path").first()
    media_env = {"MEDIA_ROOT": str(restored_media), "PRIVATE_MEDIA_ROOT": str(restored_private)}
    with gunicorn(database_url=restored_url, env=media_env) as base:
        answer = fetch(base + urlsplit(lesson.url).path)
    assert answer.status == 200
    assert lesson.title in answer.text
