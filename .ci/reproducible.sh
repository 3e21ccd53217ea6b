#!/usr/bin/env bash
# Reproducible-build check: builds the project twice from clean (`-DskipTests package`) and
# compares the sha256 of every jar under */target; exits 1 and names the jars that differ.
# Offline when ~/.m2 already holds everything (as after `./mvnw -B verify`), online otherwise.
# Usage: bash .ci/reproducible.sh   (about two package builds; run it from any folder)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
  if ! ./mvnw -B -q -o -DskipTests clean package >"$work/build.log" 2>&1; then
    echo "reproducible: offline build failed, retrying online"
    ./mvnw -B -q -DskipTests clean package >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  fi
  find . -path ./.git -prune -o -path '*/target/*.jar' -type f -print | LC_ALL=C sort | xargs sha256sum
}

build >"$work/first.sha256"
mkdir "$work/first"
find . -path ./.git -prune -o -path '*/target/*.jar' -type f -print | while read -r jar; do
  mkdir -p "$work/first/$(dirname "$jar")" && cp "$jar" "$work/first/$jar"
done
sleep 2   # let the clock move so a build-time leak cannot hide
build >"$work/second.sha256"

cat "$work/second.sha256"
if diff -u "$work/first.sha256" "$work/second.sha256"; then
  echo "reproducible: $(wc -l <"$work/second.sha256") jars byte-identical across two builds"
else
  echo "reproducible: FAILED, jars differ between two builds of the same tree:"
  diff "$work/first.sha256" "$work/second.sha256" | awk '/^>/ {print "  " $3}' | while read -r jar; do
    echo "  $jar: entries that differ:"
    diff <(unzip -Z -l "$work/first/$jar" | sort) <(unzip -Z -l "$jar" | sort) | head -10 || true
  done
  exit 1
fi
