#!/usr/bin/env bash
# Start-up to the first answered request (median of 5) and resident memory after start, for
# Limber's service and a minimal Micronaut service, plain and with the fast-start launch
# (class-data archive), on each JDK given. One command:
#   benchmarks/startup.sh [JAVA_HOME...]     (default: the java on PATH, and Temurin 25 if present)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs="${RUNS:-5}"
port=18180
limber_jar="${LIMBER_JAR:-$root/api/target/limber-api.jar}"   # LIMBER_JAR: measure another build (before/after)
if [ -n "${LIMBER_JAR:-}" ] && [ ! -f "$LIMBER_JAR" ]; then
  echo "startup.sh: LIMBER_JAR is not a file: $LIMBER_JAR (give an absolute path)" >&2; exit 2
fi
minimal_jar="$root/benchmarks/minimal-service/target/minimal-service.jar"
[ -f "$limber_jar" ] && [ -f "$minimal_jar" ] || mvn -B -q -DskipTests package -pl api,benchmarks/minimal-service -am
# shellcheck source=bin/class-data.sh
. "$root/bin/class-data.sh"

homes=("$@")
if [ ${#homes[@]} -eq 0 ]; then
  homes=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && homes+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LIMBER_CACHE="$work/cache" LIMBER_ADMIN_TOKEN=benchmark

# start_once JAR URL FLAGS...: prints "milliseconds rss_kib" for one start on the database in $home.
start_once() {
  local jar="$1" url="$2"; shift 2
  local start now pid rss
  start=$(date +%s%N)
  LIMBER_HOME="$home" MICRONAUT_SERVER_PORT=$port java "$@" -jar "$jar" >"$work/run.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "start failed: $(tail -5 "$work/run.log")" >&2; return 1; }
    sleep 0.01
  done
  now=$(date +%s%N)
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (now - start) / 1000000 )) $rss"
}

train_http() { # JAR TRAINING-FLAGS...: one start that answers a request, then stops
  local jar="$1"; shift
  local home="$work/training-$RANDOM"
  start_once "$jar" "$train_url" "$@" >/dev/null
  rm -rf "$home"
}

measure() { # LABEL JAR URL FAST(0/1)
  local label="$1" jar="$2" url="$3" fast="$4" times=() rsses=() line
  local -a flags=()
  if [ "$fast" = 1 ]; then
    train_url="$url"
    class_data_flags "$jar" train_http 2>/dev/null
    flags=("${CLASS_DATA_FLAGS[@]}" -XX:TieredStopAtLevel=1)
  fi
  # A service restarts on its existing database: one untimed start creates and migrates it.
  home="$work/home-$RANDOM"
  start_once "$jar" "$url" "${flags[@]}" >/dev/null
  for _ in $(seq 1 "$runs"); do
    line=$(start_once "$jar" "$url" "${flags[@]}")
    times+=("${line% *}"); rsses+=("${line#* }")
  done
  local sorted median min max rss
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p"); min=$(echo "$sorted" | head -1); max=$(echo "$sorted" | tail -1)
  rss=$(printf '%s\n' "${rsses[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  rm -rf "$home"
  printf '| %s | %s | %s | %s–%s | %s |\n' "$java_label" "$label" "$median" "$min" "$max" "$(( rss / 1024 ))"
  eval "result_${fast}_$4_$(echo "$label" | tr -c 'a-zA-Z0-9' _)=$median"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F); $runs timed starts each on an existing embedded database (one untimed start first creates it)"
echo
echo "| JDK | app and launch | first answer, ms (median) | min–max | RSS after start, MiB (median) |"
echo "|---|---|---|---|---|"
for java_home in "${homes[@]}"; do
  export PATH="$java_home/bin:$PATH"
  java_label="$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')"
  declare -A medians=()
  for fast in 0 1; do
    launch=$([ "$fast" = 1 ] && echo "fast start (archive, C1)" || echo "plain java -jar")
    measure "minimal Micronaut, $launch" "$minimal_jar" "http://127.0.0.1:$port/hello" "$fast"
    medians["minimal$fast"]=$(eval echo "\$result_${fast}_${fast}_$(echo "minimal Micronaut, $launch" | tr -c 'a-zA-Z0-9' _)")
    measure "Limber, $launch" "$limber_jar" "http://127.0.0.1:$port/api/v1/exercises/leg-swings" "$fast"
    medians["limber$fast"]=$(eval echo "\$result_${fast}_${fast}_$(echo "Limber, $launch" | tr -c 'a-zA-Z0-9' _)")
  done
  for fast in 0 1; do
    echo "ratio Limber / minimal on $java_label ($([ "$fast" = 1 ] && echo fast start || echo plain)): $(awk "BEGIN {printf \"%.2f\", ${medians[limber$fast]} / ${medians[minimal$fast]}}")" >&2
  done
done
