#!/usr/bin/env bash
# Shared by the load scripts in this folder (sourced, not run).

# wrk from Debian's packages when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# wrk's latency ("850.00us", "12.3ms", "1.2s") in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'
}

# write_seed_copies FILE COUNT: COUNT copies of the seed article as JSONL in the POST shape, each with its own title,
# figure, publication day (a day of 2013) and source ("Wire 0".."Wire 4"), so none is a duplicate of another.
write_seed_copies() {
  python3 - "$1" "$2" <<'PY'
import json, sys
text = open("seeds/000_1c790352a2a4b598.txt", encoding="utf-8").read()
title, body = text.split("\n", 1)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[2])):
        out.write(json.dumps({"title": f"{title} ({i})", "body": body.replace("1,400", f"{1400 + i:,}"),
                              "publishedAt": f"2013-{1 + i % 12:02d}-{1 + i % 28:02d}T00:00:00Z", "source": f"Wire {i % 5}"}) + "\n")
PY
}

# Polls URL until it answers 2xx, at most TRIES times half a second apart.
wait_ready() {
  local url="$1" tries="$2"
  for _ in $(seq 1 "$tries"); do curl -fs "$url" >/dev/null && return 0; sleep 0.5; done
  echo "no answer from $url" >&2
  return 1
}

# measure_reads BASE PATH...: warms up on every path, then runs wrk against each path (the first is the baseline) and
# prints requests/s, p50, p90 and p99 latency and the ratio to the baseline. Uses $threads, $connections, $seconds.
measure_reads() {
  local base="$1"; shift
  local width=28 path out rps baseline="" non2xx
  for path in "$@"; do [ ${#path} -gt $width ] && width=${#path}; done
  # Warm-up of every path (JIT tiering of its code, connection pool, caches), so that no endpoint is measured on a cold
  # process just because it comes first in the list.
  for path in "$@"; do wrk -t"$threads" -c"$connections" -d2s "$base$path" >/dev/null; done
  printf "%-${width}s %12s %9s %9s %9s %9s\n" endpoint requests/s p50_ms p90_ms p99_ms vs_alive
  for path in "$@"; do
    # Requests still in flight from the previous path (slow ones queue behind each other) must not land in this one.
    sleep "${drain_seconds:-3}"
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    [ -z "$baseline" ] && baseline=$rps
    printf "%-${width}s %12s %9s %9s %9s %9s %s\n" "$path" "$rps" \
      "$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")" "$(to_ms "$(awk '$1=="90%" {print $2}' <<<"$out")")" \
      "$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")" \
      "$(awk -v a="$rps" -v b="$baseline" 'BEGIN {printf "%.2f", a/b}')" "${non2xx:+(non-2xx: $non2xx)}"
  done
}
