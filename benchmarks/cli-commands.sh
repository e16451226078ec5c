#!/usr/bin/env bash
# Whole-process time of the CLI commands that need no database, beside `limber --version` in the
# same run, and (given) the same commands of another build:
#   benchmarks/cli-commands.sh [BEFORE_JAR]      (RUNS=7 by default)
# Each command is a new process, timed from start to exit; the rounds interleave every build,
# launcher and command (round 1 runs each once, then round 2, ...), so a machine that gets busier
# or quieter during the run weighs on all of them alike. Prints medians, min and max, and each
# command's median over `--version`'s with the same build and launcher. Launchers: plain
# `java -jar` and bin/limber (class-data archive, made once per build before the timing).
# Then checks that both builds print the same (stdout, stderr, exit status) for every command.
# The database is an embedded one made and seeded once before the timing, as a user has it after
# the first run; a build that opens it for a command pays its start, migrations check and pool.
set -euo pipefail
given_before="${1:+$(realpath -m "$1")}"
cd "$(dirname "$0")/.."
root="$(pwd)"
after="$root/cli/target/limber-cli.jar"
if [ -n "$given_before" ] && [ ! -f "$given_before" ]; then
  echo "cli-commands.sh: no such jar: $given_before" >&2; exit 2
fi
[ -f "$after" ] || mvn -B -q -DskipTests package -pl cli -am
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fixtures="$root/cli/src/test/resources/fixtures"
document="$fixtures/good/leg-day.yaml"   # its own hip-airplane, and leg-swings and back-squat built in
# A document naming built-in exercises only (the issue's "clean leg day").
cat >"$work/clean-leg-day.yaml" <<'YAML'
limber: 1
programs:
  - id: clean-leg-day
    name: Clean Leg Day
    sessions:
      - name: Legs
        phases:
          - phase: warm-up
            steps:
              - exercise: leg-swings
                duration: 30s
                perSide: true
              - exercise: hip-circles
                duration: 1m
          - phase: main
            steps:
              - exercise: back-squat
                reps: 8
                sets: 3
                rest: 2m
          - phase: cool-down
            steps:
              - exercise: standing-forward-fold
                duration: 30s
YAML

export LIMBER_HOME="$work/home"
unset DATASOURCES_DEFAULT_URL DATASOURCES_DEFAULT_USERNAME DATASOURCES_DEFAULT_PASSWORD MICRONAUT_CONFIG_FILES
mkdir -p "$LIMBER_HOME"
java -jar "$after" db migrate >/dev/null
java -jar "$after" card quick-leg-day-warm-up >/dev/null   # seeds the built-in catalog

builds=(after)
jars=("$after")
if [ -n "$given_before" ]; then
  builds=(before after)
  jars=("$given_before" "$after")
fi
# One class-data archive per build (the launcher keeps one per jar name in its cache folder).
for i in "${!builds[@]}"; do
  LIMBER_CACHE="$work/cache-${builds[$i]}" LIMBER_CLI_JAR="${jars[$i]}" "$root/bin/limber" --version >/dev/null 2>&1
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u '+%F %H:%M UTC')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work" "$root" "${RUNS:-7}" "$document" "$work/clean-leg-day.yaml" "${builds[@]}" -- "${jars[@]}" <<'PY'
import os, statistics, subprocess, sys, time

work, root, runs, document, clean = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
rest = sys.argv[6:]
split = rest.index("--")
builds, jars = rest[:split], rest[split + 1:]

def commands(build):
    """(label, arguments): the commands of the issue; warm-up over the built-in catalog."""
    warm_up = ["warm-up", "--targets", "hamstrings,glutes,hips"]
    return [
        ("--version", ["--version"]),
        ("validate clean-leg-day.yaml", ["validate", clean]),
        ("validate leg-day.yaml", ["validate", document]),
        ("card leg-day.yaml", ["card", document]),
        ("timeline leg-day.yaml", ["timeline", document]),
        ("desk-breaks", ["desk-breaks"]),
        # Before the change warm-up always read the database; after it, --built-in does not.
        ("warm-up --targets (--built-in after)", warm_up + (["--built-in"] if build == "after" else [])),
        ("card quick-leg-day-warm-up (stored: needs the database)", ["card", "quick-leg-day-warm-up"]),
    ]

def launch(build, jar, launcher):
    env = dict(os.environ, LIMBER_CACHE=os.path.join(work, "cache-" + build), LIMBER_CLI_JAR=jar)
    prefix = ["java", "-jar", jar] if launcher == "java -jar" else [os.path.join(root, "bin", "limber")]
    return prefix, env

def run(prefix, env, arguments):
    return subprocess.run(prefix + arguments, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

launchers = ["java -jar", "bin/limber"]
times = {}
for _ in range(runs + 1):   # the first round warms the file cache and is not counted
    for launcher in launchers:
        for build, jar in zip(builds, jars):
            prefix, env = launch(build, jar, launcher)
            for label, arguments in commands(build):
                start = time.perf_counter()
                done = run(prefix, env, arguments)
                elapsed = time.perf_counter() - start
                if done.returncode != 0:
                    sys.exit(f"{build} {launcher} {label}: exit {done.returncode}: {done.stderr.decode()}")
                times.setdefault((launcher, build, label), []).append(elapsed)
for key in times:
    times[key] = times[key][1:]

print(f"\n{runs} runs each, interleaved; seconds from process start to exit\n")
print("| launcher | command | build | median s | min s | max s | median / `--version` |")
print("|---|---|---|---|---|---|---|")
for launcher in launchers:
    for label, _ in commands("after"):
        for build in builds:
            key = (launcher, build, label)
            t = times[key]
            version = statistics.median(times[(launcher, build, "--version")])
            print(f"| {launcher} | {label} | {build} | {statistics.median(t):.2f} | {min(t):.2f} | {max(t):.2f} "
                  f"| {statistics.median(t) / version:.2f} |")

if len(builds) == 2:
    print()
    same = True
    for (label, before_args), (_, after_args) in zip(commands("before"), commands("after")):
        if label == "--version":
            continue
        outputs = []
        for build, jar, arguments in ((builds[0], jars[0], before_args), (builds[1], jars[1], after_args)):
            prefix, env = launch(build, jar, "java -jar")
            done = run(prefix, env, arguments)
            outputs.append((done.returncode, done.stdout, done.stderr))
        if outputs[0] != outputs[1]:
            same = False
            print(f"outputs differ: {label}")
    print("before and after print the same (stdout, stderr, exit status) for every command: "
          + ("yes" if same else "NO"))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
