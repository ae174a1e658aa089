"""Builds src/NewsApi.Analysis/Resources/Quotes/name-genders.txt from the SSA given-name counts (public domain).

A name is kept when at least 2,000 babies received it (1880-2023) and at least 95% of them were of one sex, or 500 to
1,999 babies and at least 98% of one sex (rarer names common outside the US: Geoff, Alastair): the quote attributor
uses it only to rule out "he"/"she" antecedents and to read a name as a person's, so ambiguous names (Jordan,
Taylor) are left out.
usage: python3 build_name_genders.py /work/shared/train/gazetteers/ssa-given-names.tsv OUT
"""
import csv
import sys

rows = []
with open(sys.argv[1], encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        total, female, male = int(r["total"]), int(r["female"]), int(r["male"])
        if total < 500:
            continue
        share = 0.95 if total >= 2000 else 0.98
        if female >= share * total:
            rows.append((r["name"], "F"))
        elif male >= share * total:
            rows.append((r["name"], "M"))
rows.sort()
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
    out.write("# given name <TAB> F|M: US SSA baby names 1880-2023 (public domain), >= 2,000 babies and >= 95% one sex, or >= 500 and >= 98%\n")
    for name, sex in rows:
        out.write(f"{name}\t{sex}\n")
print(len(rows))
