#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# wild: explain on real text that people paste (tests/data/explain/wild,
# whose README says how it was collected and split).  sets.txt there says
# which sets were tuned on and which are fresh.  On the tuned sets: recall
# of the expected codes at least 97%, lines with a code that is not there
# at most 2%, every decoy silent but those known-loud.txt names with the
# reason.  The fresh sets measure text the scanner was not tuned to: their
# figures are printed, not judged (tests/wild-score.sh -v lists each miss:
# whoever tunes must not run it on them).
. "$top_srcdir/tests/lib.sh"

wild=$top_srcdir/tests/data/explain/wild
# sets.txt names every set of the corpus once, tuned or fresh.
checks=$((checks + 1))
(cd "$wild" && ls) | grep '\.tsv$' | sort >"$tmp/files"
awk '!/^#/ && NF { print $1 == "tuned" || $1 == "graduated" || $1 == "fresh" ? $2 : "(" $0 ")" }' "$wild/sets.txt" | sort >"$tmp/listed"
cmp -s "$tmp/files" "$tmp/listed" ||
  fail "sets.txt does not name each set once, tuned, graduated or fresh: $(diff "$tmp/files" "$tmp/listed" | sed -n 's/^[<>] //p' | tr '\n' ' ')"
# The tuned sets, as the arguments.
set --
while read -r status file; do
  [ "$status" = tuned ] && set -- "$@" "$wild/$file"
done <"$wild/sets.txt"
checks=$((checks + 1))
SMTPCODE=$SMTPCODE sh "$top_srcdir/tests/wild-score.sh" -v "$@" >"$tmp/score"
tail -n 1 "$tmp/score" | sed 's/^wild:/wild, the files tuned on:/'
# Every loud decoy must be one of known-loud.txt, which says why each is,
# in a line of its own: a second loud item of a source needs a second line.
sed -n 's/^DECOY \([^ ]*\) .*/\1/p' "$tmp/score" | sort -u >"$tmp/loud"
grep -v '^#' "$wild/known-loud.txt" | cut -f1 | sort -u >"$tmp/known"
comm -23 "$tmp/loud" "$tmp/known" >"$tmp/unknown"
[ -s "$tmp/unknown" ] && fail "decoys not silent: $(tr '\n' ' ' <"$tmp/unknown")"
# wild: recall R/N (P%), false lines F/M (Q%), decoys silent D/K (S%), items I
tail -n 1 "$tmp/score" | awk -v known="$(grep -vc '^#' "$wild/known-loud.txt")" '{
  split($3, r, "/"); split($7, f, "/"); split($11, d, "/")
  ok = r[2] > 3650 && d[2] > 1460 && r[1] * 100 >= r[2] * 97 && f[1] * 100 <= f[2] * 2 \
    && d[2] - d[1] <= known
  exit !ok
}' || fail "below the targets"
# The sets graduated this session: their misses were read, and they join
# the tuned sets once the scanner has been tuned on them; until then their
# recall is printed, and their decoys and false lines are judged.
set --
while read -r status file; do
  [ "$status" = graduated ] && set -- "$@" "$wild/$file"
done <"$wild/sets.txt"
if [ $# -gt 0 ]; then
  checks=$((checks + 1))
  SMTPCODE=$SMTPCODE sh "$top_srcdir/tests/wild-score.sh" -v "$@" >"$tmp/graduated"
  tail -n 1 "$tmp/graduated" | sed 's/^wild:/wild, the sets graduated, recall not yet judged:/'
  sed -n 's/^DECOY \([^ ]*\) .*/\1/p' "$tmp/graduated" | sort -u | comm -23 - "$tmp/known" >"$tmp/unknown"
  [ -s "$tmp/unknown" ] && fail "decoys of the graduated sets not silent: $(tr '\n' ' ' <"$tmp/unknown")"
  tail -n 1 "$tmp/graduated" | awk '{ split($7, f, "/"); exit !(f[1] * 100 <= f[2] * 2) }' ||
    fail "the graduated sets have more than 2% of lines with a false code"
fi
while read -r status file; do
  [ "$status" = fresh ] || continue
  SMTPCODE=$SMTPCODE sh "$top_srcdir/tests/wild-score.sh" "$wild/$file" |
    sed "s/^wild:/wild, fresh held-out set $file (not tuned on):/"
done <"$wild/sets.txt"
finish
