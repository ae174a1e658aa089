#!/usr/bin/env python3
"""Rebuilds the party gazetteers embedded in src/NewsApi.Analysis/Resources/Parties.

usage: python3 build_gazetteers.py /work/shared/train src/NewsApi.Analysis/Resources/Parties

Sources (see Resources/NOTICE.md): country-codes.csv (ODC PDDL), geonames-cities15000.tsv (CC BY 4.0),
ssa-given-names.tsv (public domain), GUM news/interview/academic/court + wikigold (CC BY 4.0) for the
lower-case word list. countries.jsonl (ODbL) is deliberately NOT used; demonyms are hand-written in C#.
"""
import csv, json, os, re, sys
from collections import Counter

train, out = sys.argv[1], sys.argv[2]
gaz = os.path.join(train, "gazetteers")
rows = []  # surface, canonical, kind, country


def clean(name):
    name = re.sub(r"\s*\(the\)\s*\*?$", "", name or "").strip().rstrip("*").strip()
    return name


countries = {}
# Open identifiers and coordinates by (canonical, kind): only where the source identifies the place unambiguously.
place_ids = {}
# CLDR display names are short labels ("US", "UK", "Bosnia & Herzegovina"); news wants the full forms.
CANONICAL = {"US": "United States", "GB": "United Kingdom", "BA": "Bosnia and Herzegovina", "MO": "Macao",
             "HK": "Hong Kong", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
             "TT": "Trinidad and Tobago", "AG": "Antigua and Barbuda", "KN": "Saint Kitts and Nevis",
             "VC": "Saint Vincent and the Grenadines", "LC": "Saint Lucia", "PM": "Saint Pierre and Miquelon",
             "TR": "Turkey", "CZ": "Czech Republic", "CI": "Ivory Coast", "MM": "Myanmar"}
for r in csv.DictReader(open(os.path.join(gaz, "country-codes.csv"), encoding="utf-8")):
    canon = CANONICAL.get(r["ISO3166-1-Alpha-2"], clean(r["CLDR display name"]))
    if not canon:
        continue
    countries[r["ISO3166-1-Alpha-2"]] = canon
    ids = ["iso3166:" + r["ISO3166-1-Alpha-2"]] + (["geonames:" + r["Geoname ID"]] if r.get("Geoname ID") else [])
    place_ids[(canon, "country")] = ("|".join(ids), "", "")
    for s in dict.fromkeys([canon, clean(r["official_name_en"]), clean(r["UNTERM English Short"])]):
        if s and "," not in s and "(" not in s:
            rows.append((s, canon, "country", canon))
    cap = (r["Capital"] or "").strip()
    if cap:
        rows.append((cap, cap, "city", canon))

EXTRA = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"], "Turkey": ["Türkiye"], "Czech Republic": ["Czechia"],
    "Ivory Coast": ["Cote d'Ivoire", "Côte d’Ivoire"], "Myanmar": ["Burma"], "Netherlands": ["Holland"],
    "South Korea": ["Korea"], "North Korea": [], "Palestine": ["Palestinian Territories"],
    "Vatican City": ["Vatican"], "Democratic Republic of the Congo": ["Democratic Republic of Congo", "Zaire"],
    "Republic of the Congo": ["Congo"], "Bosnia and Herzegovina": ["Bosnia"], "Antigua and Barbuda": ["Antigua"],
    "Macao": ["Macau"],
}
canon_set = set(countries.values())
for canon, alts in EXTRA.items():
    if canon not in canon_set:
        print("warning: unknown canonical", canon, file=sys.stderr)
    for a in alts:
        rows.append((a, canon, "country", canon))
# Former states that archive and history stories still name (common knowledge, no source file).
for name, alts in {"Yugoslavia": ["Federal Republic of Yugoslavia"], "Soviet Union": ["USSR", "U.S.S.R."],
                   "Czechoslovakia": [], "East Germany": [], "West Germany": []}.items():
    for a in [name] + alts:
        rows.append((a, name, "country", name))
# Constituent countries and regions that news treats as places.
for name in ["England", "Scotland", "Wales", "Northern Ireland", "Europe", "Asia", "Africa", "North America",
             "South America", "Latin America", "Middle East", "Gulf", "Balkans", "Caucasus", "Caribbean",
             "Antarctica", "Oceania", "Scandinavia", "Siberia", "Kashmir", "Chechnya", "Kosovo", "Gaza",
             "West Bank", "Gaza Strip", "Golan Heights", "Crimea", "Tibet", "Taiwan", "Kurdistan", "Darfur",
             "Western Europe", "Eastern Europe", "Central Asia", "Southeast Asia", "East Asia", "Pacific",
             "Atlantic", "Mediterranean", "Persian Gulf", "Red Sea", "Black Sea", "Baltic", "Sahara"]:
    rows.append((name, name, "region", ""))

# Words and given names that a mid-sized city's name must not be (a city of 100,000-500,000 called "Of" or "Mobile").
def lower_vocabulary():
    vocab = Counter()
    for path, keep in ((os.path.join(train, "gum", "gum-ner.jsonl"), lambda d: d.get("genre") in {"news", "interview", "academic", "court"}),
                       (os.path.join(train, "wikigold", "wikigold.jsonl"), lambda d: True)):
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            if keep(d):
                for tok, tag in zip(d["tokens"], d["tags"]):
                    if tag == "O" and tok.isalpha() and tok.islower():
                        vocab[tok] += 1
    return {w for w, n in vocab.items() if n >= 2}


early_common = lower_vocabulary()
early_given = set()
with open(os.path.join(gaz, "ssa-given-names.tsv"), encoding="utf-8") as f:
    f.readline()
    for i, line in enumerate(f):
        if i >= 5000:
            break
        early_given.add(line.split("\t")[0].lower())

admin_countries = {"US", "CA", "AU", "GB", "IN", "DE", "FR", "IT", "ES", "BR", "CN", "RU", "JP", "MX", "ZA",
                   "NG", "PK", "AR", "BE", "NL", "CH", "AT", "IE", "NZ"}
seen_admin = set()
# A city name is identified only if no other place of that name has a tenth of its population ("London", Ontario, is
# far smaller than London; two Hyderabads are not).
name_pops = {}
with open(os.path.join(gaz, "geonames-cities15000.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        c = dict(zip(header, line.rstrip("\n").split("\t")))
        for n in {c["name"], c["asciiname"]}:
            name_pops.setdefault(n, []).append((int(c["population"] or 0), c["geonameid"]))


def identified(name, pop, geonameid):
    return all(other == geonameid or p * 10 < pop for p, other in name_pops.get(name, []))


with open(os.path.join(gaz, "geonames-cities15000.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        c = dict(zip(header, line.rstrip("\n").split("\t")))
        pop = int(c["population"] or 0)
        country = countries.get(c["country_code"], "")
        if (pop >= 100000 or c["feature_code"] == "PPLC") and identified(c["name"], pop, c["geonameid"]) \
                and (c["name"], "city") not in place_ids:
            place_ids[(c["name"], "city")] = ("geonames:" + c["geonameid"], c["latitude"], c["longitude"])
        if pop >= 500000 or c["feature_code"] == "PPLC":
            for s in dict.fromkeys([c["name"], c["asciiname"]]):
                if s:
                    rows.append((s, c["name"], "city", country))
        elif pop >= 100000:
            for s in dict.fromkeys([c["name"], c["asciiname"]]):
                if s and len(s) >= 4 and s.lower() not in early_common and s.lower() not in early_given:
                    rows.append((s, c["name"], "city", country))
        a = c.get("admin1_name", "")
        if a and c["country_code"] in admin_countries and (a, country) not in seen_admin and not any(ch.isdigit() for ch in a):
            seen_admin.add((a, country))
            rows.append((a, a, "region", country))

# Counties, from the public bodies that govern them ("Essex County Council"): places, and in a sports story the county
# side ("Essex beat Kent"). "East Sussex" and "West Sussex" also give the historic county "Sussex".
with open(os.path.join(gaz, "public-bodies.tsv"), encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        m = re.fullmatch(r"((?:North|South|East|West) )?([A-Z][a-z]+) County Council", r["name"])
        if m and r["jurisdiction"] == "GB":
            county = (m.group(1) or "") + m.group(2)
            rows.append((county, county, "region", "United Kingdom"))
            if m.group(1):
                rows.append((m.group(2), m.group(2), "region", "United Kingdom"))

for s_, canon, kind, country in list(rows):
    if s_.startswith("Saint "):
        rows.append(("St " + s_[6:], canon, kind, country))
        rows.append(("St. " + s_[6:], canon, kind, country))
# "St. Louis" is also written "St Louis" (wire tables: "ST LOUIS 69 65") and "Saint Louis"; after the forms above, so a
# spelling they already give keeps its place.
for s_, canon, kind, country in list(rows):
    if s_.startswith("St. "):
        rows.append(("St " + s_[4:], canon, kind, country))
        rows.append(("Saint " + s_[4:], canon, kind, country))
seen = set()
with open(os.path.join(out, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# surface\tcanonical\tkind\tcountry\tids\tlatitude\tlongitude  (generated by tests/NewsApi.Eval/Parties/build_gazetteers.py)\n")
    for s, canon, kind, country in rows:
        key = (s, kind)
        if key in seen or "\t" in s:
            continue
        seen.add(key)
        ids, lat, lon = place_ids.get((canon, kind), ("", "", ""))
        extra = "\t".join([ids, lat, lon]).rstrip("\t")
        f.write("\t".join([s, canon, kind, country]) + ("\t" + extra if extra else "") + "\n")

with open(os.path.join(gaz, "ssa-given-names.tsv"), encoding="utf-8") as f, \
        open(os.path.join(out, "given-names.txt"), "w", encoding="utf-8", newline="\n") as o:
    f.readline()
    o.write("# top US given names (SSA, public domain), most frequent first; f or m where 90% of bearers are of one sex\n")
    for i, line in enumerate(f):
        if i >= 5000:
            break
        name, total, female, male = line.split("\t")[:4]
        sex = "f" if int(female) >= 0.9 * int(total) else "m" if int(male) >= 0.9 * int(total) else ""
        o.write(name + ("\t" + sex if sex else "") + "\n")

# Lower-case vocabulary: words seen lower-case outside entities. Used only to tell a sentence-initial
# capitalised common word ("During", "Efforts") from a name.
counts = Counter()
def feed(path, keep):
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if not keep(d):
            continue
        for tok, tag in zip(d["tokens"], d["tags"]):
            if tag == "O" and tok.isalpha() and tok.islower() and len(tok) > 1:
                counts[tok] += 1
feed(os.path.join(train, "gum", "gum-ner.jsonl"), lambda d: d.get("genre") in {"news", "interview", "academic", "court"})
feed(os.path.join(train, "wikigold", "wikigold.jsonl"), lambda d: True)
words = sorted(w for w, n in counts.items() if n >= 2)
with open(os.path.join(out, "common-words.txt"), "w", encoding="utf-8", newline="\n") as o:
    o.write("# lower-case words seen at least twice outside entities in GUM (news/interview/academic/court) + wikigold\n")
    for w in words:
        o.write(w + "\n")
print(len(seen), "places,", len(words), "common words", file=sys.stderr)

# Organisations (orgs.tsv): football clubs (openfootball, CC0), listed companies (S&P 500 list, PDDL; SEC EDGAR, public
# domain) and public bodies (publicbodies.org, PDDL). One row per surface: surface, canonical, kind, ISO country, ids.
# A single-word surface that is also an ordinary word, a given name or a place is left out ("Target", "Leeds" the
# city stays a place; the extractor reads a place as a club only in a sports story).
given_all = set()
with open(os.path.join(gaz, "ssa-given-names.tsv"), encoding="utf-8") as f:
    f.readline()
    for i, line in enumerate(f):
        if i >= 5000:
            break
        given_all.add(line.split("\t")[0].lower())
place_surfaces = {s.lower() for s, _, _, _ in rows}
# Every populated place of cities15000: a club variant that is a town's name ("Blackburn") is a team only in sport.
town_names = set()
with open(os.path.join(gaz, "geonames-cities15000.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        c = dict(zip(header, line.rstrip("\n").split("\t")))
        town_names.add(c["name"].lower())
        town_names.add(c["asciiname"].lower())
common = set(words)
GENERIC = {"the", "group", "holdings", "international", "national", "american", "united", "first", "general", "global",
           "capital", "trust", "bank", "city", "county", "town", "real", "sporting", "athletic", "union", "club", "news"}


def usable(surface):
    s = surface.strip()
    if len(s) < 3 or "\t" in s or not any(ch.isupper() for ch in s[:1]) and not s[:1].isdigit():
        return False
    parts = s.split()
    if len(parts) == 1:
        w = s.lower()
        if w in common or w in given_all or w in GENERIC or len(s) < 4 and not s.isupper():
            return False
    elif all(p.lower() in common or p.lower() in GENERIC for p in parts):
        return False
    return True


def truecase(name):
    # EDGAR names are in capitals: "MAGNA INTERNATIONAL INC" -> "Magna International Inc". Short acronyms stay.
    if name != name.upper():
        return name
    out_words = []
    for w in name.split():
        out_words.append(w if len(w) <= 3 and w.isalpha() and w not in {"INC", "LTD", "CO", "THE", "AND", "OF"} or any(c.isdigit() for c in w) else w.capitalize())
    return " ".join(out_words)


org_rows = {}


def add_org(surface, canonical, kind, country, ids):
    surface = re.sub(r"\s+", " ", surface.replace(",", " ").replace(" /", " ")).strip().rstrip(".").strip() if kind == "company" else surface.strip()
    surface = re.sub(r"\s*/[A-Za-z]{2,3}/?$", "", surface)
    surface = re.sub(r"\s+new/?$", "", surface).rstrip("/").strip()
    if not usable(surface) or kind == "company" and " " not in surface and surface.lower() in town_names:
        return
    key = surface.upper()
    if key in org_rows and org_rows[key][2] not in ("company", "town-club"):
        return  # clubs and bodies first: their names are exact
    org_rows.setdefault(key, (surface, canonical, kind, country, ids))


import unicodedata

FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
CLUB_FORMS = {"FC", "AFC", "CF", "SC", "AC", "CD", "SV", "FK", "NK", "HNK", "SK", "IF", "BK", "FF", "RCD", "RC", "CA",
              "SD", "UD", "AS", "SS", "US", "KV", "KRC", "RSC", "VfB", "VfL", "TSV", "SpVgg", "1.", "JK", "PFC"}
PARTICLES = {"de", "da", "del", "do", "di", "La", "El", "Le"}


def ascii_fold(name):
    return "".join(c for c in unicodedata.normalize("NFD", name.translate(FOLD)) if unicodedata.category(c) != "Mn")


def club_variants(name):
    """Wire copy writes club names in ASCII, without the legal form and with "St" ("Deportivo Coruna", "Paris St
    Germain", "Atletico Madrid"): the spellings a club name takes there, derived from the name itself."""
    out = []
    for base in dict.fromkeys([name, ascii_fold(name)]):
        words = base.replace("-", " ").replace("St.", "St").split()
        words = ["St" if w == "Saint" else w for w in words]
        stripped = [w for i, w in enumerate(words) if not (w in CLUB_FORMS and (i == 0 or i == len(words) - 1))]
        for ws in (words, stripped, [w for i, w in enumerate(stripped) if i == 0 or w not in PARTICLES]):
            if ws and ws != base.split():
                out.append(" ".join(ws))
    return [v for v in dict.fromkeys(out) if v != name and any(len(w) >= 3 and w.isalpha() for w in v.split())]


with open(os.path.join(gaz, "football-clubs.tsv"), encoding="utf-8") as f:
    clubs = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if not (r["second_team_of"] or r["years"])]
# Reserve sides and defunct clubs are left out. Every club's own names come before any derived spelling of another's.
for derived in (False, True):
    for r in clubs:
        names = [r["name"]] + [v for v in r["variants"].split("|") if v]
        # A derived spelling of one word ("Olympic" from "FC Olympic") is too often an ordinary name: only longer ones.
        for s in ([v for n in names for v in club_variants(n) if " " in v] if derived else names):
            if s.lower() in place_surfaces:
                continue  # a shipped place keeps its reading; the layout rule makes it a team in sport
            add_org(s, r["name"], "town-club" if s.lower() in town_names else "club", r["iso2"], "")

with open(os.path.join(gaz, "public-bodies.tsv"), encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        if any(t in r["tags"] for t in ("school", "academies", "parish_council", "town_council", "fei", "lscb", "imb")):
            continue  # thousands of small local bodies: noise for news, and they crowd the lexicon
        name = r["variants"].split("|")[0] if r["variants"] else r["name"]
        iso = {"GB": "GB", "US": "US", "NZ": "NZ", "EU": ""}.get(r["jurisdiction"], "")
        add_org(name, name, "body", iso, "")
        ab = r["abbreviation"]
        if ab and len(ab) >= 3 and " " not in ab and ab.lower() not in common:
            add_org(ab, name, "body", iso, "")

with open(os.path.join(gaz, "companies.tsv"), encoding="utf-8") as f:
    by_cik = {}
    records = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in records:
        if r["list"] == "S&P 500":
            by_cik[r["cik"]] = r
    for r in records:
        if re.search(r"\b(ETF|FUND|TRUST|ACQUISITION|SPAC|PORTFOLIO|ETN)\b", r["name"].upper()) or r["exchange"] in ("", "OTC"):
            continue
        sp = by_cik.get(r["cik"])
        canonical = (sp["short_name"] or sp["name"]) if sp else truecase(r["short_name"] or r["name"])
        canonical = re.sub(r"\s*\((The|Class [A-Z])\)", "", canonical).strip()
        tickers = r["ticker"].split("|")[0]
        exchange = r["exchange"].split("|")[0]
        ids = f"ticker:{tickers}:{exchange}" if tickers and exchange else ""
        for s in (r["name"], r["short_name"]):
            if s:
                add_org(truecase(re.sub(r"\s*\((The|Class [A-Z])\)", "", s)), canonical, "company", "US" if r["list"] == "S&P 500" else "", ids)

# Organisations the training corpora name (GUM news/interview/academic/court + wikigold, CC BY 4.0): a surface tagged
# ORG at least twice and in at least 80% of its tagged uses ("Labour Party", "KCNA", "Red Sox"), not a place; a
# single word that is not an acronym three times.
def corpus_spans(path, keep):
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not keep(d):
                continue
            tokens, tags = d["tokens"], d["tags"]
            lower_seen.update(t for t in tokens if t.islower())
            i = 0
            while i < len(tokens):
                if tags[i].startswith("B-"):
                    kind, j = tags[i][2:], i + 1
                    while j < len(tokens) and tags[j] == "I-" + kind:
                        j += 1
                    yield " ".join(tokens[i:j]), kind
                    i = j
                else:
                    i += 1


span_types = {}
lower_seen = set()  # every lower-case token of the same corpora: "confederate" and "onion" are words too
for path, keep in ((os.path.join(train, "gum", "gum-ner.jsonl"), lambda d: d.get("genre") in {"news", "interview", "academic", "court"}),
                   (os.path.join(train, "wikigold", "wikigold.jsonl"), lambda d: True)):
    for surface, kind in corpus_spans(path, keep):
        span_types.setdefault(surface, Counter())[kind] += 1
for surface, kinds in sorted(span_types.items()):
    if kinds["ORG"] >= 2 and kinds["ORG"] >= 0.8 * sum(kinds.values()) and surface.lower() not in place_surfaces \
            and surface.lower() not in town_names and not surface[:1].isdigit() and "'" not in surface \
            and not surface.endswith(".") and not surface.startswith("No. ") \
            and (" " in surface or surface.isupper() or kinds["ORG"] >= 3 and surface.lower() not in lower_seen):
        add_org(surface, surface, "body", "", "")

with open(os.path.join(out, "orgs.tsv"), "w", encoding="utf-8", newline="\n") as o:
    o.write("# surface\tcanonical (empty: the surface)\tkind (c club, t club named as its town, b public body, m company)\tcountry\tids  (generated by tests/NewsApi.Eval/Parties/build_gazetteers.py)\n")
    for key in sorted(org_rows):
        surface, canonical, kind, country, ids = org_rows[key]
        o.write("\t".join([surface, "" if canonical == surface else canonical, {"club": "c", "town-club": "t", "body": "b", "company": "m"}[kind], country, ids]).rstrip("\t") + "\n")
print(len(org_rows), "organisation surfaces", file=sys.stderr)
