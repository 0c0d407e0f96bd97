#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# funclen.sh -- no hand-written function in src/ is longer than 80 lines.
#
# A function is measured from the line with its name to its closing
# brace, both included, in the GNU layout the sources use: the name at
# the start of a line, the braces of the body alone at the start of
# theirs.  Generated files (with "Do not edit" in their first lines) are
# not measured.  A failure names each function too long and its length,
# whoever wrote it: split it into functions that each do one thing.

: "${top_srcdir:?run through make check}"
limit=80
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

# measure FILE NAME: "FILE:LINE: function F is N lines long, ..." for
# each function of FILE longer than the limit; NAME is how FILE is named.
measure () {
  awk -v limit="$limit" -v file="$2" '
    # A line at the left margin that opens a parameter list names a function.
    /^[A-Za-z_][A-Za-z0-9_]* \(/ { name = $1; name_line = NR; next }
    /^[^ \t#\/*{}].*[A-Za-z0-9_]+ \(/ && !/;[ \t]*$/ {
      s = $0; sub(/ \(.*/, "", s); sub(/.*[ *]/, "", s); name = s; name_line = NR; next
    }
    /^\{/ { if (name != "") { start = name_line; in_body = 1 } next }
    /^\}/ {
      if (in_body && NR - start + 1 > limit)
        printf "%s:%d: function %s is %d lines long, more than %d\n", file, start, name, NR - start + 1, limit
      in_body = 0; name = ""; next
    }
    # Anything else at the margin (a declaration, a struct) is no function.
    /^[^ \t]/ && !in_body && !/\)[ \t]*$/ && !/,[ \t]*$/ { name = "" }
  ' "$1"
}

# The measure itself, on two functions of exactly the limit and one more
# (a struct and an initializer of that length are not functions).
body () {
  i=0
  while [ "$i" -lt "$1" ]; do echo "  x++;"; i=$((i + 1)); done
}
{
  echo "static int"; echo "fits (int x,"; echo "      int y)"; echo "{"; body $((limit - 4)); echo "}"
  echo "static const int table[] = {"; body $((limit + 5)); echo "};"
  echo "struct big"; echo "{"; body $((limit + 5)); echo "};"
  echo "int too_long (void)"; echo "{"; body $((limit - 2)); echo "}"
} >"$tmp/sample.c"
got=$(measure "$tmp/sample.c" sample.c)
want="sample.c:$((3 * limit + 17)): function too_long is $((limit + 1)) lines long, more than $limit"
if [ "$got" != "$want" ]; then
  printf 'FAIL: the measure is wrong on a sample:\n%s\nexpected:\n%s\n' "$got" "$want"
  exit 1
fi

# Functions tolerated at a length over the limit, as "src/F.c:NAME:N"
# (none now).  An entry that is no longer needed fails too, so that the
# list only shrinks.
known=""

checked=0 failures=0
for file in "$top_srcdir"/src/*.c; do
  if head -3 "$file" | grep -q 'Do not edit'; then
    continue
  fi
  checked=$((checked + 1))
  measure "$file" "${file#"$top_srcdir"/}" >>"$tmp/report"
done
[ "$checked" -gt 0 ] || { echo "no source file found"; exit 99; }
while IFS= read -r line; do
  # "src/F.c:LINE: function NAME is N lines long, ..." as "src/F.c:NAME:N"
  entry=$(printf '%s\n' "$line" | sed 's/^\([^:]*\):[0-9]*: function \([^ ]*\) is \([0-9]*\) .*/\1:\2:\3/')
  tolerated=no
  for k in $known; do
    file_name=${k%:*} most=${k##*:}
    if [ "${entry%:*}" = "$file_name" ] && [ "${entry##*:}" -le "$most" ]; then
      tolerated=yes
      echo "known, to be split: $line"
      echo "$k" >>"$tmp/used"
    fi
  done
  if [ "$tolerated" = no ]; then
    printf 'FAIL: %s\n' "$line"
    failures=$((failures + 1))
  fi
done <"$tmp/report"
for k in $known; do
  grep -qx "$k" "$tmp/used" 2>/dev/null && continue
  printf 'FAIL: %s is no longer over %s lines: take it off the known list in tests/funclen.sh\n' "${k%:*}" "$limit"
  failures=$((failures + 1))
done
echo "$checked files measured, $failures failures"
[ "$failures" = 0 ]
