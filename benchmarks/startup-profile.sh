#!/usr/bin/env bash
# Where the service's start-up goes, from one start to its first answered request:
#   benchmarks/startup-profile.sh [JAR] [URL] [JAVA OPTIONS...]
# (default: api/target/limber-api.jar and /api/v1/exercises/leg-swings, plain java -jar).
# Prints (1) a timeline: per 100 ms, how many classes each thread loaded and from which
# libraries, which shows what runs on the starting thread and what beside it; (2) for the
# libraries that load most, the code that made them load, from a JFR recording of class loads
# with their stack traces. Leaves the recording (start.jfr) and the log in the printed folder.
set -euo pipefail
given_jar="${1:+$(realpath -m "$1")}"   # a JAR given is read from where the caller stands
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="${given_jar:-$root/api/target/limber-api.jar}"
url="${2:-http://127.0.0.1:18190/api/v1/exercises/leg-swings}"
shift $(( $# > 2 ? 2 : $# ))
if [ -n "$given_jar" ] && [ ! -f "$given_jar" ]; then
  echo "startup-profile.sh: no such jar: $given_jar" >&2; exit 2
fi
[[ "$url" =~ ^http://[^/]+:([0-9]+)/ ]] || { echo "startup-profile.sh: the URL needs a port, as in http://127.0.0.1:18190/api/v1/ping: $url" >&2; exit 2; }
port="${BASH_REMATCH[1]}"
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl api -am
out="$(mktemp -d)"
cat >"$out/classload.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ClassLoad"><setting name="enabled">true</setting><setting name="stackTrace">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
JFC

# One untimed start creates and migrates the embedded database; the profiled start reuses it.
export LIMBER_HOME="$out/home" LIMBER_ADMIN_TOKEN=profile MICRONAUT_SERVER_PORT="$port"
start_until_answer() {
  java "$@" -jar "$jar" >"$out/run.log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { tail -5 "$out/run.log" >&2; exit 1; }
    sleep 0.01
  done
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
}
start_until_answer "$@"
start_until_answer "$@" -Xlog:class+load=info:file="$out/classes.log":uptime,tid \
  -XX:StartFlightRecording=filename="$out/start.jfr",settings="$out/classload.jfc",dumponexit=true
jfr print --events jdk.ClassLoad --stack-depth 64 "$out/start.jfr" >"$out/classload.txt"

python3 - "$out/classes.log" "$out/classload.txt" <<'PY'
import collections, re, sys

def library(name):
    parts = name.split('.')
    depth = 3 if name.startswith(('io.micronaut', 'dev.limber')) else 2
    return '.'.join(parts[:depth])

rows = []
for line in open(sys.argv[1]):
    m = re.match(r'\[(\d+\.\d+)s\]\[(\d+)\]\s+(\S+)', line)
    if m:
        rows.append((float(m.group(1)), m.group(2), m.group(3)))
starting = rows[0][1]
buckets = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
for time, thread, name in rows:
    buckets[int(time * 10)]['starting thread' if thread == starting else 'other threads'][library(name)] += 1
print(f"{len(rows)} classes loaded up to the first answer ({rows[-1][0]:.2f} s)\n")
print("| from s | starting thread: classes, top libraries | other threads: classes, top libraries |")
print("|---|---|---|")
for bucket in sorted(buckets):
    cells = []
    for who in ('starting thread', 'other threads'):
        counts = buckets[bucket].get(who)
        cells.append(f"{sum(counts.values())}: " + ", ".join(f"{lib} {n}" for lib, n in counts.most_common(3))
                     if counts else "")
    print(f"| {bucket / 10:.1f} | {cells[0]} | {cells[1]} |")

# Who made the biggest libraries load: the first frames outside the JDK and the library itself.
events = open(sys.argv[2]).read().split('jdk.ClassLoad {')[1:]
by_library = collections.defaultdict(collections.Counter)
for event in events:
    m = re.search(r'loadedClass = (\S+)', event)
    if not m:
        continue
    lib = library(m.group(1))
    frames = [f for f in re.findall(r'^\s{4}(\S+)\(', event, re.M)
              if not f.startswith(('java.', 'jdk.', 'sun.', lib))]
    by_library[lib][' < '.join(frames[:2]) or '(JDK)'] += 1
print("\nWhat made the largest libraries load (JFR jdk.ClassLoad stack traces):\n")
for lib, causes in sorted(by_library.items(), key=lambda kv: -sum(kv[1].values()))[:8]:
    if lib.startswith(('java.', 'jdk.', 'sun.')):
        continue
    cause, n = causes.most_common(1)[0]
    print(f"- {lib}: {sum(causes.values())} classes; most ({n}) from {cause}")
PY
echo
echo "recording and logs: $out"
