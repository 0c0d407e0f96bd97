#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# data/README lists the vocabulary of src/vocabulary.def: the same names in
# the same order, so that people writing data read what the generator takes.
. "$top_srcdir/tests/lib.sh"
def=$top_srcdir/src/vocabulary.def
readme=$top_srcdir/data/README

def_list () { # MACRO -> its names, one a line
  sed -n "s/^$1 ([A-Z_]*, \"\\([^\"]*\\)\".*/\\1/p" "$def"
}

# readme_list FIELD -> the names listed for FIELD: the text from the line
# "FIELD:" up to a line opening with "(" or the next field, after "from:"
# or "one of:" when it says so; words split at spaces, "|" and ",".
readme_list () {
  awk -v field="$1:" '
    on && ($1 ~ /^\(/ || $0 ~ /^[a-z]+:/ || $0 == "") { exit }
    $1 == field { on = 1; sub(/^[^:]*:/, "") }
    on { text = text " " $0 }
    END {
      if (text ~ /from:/) sub(/.*from:/, "", text)
      if (text ~ /one of:/) sub(/.*one of:/, "", text)
      gsub(/[|,]/, " ", text)
      n = split(text, w, " ")
      for (i = 1; i <= n; i++) print w[i]
    }' "$readme"
}

same () { # MACRO FIELD
  checks=$((checks + 1))
  def_list "$1" >"$tmp/def"
  readme_list "$2" >"$tmp/readme"
  [ -s "$tmp/def" ] || fail "no $1 in src/vocabulary.def"
  diff -u "$tmp/def" "$tmp/readme" >"$tmp/diff" ||
    { fail "data/README's $2 list differs from src/vocabulary.def's ${1}s"; cat "$tmp/diff"; }
}

same STAGE stages
same ACTOR actor
same STANDING standing
same CAUSE cause
same RETRY retry
same PROVIDER provider
same CONFIDENCE confidence
finish
