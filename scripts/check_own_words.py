#!/usr/bin/env python3
"""List places in the repository whose wording runs N words (default 6) as in the texts of
../shared (the seed article and the shared devset), which may be read but never copied.

Names and titles are facts and show up too; comments and test sentences should not.
Usage: python3 scripts/check_own_words.py [N]   (run from the repository root)
"""
import glob
import json
import re
import subprocess
import sys
from pathlib import Path

N = int(sys.argv[1]) if len(sys.argv) > 1 else 6
shared = Path("../shared")
if not shared.is_dir():
    print("skipped: ../shared is absent (the seed and devset live beside the repository)")
    sys.exit(0)


def words(text):
    return re.findall(r"\w+", text)


grams = set()
for f in glob.glob(str(shared / "devset" / "*.json")) + glob.glob(str(shared / "seed" / "*.json")):
    w = words(json.load(open(f, encoding="utf-8")).get("text", ""))
    grams.update(" ".join(w[i : i + N]) for i in range(len(w) - N + 1))
for f in glob.glob(str(shared / "seed" / "*.txt")):
    w = words(open(f, encoding="utf-8").read())
    grams.update(" ".join(w[i : i + N]) for i in range(len(w) - N + 1))

hits = 0
for f in subprocess.check_output(["git", "ls-files"], text=True).split():
    if not re.search(r"\.(rs|md|json|txt|tsv|jsonl|py|sh)$", f) or f.startswith("ontology/kb/"):
        continue
    w = words(open(f, encoding="utf-8", errors="replace").read())
    seen = set()
    for i in range(len(w) - N + 1):
        g = " ".join(w[i : i + N])
        if g in grams and g not in seen:
            seen.add(g)
            hits += 1
            print(f"{f}: {g}")
print(f"{hits} runs of {N} words shared with ../shared")
