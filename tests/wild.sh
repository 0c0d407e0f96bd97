#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# wild: explain on real text that people paste (tests/data/explain/wild,
# its README says how it was collected and split): recall of the expected
# codes at least 97%, lines with a code that is not there at most 2%,
# every decoy silent.  Only the totals are shown: half of the corpus is
# held out from whoever tunes the scanner (tests/wild-score.sh -v lists
# each miss of the half you may read).
. "$top_srcdir/tests/lib.sh"

checks=$((checks + 1))
SMTPCODE=$SMTPCODE sh "$top_srcdir/tests/wild-score.sh" "$top_srcdir"/tests/data/explain/wild/*.tsv \
  >"$tmp/score"
cat "$tmp/score"
# wild: recall R/N (P%), false lines F/M (Q%), decoys silent D/K (S%), items I
awk '{
  split($3, r, "/"); split($7, f, "/"); split($11, d, "/")
  ok = r[2] > 200 && d[2] > 40 && r[1] * 100 >= r[2] * 97 && f[1] * 100 <= f[2] * 2 && d[1] == d[2]
  exit !ok
}' "$tmp/score" || fail "below the targets"
finish
