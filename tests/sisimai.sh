#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# sisimai: explain finds the reply codes and enhanced status codes that
# stand literally in Sisimai's public bounce corpus (tests/data/sisimai,
# BSD-2-Clause), at least 99% of each.  expected.tsv lists, for each
# failed recipient of each bounce, the codes that Sisimai's own tests
# expect, and whether each stands in the message as its own token.
. "$top_srcdir/tests/lib.sh"

corpus=$top_srcdir/tests/data/sisimai
tab=$(printf '\t')
# One line per bounce: FILE then every code that explain reports (a
# bounce's finding gives the other codes of its recipient in "others").
grep -v '^#' "$corpus/expected.tsv" | cut -f1 | sort -u | while read -r file; do
  printf '%s' "$file"
  "$SMTPCODE" explain --json "$corpus/maildir/$file" 2>/dev/null |
    grep -o '"code":"[^"]*"' | sed 's/^"code":"\(.*\)"$/\1/' | tr '\n' ' ' | sed "s/^/$tab/"
  echo
done >"$tmp/found"
checks=$((checks + 1))
test "$(wc -l <"$tmp/found")" -gt 500 || fail "fewer bounces read than listed"

# Recall of the literal codes; an enhanced status X.0.0 does not count
# (Sisimai infers it).
awk -F '\t' -v out="$tmp/score" '
  FNR == NR { n = split($2, c, " "); for (i = 1; i <= n; i++) got[$1 " " c[i]] = 1; next }
  /^#/ { next }
  {
    if ($7 == "yes") { replies++; if (($1 " " $4) in got) hit_r++; else print "missing " $1 " " $4 }
    if ($6 == "yes" && $3 != "5.0.0" && $3 != "4.0.0") {
      statuses++; if (($1 " " $3) in got) hit_s++; else print "missing " $1 " " $3
    }
  }
  END {
    printf "reply %d/%d status %d/%d\n", hit_r, replies, hit_s, statuses > out
    exit !(replies > 300 && statuses > 300 && hit_r * 100 >= replies * 99 && hit_s * 100 >= statuses * 99)
  }' "$tmp/found" "$corpus/expected.tsv" || fail "below 99% of the literal codes: $(cat "$tmp/score")"
cat "$tmp/score"
finish
