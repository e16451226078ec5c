#!/usr/bin/env bash
# Two builds of the JMH harness in one JVM, each in its own class loader, alternated in short
# slices and compared by the benchmark thread's CPU time per operation (for a loaded machine,
# where separate runs see different loads):
#   benchmarks/domain-interleaved.sh CLASSPATH_A CLASSPATH_B rules|warm|warm-moves [SLICE_SECONDS] [ROUNDS]
# rules: all default rules over 100 steps; warm: index a catalog of 10,000 exercises and build a
# warm-up; warm-moves: the same from the list of moves, with no Catalog (what a call through the
# store pays after its read; needs a harness with WarmUpBuilderBenchmark.indexMovesAndBuild).
# A class path is a harness jar, or classes to put ahead of one (dir:jar).
# Prints per round A's and B's microseconds of CPU per operation and B / A, then the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1; b=$2; which=$3; slice=${4:-1.5}; rounds=${5:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" benchmarks/cpu-per-op/Interleaved.java
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
abs() { local out=() part; IFS=: read -ra parts <<< "$1"; for part in "${parts[@]}"; do out+=("$(realpath "$part")"); done; (IFS=:; echo "${out[*]}"); }
java -cp "$work" Interleaved "$which" "$slice" "$rounds" "$(abs "$a")" "$(abs "$b")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
