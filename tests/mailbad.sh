#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Bad mail: broken MIME structure, invalid encodings, lying charsets, deep
# nesting, junk, a report on 10,000 recipients.  Never a crash, status 0
# or 1, and the findings of whatever parts can be read.
. "$top_srcdir/tests/lib.sh"

head='From: MAILER-DAEMON@example.org
Subject: Undelivered Mail
Content-Type: multipart/report; boundary=B
'
# An unterminated multipart: no closing boundary, and a part cut short.
printf '%s\n--B\nContent-Type: text/plain\n\n<a@example.com>: said: 550 5.1.1 User unknown\n--B\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.com\nStatus: 5.1' "$head" >"$tmp/open.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/open.eml"
expect_stdout '^Message 1, to <a@example\.com>: 550 5\.1\.1 — userunknown$'
# A part whose boundary never closes but the outer one does, and a
# multipart without any boundary line at all.
printf '%s\n--B\nContent-Type: multipart/mixed; boundary=IN\n\n--IN\n\n550 5.2.2 <b@example.com> mailbox full\n--B--\n' "$head" >"$tmp/inner.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/inner.eml"
expect_stdout '^Message 1, to <b@example\.com>: 550 5\.2\.2 — mailboxfull$'
printf '%s\n550 5.1.1 <c@example.com> no boundary\n' "$head" >"$tmp/none.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/none.eml"
expect_stdout '^Message 1, to <c@example\.com>: 550 5\.1\.1 — userunknown$'

# Invalid base64 and quoted-printable: what decodes is read.
printf '%s\n--B\nContent-Transfer-Encoding: base64\n\n!!NTUwIDUuMS4xIDxkQGV4YW1wbGUuY29tPiB1bmtub3du**\n--B\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ 452 4.2.=\n2 <e@example.com> =4\n--B--\n' "$head" >"$tmp/enc.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/enc.eml"
expect_stdout '^Message 1, to <d@example\.com>: 550 5\.1\.1 — userunknown$'
expect_stdout '^Message 1, to <e@example\.com>: 452 4\.2\.2 — mailboxfull$'

# A charset label that lies (UTF-8 text called ISO-2022-JP), one that is
# unknown, and one that is junk: the text is read as it is.
for label in ISO-2022-JP x-no-such-charset '"a b/c'; do
  printf 'Subject: x\nContent-Type: text/plain; charset=%s\n\n550 5.1.1 <f@example.com> 用户不存在\n' "$label" >"$tmp/charset.eml"
  expect_status 0 "$SMTPCODE" explain "$tmp/charset.eml"
  expect_stdout '^  Server said: <f@example\.com> 用户不存在$'
done

# Multiparts nested 1,000 deep: passed over below the depth kept, and
# the text after them read.
awk 'BEGIN { print "Subject: deep"; for (i = 0; i < 1000; i++) printf "Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n", i, i
  print "\n550 5.1.1 too deep"; for (i = 999; i >= 0; i--) printf "--b%d--\n", i
  print "epilogue" }' >"$tmp/deep.eml"
expect_status 1 "$SMTPCODE" explain "$tmp/deep.eml"
expect_stderr '^smtpcode: no SMTP reply found$'
awk 'BEGIN { print "Subject: deep"; for (i = 0; i < 1000; i++) printf "Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n", i, i
  print "\n550 5.1.1 too deep"; print "--b0--"; print "Content-Type: text/plain\n" }' >"$tmp/deep2.eml"
expect_status 1 "$SMTPCODE" explain "$tmp/deep2.eml"

# No blank line after the header fields.
printf 'From: MAILER-DAEMON@example.org\nSubject: failure\n<g@example.com>: 550 5.1.1 unknown user\n' >"$tmp/noblank.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/noblank.eml"
expect_stdout '^Message 1, to <g@example\.com>: 550 5\.1\.1 — userunknown$'

# Binary junk after a mail header: no crash, valid UTF-8 out.
{ printf 'Subject: junk\n\n'; awk 'BEGIN { x = 7; for (i = 0; i < 200000; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "%c", x % 256 } }'; } >"$tmp/junk.eml"
"$SMTPCODE" explain "$tmp/junk.eml" >"$tmp/out" 2>"$tmp/err"
status=$?
checks=$((checks + 1))
[ "$status" -le 1 ] || fail "binary junk: exit status $status"
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "junk: output is not valid UTF-8"

# A report on 10,000 recipients: one finding each, in order.
awk 'BEGIN { print "From: MAILER-DAEMON@example.org"; print "Content-Type: message/delivery-status"; print ""
  for (i = 1; i <= 10000; i++) printf "Final-Recipient: rfc822; r%d@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n\n", i }' >"$tmp/many.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/many.eml"
checks=$((checks + 1))
[ "$(grep -c '"cause":"userunknown"' "$tmp/out")" -eq 10000 ] ||
  fail "10,000 recipients: $(grep -c '"cause":"userunknown"' "$tmp/out") findings"
checks=$((checks + 1))
sed -n '10000p' "$tmp/out" | grep -q '"recipient":"r10000@example.com"' || fail "10,000 recipients: last one"
expect_status 0 "$SMTPCODE" explain --summary "$tmp/many.eml"
expect_stdout '^ 10000  userunknown '

# A bounce without a report whose recipients outnumber the groups kept
# at a time: 70 replies, then 40 more listed like the first, without a
# reason; each gets one finding all the same.
awk 'BEGIN { print "From: Mail Delivery System <Mailer-Daemon@example.org>"
  print "Subject: Mail delivery failed: returning message to sender"; print ""
  print "  user0@example.com"; print "    550 5.1.1 unknown user"
  for (i = 1; i <= 40; i++) printf "  user%d@example.com\n", i
  print ""
  for (i = 1; i <= 70; i++) printf "<other%d@example.net>: 550 5.1.1 unknown user\n", i }' >"$tmp/listed.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/listed.eml"
checks=$((checks + 1))
[ "$(grep -c '"recipient":"user' "$tmp/out")" -eq 41 ] &&
  [ "$(grep -c '"recipient":"other' "$tmp/out")" -eq 70 ] &&
  [ "$(grep -o '"recipient":"[^"]*"' "$tmp/out" | sort | uniq -d | wc -l)" -eq 0 ] ||
  fail "111 recipients listed and replied: $(wc -l <"$tmp/out") findings"
finish
