#!/usr/bin/env bash
# The CLI's whole-process import costs. One command:
#   benchmarks/cli-import.sh
# 1. free-exercise-db (873 exercises) into the embedded database: `limber import` vs `limber db info`
#    on the same database (hyperfine, medians of 5), plain `java -jar` and the fast-start launcher.
# 2. 100,000 synthetic exercises into PostgreSQL through the `limber import` process, beside
#    `psql \copy` of the same rows (needs PostgreSQL on 127.0.0.1:5432, user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
dataset="${DATASET:-$root/../shared/datasets/free-exercise-db/exercises.json}"
cli="$root/cli/target/limber-cli.jar"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
[ -f "$cli" ] && [ -f benchmarks/harness/target/limber-benchmarks.jar ] || mvn -B -q -DskipTests package -pl cli,benchmarks/harness -am
work="$(mktemp -d)"
db="limber_cli_bench_$$"
trap 'rm -rf "$work"; psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
# A pristine embedded database (migrated, built-in catalog loaded), copied afresh before each run.
LIMBER_HOME="$work/pristine" java -jar "$cli" export --exercises -o "$work/seeded.json" >/dev/null
export LIMBER_HOME="$work/run" LIMBER_CACHE="$work/cache"
prepare="rm -rf '$work/run' && cp -r '$work/pristine' '$work/run'"
"$root/bin/limber" --version >/dev/null   # make the fast-start archive once, outside the timing

hyperfine --style basic --warmup 1 --runs 5 --prepare "$prepare" --export-json "$work/free-exercise-db.json" \
  -n "db info (java -jar)" "java -jar '$cli' db info" \
  -n "import free-exercise-db (java -jar)" "java -jar '$cli' import --no-progress --format free-exercise-db '$dataset'" \
  -n "db info (bin/limber)" "'$root/bin/limber' db info" \
  -n "import free-exercise-db (bin/limber)" "'$root/bin/limber' import --no-progress --format free-exercise-db '$dataset'" \
  >/dev/null
python3 - "$work/free-exercise-db.json" <<'PY'
import json, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("| command | median s | min s | max s |")
print("|---|---|---|---|")
for name, r in results.items():
    print(f"| {name} | {statistics.median(r['times']):.2f} | {min(r['times']):.2f} | {max(r['times']):.2f} |")
for launch in ("java -jar", "bin/limber"):
    added = statistics.median(results[f"import free-exercise-db ({launch})"]["times"]) \
        - statistics.median(results[f"db info ({launch})"]["times"])
    print(f"import adds {added:.2f} s to the CLI's own start-up ({launch}, medians)")
PY

echo
psql -h 127.0.0.1 -U postgres -d test -q -c "CREATE DATABASE $db"
java -Xmx2g -cp benchmarks/harness/target/limber-benchmarks.jar dev.limber.benchmarks.importing.ImportVersusCopy \
  "jdbc:postgresql://127.0.0.1:5432/$db" postgres "${COUNT:-100000}" "${REPEATS:-3}" "$cli" 2>&1 \
  | grep -v "already exists, skipping"
