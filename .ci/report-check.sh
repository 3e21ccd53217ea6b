#!/usr/bin/env bash
# Opens a report.html written by `outpost demo` (or simulate/compare) in headless Chromium, fails on
# any console message (the report has no script, so any message is an error: a blocked load under its
# Content-Security-Policy, a parse problem), and saves a screenshot.
#
#   .ci/report-check.sh REPORT_HTML SCREENSHOT_PNG [WIDTHxHEIGHT] [SCALE]
#
# Installs the Debian packages chromium and chromium-driver with apt-get when chromium is missing.
# A self-test first checks that a page which logs a console error is caught, so a Chromium whose
# logging changed cannot pass the check silently.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT_HTML SCREENSHOT_PNG [WIDTHxHEIGHT] [SCALE]" >&2
  exit 2
fi
report=$1
shot=$2
size=${3:-1280x2000}
scale=${4:-1}
if [ ! -f "$report" ]; then
  echo "The report ($report) does not exist; run outpost demo first." >&2
  exit 1
fi

if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs chromium on file $1, screenshot to $2; chromium's log goes to $3.
open_page() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --hide-scrollbars --window-size="${size/x/,}" \
    --force-device-scale-factor="$scale" --screenshot="$2" "file://$(realpath "$1")" >/dev/null 2>"$3" || {
      echo "Chromium failed on $1 (exit $?); its log:" >&2
      tail -20 "$3" >&2
      return 1
    }
}

# Self-test: a console error must be seen.
cat >"$work/bad.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>self-test</title></head>
<body><p>self-test</p><script>console.error("report-check self-test error");</script></body></html>
EOF
open_page "$work/bad.html" "$work/bad.png" "$work/bad.log"
if ! grep -q ':CONSOLE.*report-check self-test error' "$work/bad.log"; then
  echo "Self-test failed: Chromium's log does not show a page's console error; the check cannot be trusted." >&2
  exit 1
fi

# The report must not refer to anything outside itself.
if grep -Eiq 'https?:|src=|href=|@import|url\(' "$report"; then
  echo "The report ($report) refers to something outside itself:" >&2
  grep -Eio '.{0,40}(https?:|src=|href=|@import|url\().{0,40}' "$report" | head -5 >&2
  exit 1
fi

open_page "$report" "$shot" "$work/report.log"
if grep -q ':CONSOLE' "$work/report.log"; then
  echo "The report ($report) logged console messages in Chromium:" >&2
  grep ':CONSOLE' "$work/report.log" >&2
  exit 1
fi
if [ ! -s "$shot" ]; then
  echo "Chromium wrote no screenshot ($shot)." >&2
  exit 1
fi
echo "report-check: $report opened in $(chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*'), no console" \
  "messages; screenshot $shot ($(wc -c <"$shot") bytes)."
