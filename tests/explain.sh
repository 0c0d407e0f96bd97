#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# explain: the replies found in logs, bounces and pasted replies, exactly,
# and the exit statuses.
. "$top_srcdir/tests/lib.sh"

data=$top_srcdir/tests/data/explain
for input in postfix.log exim.log sendmail.log exchange.txt dsn.eml replies.txt swaks.txt \
             providers.txt; do
  expect_output "explain-$input.en" 0 "$SMTPCODE" explain "$data/$input"
done
expect_output explain-postfix.log.json 0 "$SMTPCODE" explain --json "$data/postfix.log"
expect_output explain-dsn.eml.json 0 "$SMTPCODE" explain --json "$data/dsn.eml"
# Providers recognized in their replies (issue 14): the provider, what told
# it, and its own meaning first.
expect_output explain-providers.txt.json 0 "$SMTPCODE" explain --json "$data/providers.txt"
if have_chinese; then
  expect_output explain-providers.txt.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain \
    "$data/providers.txt"
fi
# In bounces the remote server counts too: Zoho's by its name alone, and
# Outlook.com's host before the Microsoft 365 tail of its reply (whose
# 5.7.509 only Microsoft 365's data has).
bounces="rhost-zoho-01.eml rhost-tencent-01.eml rhost-microsoft-04.eml"
expect_output explain-provider-bounces.en 0 sh -c 'cd "$1" && shift && "$@"' sh \
  "$top_srcdir/tests/data/sisimai/maildir" "$SMTPCODE" explain $bounces
expect_output explain-provider-bounces.json 0 sh -c 'cd "$1" && shift && "$@"' sh \
  "$top_srcdir/tests/data/sisimai/maildir" "$SMTPCODE" explain --json $bounces
if have_chinese; then
  expect_output explain-provider-bounces.zh 0 sh -c 'cd "$1" && shift && "$@"' sh \
    "$top_srcdir/tests/data/sisimai/maildir" env LANG=zh_CN.UTF-8 "$SMTPCODE" explain $bounces
fi
# Exchange's own tokens name Microsoft: its 5.1.10 is a recipient not
# found, not the registry's null MX; an on-premises mailbox over its
# quota is no submission quota.
expect_status 0 "$SMTPCODE" explain -e "Remote Server returned '550 5.1.10 \
RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
expect_stdout '^  Provider: Microsoft 365 / Exchange \(recognized by "RESOLVER\."\)$'
expect_stdout "^  5\.1\.10  Recipient not found in the destination tenant \(the provider's own meaning\)$"
expect_status 0 "$SMTPCODE" explain -e "554 5.2.2 mailbox full; \
STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
expect_stdout "^  5\.2\.2  Recipient's mailbox is over its storage quota \(the provider's own meaning\)$"
# Exchange Online's 4.4.317 is a destination that answered with an error,
# unless the text names an untrusted certificate; 5.4.316 and 5.4.317 end
# the retries of 4.4.316 and 4.4.317.
expect_status 0 "$SMTPCODE" explain -e "returned '450 4.4.317 Cannot connect to remote \
server(421 4.2.1 Unable to connect)'"
expect_stdout "^  4\.4\.317  Destination answered the connection with an error \(the provider's"
expect_status 0 "$SMTPCODE" explain -e "450 4.4.317 Cannot connect to remote server \
[Message=UntrustedRoot]"
expect_stdout "^  4\.4\.317  Destination TLS certificate chain cannot be trusted \(the provider's"
expect_status 0 "$SMTPCODE" explain -e "returned '550 5.4.316 Message expired, connection \
refused(Socket error code 10061)'"
expect_stdout "^  5\.4\.316  Message expired: the destination kept refusing connections \(the"
# Exchange's refusals by a group's or mailbox's delivery restrictions
# have their own meaning, not only the registry's 5.7.1.
expect_status 0 "$SMTPCODE" explain -e "Remote Server returned '550 5.7.1 \
RESOLVER.RST.AuthRequired; authentication required'"
expect_stdout "^  RESOLVER\.RST\.AuthRequired  Group accepts only authenticated senders \(the"
expect_status 0 "$SMTPCODE" explain -e "#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##"
expect_stdout "^  RESOLVER\.RST\.NotAuthorized  Sender not on the recipient's allowed list \(the"
expect_output explain-summary.en 0 "$SMTPCODE" explain --summary --by=code \
  "$data/postfix.log" "$data/exim.log" "$data/replies.txt" "$data/dsn.eml"

# Standard input, -e, and the same findings either way.
expect_status 0 sh -c '"$SMTPCODE" explain <"$1"' sh "$data/exim.log"
cmp -s "$expected_dir/explain-exim.log.en" "$tmp/out" || fail "standard input differs from FILE"
# A file saved in UTF-16 with a byte order mark (Windows PowerShell's
# '>'), in either byte order, read as a file or on standard input.
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$data/exim.log"; } >"$tmp/exim-utf16le.log"
expect_status 0 "$SMTPCODE" explain "$tmp/exim-utf16le.log"
cmp -s "$expected_dir/explain-exim.log.en" "$tmp/out" || fail "UTF-16LE differs from UTF-8"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$data/exim.log"; } >"$tmp/exim-utf16be.log"
expect_status 0 sh -c '"$SMTPCODE" explain <"$1"' sh "$tmp/exim-utf16be.log"
cmp -s "$expected_dir/explain-exim.log.en" "$tmp/out" || fail "UTF-16BE differs from UTF-8"
expect_status 0 "$SMTPCODE" explain --summary "$data/exim.log"
cp "$tmp/out" "$tmp/summary-utf8"
expect_status 0 "$SMTPCODE" explain --summary "$tmp/exim-utf16le.log"
cmp -s "$tmp/summary-utf8" "$tmp/out" || fail "UTF-16LE --summary differs from UTF-8"
expect_status 0 "$SMTPCODE" explain -e 'Error: 554 5.7.1 rejected'
expect_stdout '^Line 1: 554 5\.7\.1$'
expect_stdout '^  Server said: rejected$'
expect_status 0 "$SMTPCODE" explain --full -e '550 5.1.1 nope'
expect_stdout '^Description$'
# Classes that disagree are warned about; outside text is escaped.
expect_status 0 "$SMTPCODE" explain -e "$(printf '550 4.1.1 a\033[31mb')"
expect_stdout '^  Warning: 550 is a 5xx reply but 4\.1\.1'
expect_stdout 'a\\x1B\[31mb$'

# Nothing found: status 1.  Decoys are not codes.
expect_status 1 "$SMTPCODE" explain "$data/decoys.txt"
expect_no_stdout
expect_stderr '^smtpcode: no SMTP reply found$'
expect_status 1 "$SMTPCODE" explain --json -e 'at 12:55:01 from 10.0.0.250'
expect_no_stdout
# Unreadable files: status 2, the file named; the other files still read.
expect_status 2 "$SMTPCODE" explain "$tmp/missing.log"
expect_stderr "^smtpcode: $tmp/missing\.log: No such file or directory$"
# A read that fails (a directory) is named too, with or without --summary.
expect_status 2 "$SMTPCODE" explain "$tmp"
expect_stderr "^smtpcode: $tmp: Is a directory$"
expect_status 2 "$SMTPCODE" explain --summary "$tmp/missing.log"
expect_stderr "^smtpcode: $tmp/missing\.log: No such file or directory$"
expect_status 2 "$SMTPCODE" explain "$data/exim.log" "$tmp/missing.log"
expect_stdout 'exim\.log, Line 2: 550 5\.1\.1'
expect_status 2 "$SMTPCODE" explain -e '250 OK' "$data/exim.log"
expect_stderr 'either -e TEXT or files'
expect_status 2 "$SMTPCODE" explain -e
expect_stderr "needs an argument"
# A large file is counted in parts, one per processor, cut only where
# no folded line or multiline reply goes on: the counts are those of
# one scan, as of a pipe, which is read in one piece.
awk 'BEGIN { for (b = 0; b < 1500; b++) {
  for (k = 0; k < 300; k++) printf "250-mx%d.example.com says hello %d\n", b, k
  print "250 HELP"
  print "Diagnostic-Code: smtp; 550-5.1.1 The account"
  for (k = 0; k < 20; k++) print "    550-5.1.1 does not exist"
  print "\t550 5.1.1 at all."
  print "postfix/smtp[1]: A: to=<a@b>, status=deferred (host x said: 451 4.7.1 Later)" } }' >"$tmp/large.log"
expect_status 0 "$SMTPCODE" explain --summary "$tmp/large.log"
expect_stdout '^  1500  250  '
expect_stdout '^  1500  451 4\.7\.1  '
expect_stdout '^  1500  550 5\.1\.1  '
test "$(wc -l <"$tmp/out")" -eq 3 || fail "a code counted apart in two parts"
mv "$tmp/out" "$tmp/large.out"
expect_status 0 sh -c 'cat "$1" | "$SMTPCODE" explain --summary' sh "$tmp/large.log"
cmp -s "$tmp/large.out" "$tmp/out" || fail "a file counted in parts differs from one scan"
# Standard input is read from where it stands, and to its end.
{ echo "421 4.7.0 read before"; cat "$tmp/large.log"; } >"$tmp/offset.log"
expect_status 0 sh -c '{ read -r first; "$1" explain --summary; cat; } <"$2"' \
  sh "$SMTPCODE" "$tmp/offset.log"
cmp -s "$tmp/large.out" "$tmp/out" || fail "standard input not read from where it stood"
rm -f "$tmp/offset.log"
test "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)" -gt 1 ||
  echo "SKIP: one processor, so the large file was not cut into parts" >&2

# Postfix's "said:" and a code, whose words a copy wrapped onto the next
# line without its indent: that line is the reply's words when it ends
# as Postfix ends them, "(in reply to ... command)"; other words are not.
printf 'host mx.example.com[192.0.2.1] said: 554 5.7.1\n<bob@example.com>: Relay access denied (in reply to RCPT TO command)\n' >"$tmp/said.txt"
expect_status 0 "$SMTPCODE" explain "$tmp/said.txt"
expect_stdout '^Line 1: 554 5\.7\.1 \(in reply to RCPT TO\)$'
expect_stdout '^  Server said: <bob@example\.com>: Relay access denied$'
printf 'host mx.example.com[192.0.2.1] said: 554 5.7.1\nSee the log for more.\n' >"$tmp/said.txt"
expect_status 0 "$SMTPCODE" explain "$tmp/said.txt"
! grep -q 'Server said' "$tmp/out" || fail "words taken from a line that Postfix did not end"
rm -f "$tmp/said.txt"

# A report's Status repeats the code of the reply that says why, a line
# or two away: counted by cause, both are that reply's, not a security
# error by the code alone; a code alone far from any words keeps its own.
printf 'Action: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 <bob@example.com>: Relay access denied\n' >"$tmp/status.txt"
expect_status 0 "$SMTPCODE" explain --summary --by=cause "$tmp/status.txt"
expect_stdout '^     2  norelaying  '
# --json gives the Status the same cause, that reply's, after the Status
# or before it.
printf 'Action: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 <bob@example.com>: Relay access denied\n' >"$tmp/status.txt"
expect_status 0 "$SMTPCODE" explain --json "$tmp/status.txt"
cat >"$tmp/want" <<'EOF'
{"line":2,"code":"5.7.1","basic":null,"enhanced":"5.7.1","command":null,"text":"","title":"Delivery not authorized, message refused","warning":null,"cause":"norelaying"}
{"line":3,"code":"554 5.7.1","basic":"554","enhanced":"5.7.1","command":null,"text":"<bob@example.com>: Relay access denied","title":"Transaction failed, or no SMTP service here / Delivery not authorized, message refused","warning":null,"cause":"norelaying"}
EOF
cmp -s "$tmp/want" "$tmp/out" || fail "explain --json: the Status line not given the cause of the reply beside it"
printf '550 5.7.1 Relay access denied\nStatus: 5.7.1\n' >"$tmp/status.txt"
expect_status 0 "$SMTPCODE" explain --json "$tmp/status.txt"
expect_stdout '^\{"line":2,"code":"5\.7\.1",.*"cause":"norelaying"\}$'
printf 'Status: 5.7.1\n\n\n\n\n550 5.7.1 Relay access denied\n' >"$tmp/status.txt"
expect_status 0 "$SMTPCODE" explain --summary --by=cause "$tmp/status.txt"
expect_stdout '^     1  securityerror  '
expect_status 0 "$SMTPCODE" explain --json "$tmp/status.txt"
expect_stdout '^\{"line":1,"code":"5\.7\.1",.*"cause":"securityerror"\}$'
rm -f "$tmp/status.txt"

# qmail's sentence above "Remote host said:" names the command refused:
# "does not like recipient." RCPT TO, "but my name was rejected." HELO.
printf '<bob@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 User unknown\nGiving up on 192.0.2.1.\n' >"$tmp/qmail.txt"
expect_status 0 "$SMTPCODE" explain "$tmp/qmail.txt"
expect_stdout '^Line 3: 550 \(in reply to RCPT TO\)$'
printf 'Connected to 192.0.2.1 but my name was rejected.\nRemote host said: 501 5.0.0 Invalid domain name\n' >"$tmp/qmail.txt"
expect_status 0 "$SMTPCODE" explain --summary --by=cause "$tmp/qmail.txt"
expect_stdout '^     1  blocked  '
rm -f "$tmp/qmail.txt"

# Counts of seven digits widen the column, and the codes still line up.
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "250 OK"; print "421 4.7.0 Bye" }' >"$tmp/many.log"
expect_status 0 "$SMTPCODE" explain --summary "$tmp/many.log"
expect_stdout '^1000000  250         #'
expect_stdout '^      1  421 4\.7\.0   #'

if have_chinese; then
  expect_output explain-postfix.log.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain "$top_srcdir/tests/data/explain/postfix.log"
  expect_output explain-summary.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain --summary "$top_srcdir/tests/data/explain/dsn.eml"
  expect_output explain-swaks.txt.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain "$top_srcdir/tests/data/explain/swaks.txt"
fi
finish
