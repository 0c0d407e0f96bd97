#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every error path: the message names the bad input, the status is right.
. "$top_srcdir/tests/lib.sh"

for bad in 6000 25 5.1 600 3.1.1 "550 5.1" 5.1.1.1; do
  expect_status 2 "$SMTPCODE" "$bad"
  expect_stderr "^smtpcode: '$bad' is not an SMTP code\.$"
  expect_stderr '^A code looks like 251, 5\.1\.1, X\.1\.1, "550 5\.1\.1" or 550-5\.1\.1\.$'
  expect_no_stdout
done
expect_status 2 "$SMTPCODE" ""
expect_stderr "^smtpcode: '' is not an SMTP code\.$"
expect_status 2 "$SMTPCODE" 25
expect_stderr '^Did you mean 235, 250, 251, 252, 253\?$'
expect_status 2 "$SMTPCODE" 5.1
expect_stderr '^Did you mean 5\.1\.0, 5\.1\.1, 5\.1\.2, 5\.1\.3, 5\.1\.4\?$'
expect_status 2 "$SMTPCODE" relay
expect_stderr "^To find codes about it, try: smtpcode search 'relay'$"
# A bad word among good codes: nothing is printed half.
expect_status 2 "$SMTPCODE" 250 abc 251
expect_no_stdout
expect_status 2 "$SMTPCODE" "$(printf 'a\033[31mb')"
expect_stderr "'a\\\\x1B\\[31mb' is not"
expect_status 2 "$SMTPCODE"
expect_stderr '^smtpcode: no code given$'
expect_status 2 "$SMTPCODE" --frobnicate
expect_stderr "^smtpcode: unknown option '--frobnicate'$"
expect_stderr "^Try 'smtpcode --help' for more information\.$"
expect_status 2 "$SMTPCODE" --lang
expect_stderr "needs an argument"
expect_status 2 "$SMTPCODE" --lang=fr 250
expect_stderr "^smtpcode: unknown language 'fr': use en or zh$"
expect_status 2 "$SMTPCODE" --color=sometimes 250
expect_stderr "^smtpcode: --color takes auto, always or never, not 'sometimes'$"
expect_status 2 "$SMTPCODE" compare 250
expect_stderr '^smtpcode: compare needs at least two codes'
expect_status 2 "$SMTPCODE" compare 250 nope
expect_no_stdout
expect_status 2 "$SMTPCODE" list 9.9.9.9
expect_stderr "^smtpcode: '9\.9\.9\.9' is not a filter\.$"
expect_status 2 "$SMTPCODE" search
expect_status 1 "$SMTPCODE" search zzzqqq
expect_stderr 'no code mentions'

# Output that cannot be written: an error and status 2, never a crash.
if [ -w /dev/full ]; then
  expect_status 2 sh -c '"$SMTPCODE" 251 >/dev/full'
  expect_stderr '^smtpcode: write error: No space left on device$'
  expect_status 2 sh -c '"$SMTPCODE" --help >/dev/full'
fi
# A closed pipe ends quietly.
expect_status 0 sh -c '"$SMTPCODE" list | head -1'
[ ! -s "$tmp/err" ] || fail "closed pipe printed: $(cat "$tmp/err")"
expect_status 0 sh -c '"$SMTPCODE" 251 >&-; test $? -eq 2'
# The same errors in Chinese.
if have_chinese; then
  expect_status 2 env LANG=zh_CN.UTF-8 "$SMTPCODE" abc
  expect_stderr "^smtpcode: 'abc' 不是有效的 SMTP 代码。$"
  expect_stderr "^要查找与之相关的代码，请尝试：smtpcode search 'abc'$"
  expect_status 2 env LANG=zh_CN.UTF-8 "$SMTPCODE" 25
  expect_stderr '^代码的写法形如 251、5\.1\.1、X\.1\.1、“550 5\.1\.1”或 550-5\.1\.1。$'
  expect_status 2 env LANG=zh_CN.UTF-8 "$SMTPCODE" --frob
  expect_stderr "^smtpcode: 未知选项 '--frob'$"
  expect_status 2 env LANG=zh_CN.UTF-8 "$SMTPCODE" --lang=fr 250
  expect_stderr "^smtpcode: "
  ! grep -q 'unknown language' "$tmp/err" || fail "--lang=fr error is not in Chinese"
  if [ -w /dev/full ]; then
    expect_status 2 sh -c 'LANG=zh_CN.UTF-8 "$SMTPCODE" 251 >/dev/full'
    expect_stderr '^smtpcode: '
  fi
fi
# The C library's messages in Chinese are UTF-8 even where the only locale
# is C.UTF-8 (no '?' for every Han character).
if have_chinese; then
  expect_status 2 env LANGUAGE=zh_CN "$SMTPCODE" explain /nonexistent
  if grep -q '?' "$tmp/err"; then fail "system error message garbled: $(cat "$tmp/err")"; fi
  # Debian's libc-l10n carries the C library's Chinese messages.
  if [ -f /usr/share/locale/zh_CN/LC_MESSAGES/libc.mo ]; then
    expect_stderr '^smtpcode: /nonexistent: 没有'
  fi
fi
# Output and errors keep their order: the findings of the first file come
# before the error about the second, on a pipe and on a terminal (the
# output is buffered; a diagnostic flushes it first).
log=$top_srcdir/tests/data/explain/postfix.log
expect_status 2 "$SMTPCODE" explain "$log" /nonexistent
expect_stderr '^smtpcode: /nonexistent: No such file or directory$'
expect_status 0 sh -c '"$SMTPCODE" explain "$1" /nonexistent 2>&1 | cat' sh "$log"
first=$(grep -n 'postfix.log, Line ' "$tmp/out" | head -1 | cut -d: -f1)
error=$(grep -n '^smtpcode: /nonexistent: ' "$tmp/out" | cut -d: -f1)
[ -n "$first" ] && [ "$error" = "$(wc -l <"$tmp/out")" ] ||
  fail "on a pipe, the error is not after the findings (lines ${first:-none}, ${error:-none})"
if script -qec true /dev/null >/dev/null 2>&1; then
  expect_status 2 script -qec "'$SMTPCODE' explain '$log' /nonexistent" /dev/null
  tr -d '\r' <"$tmp/out" >"$tmp/tty"
  first=$(grep -n 'postfix.log, Line ' "$tmp/tty" | head -1 | cut -d: -f1)
  error=$(grep -n '^smtpcode: /nonexistent: ' "$tmp/tty" | cut -d: -f1)
  [ -n "$first" ] && [ "$error" = "$(wc -l <"$tmp/tty")" ] ||
    fail "on a terminal, the error is not after the findings (lines ${first:-none}, ${error:-none})"
fi
finish
