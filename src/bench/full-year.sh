#!/usr/bin/env bash
# What a whole appraisal year keeps in the database per employee (issue 26: "a full year within the
# 100 KiB per employee-year that the time-to-live bounds"), on PostgreSQL.
#
# Two fresh databases, the same jar, the same demo organisation and demo current year:
#   A  without last year   (KINERJA_DEMO_TAHUN_LALU=false)
#   B  with last year run to its end through the real processes (DemoPastYear: SKP, the periodic
#      reports, 360 feedback, self and supervisor review, predikat, the units' calibration, one
#      objection, penetapan, documents, the follow-up waiting)
# B - A is last year. It is divided by the employees appraised in it (siklus_penilaian rows of that
# year). The demo agency is small (24 employees, 3 units), so what a unit's calibration writes once is
# shared by few employees: the figure is, if anything, high.
#
# Usage: bash src/bench/full-year.sh        Needs: the jar (built if missing), curl, psql reaching
# PGHOST (default 127.0.0.1, user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18081
pg=${PGHOST:-127.0.0.1}
jar=$(ls target/kinerja-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -Dmaven.test.skip=true package
  jar=$(ls target/kinerja-*.jar | grep -v plain | head -n 1)
fi
work=$(mktemp -d)
dbs=()
app=
cleanup() {
  [[ -n "$app" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  for db in "${dbs[@]}"; do psql -h "$pg" -U postgres -d postgres -q -c "drop database if exists $db with (force)" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
sql() { psql -h "$pg" -U postgres -d "$1" -At -c "$2"; }
year=$(( $(date +%Y) - 1 ))

run() { # db, tahun-lalu true|false
  local db=$1 past=$2 log="$work/$1.log"
  psql -h "$pg" -U postgres -d postgres -q -c "create database $db"
  dbs+=("$db")
  KINERJA_DEMO_TAHUN_LALU=$past KINERJA_ADMIN_ID=admin KINERJA_ADMIN_PASSWORD=bench-admin-secret \
    java -jar "$jar" --server.port=$port --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://$pg:5432/$db" \
    --spring.datasource.username=postgres --spring.datasource.password= --kinerja.demo.enabled=true >"$log" 2>&1 &
  local pid=$! start=$SECONDS
  app=$pid
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$db: the application died"; tail -n 30 "$log"; exit 1; }
    sleep 0.5
  done
  if [[ $past == true ]]; then
    until [[ "$(sql "$db" "select value_ from act_ge_property where name_ = 'kinerja.demo.tahun-lalu'")" == "selesai:$year" ]]; do
      kill -0 $pid 2>/dev/null || { echo "$db: the application died"; tail -n 30 "$log"; exit 1; }
      (( SECONDS - start < 900 )) || { echo "$db: last year not done within 15 minutes"; exit 1; }
      sleep 1
    done
  fi
  # the job executor may still be finishing a timer of the current year: give it a moment, then stop
  sleep 5
  kill $pid; wait $pid 2>/dev/null || true
  app=
  echo "$db ready after $(( SECONDS - start )) s (last year: $past)"
}

a="kinerja_year_a_$$"; b="kinerja_year_b_$$"
run "$a" false
run "$b" true

# exact row counts, the rows' own bytes and the total relation sizes (table, indexes, TOAST) of every
# table, after VACUUM FULL: the compact size, without the dead versions of updated rows
measure() { # db -> lines "table rows row-bytes total-bytes"
  sql "$1" "vacuum full analyze" >/dev/null
  sql "$1" "select c.relname,
              (xpath('/row/n/text()', query_to_xml('select count(*) as n from ' || quote_ident(c.relname), false, true, '')))[1]::text::bigint,
              coalesce((xpath('/row/b/text()', query_to_xml('select sum(pg_column_size(t.*)) as b from ' || quote_ident(c.relname) || ' t', false, true, '')))[1]::text::bigint, 0),
              pg_total_relation_size(c.oid)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r' order by 1" | tr '|' ' '
}
measure "$a" | LC_ALL=C sort > "$work/a.txt"
measure "$b" | LC_ALL=C sort > "$work/b.txt"
# the engine's activity history by kind of activity: what a history filter could leave out
types() { sql "$1" "select act_type_, count(*) from act_hi_actinst group by 1" | tr '|' ' ' | LC_ALL=C sort; }
types "$a" > "$work/types-a.txt"
types "$b" > "$work/types-b.txt"
employees=$(sql "$b" "select count(*) from siklus_penilaian where tahun = $year")
instances=$(sql "$b" "select count(*) from act_hi_procinst where business_key_ like '%$year%'")
size_a=$(sql "$a" "select pg_database_size(current_database())")
size_b=$(sql "$b" "select pg_database_size(current_database())")

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(date -u '+%Y-%m-%d %H:%M UTC'), $(psql -h "$pg" -U postgres -At -c 'show server_version')"
echo "last year ($year): $employees employees appraised, $instances process instances with the year in their business key"
LC_ALL=C join -a 2 -e 0 -o 0,1.2,1.3,1.4,2.2,2.3,2.4 "$work/a.txt" "$work/b.txt" | awk -v n="$employees" -v sa="$size_a" -v sb="$size_b" '
  { dr = $5 - $2; dd = $6 - $3; dt = $7 - $4
    if (dr != 0 || dt != 0) { rows[$1] = dr; data[$1] = dd; total[$1] = dt }
    if ($1 ~ /^act_/) { er += dr; ed += dd; et += dt } else { pr += dr; pd += dd; pt += dt } }
  END {
    printf "%-28s %10s %16s %16s\n", "table (B - A)", "rows", "KiB rows only", "KiB with indexes"
    for (t in rows) printf "%-28s %10.1f %16.1f %16.1f\n", t, rows[t] / n, data[t] / n / 1024, total[t] / n / 1024 | "sort -k4 -nr | head -n 25"
    close("sort -k4 -nr | head -n 25")
    printf "per employee-year:\n"
    printf "  engine tables:  %6.1f rows, %6.1f KiB of rows, %6.1f KiB with indexes\n", er / n, ed / n / 1024, et / n / 1024
    printf "  product tables: %6.1f rows, %6.1f KiB of rows, %6.1f KiB with indexes\n", pr / n, pd / n / 1024, pt / n / 1024
    printf "  all tables:     %6.1f rows, %6.1f KiB of rows, %6.1f KiB with indexes\n", (er + pr) / n, (ed + pd) / n / 1024, (et + pt) / n / 1024
    printf "database size after VACUUM FULL: A %.1f MiB, B %.1f MiB: %.1f KiB per employee-year\n", sa / 1048576, sb / 1048576, (sb - sa) / n / 1024
  }'
echo "act_hi_actinst by activity type, rows per employee-year (B - A):"
LC_ALL=C join -a 2 -e 0 -o 0,1.2,2.2 "$work/types-a.txt" "$work/types-b.txt" \
  | awk -v n="$employees" '{ printf "  %-28s %7.1f\n", $1, ($3 - $2) / n }' | sort -k2 -nr
