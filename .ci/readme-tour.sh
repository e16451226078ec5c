#!/usr/bin/env bash
# The README on a fresh machine, by hand (not part of .ci/run: it downloads every dependency and
# takes minutes): a clean clone of this checkout's HEAD, run as a user whose home is an empty
# folder (so ~/.m2 and ~/.limber are empty), then the README's set-up command and its tour,
# verbatim. The dataset's download is replaced by the shared snapshot when GitHub is out of reach.
#   .ci/readme-tour.sh            # needs port 8080 free
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
mkdir -p "$work/home"
git clone -q "$repo" "$work/limber"
cd "$work/limber"
# Java takes user.home from the account, not from HOME: both are pointed at the empty folder.
export HOME="$work/home" JAVA_TOOL_OPTIONS="-Duser.home=$work/home"
start=$(date +%s)
bash -c 'mvn -q -DskipTests package && java -jar api/target/limber-api.jar' >"$work/service.log" 2>&1 &
for _ in $(seq 1 900); do curl -s -o /dev/null localhost:8080/api/v1/ping && break; sleep 1; done
echo "== set-up command: the service answers after $(( $(date +%s) - start )) s"
set -x
curl -s localhost:8080/api/v1/exercises/leg-swings; echo
curl -s -H 'Accept: text/plain' localhost:8080/api/v1/programs/quick-leg-day-warm-up/card
curl -s localhost:8080/api/v1/programs/pain-free-leg-day/findings; echo
curl -si localhost:8080/api/v1/exercises/no-such-id; echo
cat > /tmp/hip-airplane.yaml <<'YAML'
limber: 1
exercises:
  - id: hip-airplane
    name: Hip Airplane
    kind: mobility
    laterality: per-side
    primary: [glutes, hips]
    cues: ["Hinge on one leg and rotate the pelvis open and closed"]
YAML
java -jar cli/target/limber-cli.jar import /tmp/hip-airplane.yaml
curl -s localhost:8080/api/v1/exercises/hip-airplane; echo
java -jar cli/target/limber-cli.jar card quick-leg-day-warm-up
java -jar cli/target/limber-cli.jar --help
curl -fsSL -o /tmp/free-exercise-db.json \
  https://raw.githubusercontent.com/yuhonas/free-exercise-db/177d8d5499d42bee540ba762041d0ebe7f427626/dist/exercises.json \
  || cp "$repo/../shared/datasets/free-exercise-db/exercises.json" /tmp/free-exercise-db.json
java -jar cli/target/limber-cli.jar import --format free-exercise-db /tmp/free-exercise-db.json
# "open http://localhost:8080/ in a browser": the redirect, the page and its script are served.
curl -si localhost:8080/ | head -n 2
curl -sL localhost:8080/ | grep -o '<title>.*</title>'
curl -s -o /dev/null -w '%{http_code} %{content_type}\n' localhost:8080/web/js/app.js
set +x
pkill -f "$work/limber/api/target/limber-api.jar" || kill %1
wait
rm -rf "$work"
