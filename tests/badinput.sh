#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Bad and unusual input: never a crash, always the documented status and
# a message that says what was wrong.
. "$top_srcdir/tests/lib.sh"

huge=$(head -c 100000 /dev/zero | tr '\0' 7)
expect_status 2 "$SMTPCODE" "$huge"
expect_stderr "^smtpcode: '7{50,}\\.\\.\\.' is not an SMTP code\\.$"
expect_status 2 "$SMTPCODE" ""
expect_stderr "^smtpcode: '' is not an SMTP code\\.$"

# 10,000 arguments: all looked up, one line each.
seq 10000 | sed 's/.*/250/' >"$tmp/args"
expect_status 0 sh -c 'xargs "$SMTPCODE" --brief <"$1"' sh "$tmp/args"
[ "$(wc -l <"$tmp/out")" -eq 10000 ] || fail "10,000 arguments: $(wc -l <"$tmp/out") lines"

# Invalid UTF-8 in an argument is escaped, never echoed raw.
expect_status 2 "$SMTPCODE" "$(printf 'ab\377\300')"
expect_stderr "^smtpcode: 'ab\\\\xFF\\\\xC0' is not an SMTP code\\.$"
expect_status 1 "$SMTPCODE" search "$(printf '\377')" zzz
expect_stderr 'no code mentions'

# Invalid UTF-8 and NUL bytes on standard input: found, escaped, valid output.
printf '550 5.1.1 bad \377\300 bytes \000 and NUL\n' >"$tmp/in"
expect_status 0 sh -c '"$SMTPCODE" explain <"$1"' sh "$tmp/in"
expect_stdout "$(printf 'bad \357\277\275\357\277\275 bytes \\\\x00 and NUL')"
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "explain output is not valid UTF-8"
expect_status 1 sh -c 'printf "\000\000\377" | "$SMTPCODE" explain'
expect_stderr '^smtpcode: no SMTP reply found$'

# Found by fuzzing: a DSN diagnostic with a bare code, then a folded line.
expect_status 0 "$SMTPCODE" explain -e "$(printf 'Diagnostic-Code: smtp; 550\n  550 more')"
expect_stdout '^Line 1: 550$'

# A 100 MB line: bounded memory, no crash, the reply at its start found.
{ printf '550 5.1.1 long '; head -c 100000000 /dev/zero | tr '\0' x; printf '\n'; } >"$tmp/long"
expect_status 0 sh -c '"$SMTPCODE" explain --summary "$1"' sh "$tmp/long"
expect_stdout '^ +1  550 5\.1\.1 '
# No progress line when standard error is not a terminal.
[ ! -s "$tmp/err" ] || fail "explain wrote to a non-terminal stderr: $(head -c 200 "$tmp/err")"
rm -f "$tmp/long"

# Output that cannot be written.
expect_status 2 sh -c '"$SMTPCODE" 251 >&-'
expect_stderr '^smtpcode: write error: Bad file descriptor$'
if [ -w /dev/full ]; then
  expect_status 2 sh -c '"$SMTPCODE" list >/dev/full'
  expect_stderr '^smtpcode: write error: No space left on device$'
  expect_status 2 sh -c '"$SMTPCODE" explain -e "550 5.1.1 x" >/dev/full'
  expect_stderr '^smtpcode: write error: No space left on device$'
fi
expect_status 0 sh -c '"$SMTPCODE" list | head -c 10 >/dev/null'
[ ! -s "$tmp/err" ] || fail "closed pipe printed: $(cat "$tmp/err")"

expect_status 2 "$SMTPCODE" -Q 250
expect_stderr "^smtpcode: unknown option '-Q'$"

# Unusual environments: English, valid output, no crash.
expect_status 0 env -u LANG "$SMTPCODE" --brief 250
expect_stdout '^250  Requested mail action okay, completed$'
for lang in "" C POSIX xx_YY.FOO "zh_CN.GB2312" "$(printf 'zh\377')" "$huge"; do
  expect_status 0 env LANG="$lang" "$SMTPCODE" --brief 250
  iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "LANG=$lang: invalid UTF-8"
done
for language in "" ":::" "zz:yy" "$huge" "$(printf '\377')"; do
  expect_status 0 env LANGUAGE="$language" "$SMTPCODE" --brief 250
  expect_stdout '^250  Requested mail action okay, completed$'
done

# Any COLUMNS: narrow, huge, or nonsense.
expect_status 0 env COLUMNS=1 "$SMTPCODE" 251
expect_stdout '^Description$'
if have_chinese; then
  expect_status 0 env COLUMNS=1 LANG=zh_CN.UTF-8 "$SMTPCODE" 251
  iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "COLUMNS=1 zh: invalid UTF-8"
  # Chinese text wraps at a narrow width without splitting a character.
  expect_status 0 env COLUMNS=30 LANG=zh_CN.UTF-8 "$SMTPCODE" 251
  width=$(LC_ALL=C.UTF-8 wc -L <"$tmp/out")
  [ "$width" -le 30 ] || fail "COLUMNS=30 zh: a line is $width columns wide"
  expect_stdout '^  是否重试： 无需重试，请求已$'
fi
expect_status 0 env COLUMNS=99999999999999999999 "$SMTPCODE" 251
[ "$(grep -c '' "$tmp/out")" -lt 40 ] || fail "huge COLUMNS still wraps"
for columns in -5 0 abc ""; do
  expect_status 0 env COLUMNS="$columns" "$SMTPCODE" 251
done
finish
