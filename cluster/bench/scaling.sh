#!/usr/bin/env bash
# The province scaling benchmark (docs/cluster.md): one generated province of 24 units (a capital,
# 6 prefecture cities, 17 county towns; `outpost generate-province --counties 17`), the
# optimised set-up's days dispatched by DISPATCH on every unit, run five ways on this machine:
#   outpost province --threads 1 and --threads 2 (the local engine),
#   outpost-spark province --master local[1] and local[2],
#   outpost-spark province on a standalone cluster: a master and two workers of one core each,
#   separate JVMs from outpost-spark.jar's classpath, bound to 127.0.0.1.
# Prints one table row per run: wall time (process start to exit, JVM and Spark start included), CPU
# time (user + system of the command and, for the cluster, of the master, workers and executors),
# tasks/s over the wall time, Spark's start, the units the driver stationed meanwhile and the stage times; checks that every run wrote the
# same four files byte for byte.
# Usage: ./mvnw -o -q -DskipTests package && bash cluster/bench/scaling.sh [REPLICATIONS] [WORKDIR] [DISPATCH]
# DISPATCH (default cheapest-insertion) is the optimised set-up's dispatch policy on every unit:
# reoptimise makes each simulated day cost seconds instead of milliseconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
outpost="$root/simulator/target/outpost.jar"
spark="$root/cluster/target/outpost-spark.jar"
replications=${1:-20}
work=${2:-$(mktemp -d)}
dispatch=${3:-cheapest-insertion}
options=(--replications "$replications" --pilot 4 --steps 500 --refine 2 --seed 1 --no-progress --dispatch "$dispatch")
for jar in "$outpost" "$spark"; do
  [ -f "$jar" ] || { echo "missing $jar: run ./mvnw -o -q -DskipTests package first" >&2; exit 2; }
done

# Copies of the jars, so a rebuild meanwhile does not change what is measured.
cp "$outpost" "$work/outpost.jar"; cp "$spark" "$work/outpost-spark.jar"
outpost="$work/outpost.jar"; spark="$work/outpost-spark.jar"
java -jar "$outpost" generate-province --counties 17 --seed 1 --out "$work/province" >/dev/null
province="$work/province/province.json"
units=$(grep -c '"scenario"' "$province")
tasks=$((units + units * 2 * replications))
echo "province: $units units, $replications days per set-up, dispatch $dispatch, $tasks tasks; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run | wall (s) | CPU (s) | tasks/s | Spark start (s) | units stationed on the driver meanwhile | stage 1 (s) | stage 2 (s) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"

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
run() {  # run NAME OUTDIR COMMAND...
  local name=$1 out=$2; shift 2
  local before after
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
  awk -v n="$name" -v t="$tasks" -v st="$stages" -v b="$before" -v a="$after" '
    { printf "| %s | %.1f | %.1f | %.2f | %s |\n", n, $1, $2 + $3 + a - b, t / $1, st }' "$out.time"
  if [ "$out" != "$work/local-1" ]; then
    for f in units.csv centres.csv province.json province.html; do
      cmp -s "$work/local-1/$f" "$out/$f" || { echo "$name: $f differs from the local engine's" >&2; exit 1; }
    done
  fi
}

run "local engine, 1 thread" "$work/local-1" java -jar "$outpost" province "$province" --threads 1
run "local engine, 2 threads" "$work/local-2" java -jar "$outpost" province "$province" --threads 2
run "Spark local[1]" "$work/spark-1" java -jar "$spark" province "$province" --master 'local[1]'
run "Spark local[2]" "$work/spark-2" java -jar "$spark" province "$province" --master 'local[2]'

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
run "standalone, 2 workers x 1 core" "$work/cluster" java -jar "$spark" province "$province" \
  --master "spark://127.0.0.1:$mport" --conf spark.executor.memory=700m
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); files in $work"
