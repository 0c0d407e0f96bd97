#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""reply-cause-score.py -- how often explain's cause of a real reply agrees
with Sisimai's reason for it.

  reply-cause-score.py [-v] [--half tune|heldout|all] SMTPCODE [WILD_DIR]

WILD_DIR (tests/data/explain/wild) holds the wild corpus and, in
sisimai-reasons.txt, Sisimai's reason for each of its replies
(tests/label-replies.pl).  Each item that quotes one reply (one reply code
and one enhanced code at most, a failure) and whose reason names a cause
(not undefined, onhold, delivered, feedback, vacation) is given alone to
`SMTPCODE explain --summary --by=cause`; it agrees when the one cause
counted, or the one cause other than undefined, is Sisimai's reason.
--half: the items in file order, the 1st, 3rd, ... to tune on, the 2nd,
4th, ... held out; -v lists the misses of the half chosen (never run it on
the held-out half while tuning), but not those of the sets that sets.txt
calls fresh: whoever tunes the scanner must not read their text, so -v
only counts them.  The last line is:

  reply causes: agreed A/N (P%)
"""
import os, subprocess, sys

import scoreargs

half, verbose, args = scoreargs.parse(__doc__)
binary = args[0]
wild = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "data/explain/wild")
silent = {"", "undefined", "onhold", "delivered", "feedback", "vacation", "error"}


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def one_failure(codes):
    basic = [c for c in codes if "." not in c]
    enhanced = [c for c in codes if "." in c]
    return codes and len(basic) <= 1 and len(enhanced) <= 1 and codes[0][0] in "45"


items, lines = [], {}
with open(os.path.join(wild, "sisimai-reasons.txt"), encoding="utf-8") as labels:
    for row in labels:
        if row.startswith("#"):
            continue
        name, line, reason = row.rstrip("\n").split("\t")[:3]
        if reason in silent:
            continue
        if name not in lines:
            with open(os.path.join(wild, name), encoding="utf-8", errors="surrogateescape") as f:
                lines[name] = f.read().split("\n")
        columns = lines[name][int(line) - 1].split("\t")
        if one_failure(columns[1].split()):
            items.append((name, line, reason, unescape(columns[3])))

fresh = set()
with open(os.path.join(wild, "sets.txt"), encoding="utf-8") as sets:
    for row in sets:
        words = row.split()
        if len(words) == 2 and words[0] == "fresh":
            fresh.add(words[1])

agreed = total = unlisted = 0
for k, (name, line, reason, text) in enumerate(items):
    if half != "all" and (half == "tune") != (k % 2 == 0):
        continue
    run = subprocess.run([binary, "explain", "--summary", "--by=cause", "-"],
                         input=text.encode("utf-8", "surrogateescape"), capture_output=True)
    causes = [l.split()[1] for l in run.stdout.decode().splitlines() if l.strip()]
    if len(set(causes)) > 1:
        causes = [c for c in causes if c != "undefined"]
    total += 1
    if len(set(causes)) == 1 and causes[0] == reason:
        agreed += 1
    elif verbose and name in fresh:
        unlisted += 1
    elif verbose:
        print(f"DIFF {name}:{line}\t{reason}\tgot {','.join(causes) or 'nothing'}\t{text[:160]!r}")
if unlisted:
    print(f"({unlisted} misses in fresh sets not listed)")
print(f"reply causes: agreed {agreed}/{total} ({100.0 * agreed / max(total, 1):.1f}%)")
