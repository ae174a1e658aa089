#!/usr/bin/env bash
# SQLite and PostgreSQL side by side, one after the other on this machine: import the same corpus into an empty
# database of each store (rate), report the size per article, then the read latencies of every read path with
# tests/load/reads.sh (one connection and 16, output cache off). PostgreSQL is a throwaway cluster this script starts
# from Debian's packages (as the postgres user when run as root; fsync stays on, as in production). Stops by itself.
#
#   dotnet run -c Release --project tests/NewsApi.Eval -- generate --data ../shared/eval/bbc/dev --count 100000 --out /tmp/corpus.jsonl
#   tests/load/stores.sh --corpus /tmp/corpus.jsonl [--work /tmp/stores] [--seconds 5]
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus="" work=/tmp/newsapi-stores seconds=5 port=55499
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "--corpus must name a .jsonl file (see the generate command above)" >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
as_pg "$bin/initdb" -D "$work/pg" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=4GB" \
  -l "$work/pg.log" -w start >/dev/null
trap 'as_pg "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true' EXIT
psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE scale;"
pg="Host=127.0.0.1;Port=$port;Username=postgres;Database=scale"

dotnet build src/NewsApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
articles=$(wc -l <"$corpus")

# import STORE ARGS...: prints the rate and the importer's peak RSS.
import() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/$name.rss" dotnet "$work/app/NewsApi.dll" import "$corpus" "$@" --progress-seconds 30 >"$work/$name.import" 2>&1
  end=$(date +%s.%N)
  awk -v n="$articles" -v s="$start" -v e="$end" -v name="$name" -v rss="$(cat "$work/$name.rss")" \
    'BEGIN { printf "%s import: %d lines in %.0f s, %.0f articles/s, importer peak RSS %.0f MB\n", name, n, e - s, n / (e - s), rss / 1024 }'
  tail -1 "$work/$name.import"
}

import sqlite "--ConnectionStrings:News=Data Source=$work/sqlite.db"
import postgres --NewsApi:Store=postgres "--ConnectionStrings:News=$pg"

stored=$(psql -h 127.0.0.1 -p "$port" -U postgres -d scale -qAtc "SELECT count(*) FROM articles;")
sqlite_bytes=$(( $(stat -c %s "$work/sqlite.db") + $(stat -c %s "$work/sqlite.db-wal" 2>/dev/null || echo 0) ))
psql -h 127.0.0.1 -p "$port" -U postgres -d scale -qc "VACUUM ANALYZE;"
pg_bytes=$(psql -h 127.0.0.1 -p "$port" -U postgres -d scale -qAtc "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm');")
echo "stored articles: $stored"
awk -v s="$sqlite_bytes" -v p="$pg_bytes" -v n="$stored" 'BEGIN { printf "size: sqlite %.0f MB (%.1f KB/article), postgres tables+indexes %.0f MB (%.1f KB/article)\n", s/1e6, s/n/1e3, p/1e6, p/n/1e3 }'
echo "postgres, per table (rows, MB with indexes and TOAST):"
psql -h 127.0.0.1 -p "$port" -U postgres -d scale -qAt -F' ' -c "SELECT c.relname, c.reltuples::bigint, round(pg_total_relation_size(c.oid) / 1e6, 1) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 3 DESC;"

for c in 1 16; do
  echo "== sqlite, $c connection(s), no cache"
  tests/load/reads.sh --db "$work/sqlite.db" --no-cache --connections "$c" --threads 1 --seconds "$seconds"
  echo "== postgres, $c connection(s), no cache"
  tests/load/reads.sh --postgres "$pg" --no-cache --connections "$c" --threads 1 --seconds "$seconds"
done
