#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""lineends-score.py -- whether explain finds the same in a bounce whatever
its line ends.

  lineends-score.py SMTPCODE MAILDIR

Each message of MAILDIR is rewritten with LF, CRLF and CR-only line ends,
and `SMTPCODE explain --json` run on each; a message counts as the same
when the CRLF and CR outputs equal the LF output.  The last line is:

  line ends: CRLF same S/N (P%), CR same C/N (Q%)
"""
import os, re, subprocess, sys, tempfile

if len(sys.argv) != 3:
    sys.exit(__doc__)
binary, maildir = sys.argv[1:]

def run(data):
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        p = subprocess.run([binary, "explain", "--json", f.name], capture_output=True,
                           env={"LC_ALL": "C"}, timeout=60)
        return p.returncode, p.stdout

n = crlf = cr = 0
for name in sorted(os.listdir(maildir)):
    raw = open(os.path.join(maildir, name), "rb").read()
    lines = re.split(rb"\r\n|\r|\n", raw)
    base = run(b"\n".join(lines))
    n += 1
    crlf += run(b"\r\n".join(lines)) == base
    same = run(b"\r".join(lines)) == base
    cr += same
    if not same and "-v" in os.environ.get("SCORE_FLAGS", ""):
        print("CR differs:", name)
print("line ends: CRLF same %d/%d (%.1f%%), CR same %d/%d (%.1f%%)"
      % (crlf, n, 100.0 * crlf / n, cr, n, 100.0 * cr / n))
