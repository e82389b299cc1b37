#!/usr/bin/env python3
"""Writes the syllable counts the OCR spelling repair ranks its candidates by.

The repair (extract: io.github.vanban.extract.ocrspell) puts back the tone and vowel marks
Tesseract misreads; it chooses between syllables that differ only in their marks by how often each
stands beside its neighbours in Vietnamese administrative text. This script counts that text:

- the born-digital documents of the development part (eval/SPLIT.tsv rows `dev`; the scans, whose
  text is itself OCR, and the PDF with a broken font are left out), which include the seeds and
  their other formats (eval/corpus/seeds, eval/corpus/formats);
- the sample documents of the CLI (samples/docs), scans and damaged files left out.

The test part (rows `test`) is never read. Each document's text is read with the vanban CLI
(`vanban extract --text --no-ocr`), lower-cased and cut into runs of letters; two syllables count
as a bigram when only spaces stand between them (punctuation and line ends break the chain).

Output, a UTF-8 TSV: `#` comment lines, then `1<TAB>syllable<TAB>count` for every syllable and
`2<TAB>left<TAB>right<TAB>count` for every bigram seen at least --min-bigram times.

usage (from the repository root, after building samples/target/vanban.jar):
  python3 eval/syllable-counts.py --jar samples/target/vanban.jar \
      --out extract/src/main/resources/io/github/vanban/extract/ocrspell/syllables.tsv
For measuring the repair on text the counts have not seen, --leave-out REGEX counts every document
but those whose repository path matches and writes the left-out documents' text to --held-out DIR;
--cache DIR keeps the extracted texts between runs.
"""
import argparse
import collections
import csv
import pathlib
import re
import subprocess
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIPPED = re.compile(r"scan|brokenfont|encrypted|truncated|empty|expected\.json$")
WORD = re.compile(r"[^\W\d_]+|[^\S\n]+|.", re.UNICODE)


def documents():
    """The born-digital development documents and samples, sorted, as repository paths."""
    found = []
    with (ROOT / "eval" / "SPLIT.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#") and row[1] == "dev":
                found.append(ROOT / "eval" / "corpus" / row[0])
    found += sorted((ROOT / "samples" / "docs").iterdir())
    return [f for f in found if f.is_file() and not SKIPPED.search(f.name)]


def text_of(jar, path, cache):
    cached = cache / (path.name + ".txt") if cache else None
    if cached and cached.exists():
        return cached.read_text(encoding="utf-8")
    run = subprocess.run(
        ["java", "-jar", str(jar), "extract", "--text", "--no-ocr", str(path)],
        capture_output=True,
        timeout=600,
    )
    if run.returncode != 0:
        print(f"skipped {path.name}: {run.stderr.decode(errors='replace').strip()}", file=sys.stderr)
        return ""
    text = unicodedata.normalize("NFC", run.stdout.decode("utf-8", errors="replace"))
    if cached:
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_text(text, encoding="utf-8")
    return text


def count(text, unigrams, bigrams):
    for line in text.lower().split("\n"):
        previous = None
        for token in WORD.findall(line):
            if token[0].isalpha():
                unigrams[token] += 1
                if previous is not None:
                    bigrams[(previous, token)] += 1
                previous = token
            elif not token.isspace():
                previous = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jar", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    parser.add_argument("--min-bigram", type=int, default=2)
    parser.add_argument("--leave-out", help="regular expression: documents not to count")
    parser.add_argument("--held-out", type=pathlib.Path, help="folder for the left-out texts")
    parser.add_argument("--cache", type=pathlib.Path, help="folder keeping the extracted texts")
    args = parser.parse_args()
    unigrams, bigrams = collections.Counter(), collections.Counter()
    used = []
    for path in documents():
        text = text_of(args.jar, path, args.cache)
        if args.leave_out and re.search(args.leave_out, path.relative_to(ROOT).as_posix()):
            args.held_out.mkdir(parents=True, exist_ok=True)
            (args.held_out / (path.name + ".txt")).write_text(text, encoding="utf-8")
            continue
        if text.strip():
            count(text, unigrams, bigrams)
            used.append(path.relative_to(ROOT).as_posix())
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# Syllable counts for the OCR spelling repair, written by eval/syllable-counts.py\n")
        out.write(f"# from {len(used)} born-digital development documents and samples\n")
        out.write("# 1<TAB>syllable<TAB>count | 2<TAB>left<TAB>right<TAB>count (lower case, NFC)\n")
        for word, n in sorted(unigrams.items(), key=lambda e: (-e[1], e[0])):
            out.write(f"1\t{word}\t{n}\n")
        for (left, right), n in sorted(bigrams.items(), key=lambda e: (-e[1], e[0])):
            if n >= args.min_bigram:
                out.write(f"2\t{left}\t{right}\t{n}\n")
    print(f"{len(used)} documents, {sum(unigrams.values())} syllables, "
          f"{len(unigrams)} distinct, {len(bigrams)} bigrams", file=sys.stderr)


if __name__ == "__main__":
    main()
