#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# wild-score.sh -- how well `smtpcode explain` finds the replies in real
# pasted text: tests/wild-score.sh [-v] FILE.tsv...
# Each FILE is a wild corpus file (format: tests/data/explain/wild/README).
# Every item is scanned alone with `explain --json -e TEXT`; a basic code
# and an enhanced code count apart ("550 5.1.1" is two codes).  Prints
#   wild: recall R/N (P%), false lines F/M (Q%), decoys silent D/K (S%), items I
# where recall is over the codes the items expect, a false line is an
# item (not a decoy) for which a code was reported that it does not
# expect, and a decoy is silent when nothing at all is reported.  With
# -v, each miss, false line and noisy decoy is listed first.
# Needs only a POSIX shell, sed and awk.
: "${SMTPCODE:=src/smtpcode}"
verbose=0
[ "${1-}" = -v ] && { verbose=1; shift; }
tab=$(printf '\t')
for file in "$@"; do
  while IFS=$tab read -r url expected category text; do
    [ -n "$url" ] || continue
    # The text's only escapes are \\, \t and \n: %b undoes exactly those.
    found=$(LC_ALL=C "$SMTPCODE" explain --json -e "$(printf '%b' "$text")" 2>/dev/null |
      sed -n 's/^{"line":[0-9]*,"code":"\([^"]*\)".*/\1/p' | tr '\n' ' ')
    printf '%s\t%s\t%s\t%s\n' "$url" "$expected" "$found" "$category"
  done <"$file"
done | awk -F '\t' -v verbose="$verbose" '
  {
    nexp = split($2 == "-" ? "" : $2, e, " "); nfound = split($3, f, " ")
    delete want; delete got
    for (i = 1; i <= nexp; i++) want[e[i]] = 1
    for (i = 1; i <= nfound; i++) got[f[i]] = 1
    items++
    if ($2 == "-") {
      decoys++
      if (nfound == 0) silent++
      else if (verbose) printf "DECOY %s  [%s] found %s\n", $1, $4, $3
      next
    }
    lines++; missing = ""; extra = ""
    for (c in want) { total++; if (c in got) hit++; else missing = missing " " c }
    for (c in got) if (!(c in want)) extra = extra " " c
    if (extra != "") false_lines++
    if (verbose && missing != "") printf "MISS  %s  [%s] want %s, found %s\n", $1, $4, $2, $3
    if (verbose && extra != "") printf "FALSE %s  [%s] want %s, found %s\n", $1, $4, $2, $3
  }
  END {
    printf "wild: recall %d/%d (%.1f%%), false lines %d/%d (%.1f%%), decoys silent %d/%d (%.1f%%), items %d\n",
      hit, total, total ? 100 * hit / total : 100, false_lines, lines, lines ? 100 * false_lines / lines : 0,
      silent, decoys, decoys ? 100 * silent / decoys : 100, items
  }'
