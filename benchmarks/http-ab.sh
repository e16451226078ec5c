#!/usr/bin/env bash
# Two builds of the service side by side, measured with wrk in alternation (A, B, A, B, ...) on
# the read endpoints that touch the database, so that whatever else the machine does weighs on
# both alike. Prints the median requests/s of each and the ratio B / A. One command:
#   benchmarks/http-ab.sh JAR_A JAR_B [ROUNDS=5] [SECONDS=4] [h2|pg]
# JAR_A is the reference (for example a build of the commit before a change, made in a git
# worktree), JAR_B the build under test. PATHS="p1 p2" picks other endpoints; URL_SUFFIX_a and
# URL_SUFFIX_b add JDBC URL parameters to one jar's database (e.g. URL_SUFFIX_b='?socketTimeout=10'); ENV_a and
# ENV_b add NAME=VALUE settings (space-separated) to one jar's environment. pg uses
# PostgreSQL at 127.0.0.1:5432, user postgres, trust auth, with a database of its own per jar.
# Besides requests/s it prints the service's CPU time per request (user + system, from /proc),
# which other work on the machine disturbs far less than throughput: the figure to compare when
# the machine is not quiet. PATHS=PUT measures writes (benchmarks/put.lua). CONNECTIONS=8 runs wrk with that many connections (default 64).
# HELLO_JAR=benchmarks/minimal-service/target/minimal-service.jar adds the bare Micronaut service
# (issue 19's yardstick) as a third service in every round (A, B, /hello) and prints each jar's
# median of per-round ratios to /hello with their range. HEAP="-Xmx256m -XX:+UseSerialGC" (the
# launcher's default) sets the heap flags of all services (default -Xmx512m).
set -euo pipefail
jar_a="$1"; jar_b="$2"; rounds="${3:-5}"; seconds="${4:-4}"; db="${5:-h2}"
connections="${CONNECTIONS:-64}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work="$(mktemp -d)"; pids=()
psql_admin() { psql -h 127.0.0.1 -U postgres -d test -q "$@"; }
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "$db" = pg ]; then for n in a b; do psql_admin -c "DROP DATABASE IF EXISTS limber_ab_${n}_$$" || true; done; fi
  rm -rf "$work"
}
trap cleanup EXIT

start() { # NAME JAR PORT
  local extra=()
  if [ "$db" = pg ]; then
    psql_admin -c "CREATE DATABASE limber_ab_${1}_$$"
    local suffix="URL_SUFFIX_$1"
    extra=(DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/limber_ab_${1}_$$${!suffix:-}"
      DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD=)
  fi
  local own="ENV_$1"; read -r -a own <<<"${!own:-}"
  env "${extra[@]}" "${own[@]}" LIMBER_HOME="$work/$1" MICRONAUT_SERVER_PORT="$3" LIMBER_ADMIN_TOKEN=benchmark \
    java ${HEAP:--Xmx512m} -jar "$2" >"$work/$1.log" 2>&1 &
  pids+=($!)
  until curl -s -o /dev/null "http://127.0.0.1:$3/api/v1/exercises/leg-swings"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { tail -20 "$work/$1.log" >&2; exit 1; }
    sleep 0.2
  done
}
here="$(cd "$(dirname "$0")" && pwd)"
# wrk's arguments for URL: the path PUT means writes (put.lua) against the service's root.
target() { case "$1" in *PUT) args=(-s "$here/put.lua" "${1%PUT}/") ;; *) args=("$1") ;; esac; }
rate() { local args; target "$1"; wrk -t2 -c"$connections" -d"$2" "${args[@]}" | awk '/Requests\/sec/ {print $2}'; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# One round on URL against the service PID: "requests/s CPU-microseconds-per-request".
measure() { # URL PID SECONDS
  local before after out args
  target "$1"
  before="$(ticks "$2")"
  out="$(wrk -t2 -c"$connections" -d"$3" "${args[@]}")"
  after="$(ticks "$2")"
  awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" '
    / requests in / {n = $1} /Requests\/sec/ {r = $2}
    END {printf "%s %.0f\n", r, t * 1e6 / hz / n}' <<<"$out"
}
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

paths=("/api/v1/exercises?kind=strength&size=20" "/api/v1/programs/pain-free-leg-day/findings"
  "/api/v1/exercises?q=squat&size=20" "/api/v1/programs?size=20")
if [ -n "${PATHS:-}" ]; then read -r -a paths <<<"$PATHS"; fi

start a "$jar_a" 18191
start b "$jar_b" 18192
if [ -n "${HELLO_JAR:-}" ]; then
  MICRONAUT_SERVER_PORT=18193 java ${HEAP:--Xmx512m} -jar "$HELLO_JAR" >"$work/hello.log" 2>&1 &
  pids+=($!)
  until curl -s -o /dev/null http://127.0.0.1:18193/hello; do
    kill -0 "${pids[-1]}" 2>/dev/null || { tail -20 "$work/hello.log" >&2; exit 1; }
    sleep 0.2
  done
fi
# The median of per-round ratios X/Y and their range: "median (min-max)".
ratios() { # "x1 x2 ..." "y1 y2 ..."
  local -a x y r=()
  read -r -a x <<<"$1"; read -r -a y <<<"$2"
  for i in "${!x[@]}"; do r+=("$(awk "BEGIN {printf \"%.2f\", ${x[$i]} / ${y[$i]}}")"); done
  printf '%s (%s-%s)' "$(median "${r[@]}")" "$(printf '%s\n' "${r[@]}" | sort -n | head -1)" \
    "$(printf '%s\n' "${r[@]}" | sort -n | tail -1)"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%F); $db; wrk -t2 -c$connections, $rounds alternated rounds of ${seconds}s after ${WARMUP:-8} s of warm-up per jar and endpoint"
echo
echo "| database | endpoint | A requests/s | B requests/s | B / A | A CPU µs/request | B CPU µs/request | A / B |"
echo "|---|---|---|---|---|---|---|---|"
for path in "${paths[@]}"; do
  rate "http://127.0.0.1:18191$path" "${WARMUP:-8}s" >/dev/null
  rate "http://127.0.0.1:18192$path" "${WARMUP:-8}s" >/dev/null
  [ -n "${HELLO_JAR:-}" ] && rate http://127.0.0.1:18193/hello "${WARMUP:-8}s" >/dev/null
  a=(); b=(); ca=(); cb=(); h=(); ch=()
  for _ in $(seq 1 "$rounds"); do
    read -r r c <<<"$(measure "http://127.0.0.1:18191$path" "${pids[0]}" "${seconds}s")"; a+=("$r"); ca+=("$c")
    read -r r c <<<"$(measure "http://127.0.0.1:18192$path" "${pids[1]}" "${seconds}s")"; b+=("$r"); cb+=("$c")
    if [ -n "${HELLO_JAR:-}" ]; then
      read -r r c <<<"$(measure http://127.0.0.1:18193/hello "${pids[2]}" "${seconds}s")"; h+=("$r"); ch+=("$c")
    fi
  done
  ma="$(median "${a[@]}")"; mb="$(median "${b[@]}")"; mca="$(median "${ca[@]}")"; mcb="$(median "${cb[@]}")"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$db" "$path" "$ma" "$mb" \
    "$(awk "BEGIN {printf \"%.2f\", $mb / $ma}")" "$mca" "$mcb" "$(awk "BEGIN {printf \"%.2f\", $mca / $mcb}")"
  echo "  A: ${a[*]} (CPU µs ${ca[*]}); B: ${b[*]} (CPU µs ${cb[*]})" >&2
  echo "  B / A per round: $(ratios "${b[*]}" "${a[*]}"); CPU A / B per round: $(ratios "${ca[*]}" "${cb[*]}")" >&2
  if [ -n "${HELLO_JAR:-}" ]; then
    echo "  /hello: ${h[*]} (CPU µs ${ch[*]})" >&2
    echo "  $path / bare /hello, median of per-round ratios (range): A $(ratios "${a[*]}" "${h[*]}"), B $(ratios "${b[*]}" "${h[*]}");" \
      "CPU /hello / $path: A $(ratios "${ch[*]}" "${ca[*]}"), B $(ratios "${ch[*]}" "${cb[*]}")" >&2
  fi
done
