#!/usr/bin/env python3
"""POST /api/analyze on the seed over ONE keep-alive connection, sequentially, against a /alive round trip on the
same connection in the same run; medians after the first N requests and after all of them (warm-up shows).

    python3 tests/load/analyze_latency.py --base http://127.0.0.1:5391 [--requests 1500] [--early 50]
"""
import argparse
import http.client
import json
import statistics
import time
import urllib.parse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--early", type=int, default=50)
    parser.add_argument("--seed", default="seeds/000_1c790352a2a4b598.txt")
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    title, body = open(args.seed, encoding="utf-8").read().split("\n", 1)
    payload = json.dumps({"title": title, "text": body, "publishedAt": "2013-09-06"}).encode("utf-8")
    connection = http.client.HTTPConnection(url.hostname, url.port)

    def timed(method, path, data=None):
        start = time.perf_counter()
        connection.request(method, path, body=data, headers={"Content-Type": "application/json"} if data else {})
        response = connection.getresponse()
        response.read()
        elapsed = time.perf_counter() - start
        assert response.status == 200, (path, response.status)
        return elapsed * 1000

    analyze, alive = [], []
    for _ in range(args.requests):
        analyze.append(timed("POST", "/api/analyze", payload))
        alive.append(timed("GET", "/alive"))
    early, late = analyze[: args.early], analyze[-args.early:]
    print(f"analyze median first {args.early}: {statistics.median(early):.3f} ms; last {args.early}: {statistics.median(late):.3f} ms; "
          f"all {len(analyze)}: {statistics.median(analyze):.3f} ms")
    print(f"/alive median on the same connection: {statistics.median(alive):.3f} ms; "
          f"analyze / alive (last {args.early}): {statistics.median(late) / statistics.median(alive[-args.early:]):.1f}x")


if __name__ == "__main__":
    main()
