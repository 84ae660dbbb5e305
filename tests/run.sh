#!/usr/bin/env bash
# The README's test command: builds the solution and runs every test project (unit, store, HTTP, component
# and browser tests), then prints one closing line "N passed, N failed" for the whole run.
# On a fresh machine it installs Debian's Chromium for the browser tests (Playwright drives it; it never
# downloads a browser of its own), and the build restores NuGet packages and runs `npm ci`.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null
  fi
  export CHROMIUM_PATH
  CHROMIUM_PATH=$(command -v chromium)
fi

# Chinese pages are measured and photographed at phone width: without a CJK font Chromium draws boxes of
# another width. WenQuanYi Micro Hei (Debian, about 5 MB) is enough.
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "Installing a Chinese font for the browser tests..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi

# The store tests run on PostgreSQL as well as SQLite: each test run starts its own throwaway cluster from
# Debian's postgresql package (tests/CentralAsiaBri.Tests/Support/PostgresServer.cs), installed here if missing.
if [ -z "${CAB_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the store tests..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq postgresql >/dev/null
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
# Screenshots and downloads of the browser journeys are kept as artifacts of the run (git-ignored).
export BROWSER_ARTIFACTS="$PWD/TestResults/browser"
mkdir -p "$BROWSER_ARTIFACTS"

dotnet test CentralAsiaBri.sln --configuration Release \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

# A test process that was killed leaves its cluster running: stop any that remain.
for pidfile in /tmp/cab-pg-*/data/postmaster.pid; do
  [ -e "$pidfile" ] || continue
  kill -QUIT "$(head -n 1 "$pidfile")" 2>/dev/null || true
done
sleep 1
for cluster in /tmp/cab-pg-*; do
  [ -e "$cluster/data/postmaster.pid" ] || rm -rf "$cluster"
done

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

# A build failure produces no results: count it as a failure so the line never reads green.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
