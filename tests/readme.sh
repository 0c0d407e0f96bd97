#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The examples of README.md are real: each "    $ smtpcode ..." block shows
# what the program prints (up to a "    ..." line, when the block stops early).
. "$top_srcdir/tests/lib.sh"

awk -v dir="$tmp" '
  /^    \$ / { n++; cmd = substr($0, 7); file = dir "/example" n
             print cmd > (file ".cmd"); close(file ".cmd"); printf "" > (file ".want"); inb = 1; next }
  inb && /^    \.\.\.$/ { print "" > (file ".partial"); inb = 0; next }
  inb && /^    / { print substr($0, 5) >> (file ".want"); next }
  inb && /^$/ { print "" >> (file ".want"); next }
  inb { inb = 0 }
' "$top_srcdir/README.md"

for cmd in "$tmp"/example*.cmd; do
  [ -e "$cmd" ] || { fail "no example found in README.md"; break; }
  base=${cmd%.cmd}
  case $(cat "$cmd") in
    *tests/data/*) ;;
    *smtpcode*) ;;
    *) continue ;;
  esac
  # Trailing blank lines of a block separate it from the prose.
  sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$base.want" >"$base.w"
  checks=$((checks + 1))
  (cd "$top_srcdir" && PATH=$(dirname "$SMTPCODE"):$PATH && export PATH &&
     eval "$(cat "$cmd")") >"$base.got" 2>&1
  if [ -e "$base.partial" ]; then
    head -n "$(wc -l <"$base.w")" "$base.got" >"$base.g"
  else
    cp "$base.got" "$base.g"
  fi
  diff -u "$base.w" "$base.g" >"$base.diff" ||
    { fail "README example differs: $(cat "$cmd")"; cat "$base.diff"; }
done
finish
