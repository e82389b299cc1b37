#!/usr/bin/env python3
"""Writes eval/SPLIT.tsv: each document of the corpus goes to the development or the test part.

The split is by source, never by document: every document taken from one source repository lands
in the same part, so the test part measures transfer to sources never tuned on. A repository goes
to the test part when the first hex digit of the SHA-1 of its name is below 7 (about 7 in 16), a
rule fixed before any result was seen and stable as repositories are added. The seeds and their
format variants are the texts the rules were first written on: always development.
usage (from the repository root): python3 eval/make-split.py
"""
import csv
import hashlib
import pathlib

root = pathlib.Path(__file__).resolve().parent
rows = []
for group in ("seeds", "formats"):
    for f in sorted((root / "corpus" / group).iterdir()):
        rows.append((f"{group}/{f.name}", "dev", "tuned on"))
for manifest in sorted((root / "corpus").glob("*/MANIFEST.tsv")):
    group = manifest.parent.name
    with manifest.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            repo = rec["source_repo"].strip()
            test = int(hashlib.sha1(repo.encode("utf-8")).hexdigest()[0], 16) < 7
            rows.append((f"{group}/{rec['file']}", "test" if test else "dev", repo))
with (root / "SPLIT.tsv").open("w", encoding="utf-8") as out:
    out.write("# file\tpart\tsource (written by make-split.py; do not edit by hand)\n")
    for r in sorted(rows):
        out.write("\t".join(r) + "\n")
