#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""cause-score.py -- how often explain's cause agrees with Sisimai's reason.

  cause-score.py [-v] [--half tune|heldout|all] SMTPCODE [CORPUS_DIR]

For each bounce of CORPUS_DIR/expected.tsv (column 5: Sisimai's reason of
each failed recipient) runs `SMTPCODE explain --json` and compares the
causes of its findings with the reasons, as multisets: a reason counts as
agreed when a finding of the bounce has it.  Reasons that name no cause of
a failure (undefined, onhold, delivered, feedback, vacation) are left out.
--half splits the corpus for tuning: the messages of CORPUS_DIR/maildir
sorted by name, the 1st, 3rd, ... in the tuning half, the 2nd, 4th, ...
held out; rules are tuned on the first and judged on the second, so -v
lists the misses of the tuning half only.  The default is all.  The last line is:

  causes: agreed A/N (P%), files K
"""
import collections, json, os, subprocess, sys

import scoreargs

half, verbose, args = scoreargs.parse(__doc__)
binary = args[0]
corpus = args[1] if len(args) > 1 else "/work/shared/corpus/sisimai"
skip = {"undefined", "onhold", "delivered", "feedback", "vacation", "reason"}

files = sorted(os.listdir(os.path.join(corpus, "maildir")))
tune = set(files[0::2])
chosen = {"all": set(files), "tune": tune, "heldout": set(files) - tune}[half]

want = collections.defaultdict(list)
for line in open(os.path.join(corpus, "expected.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    cols = line.rstrip("\n").split("\t")
    if cols[4] not in skip and cols[0] in chosen:
        want[cols[0]].append(cols[4])

agreed = total = 0
for f in sorted(want):
    p = subprocess.run([binary, "explain", "--json", os.path.join(corpus, "maildir", f)],
                       capture_output=True, env={"LC_ALL": "C"}, timeout=60)
    got = collections.Counter()
    for l in p.stdout.decode("utf-8", "replace").splitlines():
        if l.strip():
            got[json.loads(l).get("cause") or "none"] += 1
    for reason in want[f]:
        total += 1
        if got[reason] > 0:
            got[reason] -= 1
            agreed += 1
        elif verbose and f in tune:
            print("DIFF %-36s %-16s got %s" % (f, reason, " ".join(sorted(got.elements())) or "nothing"))
print("causes: agreed %d/%d (%.1f%%), files %d" % (agreed, total, 100.0 * agreed / max(total, 1), len(want)))
