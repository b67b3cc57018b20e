#!/usr/bin/env bash
# Runs the whole JMH suite (about 15 minutes on 2 cores), writes the JSON results and prints the
# Markdown tables of docs/benchmarks.md.
#   metrics-benchmarks/scripts/run.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f metrics-benchmarks/target/benchmarks.jar ]; then
  mvn -B -q -DskipTests -pl metrics-benchmarks -am package
fi
mkdir -p metrics-benchmarks/target
java -jar metrics-benchmarks/target/benchmarks.jar \
  -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc \
  -rf json -rff metrics-benchmarks/target/jmh-results.json "$@"
java metrics-benchmarks/scripts/JmhTable.java metrics-benchmarks/target/jmh-results.json \
  > metrics-benchmarks/target/jmh-tables.md
echo "tables: metrics-benchmarks/target/jmh-tables.md" >&2
