#!/usr/bin/env bash
# Whole-process comparison of the cxmetrics command line with polars and DuckDB (issue 15).
#
#   metrics-benchmarks/scripts/cli-bench.sh [--customers N] [--runs N] [--baseline REV]
#
# 1. Builds the command line if needed (./cxmetrics does) and, with --baseline, the command line
#    of git revision REV (exported to ~/.cache/cxmetrics-bench/baseline-REV, built with Maven).
# 2. Installs polars and DuckDB from the package index into ~/.cache/cxmetrics-bench/venv (once).
# 3. Generates the data: `cxmetrics generate --customers N` (default 222,000: 1,004,656 responses
#    and the other three files) into metrics-benchmarks/target/cli-data-N (once).
# 4. Checks that the polars and DuckDB scripts give the report's survey figures, number for
#    number, on the sample and on the generated file (it stops if one differs).
# 5. Times whole processes (the survey section, the support section, the full report), each after
#    one warm-up run: the median wall time of N runs (default 5), the median CPU time (user +
#    system) and the largest peak RSS (/usr/bin/time), and prints a Markdown table with the load.
#
# Run it alone: `flock /work/coord/bench.lock metrics-benchmarks/scripts/cli-bench.sh` where
# benchmarks share the machine.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
scripts="$root/metrics-benchmarks/scripts/cli"
cache="${CXMETRICS_BENCH_CACHE:-$HOME/.cache/cxmetrics-bench}"
customers=222000
runs=5
baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) customers="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    *) echo "usage: $0 [--customers N] [--runs N] [--baseline REV]" >&2; exit 1 ;;
  esac
done

cx="$root/cxmetrics"
"$cx" --version >/dev/null

base_cmd=()
if [ -n "$baseline" ]; then
  rev="$(git -C "$root" rev-parse --short "$baseline")"
  base="$cache/baseline-$rev"
  if [ ! -f "$base/metrics-cli/target/cxmetrics.jar" ]; then
    echo "building the baseline $rev in $base ..." >&2
    rm -rf "$base" && mkdir -p "$base"
    git -C "$root" archive "$rev" | tar -x -C "$base"
    (cd "$base" && mvn -B -q -DskipTests -pl metrics-cli -am package) >&2
  fi
  # The baseline runs as its own launcher would, with its own JVM options.
  base_cmd=("$base/cxmetrics")
fi

python="$cache/venv/bin/python"
if ! "$python" -c 'import polars, duckdb' 2>/dev/null; then
  echo "installing polars and duckdb into $cache/venv ..." >&2
  mkdir -p "$cache"
  python3 -m venv "$cache/venv"
  "$cache/venv/bin/pip" install -q polars duckdb >&2
fi
versions="$("$python" -c 'import polars, duckdb, sys; print("polars %s, DuckDB %s, Python %s" % (polars.__version__, duckdb.__version__, sys.version.split()[0]))')"

data="$root/metrics-benchmarks/target/cli-data-$customers"
if [ ! -f "$data/purchases.csv" ]; then
  "$cx" generate --customers "$customers" --out "$data.tmp" >&2
  rm -rf "$data" && mv "$data.tmp" "$data"
fi
responses="$data/responses.csv"
all=(--responses "$responses" --interactions "$data/interactions.csv"
     --customers "$data/customers.csv" --purchases "$data/purchases.csv")
out="$root/metrics-benchmarks/target/cli-bench"
mkdir -p "$out"

# Agreement first: a tool that gives other figures is not timed.
for file in "$root/docs/examples/responses.csv" "$responses"; do
  "$cx" report --responses "$file" --format json -o "$out/report.json"
  for tool in polars duckdb; do
    "$python" "$scripts/survey_$tool.py" "$file" "$out/$tool.json"
    if ! result="$("$python" "$scripts/survey_figures.py" check "$out/$tool.json" "$out/report.json")"; then
      echo "$result" >&2
      echo "$tool disagrees with the report on $file" >&2
      exit 1
    fi
    echo "$tool on $(basename "$(dirname "$file")")/$(basename "$file"): ${result##*$'\n'}" >&2
  done
done

rows=()
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
# time_case NAME COMMAND...: a warm-up run, then $runs timed runs; appends "NAME|median|rss|all".
time_case() {
  local name="$1"; shift
  "$@" >/dev/null 2>&1
  local times=() cpus=() rss=0 i t u s m
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
      cat "$out/stderr.txt" >&2; echo "$name failed" >&2; exit 1; }
    read -r t u s m < <(tail -n 1 "$out/time.txt")
    times+=("$t")
    cpus+=("$(echo "$u + $s" | bc)")
    [ "$m" -gt "$rss" ] && rss="$m"
  done
  rows+=("$name|$(median "${times[@]}")|$(median "${cpus[@]}")|$rss|${times[*]}")
  echo "  $name: ${times[*]} s, peak $((rss / 1024)) MB" >&2
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
survey=(report --responses "$responses" --format json -o "$out/survey.json")
full=(report "${all[@]}" --format json -o "$out/full.json")
support=(report --interactions "$data/interactions.csv" --format json -o "$out/support.json")
time_case "cxmetrics: survey section" "$cx" "${survey[@]}"
time_case "polars script" "$python" "$scripts/survey_polars.py" "$responses" "$out/polars.json"
time_case "DuckDB script" "$python" "$scripts/survey_duckdb.py" "$responses" "$out/duckdb.json"
if [ ${#base_cmd[@]} -gt 0 ]; then
  time_case "cxmetrics $rev: survey section" "${base_cmd[@]}" "${survey[@]}"
fi
time_case "cxmetrics: support section" "$cx" "${support[@]}"
if [ ${#base_cmd[@]} -gt 0 ]; then
  time_case "cxmetrics $rev: support section" "${base_cmd[@]}" "${support[@]}"
fi
time_case "cxmetrics: full report, 4 files" "$cx" "${full[@]}"
if [ ${#base_cmd[@]} -gt 0 ]; then
  time_case "cxmetrics $rev: full report, 4 files" "${base_cmd[@]}" "${full[@]}"
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

rows_in() { wc -l <"$1" | awk '{print $1 - 1}'; }
echo
echo "$(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
  "$(java -version 2>&1 | head -1 | sed 's/"//g'), $versions;" \
  "load average $load_before before, $load_after after;" \
  "$(rows_in "$responses") responses ($(du -m "$responses" | cut -f1) MB)," \
  "$(( $(rows_in "$responses") + $(rows_in "$data/interactions.csv") + $(rows_in "$data/customers.csv") + $(rows_in "$data/purchases.csv") )) rows in the 4 files ($(du -cm "$data"/*.csv | tail -1 | cut -f1) MB)."
echo
echo "| command | wall, median of $runs (s) | CPU, median (s) | peak RSS (MB) | wall of each run (s) |"
echo "|---|---:|---:|---:|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r name median cpu rss each <<<"$row"
  echo "| $name | $median | $cpu | $((rss / 1024)) | $each |"
done
