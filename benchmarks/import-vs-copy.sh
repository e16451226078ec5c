#!/usr/bin/env bash
# Bulk import of synthetic exercises into PostgreSQL through Limber's import path, beside
# `psql \copy` of the same rows, in one run. One command:
#   benchmarks/import-vs-copy.sh [COUNT=100000] [REPEATS=3]
# Needs a PostgreSQL server on 127.0.0.1:5432 (user postgres, trust auth) and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
repeats="${2:-3}"
user="${LIMBER_BENCH_PG_USER:-postgres}"
db="limber_bench_$$"

[ -f benchmarks/harness/target/limber-benchmarks.jar ] || mvn -B -q -DskipTests package -pl benchmarks/harness -am
psql -h 127.0.0.1 -U "$user" -d test -q -c "CREATE DATABASE ${db}"
trap 'psql -h 127.0.0.1 -U "$user" -d test -q -c "DROP DATABASE IF EXISTS ${db}"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
java -Xmx2g -cp benchmarks/harness/target/limber-benchmarks.jar dev.limber.benchmarks.importing.ImportVersusCopy \
  "jdbc:postgresql://127.0.0.1:5432/${db}" "$user" "$count" "$repeats" 2>&1 \
  | grep -v "already exists, skipping"   # Flyway echoes PostgreSQL's notice for each run's schema
