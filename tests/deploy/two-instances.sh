#!/usr/bin/env bash
# The deployment recipe of docs/deployment.md, run for real on loopback: one PostgreSQL cluster, two app
# instances (published Release build) started at the same moment, nginx in front of them, then checks:
# both healthy, the API through nginx, an import by the command line seen by both instances, sign-in cookies
# valid on both, and nginx answering while one instance is down. Everything lives in a temp folder and is
# removed at the end. Needs root or sudo the first time (apt: postgresql, nginx).
#   bash tests/deploy/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
work=$(mktemp -d /tmp/cab-deploy-XXXX)
chmod 755 "$work"
# Four free loopback ports (or the ones given), so the recipe runs beside anything else on the machine. They
# are taken below the kernel's ephemeral range (net.ipv4.ip_local_port_range, 32768-60999 here): a port free
# now but inside that range can be handed to another process's connection or port-0 server (the browser tests
# run beside this) before nginx binds it, which once failed the recipe with "Address already in use".
free_port() {
  local low
  low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$low" -gt 21000 ] || low=32768
  while :; do
    local port=$((20000 + RANDOM % (low - 20000)))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
pg_port=${PG_PORT:-$(free_port)}; a_port=${A_PORT:-$(free_port)}; b_port=${B_PORT:-$(free_port)}; nginx_port=${NGINX_PORT:-$(free_port)}
sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

for pkg in postgresql nginx; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq "$pkg" >/dev/null; fi
done
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

cleanup() {
  set +e
  [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null
  kill "${a_pid:-}" "${b_pid:-}" 2>/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

log "publishing (Release, ReadyToRun)"
dotnet publish src/CentralAsiaBri.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" -v quiet -nologo >/dev/null

log "PostgreSQL cluster on 127.0.0.1:$pg_port"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-locale --no-instructions >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE centralasiabri" >/dev/null
[ "$(id -u)" -eq 0 ] && chmod 777 "$work"

password="deploy-check-$RANDOM$RANDOM"
hash=$(printf '%s\n' "$password" | dotnet "$work/app/CentralAsiaBri.Web.dll" hash-password)
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=Postgres
export Store__ConnectionString="Host=127.0.0.1;Port=$pg_port;Database=centralasiabri;Username=postgres"
export Store__ChangePollSeconds=2
export Maintainers__Accounts__0__Name=deployer Maintainers__Accounts__0__PasswordHash="$hash"
export Logging__LogLevel__Default=Warning

log "starting two instances at the same moment on :$a_port and :$b_port (empty database)"
(cd "$work/app" && exec dotnet CentralAsiaBri.Web.dll --urls "http://127.0.0.1:$a_port" >"$work/a.log" 2>&1) & a_pid=$!
(cd "$work/app" && exec dotnet CentralAsiaBri.Web.dll --urls "http://127.0.0.1:$b_port" >"$work/b.log" 2>&1) & b_pid=$!
for port in $a_port $b_port; do
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
  log "instance :$port /health: $(curl -fs "http://127.0.0.1:$port/health")"
done
log "migrations applied once: $(psql -h 127.0.0.1 -p "$pg_port" -U postgres -d centralasiabri -tAc 'SELECT count(*) FROM "__EFMigrationsHistory"') rows; seeds: $(psql -h 127.0.0.1 -p "$pg_port" -U postgres -d centralasiabri -tAc 'SELECT count(*) FROM "SeedStates"')"

sed -e "s|@WORK@|$work|g" -e "s|@PORT@|$nginx_port|g" -e "s|@A@|$a_port|g" -e "s|@B@|$b_port|g" "$repo/tests/deploy/nginx.conf" > "$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work"
log "nginx on :$nginx_port /health: $(curl -fs "http://127.0.0.1:$nginx_port/health")"
log "API through nginx: $(curl -fs "http://127.0.0.1:$nginx_port/api/v1/projects?country=KZ&pageSize=1" | grep -o '"total":[0-9]*')"
log "security headers through nginx: $(curl -fsI "http://127.0.0.1:$nginx_port/" | grep -ci 'content-security-policy\|x-content-type-options') of 2"
log "Kestrel Server header from an instance: $(curl -fsI "http://127.0.0.1:$a_port/" | grep -ci '^server:') (0 expected)"

url="/api/v1/indicators/trade-value/observations?pageSize=500"
first_id=$(sed -n 2p "$work/app/data/trade_observations.csv" | cut -d, -f1)
awk -F, -v OFS=, 'NR==2 {$11="424242.5"} {print}' "$work/app/data/trade_observations.csv" > "$work/trade_observations.csv"
for port in $a_port $b_port; do curl -fs "http://127.0.0.1:$port$url" >/dev/null; done   # both cache the old answer
log "import by the command line ($first_id -> 424242.5): $(cd "$work/app" && dotnet CentralAsiaBri.Web.dll import "$work/trade_observations.csv" | head -n 1 | cut -c1-80)"
start=$(date +%s.%N)
for port in $a_port $b_port; do
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port$url" | grep -q 424242.5 && break; sleep 0.2; done
  curl -fs "http://127.0.0.1:$port$url" | grep -q 424242.5 && log "instance :$port shows the import after $(echo "$(date +%s.%N) - $start" | bc | cut -c1-4) s" || { log "instance :$port never showed the import"; exit 1; }
done

jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$a_port/admin/sign-in" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//;s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode _handler=sign-in --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode Input.Name=deployer --data-urlencode "Input.Password=$password" "http://127.0.0.1:$a_port/admin/sign-in?ReturnUrl=%2Fadmin")
log "signed in on :$a_port ($code); /admin on :$b_port with that cookie: $(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H 'Accept: text/html' "http://127.0.0.1:$b_port/admin")"

# Sign-in attempts from one client count once for the deployment (nginx limit_req), not once per instance: 12
# reach instance A (ip_hash), A stops, 12 more reach B. Each instance alone would allow all 24 (20 each).
sign_in_status() { curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$nginx_port/admin/sign-in"; }
before_stop=$(for _ in $(seq 1 12); do sign_in_status; done)
kill "$a_pid"; wait "$a_pid" 2>/dev/null || true
after_stop=$(for _ in $(seq 1 12); do sign_in_status; done)
allowed=$(printf '%s\n%s\n' "$before_stop" "$after_stop" | grep -c '^200$' || true)
limited=$(printf '%s\n%s\n' "$before_stop" "$after_stop" | grep -c '^429$' || true)
retry_after=$(curl -s -D - -o /dev/null "http://127.0.0.1:$nginx_port/admin/sign-in" | tr -d '\r' | sed -n 's/^Retry-After: //Ip')
log "sign-in through nginx across both instances: $allowed allowed, $limited refused (429, Retry-After: $retry_after)"
[ "$allowed" -le 20 ] && [ "$limited" -ge 4 ] && [ -n "$retry_after" ] || exit 1

ok=0; for _ in $(seq 1 20); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port/api/v1/countries")" = 200 ] && ok=$((ok + 1)); done
log "instance :$a_port stopped; nginx answered $ok of 20 requests with 200"
[ "$ok" -eq 20 ] || exit 1
log "recipe passed"
