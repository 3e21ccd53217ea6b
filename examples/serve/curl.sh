#!/usr/bin/env bash
# Drives `outpost serve` with curl: post events, read the plan, a pickup, health, metrics.
# Usage: bash curl.sh [BASE_URL]   (default http://127.0.0.1:8080); exits non-zero on any failure.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}

# One event or an array: the answer has one decision per event.
curl -fsS -X POST "$base/v1/events" -H 'Content-Type: application/json' \
  -d '[{"type":"request","time":"08:00:00","pickup":"curl-1","client":"centre-01"},
       {"type":"request","time":"08:01:00","pickup":"curl-2","location":{"lat":50.66,"lon":17.95}}]'
echo
curl -fsS "$base/v1/pickups/curl-1" | grep -q '"status":"assigned"'
curl -fsS "$base/v1/plan" | grep -q '"valid":true'
curl -fsS "$base/healthz"
echo
curl -fsS "$base/metrics" | grep '^outpost_events_total'
# A bad body is a 400 problem (RFC 9457) naming the field; nothing of it is applied.
code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$base/v1/events" -d '{"type":"clock","time":"25:99:00"}')
[ "$code" = 400 ] || { echo "curl.sh: expected 400 for a bad time, got $code" >&2; exit 1; }
echo "curl.sh: ok"
