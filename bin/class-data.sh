# Shared by bin/limber-service and bin/limber: a class-data archive (JDK 17-24: AppCDS; JDK 25+:
# AOT cache) made on first run for this exact jar and JVM, kept under $LIMBER_HOME/cache and
# made anew whenever the jar changes. Sourced, not run.

java_major() {
  # The JDK's release file answers without starting a JVM (~40 ms saved per launch).
  local release
  release="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/release"
  if [ -r "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
  fi
}

# class_data_flags JAR TRAINER: sets CLASS_DATA_FLAGS to the JVM options that use the archive,
# training it first (by calling the function named TRAINER with the training options) if needed.
class_data_flags() {
  local jar="$1" trainer="$2" major cache stamp base archive
  major="$(java_major)"
  cache="${LIMBER_CACHE:-${LIMBER_HOME:-$HOME/.limber}/cache}"
  mkdir -p "$cache"
  # Size and modification time, which is what the JVM itself checks an archive's jar by (hashing
  # the jar cost ~95 ms per launch, and a touched jar kept an archive the JVM then ignored).
  stamp="$(stat -c '%s-%Y' "$jar")"
  base="$cache/$(basename "$jar" .jar)-$stamp-java$major"
  local -a use train
  if [ "$major" -ge 25 ]; then
    archive="$base.aot"
    use=(-XX:AOTCache="$archive")
    train=(-XX:AOTCacheOutput="$archive")
  else
    archive="$base.jsa"
    use=(-XX:SharedArchiveFile="$archive" -Xshare:auto)
    train=(-XX:ArchiveClassesAtExit="$archive")
  fi
  if [ ! -s "$archive" ]; then
    echo "limber: making a class-data archive for $(basename "$jar") on Java $major (once per build)..." >&2
    rm -f "$cache/$(basename "$jar" .jar)"-*-java"$major".*   # archives of older builds
    "$trainer" "$jar" "${train[@]}" || echo "limber: training failed; starting without an archive" >&2
  fi
  CLASS_DATA_FLAGS=()
  [ -s "$archive" ] && CLASS_DATA_FLAGS=("${use[@]}")
  # Quiet the JVM's notes about classes it could not archive (signed or optional jars).
  CLASS_DATA_FLAGS+=(-Xlog:cds=off -Xlog:cds+dynamic=off)
  if [ "$major" -ge 25 ]; then CLASS_DATA_FLAGS+=(-Xlog:aot=off); fi
}
