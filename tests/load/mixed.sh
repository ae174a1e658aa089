#!/usr/bin/env bash
# Mixed load on loopback: reads while articles keep arriving, the newsroom case the output cache must survive.
# Builds Release, stores 300 articles (re-titled seed copies), starts the service with the output cache on, then for
# --seconds runs a writer that POSTs new articles at --writes per second while wrk reads the facts of the 300 stored
# articles in random order over --connections connections. Prints the read throughput and latency, every non-2xx read
# and failed write, and the output cache's hit rate over the run (from /metrics). Stops by itself.
#
#   tests/load/mixed.sh [--seconds 20] [--connections 64] [--writes 20] [--path facts] [--no-cache]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh

seconds=20 connections=64 threads=2 writes=20 port=5393 path=facts cache=true
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --writes) writes="$2"; shift 2 ;;
    --path) path="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-cache) cache=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ensure_wrk
work=$(mktemp -d)
trap 'kill "${server:-0}" "${writer:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="Data Source=$work/news.db"
key="mixed-load-key"

dotnet build src/NewsApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
write_seed_copies "$work/stored.jsonl" 300
cat >"$work/reads.lua" <<LUA
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/articles/" .. math.random(1, 300) .. "/$path")
end
LUA
dotnet "$work/app/NewsApi.dll" import "$work/stored.jsonl" --ConnectionStrings:News="$db" | tr '\r' '\n' | tail -1

ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/NewsApi.dll" --urls "http://127.0.0.1:$port" \
  --ConnectionStrings:News="$db" --NewsApi:SeedOnStartup=false --NewsApi:RateLimit:Enabled=false \
  --NewsApi:ApiKeys:0="$key" --NewsApi:OutputCache:Enabled=$cache --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
wait_ready "$base/alive" 60
wrk -t"$threads" -c"$connections" -d2s -s "$work/reads.lua" "$base" >/dev/null   # warm-up

hits() { curl -fs "$base/metrics" | awk -v r="$1" '/^newsapi_output_cache_lookups_total/ && $0 ~ "result=\"" r "\"" {s += $NF} END {print s + 0}'; }
hit0=$(hits hit) miss0=$(hits miss)

# The writer: new articles (the seed re-titled again, so none is a duplicate) at a steady rate, counted by status.
python3 - "$base" "$key" "$writes" "$seconds" >"$work/writer.txt" <<'PY' &
import http.client, json, sys, time, collections, urllib.parse
base, key, rate, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
text = open("seeds/000_1c790352a2a4b598.txt", encoding="utf-8").read()
title, body = text.split("\n", 1)
status, latencies, i, start = collections.Counter(), [], 0, time.monotonic()
while time.monotonic() - start < seconds:
    due = start + i / rate
    if due > time.monotonic():
        time.sleep(due - time.monotonic())
    payload = json.dumps({"title": f"{title} (mixed {i})", "body": body.replace("1,400", f"{5000 + i:,}"),
                          "publishedAt": "2013-09-06T00:00:00Z", "source": "Mixed"})
    t = time.monotonic()
    conn.request("POST", "/api/articles", payload, {"Content-Type": "application/json", "X-Api-Key": key})
    response = conn.getresponse(); response.read()
    latencies.append(time.monotonic() - t); status[response.status] += 1; i += 1
latencies.sort()
print(f"writes: {i} in {seconds:.0f} s ({i / seconds:.1f}/s), status {dict(status)}, "
      f"p50 {1000 * latencies[len(latencies) // 2]:.1f} ms, p99 {1000 * latencies[int(len(latencies) * 0.99)]:.1f} ms")
PY
writer=$!
out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$work/reads.lua" "$base")
wait "$writer"
hit1=$(hits hit) miss1=$(hits miss)

echo "reads: GET /api/articles/{random 1..300}/$path, $connections connections, ${seconds} s, output cache $([ "$cache" = true ] && echo on || echo off)"
printf 'reads: %s requests/s, p50 %s ms, p90 %s ms, p99 %s ms, errors %s, non-2xx %s\n' \
  "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
  "$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")" "$(to_ms "$(awk '$1=="90%" {print $2}' <<<"$out")")" \
  "$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")" \
  "$(awk '/Socket errors/ {print $0}' <<<"$out" | sed 's/ *Socket errors: //' | grep . || echo 0)" \
  "$(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0)"
cat "$work/writer.txt"
awk -v h="$((hit1 - hit0))" -v m="$((miss1 - miss0))" 'BEGIN {printf "output cache over the run: %d hits, %d misses, hit rate %.3f\n", h, m, (h + m) ? h / (h + m) : 0}'
