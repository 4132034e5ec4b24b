#!/usr/bin/env bash
# Back up a SafeCampus site: the PostgreSQL database (pg_dump, custom format) and both media folders (tar), into a
# new folder under DEST (default ./backups), and print that folder. docs/deploy.md, "Backup and restore".
#
#   DATABASE_URL=postgres://safecampus@db.internal:5432/safecampus \
#   MEDIA_ROOT=/srv/safecampus/media PRIVATE_MEDIA_ROOT=/srv/safecampus/private-media \
#   ops/backup.sh /var/backups/safecampus
set -euo pipefail
# Evidence photos of children and learners' names: nobody but the owner may read the backup.
umask 077

here="$(cd "$(dirname "$0")/.." && pwd)"
: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database of the site (postgres://user@host:5432/name).}"
# The same defaults as cms/settings/base.py.
media_root="${MEDIA_ROOT:-$here/media}"
private_root="${PRIVATE_MEDIA_ROOT:-$here/private-media}"
dest="${1:-$here/backups}"
# dj-database-url also reads pgsql:// and postgis://; libpq reads postgresql:// and postgres:// only.
url="$(printf '%s' "$DATABASE_URL" | sed -E 's#^(pgsql|postgis)://#postgresql://#')"

out="$dest/safecampus-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

# The database first, then the files: a file uploaded in between is an orphan in the backup, where the other order
# could leave a record pointing at a file the backup lacks. pg_dump reads one consistent snapshot.
pg_dump --format=custom --no-owner --no-acl --file="$out/database.dump" --dbname="$url"

archive() {  # folder, archive: a folder that does not exist yet (no upload so far) gives an empty archive
  if [ -d "$1" ]; then
    tar --create --gzip --file="$2" --directory="$1" .
  else
    tar --create --gzip --file="$2" --files-from=/dev/null
  fi
}
archive "$media_root" "$out/media.tar.gz"
archive "$private_root" "$out/private-media.tar.gz"

(cd "$out" && sha256sum database.dump media.tar.gz private-media.tar.gz >SHA256SUMS)
printf '%s\n' "$out"
