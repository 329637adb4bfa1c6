#!/usr/bin/env bash
# The guide's quick tour of the running programs, in one place: docs/guide.md ("Try it all in one
# go") shows the commands between the "DOC" marks below exactly as they are written here, and this
# script first checks that it does. Then it runs them as a new user would, from a fresh clone: the app headless
# on free ports with a throwaway data folder, a short rush against it, every pad-emulator command's
# --help, and the trainer for a few seconds; then it stops the app. It fails if any step fails.
# CI runs it after the tests (.ci/run); it takes about three minutes on two cores, mostly builds.
# COMMANDS_STEPS names the steps to run after the app answers (all three by default, as a new user
# runs the tour); CI names only short_rush, as the tests already run the others (see .ci/run).
set -euo pipefail
set -m # each background step gets a process group of its own, so that it can be stopped whole
cd "$(dirname "$0")/.."

# >>> DOC: the commands docs/guide.md shows; keep each ./mvnw line identical there
start_app() {
  ./mvnw -q -pl app -am compile exec:exec -Dargs="--headless --data $DATA --port $PORT --tls-port $TLS_PORT" &
}
short_rush() {
  ./mvnw -q -pl pad-emulator -am compile exec:exec@pad -Dargs="rush --server http://127.0.0.1:$PORT fanout --listeners 1 --rate 20 --seconds 5"
}
every_help() {
  ./mvnw -q -pl pad-emulator -am compile exec:exec@pad -Dargs="--help"
  ./mvnw -q -pl pad-emulator -am compile exec:exec@pad -Dargs="pad --help"
  ./mvnw -q -pl pad-emulator -am compile exec:exec@pad -Dargs="rush --help"
  ./mvnw -q -pl pad-emulator -am compile exec:exec@pad -Dargs="trainer --help"
}
short_trainer() {
  ./mvnw -q -pl pad-emulator -am compile exec:exec@pad -Dargs="trainer --server http://127.0.0.1:$PORT --per-minute 60 --seconds 10 --tables 4"
}
# <<< DOC

APP_WAIT=120   # seconds for the app to build, start and answer GET /
STEP_WAIT=150  # seconds for any other step, build included

say() { printf '== %s\n' "$*"; }
fail() { printf 'commands.sh: %s\n' "$*" >&2; exit 1; }

SHOWN_IN=docs/guide.md # where the commands are shown to the reader

doc_matches() {
  local line missing=0
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line% &}"
    if ! grep -Fq -- "$line" "$SHOWN_IN"; then
      printf 'commands.sh: %s does not show: %s\n' "$SHOWN_IN" "$line" >&2
      missing=1
    fi
  done < <(sed -n '/^# >>> DOC/,/^# <<< DOC/p' "$0" | grep -E '^[[:space:]]*\./mvnw ')
  return "$missing"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# Runs a step's function in a process group of its own and stops that group if it overruns.
bounded() {
  local seconds=$1 step=$2 pid watchdog status=0
  "$step" &
  pid=$!
  ( sleep "$seconds"; echo "commands.sh: $step took more than $seconds s" >&2; kill -TERM -- "-$pid" 2>/dev/null ) &
  watchdog=$!
  wait "$pid" || status=$?
  kill -- "-$watchdog" 2>/dev/null || true
  wait "$watchdog" 2>/dev/null || true
  return "$status"
}

# GET / answers 200: with curl, or with bash alone where there is no curl.
answers() {
  if command -v curl > /dev/null; then
    curl -fsS --max-time 2 "http://127.0.0.1:$PORT/" > /dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
      && timeout 2 head -n 1 <&3 | grep -q ' 200') 2>/dev/null
  fi
}

stop_app() {
  [ -n "${APP_PID:-}" ] || return 0
  kill -TERM -- "-$APP_PID" 2>/dev/null || return 0
  for _ in $(seq 1 30); do
    kill -0 -- "-$APP_PID" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL -- "-$APP_PID" 2>/dev/null || true
}

cleanup() {
  local status=$?
  stop_app
  if [ "$status" -ne 0 ] && [ -n "${STEP:-}" ]; then
    echo "commands.sh: $STEP failed (exit status $status)" >&2
  fi
  if [ "$status" -ne 0 ] && [ -s "${WORK:-/nonexistent}/app.log" ]; then
    echo "--- the app's last output:" >&2
    tail -n 40 "$WORK/app.log" >&2
  fi
  rm -rf "${WORK:-}"
  exit "$status"
}

doc_matches || fail "$SHOWN_IN and this script show different commands"

STEPS=${COMMANDS_STEPS:-short_rush every_help short_trainer}
for STEP in $STEPS; do
  case "$STEP" in
    short_rush | every_help | short_trainer) ;;
    *) fail "COMMANDS_STEPS: no step $STEP (the steps are short_rush, every_help and short_trainer)" ;;
  esac
done
STEP=""

WORK=$(mktemp -d)
trap cleanup EXIT
trap 'exit 130' INT TERM
DATA="$WORK/data"
mkdir -p "$DATA"
PORT=$(free_port) || fail "no free port found"
TLS_PORT=$(free_port) || fail "no free port found"
[ "$PORT" != "$TLS_PORT" ] || TLS_PORT=$(free_port)

started=$SECONDS
say "the app, headless on port $PORT (data in $DATA)"
start_app > "$WORK/app.log" 2>&1
APP_PID=$!
until answers; do
  kill -0 "$APP_PID" 2>/dev/null || fail "the app stopped before it answered GET /"
  [ $((SECONDS - started)) -lt "$APP_WAIT" ] || fail "the app did not answer GET / within $APP_WAIT s"
  sleep 1
done
say "the app answers GET / after $((SECONDS - started)) s"

# Called plainly, not under "||" or "if", so that set -e also stops a step at its first failing command.
for STEP in $STEPS; do
  say "$STEP"
  bounded "$STEP_WAIT" "$STEP"
done
STEP=""

stop_app
say "every command worked, in $((SECONDS - started)) s"
