#!/usr/bin/env bash
# Every view at 1x, 10x and 100x today's data, cached and uncached, in one run (issue 17; docs/performance.md):
#   1. the scale data set per factor (tests/CentralAsiaBri.ScaleData: fixed seed, through the real loader);
#   2. a full load of each set (an empty SQLite store to a healthy /health: migrations and the seed), then a cold
#      start with the set already loaded;
#   3. wrk -t2 -c32 against the same process: a static file (the baseline), then for the home, trade, indicator,
#      projects and project pages and the API, the same URL again and again (cached) and a never-seen view each
#      request (uncached; a Lua script counts through distinct views: other countries, years, pages, projects);
#   4. at the largest factor, resident memory every 10 s during minutes of distinct query strings.
#
#   bash tests/bench/scale.sh [factors="1 10 100"] [seconds=10] [soak-seconds=300]
#
# The uncached home page has no view state to vary: it is asked with Blazor's enhanced-navigation header, which the
# output cache never serves (Store/DataCache), so it is rendered for every request. The project page is asked for a
# different project each request with the same header (at 1x the 487 projects would otherwise repeat within a second). Needs wrk (apt-get install wrk).
# A benchmark, not a test: not run by the test command.
set -euo pipefail
cd "$(dirname "$0")/../.."

factors=${1:-"1 10 100"}
seconds=${2:-10}
soak=${3:-300}
port=${BENCH_PORT:-5179}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; rm -rf "$work"' EXIT

echo "# Scale benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Command: \`bash tests/bench/scale.sh \"$factors\" $seconds $soak\`"
echo

dotnet publish src/CentralAsiaBri.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/publish" --nologo -v q >/dev/null
dotnet build tests/CentralAsiaBri.ScaleData -c Release --nologo -v q >/dev/null

start_app() { # $1 = database file, $2 = data directory
  (cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    Store__ConnectionString="Data Source=$1" Store__DataDirectory="$2" Logging__LogLevel__Default=Warning \
    RateLimits__ApiPermitLimit=1000000000 Renders__Queue=100000 \
    dotnet CentralAsiaBri.Web.dll >>"$work/app.log" 2>&1) &
  app=$!
}

wait_healthy() {
  for _ in $(seq 1 12000); do
    if curl -sf "$base/health" >/dev/null; then return 0; fi
    sleep 0.025
  done
  echo "the app did not become healthy" >&2; tail -n 20 "$work/app.log" >&2; return 1
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v / 1000; else if (v ~ /ms$/) printf "%.1f", v + 0; else printf "%.1f", v * 1000 }'; }

# wrk's Lua: a never-seen view for every request. `views` is a function of a counter; each thread starts at its own
# offset so two threads never send the same view.
lua() { # $1 = name, $2 = Lua body of view(i) returning a path
  cat >"$work/$1.lua" <<LUA
counter = 0
offset = 0
next_offset = 0
function setup(thread) thread:set("offset", next_offset); next_offset = next_offset + 1000000 end
function init(args) counter = offset end
$2
function request()
  counter = counter + 1
  return wrk.format("GET", view(counter), HEADERS)
end
LUA
}
# Trade: a subset of the six partners, a first and a last year, a flow and a currency (63 x 33 x 33 x 3 x 2 views).
lua trade 'function view(i)
  local codes = {"CA5","KZ","KG","TJ","TM","UZ"}
  local mask = i % 63 + 1
  local list = {}
  for b = 0, 5 do if math.floor(mask / 2^b) % 2 == 1 then list[#list + 1] = codes[b + 1] end end
  local j = math.floor(i / 63)
  local from = 1992 + j % 33
  local to = from + math.floor(j / 33) % (2025 - from)
  local flows = {"turnover","exports","imports"}
  local flow = flows[math.floor(j / 1089) % 3 + 1]
  local currency = (math.floor(j / 3267) % 2 == 0) and "USD" or "CNY"
  return "/trade?countries=" .. table.concat(list, ",") .. "&from=" .. from .. "&to=" .. to .. "&flow=" .. flow .. "&currency=" .. currency
end'
# Projects: a country, a start year, a search word and a page (a researcher's filter combination).
lua projects 'function view(i)
  local codes = {"KZ","KG","TJ","TM","UZ","CN"}
  local words = {"rail","solar","road","energy","water","school","bank","port","gas","bridge","hospital","loan"}
  local country = codes[i % 6 + 1]
  local from = 1995 + math.floor(i / 6) % 30
  local word = words[math.floor(i / 180) % 12 + 1]
  local page = math.floor(i / 2160) % 3 + 1
  return "/projects?country=" .. country .. "&from=" .. from .. "&q=" .. word .. "&page=" .. page
end'
# Indicator: a page of the figures table of an indicator, as a table or a chart, with or without events.
lua indicator 'function view(i)
  local ids = {"trade-value","trade-growth","trade-growth-yoy","trade-growth-multiple","investment-value"}
  local id = ids[i % 5 + 1]
  local j = math.floor(i / 5)
  local view = (j % 2 == 0) and "table" or "chart"
  local events = (math.floor(j / 2) % 2 == 0) and "on" or "off"
  return "/indicators/" .. id .. "?view=" .. view .. "&events=" .. events .. "&page=" .. (math.floor(j / 4) + 1)
end'
# API: a page of projects of a country and a start year, in one of several page sizes.
lua api 'function view(i)
  local codes = {"KZ","KG","TJ","TM","UZ"}
  local j = math.floor(i / 5)
  return "/api/v1/projects?country=" .. codes[i % 5 + 1] .. "&page=" .. (j % 40 + 1) .. "&pageSize=" .. (10 + math.floor(j / 40) % 40)
end'

measure() { # $1 = url or lua script name, $2 = header (or empty) -> "rps p99ms"
  local out args=(-t2 -c32 -d"${seconds}s" --latency)
  if [ -f "$work/$1.lua" ]; then
    if [ -n "${2:-}" ]; then
      sed "s|HEADERS|{[\"${2%%:*}\"] = \"${2#*: }\"}|" "$work/$1.lua" >"$work/run.lua"
    else
      sed "s|HEADERS|nil|" "$work/$1.lua" >"$work/run.lua"
    fi
    out=$(wrk "${args[@]}" -s "$work/run.lua" "$base")
  elif [ -n "${2:-}" ]; then
    out=$(wrk "${args[@]}" -H "$2" "$1")
  else
    out=$(wrk "${args[@]}" "$1")
  fi
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  if [ -n "$errors" ]; then echo "$1: $errors non-2xx responses" >&2; fi
  echo "$rps $p99"
}

project_lua() { # a never-seen project page each request, from the set's own ids (the documents' and AidData's)
  local ids
  ids=$( (cut -d, -f1 "$1/projects.csv" | tail -n +2
    cut -d, -f1 "$1/aiddata_gcof_projects.csv" | tail -n +2 | sed 's/^/aiddata-gcof-/'
    cut -d, -f1 "$1/aiddata_public_diplomacy_projects.csv" | tail -n +2 | sed 's/^/aiddata-pd-/'
    cut -d, -f1 "$1/aiddata_military_projects.csv" | tail -n +2 | sed 's/^/aiddata-military-/') | sed 's/.*/"&"/' | paste -sd, -)
  lua project "local ids = {$ids}
function view(i) return \"/projects/\" .. ids[i % #ids + 1] end"
}

enhanced="Accept: text/html; blazor-enhanced-nav=on"
declare -A rows
for factor in $factors; do
  set_dir="$work/scale-$factor"
  dotnet tests/CentralAsiaBri.ScaleData/bin/Release/net10.0/CentralAsiaBri.ScaleData.dll --factor "$factor" --out "$set_dir" --data data >"$work/gen-$factor.txt"
  summary=$(head -n 1 "$work/gen-$factor.txt")
  db="$work/scale-$factor.db"
  t0=$(date +%s%N); start_app "$db" "$set_dir"; wait_healthy; load_ms=$(ms_since "$t0"); stop_app
  t0=$(date +%s%N); start_app "$db" "$set_dir"; wait_healthy; cold_ms=$(ms_since "$t0"); stop_app
  # An import of the set's largest file (trade_observations.csv, one figure changed) through the command-line verb:
  # the same all-or-nothing import as /admin, into the loaded store.
  cp "$set_dir/trade_observations.csv" "$work/trade_observations.csv"
  python3 - "$work/trade_observations.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
note = rows[0].index("note")
rows[1][note] = (rows[1][note] + " Changed by the benchmark's import.").strip()
csv.writer(open(sys.argv[1], "w", encoding="utf-8", newline=""), lineterminator="\n").writerows(rows)
PY
  t0=$(date +%s%N)
  (cd "$work/publish" && env ASPNETCORE_ENVIRONMENT=Production Store__ConnectionString="Data Source=$db" Store__DataDirectory="$set_dir" \
    Logging__LogLevel__Default=Warning dotnet CentralAsiaBri.Web.dll import "$work/trade_observations.csv" >"$work/import-$factor.txt" 2>&1) || true
  import_ms=$(ms_since "$t0")
  import_result=$(grep -v '^\s*$' "$work/import-$factor.txt" | tail -n 1 | cut -c1-160)
  start_app "$db" "$set_dir"; wait_healthy
  home=$(curl -s "$base/")
  static="$base/$(grep -o 'app\.[a-z0-9]*\.css' <<<"$home" | head -n 1)"
  project_id=$(cut -d, -f1 "$set_dir/projects.csv" | sed -n 2p)
  project_lua "$set_dir"
  # Warm up: JIT, the per-load caches, the connection pool.
  for url in "$static" "$base/" "$base/trade?countries=KZ,KG" "$base/indicators/trade-value" "$base/projects?country=KZ" "$base/projects/$project_id" "$base/api/v1/projects?country=KZ"; do
    wrk -t2 -c32 -d2s "$url" >/dev/null
  done
  read -r srps sp99 <<<"$(measure "$static")"
  echo "## ${factor}x: $summary"
  echo
  echo "Full load of the set (empty store → healthy): $load_ms ms. Cold start with it loaded: $cold_ms ms."
  echo "Import of its \`trade_observations.csv\` ($(($(wc -l <"$work/trade_observations.csv") - 1)) rows) by the command-line verb: $import_ms ms ($import_result)."
  echo
  echo "| view | cached req/s | × static | p99 ms | uncached req/s | × static | p99 ms |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| static app.css (baseline) | $srps | 1.00 | $sp99 | | | |"
  row() { # $1 name, $2 cached url, $3 uncached (lua name or url), $4 header for uncached
    local crps cp99 urps up99
    read -r crps cp99 <<<"$(measure "$2")"
    read -r urps up99 <<<"$(measure "$3" "${4:-}")"
    printf '| %s | %s | %.2f | %s | %s | %.3f | %s |\n' "$1" "$crps" "$(awk -v a="$crps" -v b="$srps" 'BEGIN { print a / b }')" "$cp99" \
      "$urps" "$(awk -v a="$urps" -v b="$srps" 'BEGIN { print a / b }')" "$up99"
  }
  row "home \`/\` (uncached: enhanced-navigation header)" "$base/" "$base/" "$enhanced"
  row "trade \`/trade?countries=…&from=…&to=…&flow=…&currency=…\`" "$base/trade?countries=KZ,KG" trade
  row "indicator \`/indicators/{id}?view=…&events=…&page=…\`" "$base/indicators/trade-value" indicator
  row "projects \`/projects?country=…&from=…&q=…&page=…\`" "$base/projects?country=KZ" projects
  row "project \`/projects/{id}\` (uncached: a different project each request, enhanced-navigation header)" "$base/projects/$project_id" project "$enhanced"
  row "API \`/api/v1/projects?country=…&page=…&pageSize=…\`" "$base/api/v1/projects?country=KZ" api
  echo
  last=$factor
  stop_app
done

if [ "$soak" -gt 0 ]; then
  echo "## Memory: ${last}x, $soak s of distinct query strings (trade and projects views, 32 connections)"
  echo
  start_app "$work/scale-$last.db" "$work/scale-$last"; wait_healthy
  pid=$(ss -ltnp | grep ":$port " | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  echo "Resident memory before: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status") MB"
  sed "s|HEADERS|nil|" "$work/trade.lua" >"$work/soak-trade.lua"
  sed "s|HEADERS|nil|" "$work/projects.lua" >"$work/soak-projects.lua"
  wrk -t1 -c16 -d"${soak}s" -s "$work/soak-trade.lua" "$base" >"$work/soak-trade.txt" &
  w1=$!
  wrk -t1 -c16 -d"${soak}s" -s "$work/soak-projects.lua" "$base" >"$work/soak-projects.txt" &
  w2=$!
  samples=()
  for t in $(seq 10 10 "$soak"); do
    sleep 10
    samples+=("$t s: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status") MB")
  done
  wait "$w1" "$w2" || true
  echo "Resident memory every 10 s: ${samples[*]}"
  echo
  echo "Requests: trade $(awk '/^Requests\/sec/ { print $2 }' "$work/soak-trade.txt")/s, projects $(awk '/^Requests\/sec/ { print $2 }' "$work/soak-projects.txt")/s"
  stop_app
fi
