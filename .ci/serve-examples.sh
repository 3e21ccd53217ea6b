#!/usr/bin/env bash
# Drives the built service (server/target/outpost-server.jar) as a dispatch system in another
# language would: examples/serve/curl.sh and examples/serve/client.py (Python 3, standard library).
# Needs curl and python3: installs the Debian packages with apt-get when missing (as report-check.sh
# does for Chromium), and fails clearly when they cannot be had. Usage: bash .ci/serve-examples.sh
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "serve-examples: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for tool in curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "serve-examples: $tool is missing; install it (apt-get install -y $tool)" >&2; exit 1; }
done
jar=server/target/outpost-server.jar
[ -f "$jar" ] || { echo "serve-examples: $jar is missing; build it first (./mvnw -B package)" >&2; exit 1; }

work=$(mktemp -d)
java -jar "$jar" serve --port 0 --journal "$work/journal" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=
for _ in $(seq 1 240); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/server.log")
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "serve-examples: the server did not start" >&2; exit 1; }
  sleep 0.5
done
[ -n "$port" ] || { cat "$work/server.log"; echo "serve-examples: no port after 120 s" >&2; exit 1; }
base="http://127.0.0.1:$port"
bash examples/serve/curl.sh "$base"
python3 examples/serve/client.py "$base"
lines=$(cat "$work"/journal/journal-*.jsonl | wc -l)
echo "serve-examples: ok (journal: $lines lines)"
