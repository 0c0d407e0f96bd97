#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Providers' codes (issue 14) as the program shows them, on a build whose
# table holds the registry and the providers' codes of tests/fixtures
# (SMTPCODE_VENDORS), so the pages do not move with data/vendor-*.txt.
. "$top_srcdir/tests/lib.sh"
V=${SMTPCODE_VENDORS:?run through make check}

# A provider's own code: its meaning first, then what the digits say.
expect_output vendor-5.7.708.en 0 "$V" 5.7.708
expect_output vendor-550-5.7.620.en 0 "$V" 550 5.7.620
expect_status 0 "$V" 5.7.606
expect_stdout '^5\.7\.606  The sending IP is banned$'
expect_stdout '^  Range: +5\.7\.606-649$'
expect_stdout '^  Standing: +vendor-specific: '
expect_stdout '^X\.7\.X  Security or Policy Status$'
# 4.7.606 is in Microsoft's 4.7.500-699, not in its 5.7.606-649.
expect_status 0 "$V" 4.7.606
expect_stdout '^4\.7\.606  Throttled$'
expect_status 1 "$V" 4.7.700
expect_stdout '^4\.7\.700  Not a registered enhanced status code$'

# Tokens, in any case; a key that repeats shows each record and what
# tells them apart.
expect_output vendor-dtspm.en 0 "$V" DT:SPM
"$V" DT:SPM >"$tmp/upper"
expect_status 0 "$V" dt:spm
cmp -s "$tmp/upper" "$tmp/out" || fail "dt:spm differs from DT:SPM"
expect_status 0 "$V" 'AS(7555)'
expect_stdout '^AS\(7555\)  Blocked by the anti-spam service$'
expect_stdout '^  Provider: +Microsoft 365 / Exchange$'
expect_stdout '^  Source: +seen in real bounces, not documented$'

# A registered code keeps its page and lists providers' own uses.
expect_status 0 "$V" 5.7.1
expect_stdout '^5\.7\.1  Delivery not authorized, message refused$'
expect_stdout "^Providers' own uses$"
expect_stdout '^  Microsoft 365 / Exchange, 5\.7\.1: Delivery not authorized$'
expect_stdout "^  NetEase \\(163\\.com, 126\\.com, yeah\\.net, Qiye\\), 5\\.7\\.1: NetEase's 5\\.7\\.1$"
# A basic code's entries tell replies apart by their words: not a use.
expect_status 0 "$V" 550
grep -q "^Providers' own uses" "$tmp/out" && fail "550 lists uses"
expect_status 0 "$V" 4.7.1
grep -q "^Providers' own uses" "$tmp/out" && fail "4.7.1 lists 5.7.1's uses"
expect_status 0 "$V" 251
grep -q "^Providers' own uses" "$tmp/out" && fail "251 lists uses"

# Unknown tokens: not a known code, exit 1, with close tokens.
expect_status 1 "$V" XX:ABC
expect_no_stdout
expect_stderr "^smtpcode: 'XX:ABC' is not a known code\\.$"
expect_stderr "^Providers' codes: smtpcode list vendors$"
grep -q 'Did you mean' "$tmp/err" && fail "XX:ABC has no close token"
expect_status 1 "$V" DT:SPN 251
expect_stderr '^Did you mean DT:SPM\?$'
expect_stdout '^251  User not local; will forward$'
expect_status 1 "$V" dt:sp
expect_stderr '^Did you mean DT:SPM\?$'
expect_status 1 "$SMTPCODE" XX:ABC
expect_stderr "^smtpcode: 'XX:ABC' is not a known code\\.$"
expect_output vendor-brief.en 0 "$V" --brief 5.7.708 'AS(7555)' dt:spm 250

# list vendors, list PROVIDER, search.
expect_output vendor-list-vendors.en 0 "$V" list vendors
expect_output vendor-list-microsoft.en 0 "$V" list microsoft
expect_status 1 "$V" list yahoo
expect_no_stdout
expect_stderr '^smtpcode: no codes of Yahoo / AOL are known$'

# The program's own data (data/vendor-*.txt): what issue 14 asks for.
for code in 5.7.708 '550 5.7.606' DT:SPM dt:spm TSS04 S3150 'AS(7555)'; do
  expect_status 0 "$SMTPCODE" "$code"
  expect_stdout '^  Standing: +vendor-specific: '
done
expect_status 0 "$SMTPCODE" list vendors
[ "$(grep -c '^[a-z]' "$tmp/out")" -ge 12 ] || fail "fewer than 12 providers"
expect_status 0 "$SMTPCODE" list microsoft
[ "$(grep -c '^[0-9A-Za-z]' "$tmp/out")" -ge 60 ] || fail "list microsoft: fewer than 60"
expect_status 0 "$SMTPCODE" list netease
[ "$(grep -c '^[A-Z][A-Z]:' "$tmp/out")" -ge 30 ] || fail "list netease: fewer than 30 tokens"
expect_status 0 "$V" search envelope spam
expect_stdout '^dt:spm      Envelope looks like spam \(NetEase '
[ "$(wc -l <"$tmp/out")" -le 3 ] || fail "search envelope spam finds too much"
expect_status 0 "$V" search 'AS(7555)'
expect_stdout '^AS\(7555\)    Blocked by the anti-spam service'

# JSON: a "vendor" key wherever a provider's entry is used, and only there.
expect_status 0 "$V" --json 5.7.708
expect_stdout '"vendor":\[\{"provider":"microsoft","name":"Microsoft 365 / Exchange","key":"5\.7\.708","standing":"vendor-specific","basic_codes":\["550"\],"match":\[\],"title":"Traffic from this IP is not accepted",'
expect_stdout '"confidence":"documented"\}\]\}\]$'
expect_status 0 "$V" --json DT:SPM
expect_stdout '^\[\{"query":"DT:SPM","codes":\[\],"registered":false,'
expect_stdout '"match":\["DT:SPM 163","content"\]'
expect_status 0 "$V" --json 5.7.1
expect_stdout '"vendor":\[\{"provider":"microsoft",.*\{"provider":"netease",'
expect_status 0 "$V" --json 251
grep -q '"vendor"' "$tmp/out" && fail "251 has a vendor key"
expect_status 0 "$V" --json list microsoft
expect_stdout '^\{"provider":"microsoft","name":"Microsoft 365 / Exchange","key":"4\.7\.500-699",'
expect_status 0 "$V" --json search envelope
expect_stdout '^\{"code":"dt:spm","title":"Envelope looks like spam","vendor":\{"provider":"netease",'
expect_status 0 "$V" --json list vendors
expect_stdout '"provider":"netease","name":"NetEase \(163\.com, 126\.com, yeah\.net, Qiye\)","codes":3,"checked":"2026-11-30"'

if have_chinese; then
  export LANG=zh_CN.UTF-8
  expect_output vendor-5.7.708.zh 0 "$V" 5.7.708
  expect_output vendor-dtspm.zh 0 "$V" DT:SPM
  expect_output vendor-list-vendors.zh 0 "$V" list vendors
  # Search reads the translated texts too: the provider's Chinese name.
  expect_status 0 "$V" search 网易
  expect_stdout '^DT:SPM      Content looks like spam（网易邮箱（163\.com'
  expect_status 1 "$V" XX:ABC
  expect_stderr "^smtpcode: 'XX:ABC' 不是已知的代码。$"
fi
finish
