#!/usr/bin/env bash
# Measures the backbone issue's budgets end to end with the command-line program (see
# docs/performance.md). Builds nothing: give it a build directory that has salestarget-cli and
# salestarget-gen (e.g. cmake -S . -B /tmp/build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release).
#
#   bench/run-budgets.sh BUILD_DIR [WORK_DIR]
#
# Environment: RUNS (default 5, at least 3), ENTRIES (5000000), CSV_ROWS (1000000), SEED (1),
# AS_OF (2026-12-31), COLD=0 to skip the cold page-cache runs, IMPORT=0 to skip the imports.
# On a shared machine the CPU column (user + sys) is the steadier figure: other jobs lengthen the wall time.
# The generated database and CSV are kept in WORK_DIR (default /tmp/st-bench) and reused.
set -euo pipefail

BUILD=${1:?usage: run-budgets.sh BUILD_DIR [WORK_DIR]}
WORK=${2:-/tmp/st-bench}
RUNS=${RUNS:-5}
ENTRIES=${ENTRIES:-5000000}
CSV_ROWS=${CSV_ROWS:-1000000}
SEED=${SEED:-1}
AS_OF=${AS_OF:-2026-12-31}
COLD=${COLD:-1}
IMPORT=${IMPORT:-1}
CLI=$BUILD/src/app/salestarget-cli
GEN=$BUILD/bench/salestarget-gen
DB=$WORK/company-$ENTRIES.db
CSV=$WORK/import-$CSV_ROWS.csv               # rows dated over the same two years as the database
CSV_LATER=$WORK/import-later-$CSV_ROWS.csv   # rows dated after the database's entries (2027-01..05)
RESULTS=$WORK/results.txt

[[ -x $CLI && -x $GEN ]] || { echo "run-budgets.sh: build salestarget-cli and salestarget-gen in $BUILD first" >&2; exit 2; }
(( RUNS >= 3 )) || { echo "run-budgets.sh: RUNS must be at least 3" >&2; exit 2; }
mkdir -p "$WORK"

if [[ ! -s $DB || ! -s $CSV ]]; then
  rm -f "$DB" "$DB-wal" "$DB-shm" "$CSV"
  echo "== generating $ENTRIES entries into $DB and $CSV_ROWS CSV rows into $CSV"
  "$GEN" --db "$DB" --entries "$ENTRIES" --csv "$CSV" --csv-rows "$CSV_ROWS" --seed "$SEED"
fi
if [[ ! -s $CSV_LATER ]]; then
  echo "== writing $CSV_ROWS CSV rows dated 2027-01-01..2027-05-31 into $CSV_LATER"
  "$GEN" --db "$DB" --entries 0 --csv "$CSV_LATER" --csv-rows "$CSV_ROWS" --csv-from 2027-01-01 --csv-to 2027-05-31 \
    --seed "$SEED"
fi

# Drops one file's pages from the page cache (only that file: nothing else on the machine).
evict() {
  python3 - "$@" <<'EOF'
import os, sys
for path in sys.argv[1:]:
    if os.path.exists(path):
        fd = os.open(path, os.O_RDONLY)
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
EOF
}

# run LABEL BUDGET_S PREPARE -- COMMAND...: runs COMMAND $RUNS times (PREPARE before each run,
# untimed), prints min / median / max elapsed seconds and the median CPU (user + sys) seconds.
TIMES=$(mktemp)
trap 'rm -f "$TIMES" "$WORK/import-copy.db" "$WORK/import-copy.db-wal" "$WORK/import-copy.db-shm"' EXIT
run() {
  local label=$1 budget=$2 prepare=$3
  shift 4
  local elapsed=() cpu=()
  for ((i = 0; i < RUNS; i++)); do
    eval "$prepare"
    /usr/bin/time -f '%e %U %S' -o "$TIMES" "$@" > "$WORK/last-output.txt"
    read -r e u s < "$TIMES"
    elapsed+=("$e")
    cpu+=("$(echo "$u + $s" | bc)")
  done
  local sorted=($(printf '%s\n' "${elapsed[@]}" | sort -g)) csorted=($(printf '%s\n' "${cpu[@]}" | sort -g))
  local min=${sorted[0]} med=${sorted[$((RUNS / 2))]} max=${sorted[$((RUNS - 1))]} cmed=${csorted[$((RUNS / 2))]}
  local verdict=PASS
  (( $(echo "$med >= $budget" | bc) )) && verdict=FAIL
  printf '%-44s %6.2f %6.2f %6.2f %8.2f %7s  %s\n' "$label" "$min" "$med" "$max" "$cmed" "< $budget" "$verdict" | tee -a "$RESULTS"
}

{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# nice $(nice)  load average before: $(cut -d' ' -f1-3 /proc/loadavg)   database: $(du -h "$DB" | cut -f1)   csv: $(du -h "$CSV" | cut -f1)"
  printf '%-44s %6s %6s %6s %8s %7s  %s\n' "measure (seconds, $RUNS runs)" min median max cpu-med budget verdict
} | tee "$RESULTS"

# (a) import of the CSV into a fresh copy of the database, per run: rows over the same two years
# (a history load: they land all over the indexes), then rows of the following months (appends).
COPY=$WORK/import-copy.db
prepare_copy="rm -f '$COPY' '$COPY-wal' '$COPY-shm'; cp '$DB' '$COPY'; [[ -s '$DB-wal' ]] && cp '$DB-wal' '$COPY-wal'; sync '$COPY'"
for file in "$CSV" "$CSV_LATER"; do
  [[ $IMPORT == 1 ]] || break
  label="import progress ($CSV_ROWS rows, 2025-2026)"
  [[ $file == "$CSV_LATER" ]] && label="import progress ($CSV_ROWS rows, 2027-01..05)"
  run "$label" 3 "$prepare_copy" -- "$CLI" --db "$COPY" import progress "$file"
  grep -q ": $CSV_ROWS added" "$WORK/last-output.txt" ||
    { echo "run-budgets.sh: the import did not add every row:" >&2; cat "$WORK/last-output.txt" >&2; exit 1; }
done
rm -f "$COPY" "$COPY-wal" "$COPY-shm"

# (b) a full report of every dimension for each period kind, process start to exit (JSON).
for dim in product region org; do
  for period in 2026 2026-Q4 2026-12 2026-W50; do
    run "report $dim visits $period (json)" 1 ":" -- \
      "$CLI" --db "$DB" report --dimension "$dim" --metric visits --period "$period" --as-of "$AS_OF" --format json
  done
done
run "report org sales 2026 (json)" 1 ":" -- \
  "$CLI" --db "$DB" report --dimension org --metric sales --period 2026 --as-of "$AS_OF" --format json

# (c) opening the file and showing the first report: the year's sales by organization, as a table.
run "open + first report (org sales 2026, table)" 1 ":" -- \
  "$CLI" --db "$DB" report --dimension org --metric sales --period 2026 --as-of "$AS_OF"
if [[ $COLD == 1 ]]; then
  run "  same, database not in the page cache" 1 "evict '$DB' '$DB-wal' '$DB-shm'" -- \
    "$CLI" --db "$DB" report --dimension org --metric sales --period 2026 --as-of "$AS_OF"
  run "report org visits 2026, not in page cache" 1 "evict '$DB' '$DB-wal' '$DB-shm'" -- \
    "$CLI" --db "$DB" report --dimension org --metric visits --period 2026 --as-of "$AS_OF" --format json
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"
echo "results in $RESULTS"
