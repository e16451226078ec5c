#!/usr/bin/env bash
# The CLI's whole-process import costs. One command:
#   benchmarks/cli-import.sh
# 1. free-exercise-db (873 exercises) into the embedded database: `limber import` vs `limber db info`
#    on the same database (hyperfine, medians of 5), plain `java -jar` and the fast-start launcher.
# 2. 20,000 exercises in wger's exerciseinfo shape (WGER_COUNT; made up here, never wger's data; in
#    pages of 1,000 as its API gives them) into the embedded database: `import --format wger` vs `db info`.
# 3. 100,000 synthetic exercises into PostgreSQL through the `limber import` process, beside
#    `psql \copy` of the same rows (needs PostgreSQL on 127.0.0.1:5432, user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
dataset="${DATASET:-$root/../shared/datasets/free-exercise-db/exercises.json}"
cli="$root/cli/target/limber-cli.jar"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
[ -f "$cli" ] && [ -f benchmarks/harness/target/limber-benchmarks.jar ] || mvn -B -q -DskipTests package -pl cli,benchmarks/harness -am
work="$(mktemp -d)"
db="limber_cli_bench_$$"
trap 'rm -rf "$work"; psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
# A pristine embedded database (migrated, built-in catalog loaded), copied afresh before each run.
LIMBER_HOME="$work/pristine" java -jar "$cli" export --exercises -o "$work/seeded.json" >/dev/null
export LIMBER_HOME="$work/run" LIMBER_CACHE="$work/cache"
prepare="rm -rf '$work/run' && cp -r '$work/pristine' '$work/run'"
"$root/bin/limber" --version >/dev/null   # make the fast-start archive once, outside the timing

hyperfine --style basic --warmup 1 --runs 5 --prepare "$prepare" --export-json "$work/free-exercise-db.json" \
  -n "db info (java -jar)" "java -jar '$cli' db info" \
  -n "import free-exercise-db (java -jar)" "java -jar '$cli' import --no-progress --format free-exercise-db '$dataset'" \
  -n "db info (bin/limber)" "'$root/bin/limber' db info" \
  -n "import free-exercise-db (bin/limber)" "'$root/bin/limber' import --no-progress --format free-exercise-db '$dataset'" \
  >/dev/null
python3 - "$work/free-exercise-db.json" <<'PY'
import json, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("| command | median s | min s | max s |")
print("|---|---|---|---|")
for name, r in results.items():
    print(f"| {name} | {statistics.median(r['times']):.2f} | {min(r['times']):.2f} | {max(r['times']):.2f} |")
for launch in ("java -jar", "bin/limber"):
    added = statistics.median(results[f"import free-exercise-db ({launch})"]["times"]) \
        - statistics.median(results[f"db info ({launch})"]["times"])
    print(f"import adds {added:.2f} s to the CLI's own start-up ({launch}, medians)")
PY

echo
mkdir -p "$work/wger"
# Pages of 1,000, as saved with curl '…/api/v2/exerciseinfo/?limit=1000&offset=…' (each under the 16 MiB file limit).
python3 - "$work/wger" "${WGER_COUNT:-20000}" <<'PY'
import json, random, sys
random.seed(7)
categories = ["Abs", "Arms", "Back", "Calves", "Chest", "Legs", "Shoulders", "Cardio"]
muscles = [("Pectoralis major", "Chest"), ("Biceps brachii", "Biceps"), ("Gluteus maximus", "Glutes"),
           ("Quadriceps femoris", "Quads"), ("Biceps femoris", "Hamstrings"), ("Soleus", ""),
           ("Latissimus dorsi", "Lats"), ("Rectus abdominis", "Abs"), ("Trapezius", "")]
equipment = ["Barbell", "Dumbbell", "Bench", "Kettlebell", "none (bodyweight exercise)"]
results = []
for i in range(int(sys.argv[2])):
    side = ["", " Left", " Right"][i % 3] if i % 10 == 0 else ""
    primary = random.sample(muscles, 1)
    results.append({
        "id": 100000 + i, "uuid": f"00000000-0000-0000-0000-{i:012d}",
        "category": {"id": 8, "name": random.choice(categories)},
        "muscles": [{"id": 1, "name": m[0], "name_en": m[1], "is_front": True} for m in primary],
        "muscles_secondary": [{"id": 2, "name": m[0], "name_en": m[1], "is_front": False}
                              for m in random.sample(muscles, 2) if m not in primary],
        "equipment": [{"id": 1, "name": random.choice(equipment)}],
        "license": {"id": 2, "full_name": "Creative Commons Attribution Share Alike 4", "short_name": "CC-BY-SA 4",
                    "url": "https://creativecommons.org/licenses/by-sa/4.0/deed.en"},
        "license_author": f"author {i % 97}",
        "images": [{"id": i, "image": f"https://wger.example/media/{i}.png", "is_main": True}],
        "translations": [
            {"id": 2 * i, "name": f"Übung {i}", "description": "<p>…</p>", "language": 1},
            {"id": 2 * i + 1, "name": f"Exercise {i // 3 if side else i}{side}", "language": 2,
             "description": f"<p>Set up for exercise {i}.</p><ol><li>Move with control.</li><li>Breathe out.</li></ol>",
             "aliases": [{"id": i, "uuid": "x", "alias": f"Alias {i}"}],
             "notes": [{"id": i, "uuid": "y", "translation": 2 * i + 1, "comment": "Keep your back straight"}]}],
        "variation_group": None, "videos": []})
for page in range(0, len(results), 1000):
    json.dump({"count": len(results), "next": None, "previous": None, "results": results[page:page + 1000]},
              open(f"{sys.argv[1]}/page-{page // 1000 + 1:03d}.json", "w"))
PY
hyperfine --style basic --warmup 1 --runs 3 --prepare "$prepare" --export-json "$work/wger-run.json" \
  -n "db info (java -jar)" "java -jar '$cli' db info" \
  -n "import wger ${WGER_COUNT:-20000} (java -jar)" "java -jar '$cli' import --no-progress --format wger '$work'/wger/*.json" \
  >/dev/null
python3 - "$work/wger-run.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median s | min s | max s |")
print("|---|---|---|---|")
for r in results:
    print(f"| {r['command']} | {statistics.median(r['times']):.2f} | {min(r['times']):.2f} | {max(r['times']):.2f} |")
added = statistics.median(results[1]["times"]) - statistics.median(results[0]["times"])
print(f"the wger import adds {added:.2f} s to the CLI's own start-up (java -jar, medians)")
PY

echo
psql -h 127.0.0.1 -U postgres -d test -q -c "CREATE DATABASE $db"
java -Xmx2g -cp benchmarks/harness/target/limber-benchmarks.jar dev.limber.benchmarks.importing.ImportVersusCopy \
  "jdbc:postgresql://127.0.0.1:5432/$db" postgres "${COUNT:-100000}" "${REPEATS:-3}" "$cli" 2>&1 \
  | grep -v "already exists, skipping"
