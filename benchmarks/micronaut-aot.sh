#!/usr/bin/env bash
# Micronaut AOT, the build-time optimizer, measured on Limber's service: builds an optimized copy
# of the api jar and compares its start-up with the jar as built, alternated, in one run of
# benchmarks/startup.sh. One command:
#   benchmarks/micronaut-aot.sh [JAVA_HOME...]      (JDKs as for startup.sh; RUNS as well)
# Steps: resolve micronaut-aot-api, -core and -std-optimizers 2.9.0 (with javapoet) from the
# Maven registry; run the optimizer through its API (micronaut-aot/RunOptimizer.java, by the java
# source launcher) on the api jar; the optimized jar is the api jar plus the generated classes,
# less the resources the optimizer replaced (its logs/resource-filter.txt: application.yml).
# Left out of the build; why, with figures: docs/benchmarks.md, "Micronaut AOT".
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
aot_version=2.9.0
jar="${LIMBER_JAR:-$root/api/target/limber-api.jar}"
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl api -am
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"   # Maven's local repository
classpath="$jar"
for artifact in io.micronaut.aot:micronaut-aot-api:$aot_version io.micronaut.aot:micronaut-aot-core:$aot_version \
    io.micronaut.aot:micronaut-aot-std-optimizers:$aot_version com.squareup:javapoet:1.13.0; do
  IFS=: read -r group name version <<<"$artifact"
  file="$repo/${group//.//}/$name/$version/$name-$version.jar"
  [ -f "$file" ] || mvn -B -q -Dstyle.color=never dependency:get -Dartifact="$artifact" -Dtransitive=false
  classpath+=":$file"
done
out="$root/benchmarks/micronaut-aot/target"
rm -rf "$out"; mkdir -p "$out"
{ cat "$root/benchmarks/micronaut-aot/optimizations.properties"
  echo "package=dev.limber.api.aot"; echo "runtime=jit"; echo "classpath=$jar"; echo "output.directory=$out/generated"
} >"$out/aot.properties"
java -cp "$classpath" "$root/benchmarks/micronaut-aot/RunOptimizer.java" "$out/aot.properties" >"$out/optimizer.log" 2>&1 ||
  { tail -20 "$out/optimizer.log" >&2; exit 1; }
optimized="$out/limber-api-aot.jar"
cp "$jar" "$optimized"
mapfile -t replaced < <(grep . "$out/generated/logs/resource-filter.txt" || true)
for resource in "${replaced[@]}"; do zip -q -d "$optimized" "$resource" >/dev/null 2>&1 || true; done
(cd "$out/generated/classes" && zip -q -r "$optimized" .)
echo "optimized jar: $optimized ($(ls "$out/generated/classes/dev/limber/api/aot" | wc -l) generated classes; replaced: ${replaced[*]:-nothing})" >&2
[ -n "${BUILD_ONLY:-}" ] && exit 0   # BUILD_ONLY=1: make the optimized jar, measure nothing
LIMBER_JAR="$jar" LIMBER_JAR_B="$optimized" exec "$root/benchmarks/startup.sh" "$@"
