#!/usr/bin/env bash
# JMH benchmarks of the domain and the document reader. One command:
#   benchmarks/domain.sh [JMH options, e.g. RuleEvaluation -p steps=100]
# Prints JMH's table; the JSON result goes to benchmarks/harness/target/jmh-domain.json.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f benchmarks/harness/target/limber-benchmarks.jar ] || mvn -B -q -DskipTests package -pl benchmarks/harness -am
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
java -jar benchmarks/harness/target/limber-benchmarks.jar -rf json -rff benchmarks/harness/target/jmh-domain.json "$@"
