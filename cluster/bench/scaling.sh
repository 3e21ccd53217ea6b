#!/usr/bin/env bash
# The province scaling benchmark (docs/cluster.md): one generated province of 24 units (a capital,
# 6 prefecture cities, 17 county towns; `outpost generate-province --counties 17`), the
# optimised set-up's days dispatched by DISPATCH on every unit, run on this machine as
#   outpost province --threads 1 against outpost-spark province --master local[1], both pinned to
#     CPU 0 (taskset -c 0), and
#   outpost province --threads 2 against outpost-spark province --master local[2], both pinned to
#     CPUs 0,1 (taskset -c 0,1),
# in ROUNDS rounds (default 3) whose order alternates (odd rounds the local engine first in each pair,
# even rounds Spark first), then once
#   outpost-spark province on a standalone cluster: a master and two workers of one core each,
#   separate JVMs from outpost-spark.jar's classpath, bound to 127.0.0.1 (unpinned; CLUSTER=0 skips it).
# Prints one table row per run: wall time (process start to exit, JVM and Spark start included), CPU
# time (user + system of the command and, for the cluster, of the master, workers and executors),
# tasks/s over the wall time, Spark's start, the units the driver stationed meanwhile and the stage
# times; then every round's overhead (Spark's wall / the local engine's on the same cores - 1) and the
# medians. Checks that every run wrote the same four files byte for byte.
# Pinned to one CPU, a JVM sees one processor: both engines then run the serial collector and the same
# JIT threads (the JVM's own choice for one CPU, the same for both); JAVA_OPTS (e.g. -Xmx2g or
# -XX:StartFlightRecording=...) is given to every java command of both engines alike.
# Usage: ./mvnw -o -q -DskipTests package && bash cluster/bench/scaling.sh [REPLICATIONS] [WORKDIR] [DISPATCH] [ROUNDS]
# DISPATCH (default cheapest-insertion) is the optimised set-up's dispatch policy on every unit:
# reoptimise makes each simulated day cost seconds instead of milliseconds.
# Environment: PIN=0 runs unpinned; JARS=DIR takes outpost.jar and outpost-spark.jar from DIR instead
# of the build's target folders (to measure another build); CLUSTER=0 skips the standalone cluster;
# PAIRS=1 (or 2) runs only that pair of engines (default both: "1 2").
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jars=${JARS:-}
if [ -n "$jars" ]; then
  outpost="$jars/outpost.jar"; spark="$jars/outpost-spark.jar"
else
  outpost="$root/simulator/target/outpost.jar"; spark="$root/cluster/target/outpost-spark.jar"
fi
replications=${1:-20}
work=${2:-$(mktemp -d)}
dispatch=${3:-cheapest-insertion}
rounds=${4:-3}
pin=${PIN:-1}
# shellcheck disable=SC2206
jvm=(${JAVA_OPTS:-})
options=(--replications "$replications" --pilot 4 --steps 500 --refine 2 --seed 1 --no-progress --dispatch "$dispatch")
for jar in "$outpost" "$spark"; do
  [ -f "$jar" ] || { echo "missing $jar: run ./mvnw -o -q -DskipTests package first" >&2; exit 2; }
done
mkdir -p "$work"

# Copies of the jars, so a rebuild meanwhile does not change what is measured.
cp "$outpost" "$work/outpost.jar"; cp "$spark" "$work/outpost-spark.jar"
outpost="$work/outpost.jar"; spark="$work/outpost-spark.jar"
java -jar "$outpost" generate-province --counties 17 --seed 1 --out "$work/province" >/dev/null
province="$work/province/province.json"
units=$(grep -c '"scenario"' "$province")
tasks=$((units + units * 2 * replications))
echo "province: $units units, $replications days per set-up, dispatch $dispatch, $tasks tasks; $(nproc) cores;" \
  "$rounds rounds; pinned: $([ "$pin" = 1 ] && echo 'yes (1 thread and local[1] on CPU 0, 2 threads and local[2] on CPUs 0,1)' || echo no);" \
  "JAVA_OPTS: ${JAVA_OPTS:-none}; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| round | run | wall (s) | CPU (s) | tasks/s | Spark start (s) | units stationed on the driver meanwhile | stage 1 (s) | stage 2 (s) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"

# CPU seconds (user + system, children reaped included) of the given processes, from /proc.
cpu_of() {
  local total=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    total=$(( total + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{print $12 + $13 + $14 + $15}') ))
  done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

cluster_pids=()
reference=""
walls="$work/walls.tsv"   # round, key, wall
: >"$walls"
run() {  # run ROUND KEY NAME OUTDIR COMMAND...
  local round=$1 key=$2 name=$3 out=$4; shift 4
  local before after
  mkdir -p "$(dirname "$out")"
  before=$(cpu_of "${cluster_pids[@]}")
  TIMEFORMAT='%R %U %S'
  if ! { time "$@" --out "$out" "${options[@]}" >"$out.log" 2>&1; } 2>"$out.time"; then
    echo "$name failed:"; cat "$out.log"; exit 1
  fi
  after=$(cpu_of "${cluster_pids[@]}")
  local stages
  stages=$(grep -o 'started in [0-9.]* s, [0-9]* stationings on the driver meanwhile; stage 1 [0-9.]* s, stage 2 [0-9.]* s' \
    "$out.log" | awk '{print $3 " | " $5 " | " $13 " | " $17}' || true)
  [ -n "$stages" ] || stages=" | | | "
  awk -v r="$round" -v n="$name" -v t="$tasks" -v st="$stages" -v b="$before" -v a="$after" '
    { printf "| %s | %s | %.1f | %.1f | %.2f | %s |\n", r, n, $1, $2 + $3 + a - b, t / $1, st }' "$out.time"
  awk -v r="$round" -v k="$key" '{ printf "%s\t%s\t%.2f\n", r, k, $1 }' "$out.time" >>"$walls"
  if [ -z "$reference" ]; then
    reference=$out
  else
    for f in units.csv centres.csv province.json province.html; do
      cmp -s "$reference/$f" "$out/$f" || { echo "$name: $f differs from $reference's" >&2; exit 1; }
    done
  fi
}

one=(); two=()
if [ "$pin" = 1 ]; then one=(taskset -c 0); two=(taskset -c 0,1); fi
local_run() {  # local_run ROUND THREADS
  local cpus=("${one[@]}"); [ "$2" = 2 ] && cpus=("${two[@]}")
  run "$1" "local-$2" "local engine, $2 thread$([ "$2" = 2 ] && echo s)" "$work/r$1/local-$2" \
    "${cpus[@]}" java "${jvm[@]}" -jar "$outpost" province "$province" --threads "$2"
}
spark_run() {  # spark_run ROUND CORES
  local cpus=("${one[@]}"); [ "$2" = 2 ] && cpus=("${two[@]}")
  run "$1" "spark-$2" "Spark local[$2]" "$work/r$1/spark-$2" \
    "${cpus[@]}" java "${jvm[@]}" -jar "$spark" province "$province" --master "local[$2]"
}
pairs=${PAIRS:-1 2}
for r in $(seq 1 "$rounds"); do
  for n in $pairs; do
    if [ $((r % 2)) = 1 ]; then local_run "$r" "$n"; spark_run "$r" "$n"; else spark_run "$r" "$n"; local_run "$r" "$n"; fi
  done
done
echo
echo "| pair | overhead by round | median wall: local engine, Spark (s) | overhead of the medians |"
echo "|---|---|---|---:|"
for n in $pairs; do
  awk -F'\t' -v n="$n" '
    function median(a, c,   i, j, t) {
      for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
    }
    $2 == "local-" n { l[$1] = $3; lw[++lc] = $3 }
    $2 == "spark-" n { s[$1] = $3; sw[++sc] = $3 }
    END {
      by = ""
      for (r = 1; r <= lc; r++) by = by sprintf("%s%+.0f%%", r > 1 ? ", " : "", (s[r] / l[r] - 1) * 100)
      ml = median(lw, lc); ms = median(sw, sc)
      printf "| %s thread%s against local[%s] | %s | %.1f, %.1f | %+.0f%% |\n", n, n == 2 ? "s" : "", n, by, ml, ms, (ms / ml - 1) * 100
    }' "$walls"
done
[ "${CLUSTER:-1}" = 1 ] || { echo; echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); files in $work"; exit 0; }
echo

# The standalone cluster: a temporary SPARK_HOME whose jars/ holds outpost-spark.jar.
home="$work/spark-home"
mkdir -p "$home/jars" "$home/work-0" "$home/work-1"
cp "$spark" "$home/jars/"
opens=$(unzip -p "$spark" META-INF/MANIFEST.MF | tr -d '\r' | awk '
  /^Add-Opens:/ { f = 1; sub(/^Add-Opens: /, ""); printf "%s", $0; next }
  f && /^ / { sub(/^ /, ""); printf "%s", $0; next } { f = 0 }' | tr ' ' '\n' | sed 's/.*/--add-opens=&=ALL-UNNAMED/')
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
mport=$(free_port); uiport=$(free_port)
stop() { for p in "${cluster_pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
# shellcheck disable=SC2086
java -Xmx512m $opens -cp "$home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$mport" \
  --webui-port "$uiport" >"$home/master.log" 2>&1 &
cluster_pids+=($!)
for w in 0 1; do
  # shellcheck disable=SC2086
  java -Xmx512m $opens -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
    --port "$(free_port)" --webui-port "$(free_port)" --cores 1 --memory 1g --work-dir "$home/work-$w" \
    "spark://127.0.0.1:$mport" >"$home/worker-$w.log" 2>&1 &
  cluster_pids+=($!)
done
for _ in $(seq 1 450); do   # at most 90 s for both workers to register
  if curl -s "http://127.0.0.1:$uiport/json/" 2>/dev/null | grep -q '"aliveworkers" *: *2'; then break; fi
  sleep 0.2
done
curl -s "http://127.0.0.1:$uiport/json/" | grep -q '"aliveworkers" *: *2' || { echo "workers not registered" >&2; exit 1; }
run - cluster "standalone, 2 workers x 1 core" "$work/cluster" java "${jvm[@]}" -jar "$spark" province "$province" \
  --master "spark://127.0.0.1:$mport" --conf spark.executor.memory=700m
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); files in $work"
