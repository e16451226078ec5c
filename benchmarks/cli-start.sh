#!/usr/bin/env bash
# Start-up of a CLI command that opens the database, `limber card ID` of a stored program, beside
# `limber --version` (no database), for this build and (given) another one, in the same run:
#   benchmarks/cli-start.sh [BEFORE_JAR]      (RUNS=9 by default)
# Each command is a new process, timed from start to exit (wall, and the CPU time it used, which a
# busy machine disturbs less). The rounds interleave builds, launchers and commands (round 1 runs
# each once, then round 2, ...; the builds swap turns every other round), so a machine that gets
# busier or quieter weighs on all alike; the first round warms the file cache and is not counted. Prints
# medians with min and max, each median over `--version`'s with the same build and launcher, and
# (with two builds) after/before for `card ID` per round: its median and spread, which is what to
# read on a shared machine. Launchers: plain `java -jar` and bin/limber (class-data archive,
# made once per build before the timing). Then checks that both builds print the same.
# The embedded database is made, migrated and seeded once before the timing, as a user has it
# after the first run.
set -euo pipefail
given_before="${1:+$(realpath -m "$1")}"
cd "$(dirname "$0")/.."
root="$(pwd)"
after="$root/cli/target/limber-cli.jar"
if [ -n "$given_before" ] && [ ! -f "$given_before" ]; then
  echo "cli-start.sh: no such jar: $given_before" >&2; exit 2
fi
[ -f "$after" ] || mvn -B -q -DskipTests package -pl cli -am
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export LIMBER_HOME="$work/home"
unset DATASOURCES_DEFAULT_URL DATASOURCES_DEFAULT_USERNAME DATASOURCES_DEFAULT_PASSWORD MICRONAUT_CONFIG_FILES
mkdir -p "$LIMBER_HOME"
# Made by the build before when there is one: the database a user of it has.
first="${given_before:-$after}"
java -jar "$first" db migrate >/dev/null
java -jar "$first" card quick-leg-day-warm-up >/dev/null   # seeds the built-in catalog

builds=(after)
jars=("$after")
if [ -n "$given_before" ]; then
  builds=(before after)
  jars=("$given_before" "$after")
fi
for i in "${!builds[@]}"; do
  LIMBER_CACHE="$work/cache-${builds[$i]}" LIMBER_CLI_JAR="${jars[$i]}" "$root/bin/limber" --version >/dev/null 2>&1
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u '+%F %H:%M UTC')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work" "$root" "${RUNS:-9}" "${builds[@]}" -- "${jars[@]}" <<'PY'
import os, resource, statistics, subprocess, sys, time

work, root, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
rest = sys.argv[4:]
split = rest.index("--")
builds, jars = rest[:split], rest[split + 1:]
commands = [("--version", ["--version"]),
            ("card quick-leg-day-warm-up (stored: opens the database)", ["card", "quick-leg-day-warm-up"])]
launchers = ["java -jar", "bin/limber"]

def launch(build, jar, launcher):
    env = dict(os.environ, LIMBER_CACHE=os.path.join(work, "cache-" + build), LIMBER_CLI_JAR=jar)
    prefix = ["java", "-jar", jar] if launcher == "java -jar" else [os.path.join(root, "bin", "limber")]
    return prefix, env

def run(prefix, env, arguments):
    return subprocess.run(prefix + arguments, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

times, cpus = {}, {}
for round_ in range(runs + 1):   # the first round warms the file cache and is not counted
    # Every other round the builds swap turns, so neither always runs first.
    order = list(zip(builds, jars))[:: 1 if round_ % 2 == 0 else -1]
    for launcher in launchers:
        for label, arguments in commands:
            for build, jar in order:
                prefix, env = launch(build, jar, launcher)
                start, start_cpu = time.perf_counter(), cpu()
                done = run(prefix, env, arguments)
                elapsed, used = time.perf_counter() - start, cpu() - start_cpu
                if done.returncode != 0:
                    sys.exit(f"{build} {launcher} {label}: exit {done.returncode}: {done.stderr.decode()}")
                times.setdefault((launcher, build, label), []).append(elapsed)
                cpus.setdefault((launcher, build, label), []).append(used)
for key in times:
    times[key] = times[key][1:]
    cpus[key] = cpus[key][1:]

print(f"\n{runs} runs each, interleaved; seconds from process start to exit\n")
print("| launcher | command | build | median s | min s | max s | median / `--version` | CPU s (user+sys), median |")
print("|---|---|---|---|---|---|---|---|")
for launcher in launchers:
    for label, _ in commands:
        for build in builds:
            t = times[(launcher, build, label)]
            version = statistics.median(times[(launcher, build, "--version")])
            print(f"| {launcher} | {label} | {build} | {statistics.median(t):.2f} | {min(t):.2f} | {max(t):.2f} "
                  f"| {statistics.median(t) / version:.2f} | {statistics.median(cpus[(launcher, build, label)]):.2f} |")

if len(builds) == 2:
    print("\nafter / before, round by round (the same round's runs, side by side)\n")
    print("| launcher | command | wall: median | min | max | CPU: median | min | max |")
    print("|---|---|---|---|---|---|---|---|")
    for launcher in launchers:
        for label, _ in commands:
            walls = [a / b for a, b in zip(times[(launcher, "after", label)], times[(launcher, "before", label)])]
            used = [a / b for a, b in zip(cpus[(launcher, "after", label)], cpus[(launcher, "before", label)])]
            print(f"| {launcher} | {label} | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} "
                  f"| {statistics.median(used):.2f} | {min(used):.2f} | {max(used):.2f} |")
    card = commands[1]
    ratio = statistics.median(times[("java -jar", "after", card[0])]) / statistics.median(
        times[("java -jar", "before", card[0])])
    print(f"\n`java -jar` card ID, after median / before median: {ratio:.2f} (target: at most 0.50)")
    outputs = []
    for build, jar in zip(builds, jars):
        prefix, env = launch(build, jar, "java -jar")
        done = run(prefix, env, card[1])
        outputs.append((done.returncode, done.stdout, done.stderr))
    print("before and after print the same (stdout, stderr, exit status) for card ID: "
          + ("yes" if outputs[0] == outputs[1] else "NO"))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
