#!/usr/bin/env bash
# A flood, measured (docs/reliability.md): one client sends a never-seen query string with every request (pages
# and API) over many connections, and another posts large uploads in a loop, while a well-behaved reader keeps
# reading cached pages. Printed: the reader's req/s and p99 before and during the flood, the app's resident memory
# every 10 s, its open connections, and the flood's status codes. One run, same machine, same process: the
# reader's figures during the flood are read against its own figures just before it.
#
#   bash tests/bench/flood.sh [flood-seconds=60] [flood-connections=64]
#   ONE_AT_A_TIME=1 bash tests/bench/flood.sh ...   (a third run with Renders:Concurrent=1)
#
# The app is published ReadyToRun and run in Production on SQLite, its rate limits left at their defaults
# except the API's (raised, so that the flood reaches the pages' uncached path instead of being refused early;
# behind nginx the recipe's limit_req and limit_conn refuse most of it first). Needs wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
connections=${2:-64}
port=${BENCH_PORT:-5179}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; jobs -p | xargs -r kill 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

dotnet publish src/CentralAsiaBri.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/publish" --nologo -v q >/dev/null
# The reader: four cached pages, round robin.
cat > "$work/reader.lua" <<'LUA'
local paths = { "/", "/trade", "/projects?country=KZ", "/framework" }
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA
# The flood: every request a view never asked for before (pages and API), as a crawler or an attacker would.
cat > "$work/flood.lua" <<'LUA'
local n = 0
local templates = {
  "/projects?country=KZ&q=%d&from=%d",
  "/trade?countries=KZ,KG&from=%d&x=%d",
  "/indicators/trade-value?to=%d&y=%d",
  "/api/v1/projects?q=%d&page=%d",
}
request = function()
  n = n + 1
  local t = templates[(n % #templates) + 1]
  return wrk.format("GET", string.format(t, n, 2000 + (n % 25)))
end
response = function(status) end
LUA

run_scenario() { # $1 = label, then env assignments for the app
label=$1; shift
(cd "$work/publish" && exec env "$@" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  Store__ConnectionString="Data Source=$work/flood-$RANDOM.db" Logging__LogLevel__Default=Error RateLimits__ApiPermitLimit=1000000000 \
  dotnet CentralAsiaBri.Web.dll >>"$work/app.log" 2>&1) &
app=$!
for _ in $(seq 1 400); do curl -sf "$base/health" >/dev/null && break; sleep 0.05; done
curl -sf "$base/health" >/dev/null || { echo "the app did not start:"; tail -n 20 "$work/app.log"; exit 1; }
pid=$app   # the subshell exec's env, which exec's dotnet: one process
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }
conns() { ss -Htn state established "( sport = :$port )" | wc -l; }

for path in / /trade "/projects?country=KZ" /framework; do curl -s -o /dev/null "$base$path"; done
reader() { wrk -t1 -c8 -d"$1"s --latency -s "$work/reader.lua" "$base" | awk '/Requests\/sec/ { rps = $2 } /^ *99%/ { p99 = $2 } END { printf "%s req/s, p99 %s", rps, p99 }'; }

echo "### $label"
echo
echo "- the app at rest: $(rss) MB resident, $(conns) connections"
echo "- reader alone (8 connections, cached pages, 15 s): $(reader 15)"

head -c $((8 * 1024 * 1024)) /dev/urandom > "$work/upload.bin"
uploads() { # anonymous 8 MB multipart posts to the import endpoint, one after another
  local end=$((SECONDS + seconds)); local codes=""
  while [ $SECONDS -lt $end ]; do
    codes+="$(curl -s -o /dev/null -w '%{http_code} ' -F "files=@$work/upload.bin;filename=projects.csv" "$base/admin/import")"
  done
  echo "$codes" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }' > "$work/upload-codes"
}
wrk -t1 -c"$connections" -d"$seconds"s --timeout 10s -s "$work/flood.lua" "$base" > "$work/flood.out" &
flood=$!
uploads &
uploader=$!
sleep 5
echo "- reader during the flood (8 connections, 15 s): $(reader 15)"
echo "- resident memory during the flood (every 10 s, MB) and connections:"
samples=""
while kill -0 "$flood" 2>/dev/null; do samples+="$(rss)/$(conns) "; sleep 10; done
wait "$flood" || true
wait "$uploader" || true
echo "  $samples"
echo "- the flood: $(awk '/Requests\/sec/ { rps = $2 } /Non-2xx/ { non2xx = $5 } /Socket errors/ { sub(/^ *Socket errors: /, ""); errors = $0 } END { printf "%s req/s, %s non-2xx, socket errors: %s", rps, non2xx + 0, errors ? errors : "none" }' "$work/flood.out")"
echo "- the uploads' answers: $(cat "$work/upload-codes")"
sleep 5
echo "- after the flood: $(rss) MB resident, $(conns) connections; reader (15 s): $(reader 15)"
stop_app
echo
}

echo "## Flood of distinct query strings and large uploads ($seconds s, $connections connections), $(date -u +%F)"
echo
run_scenario "Without the render limiter (Renders:Concurrent=1024, more than the flood's connections: the baseline)" Renders__Concurrent=1024
run_scenario "With the render limiter (defaults: one view per core at once, 200 waiting)"
[ "${ONE_AT_A_TIME:-0}" = 1 ] && run_scenario "With the render limiter at one view at a time (Renders:Concurrent=1)" Renders__Concurrent=1
