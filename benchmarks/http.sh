#!/usr/bin/env bash
# HTTP throughput and latency of Limber's service with wrk, on the embedded H2 database and on
# PostgreSQL, beside a trivial endpoint of the same server in the same run. One command:
#   benchmarks/http.sh [SECONDS=15] [CONNECTIONS=64]
# Installs Debian's wrk if missing. PostgreSQL: 127.0.0.1:5432, user postgres, trust auth.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
seconds="${1:-15}"
connections="${2:-64}"
port=18181
jar="$root/api/target/limber-api.jar"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl api -am
work="$(mktemp -d)"
db="limber_http_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

endpoints=(
  "trivial (GET /api/v1/ping)|/api/v1/ping"
  "by id (GET /api/v1/exercises/leg-swings)|/api/v1/exercises/leg-swings"
  "paged list (GET /api/v1/exercises?kind=strength&size=20)|/api/v1/exercises?kind=strength&size=20"
  "findings (GET /api/v1/programs/pain-free-leg-day/findings)|/api/v1/programs/pain-free-leg-day/findings"
)

start_service() { # extra environment as NAME=VALUE...
  env "$@" LIMBER_HOME="$work/home" MICRONAUT_SERVER_PORT=$port LIMBER_ADMIN_TOKEN=benchmark \
    java -Xmx512m -jar "$jar" >"$work/service.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/exercises/leg-swings"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/service.log" >&2; exit 1; }
    sleep 0.1
  done
}

stop_service() {
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

run_wrk() { # LABEL PATH -> a table row
  local label="$1" path="$2" out rps p50 p99
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port$path" >/dev/null   # warm-up
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  if grep -q "Non-2xx" <<<"$out"; then label="$label (NON-2xx answers!)"; fi
  printf '| %s | %s | %s | %s | %s |\n' "$database" "$label" "$rps" "$p50" "$p99"
  rates["$database|$label"]="$rps"
}

declare -A rates=()
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F); wrk -t2 -c$connections -d${seconds}s after a 5 s warm-up, on loopback"
echo
echo "| database | endpoint | requests/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for database in H2 PostgreSQL; do
  if [ "$database" = PostgreSQL ]; then
    psql -h 127.0.0.1 -U postgres -d test -q -c "CREATE DATABASE $db"
    start_service DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
      DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD=
  else
    start_service
  fi
  for entry in "${endpoints[@]}"; do
    run_wrk "${entry%%|*}" "${entry#*|}"
  done
  stop_service
done
echo
for database in H2 PostgreSQL; do
  trivial="${rates[$database|${endpoints[0]%%|*}]}"
  byid="${rates[$database|${endpoints[1]%%|*}]}"
  echo "by-id / trivial on $database: $(awk "BEGIN {printf \"%.2f\", $byid / $trivial}")"
done
