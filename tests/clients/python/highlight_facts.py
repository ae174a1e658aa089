#!/usr/bin/env python3
"""NewsApi from Python with the standard library only: store an article, list articles, and highlight its facts.

    python3 highlight_facts.py --base http://127.0.0.1:5080 --key dev-local-key

Offsets are requested in code points (offsets=codepoint), which is how Python indexes str, so every fact is
body[start:end] with no conversion, emoji and combining marks included. Exits 1 if any span does not match its text.
"""
import argparse
import json
import sys
import urllib.error
import urllib.request

ARTICLE = {
    "title": "Visitors return to Paris 🎉",
    "body": "🎉 Café owner José Nu\u0301ñez said on Thursday that more than 1,400 people 🙂 visited Paris. "
            "\"We are thrilled 👍🏽,\" said José Nu\u0301ñez. Sales rose 5% to €20 million in Zürich on Monday.",
    "publishedAt": "2013-09-06",
    "source": "Python example",
}


def call(base, path, key=None, body=None):
    """One request; returns (status, parsed JSON). Problems (RFC 9457) come back as JSON too."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base.rstrip("/") + path, data=data, method="POST" if body is not None else "GET")
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("X-Api-Key", key)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read().decode("utf-8") or "null")


def spans(facts):
    """Every (kind, start, end, text) in a facts response."""
    for kind in ("figures", "dates", "quotes"):
        for fact in facts.get(kind) or []:
            yield kind, fact["start"], fact["end"], fact["text"]
    for party in facts.get("parties") or []:
        for mention in party["mentions"]:
            yield party["type"], mention["start"], mention["end"], mention["text"]


def highlight(body, marks):
    """The body with [kind: ...] around each fact, outermost first where spans nest."""
    out, position = [], 0
    for kind, start, end, _ in sorted(marks, key=lambda m: (m[1], -m[2])):
        if start < position:
            continue  # overlapping span: keep the first
        out.append(body[position:start])
        out.append(f"[{kind}: {body[start:end]}]")
        position = end
    out.append(body[position:])
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:5080")
    parser.add_argument("--key", default="dev-local-key")
    args = parser.parse_args()

    status, created = call(args.base, "/api/articles", args.key, ARTICLE)
    if status == 409:
        created = {"id": created["existingId"]}
    elif status != 201:
        print(f"POST /api/articles answered {status}: {created}", file=sys.stderr)
        return 1
    article_id = created["id"]

    status, listing = call(args.base, "/api/articles?source=Python%20example&pageSize=5")
    print(f"articles from this example: {listing['total']}")

    _, article = call(args.base, f"/api/articles/{article_id}")
    _, facts = call(args.base, f"/api/articles/{article_id}/facts?offsets=codepoint")
    body = article["body"]
    wrong = [(k, s, e, t) for k, s, e, t in spans(facts) if body[s:e] != t]
    for kind, start, end, text in wrong:
        print(f"MISMATCH {kind} {start}:{end} {text!r} != {body[start:end]!r}", file=sys.stderr)
    marks = list(spans(facts))
    print(f"facts: {len(marks)}, all slice body[start:end]: {not wrong}")
    print(highlight(body, marks))
    return 1 if wrong or not marks else 0


if __name__ == "__main__":
    sys.exit(main())
