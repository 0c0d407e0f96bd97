#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# compare: the exact 214/251 page in both languages, mixed codes.
. "$top_srcdir/tests/lib.sh"

expect_output compare-214-251.en 0 "$SMTPCODE" compare 214 251
expect_output compare-450-550.en 0 "$SMTPCODE" compare 450 550
expect_output compare-550-5.1.1.en 0 "$SMTPCODE" compare 550 5.1.1
expect_output compare-4.7.1-5.7.1.en 0 "$SMTPCODE" compare 4.7.1 5.7.1
expect_status 1 "$SMTPCODE" compare 250 299
expect_stdout '^299  Not a registered'
expect_status 0 "$SMTPCODE" compare 250 251 252
expect_stdout '^All of 250, 251, 252 belong to the 2xx Positive Completion class\.$'
# The registry pairs X.7.1 with 550, but 4.7.1 never stands beside 550; and
# X.7.1 beside 550 is sent as 5.7.1.
expect_status 0 "$SMTPCODE" compare 4.7.1 5.7.1 550
expect_stdout 'one line as "550 5\.7\.1"'
! grep -q '550 4\.7\.1' "$tmp/out" || fail "compare pairs 4.7.1 with 550"
expect_status 0 "$SMTPCODE" compare X.7.1 550
expect_stdout 'one line as "550 5\.7\.1"'
if have_chinese; then
  expect_output compare-214-251.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" compare 214 251
  expect_output compare-450-550.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" compare 450 550
fi
finish
