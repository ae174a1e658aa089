#!/usr/bin/env bash
# Read latencies against an existing database (e.g. the 100k-article scale run): builds Release, starts the service on
# 127.0.0.1 over the database, and runs wrk against each read endpoint and the /alive baseline in the same run.
# Stops by itself.
#
#   tests/load/reads.sh --db /tmp/scale.db [--seconds 5] [--connections 16] [--threads 2] [--no-cache]
#   tests/load/reads.sh --postgres "Host=127.0.0.1;Port=55432;Username=postgres;Database=scale" [...]
#
# --no-cache turns the output cache off, so every request runs its queries (the cold cost); by default repeated
# requests for one URL are served from memory, as dashboards polling the same query are.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh

db="" postgres="" seconds=5 connections=16 threads=2 port=5392 cache=true
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --postgres) postgres="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-cache) cache=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -n "$postgres" ]; then
  store=(--NewsApi:Store=postgres "--ConnectionStrings:News=$postgres")
else
  [ -n "$db" ] && [ -f "$db" ] || { echo "--db must name an existing database file (or give --postgres CONNECTION)" >&2; exit 2; }
  store=("--ConnectionStrings:News=Data Source=$db")
fi

ensure_wrk

work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/NewsApi -c Release -o "$work/app" -v quiet -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/NewsApi.dll" --urls "http://127.0.0.1:$port" \
  "${store[@]}" --NewsApi:SeedOnStartup=false --NewsApi:ReanalyzeOnStartup=false \
  --NewsApi:RateLimit:Enabled=false --NewsApi:OutputCache:Enabled=$cache \
  --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
# Migrations run before the first request is served: a large database may take a while the first time.
wait_ready "http://127.0.0.1:$port/health" 600

base="http://127.0.0.1:$port"
mid=$(curl -fs "$base/api/articles?pageSize=1" | python3 -c 'import json,sys; print(max(1, json.load(sys.stdin)["total"] // 2))')
measure_reads "$base" /alive "/api/articles" "/api/articles/$mid" "/api/articles/$mid/summary" "/api/articles/$mid/facts" \
  "/api/articles?q=%22interest%20rates%22" "/api/articles?q=economy" "/api/articles?q=economy&sort=relevance" \
  "/api/articles?from=2005-03-01&to=2005-03-31" "/api/parties" "/api/parties?from=2005-01-01&to=2005-01-31&sort=-trend" \
  "/api/parties?from=2005-01-01&to=2005-01-07&sort=-trend" "/api/parties?from=2005-01-01&to=2005-03-31" \
  "/api/parties?from=2005-01-01&to=2005-12-31" "/api/parties?from=2005-03-10&to=2005-04-08" \
  "/api/parties?from=2005-05-20&to=2005-08-17" "/api/parties?from=2005-01-01&to=2006-12-31" "/api/stats/timeline?interval=month" \
  "/api/stats/timeline?interval=week&party=1" "/api/stats/overview" "/api/figures?unit=people" \
  "/api/dates?from=2005-03-01&to=2005-03-31"
echo "server RSS: $(awk '/VmRSS/ {print $2/1024 " MB"}' "/proc/$server/status")"
