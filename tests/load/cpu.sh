#!/usr/bin/env bash
# Server CPU time per request: for each path, the user+system time the server process spent (from /proc/PID/stat)
# while wrk ran against it, divided by the requests wrk completed. On a shared machine this moves much less than
# requests/s, so it is the figure to compare two builds by: start both on copies of one database and alternate.
#
#   tests/load/cpu.sh --pid PID --base http://127.0.0.1:5391 [--seconds 4] [--connections 8] [--rounds 3] PATH...
#
# The server should be warmed up first (run every path once for a few seconds): a fresh process spends its first
# seconds compiling.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh

pid="" base="" seconds=4 connections=8 rounds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --pid) pid="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ -n "$pid" ] && [ -r "/proc/$pid/stat" ] && [ -n "$base" ] && [ $# -gt 0 ] || { echo "usage: $0 --pid PID --base URL PATH..." >&2; exit 2; }
ensure_wrk

tick=$(getconf CLK_TCK)
# Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks; the command name in field 2 may hold spaces.
cpu_ticks() { sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'; }
printf "%-48s %10s %14s\n" path requests cpu_us/request
for _ in $(seq 1 "$rounds"); do
  for path in "$@"; do
    before=$(cpu_ticks)
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" "$base$path")
    after=$(cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    printf "%-48s %10s %14s\n" "$path" "$requests" "$(awk -v a="$after" -v b="$before" -v t="$tick" -v n="$requests" 'BEGIN {printf "%.1f", (a - b) / t * 1e6 / n}')"
  done
done
