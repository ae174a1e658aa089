#!/usr/bin/env bash
# Load test of NewsApi on loopback: builds Release, fills a database, starts the server on 127.0.0.1, and runs wrk
# against each read endpoint and the /alive baseline in the same run. Stops by itself.
#
#   tests/load/run.sh [--data FILE.jsonl] [--seconds 10] [--connections 64] [--threads 2]
#
# --data: articles to import first (JSONL in the POST shape; e.g. ../shared/eval/bbc/dev/*.jsonl concatenated).
# Without it the database holds the seed plus copies of it with varied titles.
# --no-cache: turn the output cache off, so every request runs its queries.
# Ends with POST /api/analyze throughput (the seed article, rate limiter off) in articles/s and MB/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh

data="" seconds=10 connections=64 threads=2 port=5391 cache=true
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-cache) cache=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ensure_wrk

work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="Data Source=$work/news.db"

dotnet build src/NewsApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
if [ -z "$data" ]; then
  data="$work/articles.jsonl"
  write_seed_copies "$data" 500
fi
dotnet "$work/app/NewsApi.dll" import "$data" --ConnectionStrings:News="$db" | tr '\r' '\n' | tail -1

ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/NewsApi.dll" --urls "http://127.0.0.1:$port" \
  --ConnectionStrings:News="$db" --NewsApi:SeedOnStartup=true --NewsApi:RateLimit:Enabled=false \
  --NewsApi:OutputCache:Enabled=$cache --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
wait_ready "http://127.0.0.1:$port/alive" 60

base="http://127.0.0.1:$port"
measure_reads "$base" /alive /api/articles "/api/articles?from=2013-03-01&to=2013-05-31" "/api/articles?q=putin" /api/articles/1 \
  /api/articles/1/summary /api/articles/1/facts /api/articles/1/sentences /api/parties/1 /api/parties \
  "/api/stats/timeline?interval=month" /api/stats/overview

# POST /api/analyze: the seed article as the body, over the same connections.
python3 - "$work/analyze.lua" <<'PY'
import json, sys
text = open("seeds/000_1c790352a2a4b598.txt", encoding="utf-8").read()
title, body = text.split("\n", 1)
payload = json.dumps({"title": title, "text": body, "publishedAt": "2013-09-06T00:00:00Z"})
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
    out.write("wrk.body = " + json.dumps(payload) + "\n")
PY
bytes=$(python3 -c 'import json,sys; t=open("seeds/000_1c790352a2a4b598.txt",encoding="utf-8").read(); print(len(t.encode()))')
out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$work/analyze.lua" "$base/api/analyze")
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
printf 'POST /api/analyze (seed, %s bytes): %s articles/s, %s MB/s of article text, p50 %s ms, p99 %s ms %s\n' "$bytes" "$rps" \
  "$(awk -v r="$rps" -v b="$bytes" 'BEGIN {printf "%.1f", r*b/1e6}')" \
  "$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")" "$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")" "${non2xx:+(non-2xx: $non2xx)}"
