#!/usr/bin/env bash
# HTTP throughput and latency of Limber's service with wrk, on the embedded H2 database and on
# PostgreSQL, beside a trivial endpoint of the same server in the same run, and the service's
# resident memory after the load. One command:
#   benchmarks/http.sh [SECONDS=15] [CONNECTIONS=64]
#   LIMBER_JAR=/abs/path/limber-api.jar benchmarks/http.sh ...   # another build (before/after)
#   PORT=18191 benchmarks/http.sh ...                             # another port (default 18181)
# The service runs as operators run it: bin/limber-service (its default heap, its class-data
# archive, made once per jar in a throwaway cache). Installs Debian's wrk if missing.
# The yardstick of issue 19 is measured in the same run: a bare Micronaut service
# (benchmarks/minimal-service, its GET /hello, same heap flags as the launcher) on PORT+1, its
# row measured right before each database's by-id row; the script prints by-id / /hello.
# PostgreSQL: 127.0.0.1:5432, user postgres, trust auth.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
seconds="${1:-15}"
connections="${2:-64}"
port="${PORT:-18181}"
jar="${LIMBER_JAR:-$root/api/target/limber-api.jar}"
if [ -n "${LIMBER_JAR:-}" ] && [ ! -f "$LIMBER_JAR" ]; then
  echo "http.sh: LIMBER_JAR is not a file: $LIMBER_JAR (give an absolute path)" >&2; exit 2
fi
# Something already answering on the port would be measured in the service's place (another
# session's service, say): refuse instead.
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
  echo "http.sh: port $port is already in use; stop what listens there or set PORT" >&2; exit 2
fi
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl api -am
minimal_port=$((port + 1))
minimal_jar="$root/benchmarks/minimal-service/target/minimal-service.jar"
[ -f "$minimal_jar" ] || mvn -B -q -DskipTests package -pl benchmarks/minimal-service -am
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$minimal_port/"; then
  echo "http.sh: port $minimal_port (PORT+1, the bare Micronaut service) is already in use" >&2; exit 2
fi
work="$(mktemp -d)"
db="limber_http_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [ -n "${minimal_pid:-}" ] && kill -TERM "$minimal_pid" 2>/dev/null && wait "$minimal_pid" 2>/dev/null
  psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

endpoints=(
  "trivial (GET /api/v1/ping)|/api/v1/ping"
  "by id (GET /api/v1/exercises/leg-swings)|/api/v1/exercises/leg-swings"
  "paged list (GET /api/v1/exercises?kind=strength&size=20)|/api/v1/exercises?kind=strength&size=20"
  "findings (GET /api/v1/programs/pain-free-leg-day/findings)|/api/v1/programs/pain-free-leg-day/findings"
  "write (PUT /api/v1/exercises/{id}, new and replaced)|PUT"
)

# Writes: benchmarks/put.lua (each wrk thread PUTs its own ids, so no 409s).

start_service() { # extra environment as NAME=VALUE...
  env "$@" LIMBER_HOME="$work/home" LIMBER_CACHE="$work/cache" LIMBER_API_JAR="$jar" \
    MICRONAUT_SERVER_PORT=$port LIMBER_ADMIN_TOKEN=benchmark \
    "$root/bin/limber-service" >"$work/service.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/exercises/leg-swings"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/service.log" >&2; exit 1; }
    sleep 0.1
  done
}

stop_service() {
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

run_wrk() { # LABEL PATH [PORT] -> a table row
  local label="$1" path="$2" at="${3:-$port}" out rps p50 p99
  local -a script=()
  if [ "$path" = PUT ]; then script=(-s "$root/benchmarks/put.lua"); path=/; fi
  wrk -t2 -c"$connections" -d5s "${script[@]}" "http://127.0.0.1:$at$path" >/dev/null   # warm-up
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${script[@]}" "http://127.0.0.1:$at$path")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  if grep -q "Non-2xx" <<<"$out"; then label="$label (NON-2xx answers!)"; fi
  printf '| %s | %s | %s | %s | %s |\n' "$database" "$label" "$rps" "$p50" "$p99"
  rates["$database|$label"]="$rps"
}

# The bare Micronaut service, started once: it has no database.
MICRONAUT_SERVER_PORT="$minimal_port" java -Xmx256m -XX:+UseSerialGC -jar "$minimal_jar" >"$work/minimal.log" 2>&1 &
minimal_pid=$!
hello_label="bare Micronaut (GET /hello, minimal-service)"

declare -A rates=() rss=()
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F); wrk -t2 -c$connections -d${seconds}s after a 5 s warm-up, on loopback; $jar"
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
  until curl -s -o /dev/null "http://127.0.0.1:$minimal_port/hello"; do
    kill -0 "$minimal_pid" 2>/dev/null || { tail -20 "$work/minimal.log" >&2; exit 1; }
    sleep 0.1
  done
  for entry in "${endpoints[@]}"; do
    if [ "${entry#*|}" = /api/v1/exercises/leg-swings ]; then run_wrk "$hello_label" /hello "$minimal_port"; fi
    run_wrk "${entry%%|*}" "${entry#*|}"
  done
  # Resident memory now, after every endpoint's load, and its peak (VmHWM) over the run.
  rss["$database"]="$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status") MiB (peak $(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$pid/status") MiB)"
  stop_service
done
echo
for database in H2 PostgreSQL; do
  trivial="${rates[$database|${endpoints[0]%%|*}]}"
  byid="${rates[$database|${endpoints[1]%%|*}]}"
  hello="${rates[$database|$hello_label]}"
  echo "by-id / trivial on $database: $(awk "BEGIN {printf \"%.2f\", $byid / $trivial}")"
  echo "by-id / bare Micronaut /hello on $database: $(awk "BEGIN {printf \"%.2f\", $byid / $hello}") (issue 19 target: >= 0.8)"
done
for database in H2 PostgreSQL; do
  echo "service RSS after the load on $database: ${rss[$database]}"
done
