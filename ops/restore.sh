#!/usr/bin/env bash
# Restore a backup made by ops/backup.sh into an EMPTY database and empty media folders. docs/deploy.md, "Backup
# and restore".
#
#   createdb --host=db.internal --username=postgres --owner=safecampus safecampus
#   DATABASE_URL=postgres://safecampus@db.internal:5432/safecampus \
#   MEDIA_ROOT=/srv/safecampus/media PRIVATE_MEDIA_ROOT=/srv/safecampus/private-media \
#   ops/restore.sh /var/backups/safecampus/safecampus-20261207T031500Z
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
backup="${1:?Usage: ops/restore.sh BACKUP_FOLDER (as printed by ops/backup.sh)}"
: "${DATABASE_URL:?Set DATABASE_URL to an empty PostgreSQL database (created with createdb).}"
media_root="${MEDIA_ROOT:-$here/media}"
private_root="${PRIVATE_MEDIA_ROOT:-$here/private-media}"
url="$(printf '%s' "$DATABASE_URL" | sed -E 's#^(pgsql|postgis)://#postgresql://#')"

fail() { printf 'restore: %s\n' "$1" >&2; exit 1; }

(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || fail "the backup in $backup is incomplete or damaged"

# Restoring over a site in use would mix two states; the target must be empty.
tables="$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$url" \
  --command="SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")"
[ "$tables" = 0 ] || fail "the database already holds $tables tables: restore into a new, empty one"
for folder in "$media_root" "$private_root"; do
  if [ -d "$folder" ] && [ -n "$(find "$folder" -mindepth 1 ! -name .gitkeep -print -quit)" ]; then
    fail "$folder is not empty: restore into an empty folder"
  fi
done

# One transaction: a restore that stops half-way leaves the database empty, not half-filled.
pg_restore --no-owner --no-acl --exit-on-error --single-transaction --dbname="$url" "$backup/database.dump"

mkdir -p "$media_root" "$private_root"
# The modes as backed up, whatever this shell's umask: public media readable by the web server, private files not.
tar --extract --gzip --preserve-permissions --file="$backup/media.tar.gz" --directory="$media_root"
tar --extract --gzip --preserve-permissions --file="$backup/private-media.tar.gz" --directory="$private_root"
# Evidence photos are readable by the server's user only (tracking.storage).
chmod 700 "$private_root"

echo "Restored $backup. Next: python manage.py check --database default; with Elasticsearch or OpenSearch, python manage.py update_index."
