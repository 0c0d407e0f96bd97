#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Looking codes up: exact pages in English and Chinese, every form.
. "$top_srcdir/tests/lib.sh"

expect_output lookup-251.en 0 "$SMTPCODE" 251
expect_output lookup-550-5.1.1.en 0 "$SMTPCODE" "550 5.1.1"
expect_output lookup-299.en 1 "$SMTPCODE" 299
# A code no RFC defines that a provider sends: not registered, but its
# uses are listed.
expect_output lookup-526.en 1 "$SMTPCODE" 526
expect_output lookup-5.9.9.en 1 "$SMTPCODE" 5.9.9
expect_output lookup-550-4.1.1.en 0 "$SMTPCODE" 550-4.1.1
expect_output brief.en 1 "$SMTPCODE" --brief 250 251 "550 5.1.1" 4.7.1 299

# Every form of the same pair gives the same page.
"$SMTPCODE" "550 5.1.1" >"$tmp/pair"
for form in 550-5.1.1 "550 x.1.1" ; do
  expect_status 0 "$SMTPCODE" "$form"
  [ "$form" = "550 x.1.1" ] || cmp -s "$tmp/pair" "$tmp/out" || fail "$form differs from '550 5.1.1'"
done
expect_status 0 "$SMTPCODE" 550 5.1.1
cmp -s "$tmp/pair" "$tmp/out" || fail "550 5.1.1 as two words differs from one word"
expect_status 0 "$SMTPCODE" X.1.1
expect_stdout '^X\.1\.1  '
expect_status 0 "$SMTPCODE" x.1.1
expect_stdout '^X\.1\.1  '
expect_status 0 "$SMTPCODE" 4.1.1
expect_stdout '^4\.1\.1  '
expect_status 0 "$SMTPCODE" 250 251 252
[ "$(grep -c '^Description$' "$tmp/out")" = 3 ] || fail "three codes, three pages"
expect_status 1 "$SMTPCODE" 250 4.7.999
expect_stdout '^4\.7\.999  Not a registered'

if have_chinese; then
  expect_output lookup-251.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" 251
  expect_output lookup-550-5.1.1.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" "550 5.1.1"
  expect_output lookup-299.zh 1 env LANG=zh_CN.UTF-8 "$SMTPCODE" 299
  expect_output lookup-526.zh 1 env LANG=zh_CN.UTF-8 "$SMTPCODE" 526
  # The same Chinese page whatever way Chinese is asked for.
  for how in "LC_ALL=zh_CN.UTF-8" "LC_MESSAGES=zh_SG.UTF-8" "LANG=zh" \
             "LANGUAGE=zh_CN" "LANG=en_US.UTF-8 LANGUAGE=zh_CN:en"; do
    expect_status 0 env $how "$SMTPCODE" 251
    cmp -s "$expected_dir/lookup-251.zh" "$tmp/out" || fail "$how does not give Chinese"
  done
  expect_status 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" --lang=en 251
  cmp -s "$expected_dir/lookup-251.en" "$tmp/out" || fail "--lang=en does not give English"
  expect_status 0 "$SMTPCODE" -L zh 251
  cmp -s "$expected_dir/lookup-251.zh" "$tmp/out" || fail "-L zh does not give Chinese"
  expect_status 0 env LANG=zh_TW.UTF-8 "$SMTPCODE" 251
  cmp -s "$expected_dir/lookup-251.en" "$tmp/out" || fail "zh_TW is documented to give English"
fi
finish
