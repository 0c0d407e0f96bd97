#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Both manual pages lint cleanly and document every option of --help.
. "$top_srcdir/tests/lib.sh"

command -v mandoc >/dev/null || command -v groff >/dev/null ||
  echo "SKIP: neither mandoc nor groff: pages not linted, only their options checked"
for page in "$top_srcdir/man/smtpcode.1" "$top_srcdir/man/zh_CN/smtpcode.1"; do
  checks=$((checks + 1))
  if command -v mandoc >/dev/null; then
    mandoc -T lint -W warning -K utf-8 "$page" >"$tmp/lint" 2>&1 ||
      { fail "mandoc lint $page"; cat "$tmp/lint"; }
  fi
  # groff is what man-db uses: no warning either, Chinese lines included.
  if command -v groff >/dev/null && command -v preconv >/dev/null; then
    checks=$((checks + 1))
    preconv "$page" | groff -ww -z -man -Tutf8 >"$tmp/lint" 2>&1
    [ ! -s "$tmp/lint" ] || { fail "groff lint $page"; cat "$tmp/lint"; }
  fi
  for option in $("$SMTPCODE" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    checks=$((checks + 1))
    grep -q -- "$(printf '%s' "$option" | sed 's/-/\\\\-/g')" "$page" ||
      grep -q -- "$option" "$page" || fail "$page does not document $option"
  done
done
finish
