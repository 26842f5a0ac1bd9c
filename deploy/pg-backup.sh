#!/usr/bin/env bash
# Nightly PostgreSQL backup of a hosted secondround: a custom-format pg_dump (restore with
# pg_restore --clean -d "$DATABASE_URL" FILE), the last KEEP kept. Run by secondround-backup.timer.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
dir="${BACKUP_DIR:-/var/backups/secondround}"
keep="${KEEP:-14}"
mkdir -p "$dir"
file="$dir/secondround-$(date -u +%Y-%m-%dT%H%M%S.%3NZ).dump"
pg_dump --format=custom --no-owner --file="$file.part" "$DATABASE_URL"
mv "$file.part" "$file"
ls -1t "$dir"/secondround-*.dump | tail -n +"$((keep + 1))" | xargs -r rm --
echo "backup written: $file"
