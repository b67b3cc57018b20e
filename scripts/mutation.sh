#!/usr/bin/env bash
# Mutation testing of metrics-core with PIT, one package at a time, each against its own tests.
# Not part of `mvn -B verify`. Incremental: a package is analysed again only when its sources,
# its tests, the sources of the packages it imports, the test helpers or the PIT settings
# changed since its last run (fingerprints under metrics-core/target/pit-history/); otherwise
# its last report is kept. (PIT 1.30 moved its own history file to the pitest-history plugin,
# which Maven Central does not have.)
#
#   scripts/mutation.sh                 every package
#   scripts/mutation.sh stats survey    only these (names below)
#   scripts/mutation.sh --fresh ...     forget the fingerprints first: analyse again
#
# Environment: PIT_EXAMPLES (most examples per property under PIT, default 50; 10 for core,
# whose binary-form properties run that many for each of the ~20 calculators), PIT_THREADS
# (default 2). Reports: metrics-core/target/pit-reports/<name>/index.html, and the scores in
# metrics-core/target/pit-reports/scores.txt. See docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

base=io.github.cxmetrics
all=(core drivers model scale stats survey support value clv)

fresh=false
names=()
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=true ;;
    core|drivers|model|scale|stats|survey|support|value|clv) names+=("$arg") ;;
    *) echo "mutation.sh: unknown package '$arg'; use: ${all[*]} or --fresh" >&2; exit 2 ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then names=("${all[@]}"); fi

# Classes and tests of one run: a package's classes against the tests in the same package.
# "core" is the root package with io.github.cxmetrics.internal (tested from the root package;
# ShadedJarCheck checks the packaged jar, which PIT does not build).
subpackages="$base.drivers.*,$base.model.*,$base.scale.*,$base.stats.*,$base.survey.*,$base.support.*,$base.value.*"
selection() {
  case "$1" in
    core) echo "$base.* $subpackages $base.* $subpackages,$base.ShadedJarCheck" ;;
    value) echo "$base.value.* $base.value.clv.* $base.value.* $base.value.clv.*" ;;
    clv) echo "$base.value.clv.* - $base.value.clv.* -" ;;
    *) echo "$base.$1.* - $base.$1.* -" ;;
  esac
}

# The directories (under src/main/java and src/test/java) of a run, and of the packages its
# sources import directly.
dirs() {
  case "$1" in
    core) echo "io/github/cxmetrics io/github/cxmetrics/internal" ;;
    clv) echo "io/github/cxmetrics/value/clv" ;;
    *) echo "io/github/cxmetrics/$1" ;;
  esac
}
# The most examples a property runs under PIT: each mutant reruns the tests that cover it.
examples() {
  case "$1" in
    core) echo "${PIT_EXAMPLES:-10}" ;;
    *) echo "${PIT_EXAMPLES:-50}" ;;
  esac
}
fingerprint() {
  local main=metrics-core/src/main/java test=metrics-core/src/test/java own deps
  own=$(dirs "$1")
  deps=$(for d in $own; do
           grep -hoE '^import (static )?io\.github\.cxmetrics(\.[a-z]+)*\.[A-Z]' "$main/$d"/*.java || true
         done | sed -E 's/^import (static )?//; s/\.[A-Z]$//; s|\.|/|g' | sort -u)
  {
    for d in $own $deps; do find "$main/$d" -maxdepth 1 -name '*.java'; done
    for d in $own; do find "$test/$d" -maxdepth 1 -name '*.java' 2>/dev/null || true; done
    ls "$test"/io/github/cxmetrics/{Expect,Fixtures,MergeChecks,StateBytes,Theories,Travellers}.java
    echo metrics-core/pom.xml pom.xml scripts/mutation.sh | tr ' ' '\n'
  } | sort -u | xargs sha256sum | { cat; echo "examples $(examples "$1")"; } | sha256sum
}

reports=metrics-core/target/pit-reports
history=metrics-core/target/pit-history
if $fresh; then rm -rf "$history"; fi
mkdir -p "$reports" "$history"

echo "mutation.sh: compiling metrics-core and its tests" >&2
mvn -B -q -pl metrics-core test-compile

for name in "${names[@]}"; do
  read -r classes excluded tests excludedTests <<<"$(selection "$name")"
  print=$(fingerprint "$name")
  if [ -f "$reports/$name/mutations.xml" ] && [ "$(cat "$history/$name.sha256" 2>/dev/null)" = "$print" ]; then
    echo "mutation.sh: $name unchanged since its last run: report kept" >&2
    continue
  fi
  # An interrupted run must not leave a partial report to be counted as a score.
  rm -rf "$history/$name.sha256" "${reports:?}/$name"
  args=(-DtargetClasses="$classes" -DtargetTests="$tests"
        -DreportsDirectory="$PWD/$reports/$name"
        -Dpit.examples="$(examples "$name")" -Dthreads="${PIT_THREADS:-2}")
  if [ "$excluded" != - ]; then args+=(-DexcludedClasses="$excluded"); fi
  if [ "$excludedTests" != - ]; then args+=(-DexcludedTestClasses="$excludedTests"); fi
  echo "mutation.sh: $name" >&2
  start=$(date +%s)
  mvn -B -q -P mutation -pl metrics-core \
    org.pitest:pitest-maven:mutationCoverage "${args[@]}" \
    >"$reports/$name.log" 2>&1 || { tail -30 "$reports/$name.log" >&2; exit 1; }
  echo "$print" >"$history/$name.sha256"
  echo "mutation.sh: $name took $(( $(date +%s) - start )) s" >&2
done

# Scores per Java package, from every report present: detected (killed, timed out, memory or
# run error) over all mutants, no-coverage mutants counted as survivors.
awk '
  BEGIN { RS = "</mutation>" }
  /<mutation / {
    match($0, /status=.[A-Z_]+/); status = substr($0, RSTART + 8, RLENGTH - 8)
    match($0, /<mutatedClass>[^<]+/); cls = substr($0, RSTART + 14, RLENGTH - 14)
    sub(/\$.*/, "", cls); pkg = cls; sub(/\.[^.]+$/, "", pkg)
    total[pkg]++
    if (status != "SURVIVED" && status != "NO_COVERAGE") killed[pkg]++
    if (status == "NO_COVERAGE") uncovered[pkg]++
  }
  END {
    printf "%-32s %8s %8s %8s %7s\n", "package", "mutants", "killed", "no cov", "score"
    for (p in total) {
      printf "%-32s %8d %8d %8d %6.1f%%\n", p, total[p], killed[p], uncovered[p], 100 * killed[p] / total[p]
      all += total[p]; dead += killed[p]
    }
    if (all > 0) printf "%-32s %8d %8d %8s %6.1f%%\n", "(all)", all, dead, "", 100 * dead / all
  }
' "$reports"/*/mutations.xml | { read -r header; echo "$header"; sort; } | tee "$reports/scores.txt"
echo "reports: $reports/<name>/index.html" >&2
