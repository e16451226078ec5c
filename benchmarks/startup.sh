#!/usr/bin/env bash
# Start-up to the first answered request (median of 5) and resident memory after start, for
# Limber's service and two reference services built and launched the same way: a bare Micronaut
# app on the same stack (benchmarks/same-stack-service: HTTP, serde, Micronaut Data JDBC, Flyway,
# embedded H2, Hikari) and a minimal one (benchmarks/minimal-service: HTTP only). Plain
# `java -jar` and the fast-start launch (class-data archive; AOT cache on JDK 25), on each JDK
# given, plus Limber's own launcher bin/limber-service as shipped. Starts of the apps compared are
# alternated, so that load from elsewhere falls on all of them alike. One command:
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
# LIMBER_JAR_B: a second build of Limber's service, started alternately with the first in the same
# run (a before/after, or benchmarks/micronaut-aot.sh's optimized jar).
limber_b_jar="${LIMBER_JAR_B:-}"
if [ -n "$limber_b_jar" ] && [ ! -f "$limber_b_jar" ]; then
  echo "startup.sh: LIMBER_JAR_B is not a file: $limber_b_jar (give an absolute path)" >&2; exit 2
fi
minimal_jar="$root/benchmarks/minimal-service/target/minimal-service.jar"
same_stack_jar="$root/benchmarks/same-stack-service/target/same-stack-service.jar"
[ -f "$limber_jar" ] && [ -f "$minimal_jar" ] && [ -f "$same_stack_jar" ] ||
  mvn -B -q -DskipTests package -pl api,benchmarks/minimal-service,benchmarks/same-stack-service -am
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

# The apps: label, jar, URL of the first answer.
apps=(minimal same-stack limber)  # (limber-b too when LIMBER_JAR_B is given)
declare -A app_label=([minimal]="minimal Micronaut" [same-stack]="same-stack Micronaut" [limber]="Limber")
declare -A app_jar=([minimal]="$minimal_jar" [same-stack]="$same_stack_jar" [limber]="$limber_jar")
declare -A app_url=([minimal]="http://127.0.0.1:$port/hello" [same-stack]="http://127.0.0.1:$port/greetings/hello"
  [limber]="http://127.0.0.1:$port/api/v1/exercises/leg-swings")
b_plain=() b_fast=()
if [ -n "$limber_b_jar" ]; then
  app_label[limber-b]="Limber B ($(basename "$limber_b_jar"))" app_jar[limber-b]="$limber_b_jar" app_url[limber-b]="${app_url[limber]}"
  b_plain=(limber-b:plain) b_fast=(limber-b:fast limber-b:launcher)
fi

# start_once URL COMMAND...: prints "milliseconds rss_kib cpu_ms" for one start on the database in
# $home. CPU time (all threads, to the first answer) is less moved by load from elsewhere than the
# elapsed time, which on a shared machine is worth having beside it.
start_once() {
  local url="$1"; shift
  local start now pid rss cpu
  start=$(date +%s%N)
  LIMBER_HOME="$home" MICRONAUT_SERVER_PORT=$port "$@" >"$work/run.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "start failed: $(tail -5 "$work/run.log")" >&2; return 1; }
    sleep 0.01
  done
  now=$(date +%s%N)
  cpu=$(sed 's/.*) //' "/proc/$pid/stat" | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (now - start) / 1000000 )) $rss $cpu"
}

train_http() { # JAR TRAINING-FLAGS...: one start that answers a request, then stops
  local jar="$1"; shift
  local home="$work/training-$RANDOM"
  start_once "$train_url" java "$@" -jar "$jar" >/dev/null
  rm -rf "$home"
}

# median_of / min / max of the numbers on standard input
median_of() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

# measure_group LAUNCH-LABEL KEY...: each KEY is "app:launch" (launch: plain, fast, launcher);
# one untimed start per KEY creates its database (and archive), then the timed starts alternate.
measure_group() {
  local group="$1"; shift
  local key app launch
  declare -A cmd_of=() times=() rsses=() cpus=() homes_of=()
  for key in "$@"; do
    app="${key%%:*}" launch="${key#*:}"
    local -a flags=()
    if [ "$launch" = fast ]; then
      train_url="${app_url[$app]}"
      # A cache of its own per app: two builds named alike would otherwise delete each other's.
      LIMBER_CACHE="$work/cache-$app" class_data_flags "${app_jar[$app]}" train_http 2>/dev/null
      flags=("${CLASS_DATA_FLAGS[@]}" -XX:TieredStopAtLevel=1)
    fi
    if [ "$launch" = launcher ]; then
      # As shipped: the script, its own archive (made here, untimed) and its heap flags.
      cmd_of[$key]="env LIMBER_CACHE=$work/launcher-cache-$app LIMBER_API_JAR=${app_jar[$app]} $root/bin/limber-service"
    else
      cmd_of[$key]="java ${flags[*]} -jar ${app_jar[$app]}"
    fi
    homes_of[$key]="$work/home-$RANDOM"
    home="${homes_of[$key]}"
    # shellcheck disable=SC2086
    start_once "${app_url[$app]}" ${cmd_of[$key]} >/dev/null 2>"$work/untimed.err" || { cat "$work/untimed.err" >&2; return 1; }
  done
  for _ in $(seq 1 "$runs"); do
    for key in "$@"; do
      app="${key%%:*}"; home="${homes_of[$key]}"
      # shellcheck disable=SC2086
      line=$(start_once "${app_url[$app]}" ${cmd_of[$key]})
      read -r ms kib cpu <<<"$line"
      times[$key]+="$ms "; rsses[$key]+="$kib "; cpus[$key]+="$cpu "
    done
  done
  for key in "$@"; do
    app="${key%%:*}" launch="${key#*:}"
    local median min max rss cpu
    median=$(tr ' ' '\n' <<<"${times[$key]}" | grep . | median_of)
    min=$(tr ' ' '\n' <<<"${times[$key]}" | grep . | sort -n | head -1)
    max=$(tr ' ' '\n' <<<"${times[$key]}" | grep . | sort -n | tail -1)
    rss=$(tr ' ' '\n' <<<"${rsses[$key]}" | grep . | median_of)
    cpu=$(tr ' ' '\n' <<<"${cpus[$key]}" | grep . | median_of)
    local how="$group"
    [ "$launch" = launcher ] && how="bin/limber-service as shipped ($archive, -Xmx256m, serial GC)"
    printf '| %s | %s, %s | %s | %s–%s | %s | %s |\n' "$java_label" "${app_label[$app]}" "$how" "$median" "$min" "$max" "$cpu" "$(( rss / 1024 ))"
    medians[$key]=$median cpu_medians[$key]=$cpu
    rm -rf "${homes_of[$key]}"
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg); $runs timed starts each on an existing embedded database (one untimed start first creates it), alternated between the apps"
echo
echo "| JDK | app and launch | first answer, ms (median) | min–max | CPU to first answer, ms (median) | RSS after start, MiB (median) |"
echo "|---|---|---|---|---|---|"
ratios=()
for java_home in "${homes[@]}"; do
  export PATH="$java_home/bin:$PATH"
  java_label="$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')"
  archive="archive"; [ "$(java_major)" -ge 25 ] && archive="AOT cache"
  declare -A medians=() cpu_medians=()
  measure_group "plain java -jar" minimal:plain same-stack:plain limber:plain "${b_plain[@]}"
  measure_group "fast start ($archive, C1)" minimal:fast same-stack:fast limber:fast limber:launcher "${b_fast[@]}"
  ratio() { awk "BEGIN {printf \"%.2f (CPU %.2f)\", ${medians[$1]} / ${medians[$2]}, ${cpu_medians[$1]} / ${cpu_medians[$2]}}"; }
  [ -n "$limber_b_jar" ] && ratios+=("ratios on $java_label: Limber B / Limber $(ratio limber-b:plain limber:plain) plain, $(ratio limber-b:fast limber:fast) fast start, $(ratio limber-b:launcher limber:launcher) bin/limber-service")
  ratios+=("ratios on $java_label: Limber / same-stack $(ratio limber:plain same-stack:plain) plain, $(ratio limber:fast same-stack:fast) fast start; Limber / minimal $(ratio limber:plain minimal:plain) plain, $(ratio limber:fast minimal:fast) fast start; bin/limber-service / same-stack fast start $(ratio limber:launcher same-stack:fast)")
done
echo
printf '%s\n' "${ratios[@]}"
