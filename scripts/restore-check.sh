#!/usr/bin/env bash
# Proves a backup restores: loads a dump into a FRESH database and compares it with the source.
#
#   scripts/restore-check.sh SOURCE_DB [DUMP_FILE]
#
# Without DUMP_FILE it first takes one with scripts/backup.sh. The comparison needs the source to hold
# what the dump holds: stop the app (or take the check against a copy) so nothing writes in between;
# a running scheduler alone already changes QRTZ_SCHEDULER_STATE every 10 s.
#
# Checks, table by table: the same tables, exact row counts (COUNT(*)), CHECKSUM TABLE, and for the key
# tables (KEY_TABLES) a SHA-256 of every row in primary-key order; the same triggers, routines and events;
# and that the restored audit tables still refuse UPDATE. Exits 1 on any mismatch (the restored
# database is then kept for inspection), 0 when everything matches (it is dropped unless KEEP=1).
#
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty).
# RESTORE_DB: name of the fresh database (default SOURCE_DB_restore_<time>); it must not exist yet.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 SOURCE_DB [DUMP_FILE]" >&2
  exit 2
fi
src="$1"
dump="${2:-}"
here="$(cd "$(dirname "$0")" && pwd)"
target="${RESTORE_DB:-${src}_restore_$(date -u +%m%d%H%M%S)}"
key_tables="${KEY_TABLES:-residents resident_consents placements bed_occupancy audit_events record_access_log
alerts medical_health_checks care_plans user_accounts QRTZ_JOB_DETAILS QRTZ_TRIGGERS QRTZ_CRON_TRIGGERS
flyway_schema_history}"

cnf="$(mktemp)"
workdir="$(mktemp -d)"
trap 'rm -rf "$cnf" "$workdir"' EXIT
chmod 600 "$cnf"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\ndefault-character-set=utf8mb4\n' \
  "${DB_HOST:-127.0.0.1}" "${DB_PORT:-3306}" "${DB_USER:-root}" "${DB_PASSWORD:-}" >"$cnf"
sql() { mariadb --defaults-extra-file="$cnf" -N -B "$@"; }

if [ -z "$dump" ]; then
  dump="$workdir/$src.sql.gz"
  "$here/backup.sh" "$src" "$dump"
fi
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --quiet -c "$(basename "$dump").sha256") \
    || { echo "FAIL dump file does not match its .sha256" >&2; exit 1; }
fi

exists=$(sql -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$target'")
if [ "$exists" != "0" ]; then
  echo "FAIL database $target exists already; restore-check only restores into a fresh one" >&2
  exit 2
fi
sql -e "CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
started=$(date +%s%3N)
case "$dump" in
  *.gz) gunzip -c "$dump" | sql "$target" ;;
  *)    sql "$target" <"$dump" ;;
esac
echo "restore: $dump -> $target ($(( $(date +%s%3N) - started )) ms)"

failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

tables() {
  sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$1'
          AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"
}
tables "$src" >"$workdir/src.tables"
tables "$target" >"$workdir/dst.tables"
if ! diff -u "$workdir/src.tables" "$workdir/dst.tables" >"$workdir/tables.diff"; then
  fail "tables differ:"; cat "$workdir/tables.diff"
fi

# Every row of a table, in primary-key order (all columns when it has none), hashed.
sql -e "SELECT c.TABLE_NAME, COALESCE(
          (SELECT GROUP_CONCAT(CONCAT('\`', s.COLUMN_NAME, '\`') ORDER BY s.SEQ_IN_INDEX)
           FROM information_schema.STATISTICS s WHERE s.TABLE_SCHEMA = c.TABLE_SCHEMA
           AND s.TABLE_NAME = c.TABLE_NAME AND s.INDEX_NAME = 'PRIMARY'),
          GROUP_CONCAT(c.ORDINAL_POSITION ORDER BY c.ORDINAL_POSITION))
        FROM information_schema.COLUMNS c WHERE c.TABLE_SCHEMA = '$src' GROUP BY c.TABLE_NAME" >"$workdir/order"
row_hash() {
  local db="$1" table="$2" order
  order=$(awk -F'\t' -v t="$table" '$1 == t { print $2 }' "$workdir/order")
  sql -e "SELECT * FROM \`$db\`.\`$table\` ORDER BY $order" | sha256sum | cut -c1-16
}

# Exact row counts and CHECKSUM TABLE of every table, one query per database (a client per table is slow).
figures() {
  local db="$1" list counts
  list=$(sed "s/.*/\`$db\`.\`&\`/" "$common" | paste -sd, -)
  counts=$(sed "s/.*/SELECT '&', COUNT(*) FROM \`$db\`.\`&\`/" "$common" | sed '2,$s/^/UNION ALL /')
  sql -e "$counts" >"$workdir/$db.counts"
  sql -e "CHECKSUM TABLE $list" | sed "s/^$db\.//" >"$workdir/$db.checksums"
  LC_ALL=C join -t $'\t' <(LC_ALL=C sort "$workdir/$db.counts") <(LC_ALL=C sort "$workdir/$db.checksums") \
    >"$workdir/$db.figures"
}
common="$workdir/common.tables"
grep -Fxf "$workdir/dst.tables" "$workdir/src.tables" >"$common" || true
figures "$src"
figures "$target"

printf '%-34s %10s %10s  %-8s %s\n' table source restored checksum rows-sha256
checked=0
while IFS=$'\t' read -r t n_src c_src; do
  IFS=$'\t' read -r _ n_dst c_dst < <(awk -F'\t' -v t="$t" '$1 == t' "$workdir/$target.figures")
  sum_ok=ok; [ "$c_src" = "$c_dst" ] || sum_ok=DIFFERS
  sha="-"
  if printf '%s\n' $key_tables | grep -qx "$t"; then
    h_src=$(row_hash "$src" "$t"); h_dst=$(row_hash "$target" "$t")
    if [ "$h_src" = "$h_dst" ]; then sha="$h_src"; else sha="DIFFERS($h_src/$h_dst)"; fi
  fi
  printf '%-34s %10s %10s  %-8s %s\n' "$t" "$n_src" "$n_dst" "$sum_ok" "$sha"
  [ "$n_src" = "$n_dst" ] || fail "$t: $n_src rows in $src, $n_dst restored"
  [ "$sum_ok" = ok ] || fail "$t: CHECKSUM TABLE $c_src in $src, $c_dst restored"
  case "$sha" in DIFFERS*) fail "$t: rows differ ($sha)" ;; esac
  checked=$((checked + 1))
done <"$workdir/$src.figures"

objects() {
  sql -e "SELECT CONCAT('trigger ', TRIGGER_NAME, ' ', ACTION_TIMING, ' ', EVENT_MANIPULATION, ' ON ',
                 EVENT_OBJECT_TABLE, ': ', REPLACE(ACTION_STATEMENT, '\n', ' '))
          FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '$1'
          UNION ALL SELECT CONCAT('routine ', ROUTINE_TYPE, ' ', ROUTINE_NAME)
          FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '$1'
          UNION ALL SELECT CONCAT('event ', EVENT_NAME) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '$1'
          ORDER BY 1"
}
objects "$src" >"$workdir/src.objects"
objects "$target" >"$workdir/dst.objects"
if diff -u "$workdir/src.objects" "$workdir/dst.objects" >"$workdir/objects.diff"; then
  echo "triggers, routines, events: $(wc -l <"$workdir/src.objects") identical"
else
  fail "triggers/routines/events differ:"; cat "$workdir/objects.diff"
fi

for audit in audit_events record_access_log; do
  grep -qx "$audit" "$workdir/dst.tables" || continue
  if [ "$(sql -e "SELECT COUNT(*) FROM \`$target\`.\`$audit\`")" = "0" ]; then
    echo "append-only: $audit is empty, its trigger could not be tried"
  elif out=$(sql "$target" -e "UPDATE \`$audit\` SET username = username LIMIT 1" 2>&1); then
    fail "$audit in the restored copy accepts UPDATE (its append-only trigger is missing)"
  elif echo "$out" | grep -q "append-only"; then
    echo "append-only: $audit in the restored copy refuses UPDATE"
  else
    fail "$audit: unexpected answer to UPDATE: $out"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "restore-check: $failures mismatch(es) between $src and $target; $target kept for inspection"
  exit 1
fi
echo "restore-check: OK, $checked tables identical between $src and $target"
if [ "${KEEP:-0}" != "1" ]; then
  sql -e "DROP DATABASE \`$target\`"
fi
