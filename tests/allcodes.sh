#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every code of the database resolves and prints every section, in English
# and in Chinese; each enhanced code resolves in every class it is listed for.
. "$top_srcdir/tests/lib.sh"

"$SMTPCODE" list | grep -v "^ " | cut -d" " -f1 >"$tmp/codes"
[ "$(wc -l <"$tmp/codes")" -gt 130 ] || fail "the database lists too few codes"
headings_en='^Description$|^When it occurs$|^How to fix$|^Learn more$'
headings_zh='^描述$|^何时出现$|^如何修复$|^了解更多$'
while read -r code; do
  expect_status 0 "$SMTPCODE" "$code"
  [ "$(grep -E -c "$headings_en" "$tmp/out")" = 4 ] || fail "$code: sections missing"
  if have_chinese; then
    expect_status 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" "$code"
    [ "$(grep -E -c "$headings_zh" "$tmp/out")" = 4 ] || fail "$code: Chinese sections missing"
    # A Chinese page that holds a long English sentence, other than a
    # server's words in quotes, was not translated.
    english=$(grep -v -e '“' -e '"' "$tmp/out" |
      grep -E -m1 '[a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+')
    [ -z "$english" ] || fail "$code: English text in the Chinese page: $english"
  fi
done <"$tmp/codes"
for cls in 2 4 5; do
  "$SMTPCODE" list "$cls.X" | grep -v "^ " | cut -d" " -f1 >"$tmp/class"
  while read -r code; do
    expect_status 0 "$SMTPCODE" --brief "$code"
  done <"$tmp/class"
done
finish
