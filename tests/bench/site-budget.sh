#!/usr/bin/env bash
# The site-wide speed budget, measured in one run on this machine (see docs/performance.md):
#   1. cold start: an empty database to a healthy /health, migrations and seeding included (3 starts);
#   2. throughput and p99 under wrk (32 connections) for the read pages and a JSON export, each next to the
#      static file closest to it in size, served by the same process (medians of N runs);
#   3. a soak: 5 minutes at half the measured maximum of the trade page, counting non-2xx responses and
#      comparing the app's resident memory after warm-up and at the end;
#   4. Lighthouse (desktop preset, Debian's Chromium) on the same pages: LCP, CLS, TBT and bytes transferred;
#   5. Lighthouse's mobile preset (simulated slow 4G, 4x CPU slowdown) on the home, trade, projects and a dimension page.
#
#   bash tests/bench/site-budget.sh [runs=3] [seconds=10] [soak-seconds=300]
#   SECTIONS=cold bash tests/bench/site-budget.sh      (any of: cold,wrk,soak,lighthouse-desktop,lighthouse-mobile
#                                                       (lighthouse = both); default all)
#
# The app is published ReadyToRun for linux-x64 (framework-dependent), as a deployment should be: it
# starts in about two thirds of the time of a JIT-only publish (docs/performance.md).
#
# Needs wrk (apt-get install wrk), Chromium (apt-get install chromium) and npm (Lighthouse 12.8.2 is
# installed into a temporary folder). Not part of the test command: a benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-3}
seconds=${2:-10}
soak=${3:-300}
port=${BENCH_PORT:-5178}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; rm -rf "$work"' EXIT

sections=${SECTIONS:-cold,wrk,soak,lighthouse}
dotnet publish src/CentralAsiaBri.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/publish" --nologo -v q >/dev/null

start_app() { # $1 = database file
  (cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    Store__ConnectionString="Data Source=$1" Logging__LogLevel__Default=Warning RateLimits__ApiPermitLimit=1000000000 \
    dotnet CentralAsiaBri.Web.dll >>"$work/app.log" 2>&1) &
  app=$!
  disown
}

wait_healthy() {
  for _ in $(seq 1 400); do
    if curl -sf "$base/health" >/dev/null; then return 0; fi
    sleep 0.025
  done
  echo "the app did not become healthy" >&2; return 1
}

if [[ $sections == *cold* ]]; then
echo "## Cold start (empty database → healthy /health)"
echo
for i in 1 2 3; do
  rm -f "$work/cold.db"*
  t0=$(date +%s%N)
  start_app "$work/cold.db"
  wait_healthy
  t1=$(date +%s%N)
  echo "- start $i: $(( (t1 - t0) / 1000000 )) ms"
  stop_app
done
echo
fi

start_app "$work/bench.db"
wait_healthy

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
size_of() { curl -s -o /dev/null -w '%{size_download}' "$1"; }

measure() { # $1 = url → "rps p99"
  local rs=() ps=() out
  for _ in $(seq 1 "$runs"); do
    out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$1")
    if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx responses for $1" >&2; exit 1; fi
    rs+=("$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")")
    ps+=("$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")")
  done
  echo "$(printf '%s\n' "${rs[@]}" | median) $(printf '%s\n' "${ps[@]}" | median)"
}

home=$(curl -s "$base/")
declare -a statics=(
  "$base/$(grep -o 'app\.[a-z0-9]*\.css' <<<"$home" | head -n 1)"
  # A static file of about 80 KB between the other two (until 2026-12 this was bootstrap-icons' 87 KB stylesheet,
  # gone since the icons became an SVG sprite): Bootstrap's script bundle, copied from npm though no page loads it.
  "$base/lib/bootstrap/js/bootstrap.bundle.min.js"
  "$base/$(grep -o 'lib/bootstrap/css/bootstrap\.min\.[a-z0-9]*\.css' <<<"$home" | head -n 1)"
)
# The API's own rate limit is lifted for the run (one client, millions of requests); it is measured separately by tests.
declare -a names=("home page" "indicator page" "trade page" "filtered projects page" "JSON: filtered projects" "API: projects (JSON)" "API: projects (CSV)" "API: observations (JSON)" "home page in Russian" "trade page in Chinese")
declare -a paths=("/" "/indicators/trade-growth-yoy" "/trade?countries=KZ,KG&from=2013&to=2024" "/projects?country=KG&pillar=infrastructure-connectivity" "/projects/data.json?country=KG" "/api/v1/projects?country=KG" "/api/v1/projects.csv?country=KG" "/api/v1/indicators/trade-value/observations?pageSize=500" "/?culture=ru" "/trade?countries=KZ,KG&from=2013&to=2024&culture=zh-Hans")

for url in "${statics[@]}"; do wrk -t2 -c32 -d3s "$url" >/dev/null; done
for path in "${paths[@]}"; do wrk -t2 -c32 -d3s "$base$path" >/dev/null; done

trade_rps=0
if [[ $sections == *wrk* || $sections == *soak* ]]; then
declare -A static_result
for url in "${statics[@]}"; do static_result[$url]=$(measure "$url"); done

echo "## Read pages under wrk (32 connections, median of $runs runs of ${seconds}s)"
echo
echo "| URL | bytes | req/s | p99 ms | static file of similar size | bytes | req/s | p99 ms | × static |"
echo "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
for i in "${!paths[@]}"; do
  url="$base${paths[$i]}"
  bytes=$(size_of "$url")
  best=""; best_gap=""
  for s in "${statics[@]}"; do
    gap=$(( $(size_of "$s") - bytes )); gap=${gap#-}
    if [ -z "$best_gap" ] || [ "$gap" -lt "$best_gap" ]; then best=$s; best_gap=$gap; fi
  done
  read -r rps p99 <<<"$(measure "$url")"
  read -r srps sp99 <<<"${static_result[$best]}"
  [ "$i" -eq 2 ] && trade_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$srps" 'BEGIN { printf "%.2f", a / b }')
  echo "| ${names[$i]} \`${paths[$i]}\` | $bytes | $rps | $p99 | \`${best#"$base"/}\` | $(size_of "$best") | $srps | $sp99 | $ratio |"
done
echo
fi

if [[ $sections == *soak* ]]; then
echo "## Soak: ${soak}s at half the trade page's maximum"
echo
# wrk has no rate option; a Lua delay per request paces each connection (1 ms, wrk's granularity). A 10 s
# calibration at 32 connections gives the rate per connection; the soak uses as many as reach the target.
target=$(awk -v r="$trade_rps" 'BEGIN { printf "%d", r / 2 }')
delay=1
cat >"$work/pace.lua" <<LUA
function delay() return $delay end
LUA
calibration=$(wrk -t2 -c32 -d10s -s "$work/pace.lua" "$base/trade?countries=KZ,KG&from=2013&to=2024" | awk '/^Requests\/sec/ { print $2 }')
connections=$(awk -v t="$target" -v c="$calibration" 'BEGIN { n = int(32 * t / c + 0.999); if (n < 2) n = 2; print n }')
rss_kb() { ps -o rss= -p "$(pgrep -f "CentralAsiaBri.Web.dll" | head -n 1)" | tr -d ' '; }
wrk -t2 -c"$connections" -d30s -s "$work/pace.lua" "$base/trade?countries=KZ,KG&from=2013&to=2024" >/dev/null
before=$(rss_kb)
out=$(wrk -t2 -c"$connections" -d"${soak}s" -s "$work/pace.lua" --latency "$base/trade?countries=KZ,KG&from=2013&to=2024")
after=$(rss_kb)
non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out"); non2xx=${non2xx:-0}
echo "- target: ~$target req/s (half of $trade_rps); $connections connections paced at ${delay} ms per request; achieved: $(awk '/^Requests\/sec/ { print $2 }' <<<"$out") req/s"
echo "- total requests: $(awk '/requests in/ { print $1 }' <<<"$out"); non-2xx/3xx responses: $non2xx; socket errors: $(grep -c 'Socket errors' <<<"$out" || true)"
echo "- p99: $(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")") ms"
echo "- resident memory after warm-up: $((before / 1024)) MiB; at the end: $((after / 1024)) MiB; growth: $(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.1f", (b - a) * 100 / a }') %"
echo
fi

[[ $sections == *lighthouse* ]] || exit 0
lighthouse="$work/lh/node_modules/.bin/lighthouse"
mkdir -p "$work/lh"
(cd "$work/lh" && npm install --no-audit --no-fund --silent lighthouse@12.8.2 >/dev/null 2>&1)

run_lighthouse() { # $1 = label, $2 = url, $3.. = extra lighthouse flags; one table row
  local out="$work/lh-$RANDOM.json"
  CHROME_PATH=$(command -v chromium) "$lighthouse" "$2" --quiet --only-categories=performance "${@:3}" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output-path="$out" >/dev/null 2>&1 || { echo "| $1 | lighthouse failed | | | |"; return; }
  node -e '
    const r = require(process.argv[1]).audits;
    const v = (id) => r[id].numericValue;
    console.log(`| ${process.argv[2]} | ${v("largest-contentful-paint").toFixed(0)} | ${v("cumulative-layout-shift").toFixed(3)} | ${v("total-blocking-time").toFixed(0)} | ${v("total-byte-weight").toFixed(0)} |`);
  ' "$out" "$1"
}

if [[ $sections == *lighthouse-desktop* || $sections != *lighthouse-mobile* ]]; then
echo "## Lighthouse 12.8.2 (desktop preset, Chromium $(chromium --version 2>/dev/null | awk '{ print $2 }'))"
echo
echo "| page | LCP ms | CLS | TBT ms | bytes transferred |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in "${!paths[@]}"; do
  [ "$i" -eq 4 ] && continue
  run_lighthouse "${names[$i]} \`${paths[$i]}\`" "$base${paths[$i]}" --preset=desktop
done
echo
fi

if [[ $sections == *lighthouse-mobile* || $sections != *lighthouse-desktop* ]]; then
# Lighthouse's default: a mid-range phone (412 px wide) on simulated slow 4G with a 4x slower CPU. Goals: LCP ≤ 2.0 s,
# CLS ≤ 0.02, TBT ≤ 150 ms on each page; ≤ 200 KB transferred on a first visit to the home page.
echo "## Lighthouse 12.8.2 (mobile preset: simulated slow 4G, 4x CPU slowdown; Chromium $(chromium --version 2>/dev/null | awk '{ print $2 }'))"
echo
echo "| page | LCP ms | CLS | TBT ms | bytes transferred |"
echo "| --- | ---: | ---: | ---: | ---: |"
declare -a mobile_names=("home page" "trade page" "filtered projects page" "dimension page")
declare -a mobile_paths=("/" "/trade?countries=KZ,KG&from=2013&to=2024" "/projects?country=KG&pillar=infrastructure-connectivity" "/dimensions/economic-interdependence")
for i in "${!mobile_paths[@]}"; do
  run_lighthouse "${mobile_names[$i]} \`${mobile_paths[$i]}\`" "$base${mobile_paths[$i]}" --form-factor=mobile
done
fi
