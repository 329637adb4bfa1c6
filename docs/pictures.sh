#!/usr/bin/env bash
# Makes every picture in docs/ again from the current build, in one go (docs/pictures.md says
# which test takes which picture). The screens are the real views, headless (TestFX with Monocle,
# as in the tests), so no display is needed: the UI tests that take pictures run with
# -Dscreenshots.dir pointing at a folder of their own, and each PNG they write replaces the one of
# the same name in docs/. The one picture of the installed package (installed.png) is taken only
# where the package is installed (/opt/bistro92) and Xvfb is there; elsewhere the old one stays.
# Any extra arguments go to Maven (for example -o to build offline).
# Usage: docs/pictures.sh [maven args...]
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests that take pictures (each also checks what it pictures); api-docs.png, trust-setup.png
# and trust-setup-phone.png are taken by Chromium from a running suite, below:
TESTS=(
  KitchenScreenshotTest # kitchen-dark, kitchen-light, kitchen-station, expo, allergy-ticket
  PrintersTest          # printed-ticket, printed-receipt (the fake printer's slips, drawn)
  SettingsScreenTest    # settings-printers, printer-form
  MenuEditorViewTest    # menu-allergens
  ManagerOverrideTest   # manager-override, table-orders
  BillPanelTest         # bill, bill-split
  RefundPanelTest       # bill-refund
  ReadyBoardViewTest    # ready-board
  DisplaysPanelTest     # tablet-setup
  ZReportViewTest       # z-report
  DocsPictures          # first-pin, sign-in, app-window, dashboard, tables, pairing, pairing-paused,
                        # menu-editor, history, staff, settings (the whole suite, walked through)
  ScreensFitTest        # dashboard-1280x720, dashboard-1920x1080, and Reports, History, Tables & Pads,
                        # Kitchen at 1280x720: the sizes at which every figure must show whole
  PadViewTest           # pad (pad-emulator)
  WebPadWalkThroughTest # web-pad-menu, web-pad-cart, web-pad-status, web-pad-phone (Chromium)
  WebPadKeysTest        # web-pad-keys (Chromium at 480x320)
  WebPadOpeningTest     # web-pad-opening, open-table-phone (Chromium)
  WebPadAllergensTest   # web-pad-allergies, web-pad-allergens (Chromium)
  WebPadWaitTest        # pad-wait-time (Chromium)
)

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
started=$SECONDS

say() { printf '== %s\n' "$*"; }

say "taking the pictures (${#TESTS[@]} test classes; about 5 minutes on two cores, most of it the build and the demo history)"
list=$(IFS=,; echo "${TESTS[*]}")
# A generous set-up time for TestFX: on a busy machine a test's start (a server, a database) may
# outlast the default, and a picture is worth the wait. A failing test still lets the other tests
# take their pictures (maven.test.failure.ignore); the command then fails, naming what was not made.
# on H2 alone: the PostgreSQL execution would take every picture twice (and some screens are H2's only)
./mvnw -q "$@" -pl app,pad-emulator -am test -Dtest="$list" -Dsurefire.failIfNoSpecifiedTests=false -Dpostgres.skip \
  -Dmaven.test.failure.ignore=true -Dscreenshots.dir="$OUT" -Dtestfx.setup.timeout=300000

# The installed package's window, as a person sees it on a first start: only where it is installed.
installed_picture() {
  local launcher=/opt/bistro92/bin/Bistro92 data pid
  if [ ! -x "$launcher" ] || ! command -v xvfb-run > /dev/null || ! command -v import > /dev/null \
      || ! command -v xdotool > /dev/null; then
    echo "installed.png: kept as it was (needs the package installed in /opt/bistro92, and xvfb xdotool imagemagick)"
    return 0
  fi
  data=$(mktemp -d)
  # The first start shows the manager's first PIN in a dialog titled "Welcome to Bistro92".
  xvfb-run -a -s "-screen 0 1500x950x24" bash -c '
    "$1" --data "$2" --port 0 --tls-port 0 --no-warm-up > "$2/app.log" 2>&1 &
    app=$!
    if timeout 90 xdotool search --sync --name "Welcome to Bistro92" > /dev/null; then
      timeout 10 xdotool search --sync --onlyvisible --name "Welcome to Bistro92" > /dev/null || true
      import -window root "$3/installed.png"
    fi
    kill -TERM "$app"; wait "$app" || true' _ "$launcher" "$data" "$OUT"
  rm -rf "$data"
  [ -s "$OUT/installed.png" ] || echo "installed.png: the installed suite showed no first-PIN dialog within 90 s; kept as it was"
}
installed_picture

# The suite's own web pages on a running suite, as a browser draws them, where Chromium is: the
# API's page (/docs, Swagger UI) at a laptop's size, and the page that sets up a tablet (/trust) at
# a phone's and a tablet's.
api_docs_picture() {
  local data port=18093 pid browser
  if ! command -v chromium > /dev/null || ! command -v curl > /dev/null; then
    echo "api-docs.png: kept as it was (needs chromium and curl)"
    return 0
  fi
  data=$(mktemp -d)
  browser=$(mktemp -d)
  ./mvnw -q "$@" -pl app -am compile exec:exec \
    -Dargs="--headless --port $port --tls-port 0 --data $data --no-warm-up" > "$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 180); do
    curl -sf "http://127.0.0.1:$port/" > /dev/null && break
    sleep 1
  done
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$browser" --hide-scrollbars \
    --virtual-time-budget=5000 --window-size=1280,800 --screenshot="$OUT/api-docs.png" \
    "http://127.0.0.1:$port/docs" > /dev/null 2>&1 || true
  local size name
  for size in 390,844:trust-setup-phone 1280,800:trust-setup; do
    name=${size#*:}
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$browser" --hide-scrollbars \
      --virtual-time-budget=2000 --window-size="${size%%:*}" --screenshot="$OUT/$name.png" \
      "http://127.0.0.1:$port/trust" > /dev/null 2>&1 || true
  done
  kill -TERM "$pid" 2> /dev/null || true
  # Maven's exec:exec runs the suite as a process of its own, which outlives the Maven it was started by
  pkill -TERM -f -- "--data $data " 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  rm -rf "$data" "$browser"
  [ -s "$OUT/api-docs.png" ] || echo "api-docs.png: the suite's /docs did not come up; kept as it was"
}
api_docs_picture "$@"

made=0
for picture in "$OUT"/*.png; do
  [ -e "$picture" ] || continue
  cp "$picture" docs/
  made=$((made + 1))
done
say "$made pictures made again in docs/ in $((SECONDS - started)) s"
status=0
for picture in docs/*.png; do
  [ ! -e "$OUT/$(basename "$picture")" ] || continue
  echo "not made again: $picture" >&2
  [ "$(basename "$picture")" = installed.png ] || status=1
done
[ "$status" = 0 ] || echo "pictures.sh: a picture-taking test failed (see its output above), or a picture in docs/ has no test that takes it" >&2
exit "$status"
