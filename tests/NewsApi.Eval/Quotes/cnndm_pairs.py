#!/usr/bin/env python3
"""Hand-labelling direct quotes in CNN/DailyMail stories, to measure speaker attribution on the kind of news the
held-out quote set of issue 12 comes from. The labels are derived from evaluation data, so they are kept OUTSIDE the
repository (like the data itself), and so is the labelled JSONL this builds; only the tool is here.

  cnndm_pairs.py dump DATA IDX...          story IDX (0-based line of DATA, e.g. ../shared/eval/cnndm/dev.jsonl) with
                                           every quotation-mark pair numbered in place: [n| ... |n]
  cnndm_pairs.py build DATA LABELS OUT     LABELS: idx<TAB>pair<TAB>q|x<TAB>mention<TAB>speaker (q = direct quote, its
                                           speaker's full name or - for none; x = no quote, mention says why);
                                           OUT: the QuoteLabels JSONL that `eval quotes --data OUT` scores

Labelling rules are those of tests/data/quotes/README.md (a speaker is a person or organisation named in the text;
quotes from documents or unnamed people have none; 1-3 word fragments are no quotes). Label a story from its dumped
text alone, before looking at the analyzer's output on it.
"""
import json, sys

def pairs(t):
    """Straight and curly marks. A mark after a space (or bracket) before a non-space opens; one opened while another of
    its kind is open ends the open one there (CNN/DM flattens paragraphs, so a quote reopened in the next paragraph
    would otherwise pair wrongly). A single mark closes only when no letter follows (so "don't" is no mark)."""
    out = []; open_ = {'d': -1, 's': -1}
    def opener(i):
        b = t[i-1] if i > 0 else ' '; a = t[i+1] if i+1 < len(t) else ' '
        return (b.isspace() or b in '([-—') and not a.isspace()
    for i, c in enumerate(t):
        a = t[i+1] if i+1 < len(t) else ' '
        kind = 'd' if c in '"“”' else 's' if c in "'‘’" else None
        if kind is None: continue
        if c in '“‘' or (c in '"\'' and opener(i) and (kind == 'd' or a.isalnum() or a in '"“')):
            if open_[kind] >= 0: out.append((open_[kind], i))
            open_[kind] = i
        elif open_[kind] >= 0 and (kind == 'd' or not a.isalpha()):
            out.append((open_[kind], i)); open_[kind] = -1
    res = []
    for o, c in sorted(out):
        s, e = o + 1, c
        while s < e and t[s].isspace(): s += 1
        while e > s and (t[e-1].isspace() or t[e-1] == ','): e -= 1
        if e > s: res.append((s, e))
    return res

rows = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
if sys.argv[1] == 'dump':
    for idx in map(int, sys.argv[3:]):
        t = rows[idx]['text']; ps = pairs(t)
        marks = {}
        for n, (s, e) in enumerate(ps):
            marks.setdefault(s, []).append(f'[{n}|'); marks.setdefault(e, []).insert(0, f'|{n}]')
        buf = []
        for i in range(len(t) + 1):
            for m in marks.get(i, []):
                buf.append(m)
            if i < len(t): buf.append(t[i])
        print(f'=== story {idx} (fold {idx % 5 + 1}), {len(ps)} pairs\n' + ''.join(buf))
else:
    labels, out = sys.argv[3], sys.argv[4]
    by = {}
    for line in open(labels, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        f = line.split('\t')
        by.setdefault(int(f[0]), []).append(f)
    n = 0
    with open(out, 'w', encoding='utf-8') as w:
        for idx, fs in by.items():
            t = rows[idx]['text']; ps = pairs(t); spans = []
            for f in fs:
                s, e = ps[int(f[1])]
                q = f[2] == 'q'
                fld = lambda i: f[i] if len(f) > i and f[i] not in ('', '-') else None
                spans.append(dict(start=s, end=e, text=t[s:e], is_quote=q, speaker_mention=fld(3) if q else None,
                                  speaker=fld(4) if q else None, why=None if q else fld(3)))
                n += q
            spans.sort(key=lambda x: x['start'])
            w.write(json.dumps(dict(doc=f'cnndm_{idx}', genre='news', title='', body=t, spans=spans), ensure_ascii=False) + '\n')
    print(f'{len(by)} stories, {n} quotes -> {out}')
