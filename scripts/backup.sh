#!/usr/bin/env bash
# Consistent online backup of an Aashray database with mariadb-dump.
#
#   scripts/backup.sh DATABASE [OUTPUT]        (OUTPUT defaults to aashray-DATABASE-<UTC time>.sql.gz)
#
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty).
# The app may keep running: every table is InnoDB, so --single-transaction reads one consistent snapshot
# without locking anyone out. --routines --triggers --events keep the triggers that make the audit tables
# append-only (audit_events, record_access_log refuse UPDATE and DELETE); the dump carries no
# CREATE DATABASE, so it restores into any (fresh) database. Beside the dump a .sha256 file is written.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 DATABASE [OUTPUT.sql|OUTPUT.sql.gz]" >&2
  exit 2
fi
db="$1"
out="${2:-aashray-$db-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"

cnf="$(mktemp)"
trap 'rm -f "$cnf"' EXIT
chmod 600 "$cnf"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' \
  "${DB_HOST:-127.0.0.1}" "${DB_PORT:-3306}" "${DB_USER:-root}" "${DB_PASSWORD:-}" >"$cnf"

started=$(date +%s%3N)
dump=(mariadb-dump --defaults-extra-file="$cnf" --single-transaction --routines --triggers --events
      --hex-blob --default-character-set=utf8mb4 --add-drop-table "$db")
case "$out" in
  *.gz) "${dump[@]}" | gzip -6 >"$out.part" ;;
  *)    "${dump[@]}" >"$out.part" ;;
esac
mv "$out.part" "$out"
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" >"$(basename "$out").sha256")
elapsed=$(( $(date +%s%3N) - started ))
echo "backup: $db -> $out ($(stat -c %s "$out") bytes, ${elapsed} ms)"
