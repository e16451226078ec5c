#!/usr/bin/env bash
# Two builds of the JMH harness side by side, by process CPU time per operation (GC and JIT
# threads included) rather than wall time, alternating A, B, A, B:
#   benchmarks/domain-cpu-ab.sh JAR_A JAR_B ROUNDS rules|warm|doc SECONDS SAMPLES [JVM options]
# rules: all default rules over 100 steps; warm: index 10,000 exercises and build a warm-up;
# doc: read a 100,000-exercise JSON document (give it -Xmx2g, as the JMH fork has).
# Prints per run: the CPU and wall microseconds per operation of each sample.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$(realpath "$1"); b=$(realpath "$2"); rounds=$3; which=$4; seconds=$5; samples=$6; shift 6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -cp "$a" -d "$work/a" benchmarks/cpu-per-op/CpuPerOp.java
javac -cp "$b" -d "$work/b" benchmarks/cpu-per-op/CpuPerOp.java
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  echo "A $round $(java "$@" -cp "$work/a:$a" CpuPerOp "$which" "$seconds" "$samples")"
  echo "B $round $(java "$@" -cp "$work/b:$b" CpuPerOp "$which" "$seconds" "$samples")"
done
