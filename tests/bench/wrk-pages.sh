#!/usr/bin/env bash
# Throughput and tail latency of the read pages under wrk, as ratios against a static file served by the
# same process in the same run (the machine is noisy; only same-run ratios mean anything).
#
#   bash tests/bench/wrk-pages.sh [runs=3] [seconds=10]
#
# Publishes a Release build, starts it on loopback with the real data in a throwaway database, and prints
# a Markdown table: the median of the runs for each URL (32 connections, 2 threads). Needs wrk
# (`apt-get install wrk`). Not part of the test command: a benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-3}
seconds=${2:-10}
port=${BENCH_PORT:-5177}
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/CentralAsiaBri.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/publish" --nologo -v q >/dev/null
(cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Store__ConnectionString="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning \
  dotnet CentralAsiaBri.Web.dll >"$work/app.log" 2>&1) &
disown
app=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.5
done

base="http://127.0.0.1:$port"
# Two static files bracket the pages' sizes: the app's own stylesheet (a few KB, the baseline of the ratios)
# and bootstrap-icons' stylesheet (~87 KB). Their fingerprinted URLs are read from the home page.
home=$(curl -s "$base/")
small_static=$(grep -o 'app\.[a-z0-9]*\.css' <<<"$home" | head -n 1)
large_static=$(grep -o 'lib/bootstrap-icons/font/bootstrap-icons\.min\.[a-z0-9]*\.css' <<<"$home" | head -n 1)
declare -a names=("static file: app.css (baseline)" "static file: bootstrap-icons.min.css" "indicator page /indicators/trade-growth-yoy" "trade page /trade?countries=KZ,KG&from=2013&to=2024")
declare -a urls=("$base/$small_static" "$base/$large_static" "$base/indicators/trade-growth-yoy" "$base/trade?countries=KZ,KG&from=2013&to=2024")

# Warm up: JIT, caches, connection pools.
for url in "${urls[@]}"; do wrk -t2 -c32 -d3s "$url" >/dev/null; done

to_ms() { # wrk prints latencies as 812.00us, 2.31ms or 1.02s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

declare -a rps p99 bytes
for i in "${!urls[@]}"; do
  rs=(); ps=()
  for _ in $(seq 1 "$runs"); do
    out=$(wrk -t2 -c32 -d"${seconds}s" --latency "${urls[$i]}")
    rs+=("$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")")
    ps+=("$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")")
    if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx responses for ${urls[$i]}" >&2; exit 1; fi
  done
  rps[$i]=$(printf '%s\n' "${rs[@]}" | median)
  p99[$i]=$(printf '%s\n' "${ps[@]}" | median)
  bytes[$i]=$(curl -s -o /dev/null -w '%{size_download}' "${urls[$i]}")
done

echo "| URL | response bytes | requests/s (median of $runs) | × static | p99 ms |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in "${!urls[@]}"; do
  ratio=$(awk -v a="${rps[$i]}" -v b="${rps[0]}" 'BEGIN { printf "%.2f", a / b }')
  echo "| ${names[$i]} | ${bytes[$i]} | ${rps[$i]} | $ratio | ${p99[$i]} |"
done
