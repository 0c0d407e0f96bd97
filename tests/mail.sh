#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# explain over mail: messages and mboxes read as a mail client reads them,
# one finding per failed recipient with its cause, exactly, in both
# languages; the same findings whatever the line ends; Sisimai's mbox.
. "$top_srcdir/tests/lib.sh"

data=$top_srcdir/tests/data/mail
# A report: base64 GB2312 notice, a quoted-printable soft break inside a
# code, two recipients, a folded Diagnostic-Code, the original left alone.
expect_output mail-report.en 0 "$SMTPCODE" explain "$data/report.eml"
expect_output mail-report.json 0 "$SMTPCODE" explain --json "$data/report.eml"
# Bounces without a delivery status part, grouped by the address they name.
expect_output mail-bounces.en 0 "$SMTPCODE" explain "$data/bounces.mbox"
expect_output mail-summary.en 0 "$SMTPCODE" explain --summary "$data/report.eml" "$data/bounces.mbox"
expect_output mail-summary-code.en 0 "$SMTPCODE" explain --summary --by=code "$data/bounces.mbox"
expect_output mail-summary.json 0 "$SMTPCODE" explain --summary --json "$data/bounces.mbox"
if [ "${USE_NLS-yes}" != no ]; then
  expect_output mail-report.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain "$data/report.eml"
  expect_output mail-bounces.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain "$data/bounces.mbox"
  expect_output mail-summary.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain --summary "$data/bounces.mbox"
fi

# CRLF and CR alone give what LF gives, from a file and from a pipe.
for input in report.eml bounces.mbox named.mbox; do
  "$SMTPCODE" explain "$data/$input" >"$tmp/lf" 2>&1
  awk '{ printf "%s\r\n", $0 }' "$data/$input" >"$tmp/crlf"
  awk '{ printf "%s\r", $0 }' "$data/$input" >"$tmp/cr"
  for ends in crlf cr; do
    checks=$((checks + 1))
    "$SMTPCODE" explain "$tmp/$ends" >"$tmp/got" 2>&1
    cmp -s "$tmp/lf" "$tmp/got" || { fail "$input with $ends line ends differs"; diff "$tmp/lf" "$tmp/got" | head; }
    checks=$((checks + 1))
    "$SMTPCODE" explain <"$tmp/$ends" >"$tmp/got" 2>&1
    cmp -s "$tmp/lf" "$tmp/got" || fail "$input with $ends line ends on standard input differs"
  done
done

# A message saved or pasted with blank lines above its header (some with
# spaces, one with CR alone) is still read as mail, its lines counted from
# the first of the file.
"$SMTPCODE" explain --json "$data/report.eml" | sed 's/"line":[0-9]*/L/' >"$tmp/plain.json"
printf '\n  \t \r\r\n\n' | cat - "$data/report.eml" >"$tmp/blank.eml"
for input in "$tmp/blank.eml" -; do
  checks=$((checks + 1))
  "$SMTPCODE" explain --json "$input" <"$tmp/blank.eml" | sed 's/"line":[0-9]*/L/' >"$tmp/got"
  cmp -s "$tmp/plain.json" "$tmp/got" || fail "blank lines above a header ($input)"
done
expect_status 0 "$SMTPCODE" explain --json "$tmp/blank.eml"
expect_stdout "\"line\":$(( $(grep -n 'Final-Recipient: rfc822; bob' "$data/report.eml" | cut -d: -f1) + 4 ))"
# An mbox whose separator line has an empty sender, as some write a
# bounce's, is still an mbox; prose that starts with "From" is not.
printf 'From   Fri Apr  3 11:37:28 2009\nFrom: MAILER-DAEMON@example.org\nSubject: Rejected\n\nYour message to <x@example.com> was automatically rejected:\nQuota exceeded\n' >"$tmp/empty-sender.mbox"
expect_status 0 "$SMTPCODE" explain "$tmp/empty-sender.mbox"
expect_stdout '^Message 1, to <x@example\.com>: no code given — mailboxfull$'
expect_status 0 "$SMTPCODE" explain -e 'From   the log: 550 5.1.1 user unknown'
expect_stdout '^Line 1: 550 5\.1\.1$'
# A forwarded bounce: what follows Outlook's "----- Original Message -----"
# is the bounce, not the original it returns; without "Fw:" it is.
printf 'From: Will <will@example.org>\nTo: admin@example.org\nSubject: Fw: Returned mail: see transcript for details\n\nWhat does this mean?\n\n----- Original Message -----\nFrom: "Mail Delivery Subsystem" <MAILER-DAEMON@example.edu>\nSubject: Returned mail: see transcript for details\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.edu.:\n>>> RCPT To:<bob@example.edu>\n<<< 550 5.1.1 <bob@example.edu>... User unknown\n' >"$tmp/forwarded.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/forwarded.eml"
expect_stdout '^Message 1, to <bob@example\.edu>: 550 5\.1\.1 \(in reply to RCPT TO\) — userunknown$'
sed 's/^Subject: Fw: /Subject: /' "$tmp/forwarded.eml" >"$tmp/returned.eml"
expect_status 1 "$SMTPCODE" explain "$tmp/returned.eml"
# Only blank lines: no message, no reply.
expect_status 1 "$SMTPCODE" explain -e "$(printf '\n \n')"

# Text that is not mail keeps its line-by-line reading, even when it
# holds DSN fields, and a pasted "Status:" line is no header.
expect_status 0 "$SMTPCODE" explain -e 'Status: 5.1.1'
expect_stdout '^Line 1: 5\.1\.1$'
# A page that lost its line breaks shows a whole header on one line:
# text, not a message with no body.
expect_status 0 "$SMTPCODE" explain -e 'From: Mail Delivery Subsystem <a@b> Subject: Delivery Status Notification (Failure) Action: failed Diagnostic-Code: smtp; 550 5.1.1 No such user'
expect_stdout '^Line 1: 550 5\.1\.1$'
# A log's label named like a field, then a reply: hMailServer's.
expect_status 0 "$SMTPCODE" explain -e 'RECEIVED: 550-5.1.1 The email account that you tried to reach does not exist.'
expect_stdout '^Line 1: 550 5\.1\.1$'
expect_status 0 "$SMTPCODE" explain -e "$(printf 'Diagnostic-Code: smtp; 550 5.1.1 nope\n')"
expect_stdout '^Line 1: 550 5\.1\.1$'
# A message with no reply: status 1, and the message says so.
printf 'From: a@example.org\nSubject: hello\n\nNothing failed here.\n' >"$tmp/plain.eml"
expect_status 1 "$SMTPCODE" explain "$tmp/plain.eml"
expect_no_stdout
expect_stderr '^smtpcode: no SMTP reply found$'
# A bounce that gives no code still names the recipient and the cause.
printf 'From: MAILER-DAEMON@example.org\nSubject: Undeliverable\n\n<x@example.com>:\nThe mailbox is full.\n' >"$tmp/nocode.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/nocode.eml"
expect_stdout '^Message 1, to <x@example\.com>: no code given — mailboxfull$'
expect_status 0 "$SMTPCODE" explain --json "$tmp/nocode.eml"
expect_stdout '"code":null,"basic":null,"enhanced":null'
# A provider's own entry names the cause of its code (Microsoft's
# 5.7.708 is mail refused from an IP of poor reputation, as Microsoft
# documents it, not a rate as Sisimai reads it),
# in a bounce and where a log's replies are counted by cause.
printf 'From: MAILER-DAEMON@example.org\nSubject: Undeliverable\n\n<x@example.com>:\nhost mx.example.com said: 550 5.7.708 Access denied, traffic not accepted from this IP. [DM6PR02MB1234.namprd02.prod.outlook.com]\n' >"$tmp/provider.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/provider.eml"
expect_stdout '^Message 1, to <x@example\.com>: 550 5\.7\.708 — badreputation$'
tail -n 1 "$tmp/provider.eml" >"$tmp/provider.log"
expect_status 0 "$SMTPCODE" explain --summary --by=cause "$tmp/provider.log"
expect_stdout '^     1  badreputation  '
# A provider's token from the provider's own server names its entry's
# cause whatever the words: Yahoo's [TSS04] from its MX is the refusal
# its entry names, not the bad reputation of "user complaints"; from
# another server, the words decide.
for remote in mta6.am0.yahoodns.net mx.example.net; do
  printf 'From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\n\nDelivery failed.\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 4.7.0\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1\n--B--\n' "$remote" >"$tmp/tss04.eml"
  expect_status 0 "$SMTPCODE" explain --json "$tmp/tss04.eml"
  case $remote in
  *yahoodns.net) expect_stdout '"recipient":"bob@example.com".*"cause":"rejected"' ;;
  *) expect_stdout '"recipient":"bob@example.com".*"cause":"badreputation"' ;;
  esac
done
# A bounce that names its recipient but neither a code nor words of a
# cause (Google's "failed permanently:" then the address; Exchange's
# notice below list fields): a finding for the recipient all the same,
# with the words that follow a line naming the address alone.  An abuse
# report's Message-ID is no recipient.  A returned message's MIME part in
# a body without MIME fields is the original, not the notice (its Cc is
# nobody's failure); each address a notice names with its words (Yahoo's
# "<bob@...>:") is a recipient of its own.  A delivery status that names
# one recipient three times (an alias loop) gives one finding, with the
# most specific code first and the others beside it.  Sendmail's
# transcript: "example.net (smtp)... 550 Host unknown" is about the
# recipient at example.net, and a reply that names nobody, above one that
# names the only recipient, is about that recipient too.  A Message-id or
# an Original-envelope-id written like an address names no recipient.
# A report whose delivery status names nobody (Postfix's "Delivery report
# unavailable") is about the returned message's only addressee.  Lotus
# Notes writes the reason, then the address on a line of its own.  A
# notice naming nobody, above "Original Message:" and the original's
# fields, is about the original's To.
expect_output mail-named.en 0 "$SMTPCODE" explain "$data/named.mbox"
expect_output mail-named.json 0 "$SMTPCODE" explain --json "$data/named.mbox"
if [ "${USE_NLS-yes}" != no ]; then
  expect_output mail-named.zh 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" explain "$data/named.mbox"
fi
# A message whose first field is one a mailing list adds is read as mail.
sed -n '/^Precedence:/,/Nothing more/p' "$data/named.mbox" >"$tmp/list.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/list.eml"
expect_stdout '^Message 1, to <DAVE@EXAMPLE\.COM>: no code given — undefined$'
# A notice that sums up the returned message in fields of its own
# (GroupWise's "To:      <bob@...>", rfc3464-39 of Sisimai's corpus) or
# between the address and the reason (flufl.bounce's simple_13): the
# words are the notice's, not the summary's fields.
printf 'From: Postmaster <postmaster@example.net>\nSubject: Undeliverable: bob@example.net\n\nYour Message\n\nTo:      <bob@example.net>\n\nSubject: Hello\n\nDid not reach the following recipient: bob@example.net\n' >"$tmp/summary.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/summary.eml"
expect_stdout '^  Server said: Did not reach the following recipient: bob@example\.net$'
printf "From: MAILER-DAEMON@example.fr\nSubject: Undeliverable\n\nA message could not be delivered to:\nbob@example.fr\nSubject: Hello\nL'adresse de messagerie référencée ci-dessus n'existe pas.\n" >"$tmp/summary.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/summary.eml"
expect_stdout '^Message 1, to <bob@example\.fr>: no code given — undefined$'
expect_stdout "^  Server said: L'adresse de messagerie référencée ci-dessus n'existe pas\\.\$"
# A gateway's footer in a part after the report (as in flufl.bounce's
# dsn_13) is no part of the notice, even where its words would name a
# cause ("prohibited"): the finding keeps the status alone.
expect_status 0 "$SMTPCODE" explain "$data/footer.eml"
expect_stdout '^Message 1, to <bob@example\.com>: failed, 5\.1\.1 — userunknown$'
grep -q 'prohibited' "$tmp/out" && fail "a footer after the report was taken for the words"
# AOL's notice names the sender it writes to ("Sorry alice@...", "not
# accepting mail from alice@...") and its recipients by screen name, with
# no address: the finding names no recipient rather than the sender.
printf 'From: Mail Delivery Subsystem <MAILER-DAEMON@aol.com>\nTo: <alice@example.com>\nSubject: Mail Delivery Problem\n\nSorry alice@example.com. Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:\n\tbobscreenname\n' >"$tmp/aol.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/aol.eml"
expect_stdout '^Message 1: no code given — undefined$'
expect_stdout '^  Server said: Sorry alice@example\.com\. .* embedded images: bobscreenname$'
# Exim's "(generated from bob@...)" names the address that was given,
# which is the recipient, not a sender.
printf 'From: Mail Delivery System <Mailer-Daemon@example.com>\nSubject: Mail delivery failed: returning message to sender\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  an undisclosed address\n    (generated from bob@example.com)\n' >"$tmp/generated.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/generated.eml"
expect_stdout '^Message 1, to <bob@example\.com>: no code given — undefined$'
# Exchange 5.5 summarizes the returned message ("To: bob@...",
# "Subject: ...") above the reason: the summary is not the server's
# words.  A line that holds the address alone says nothing either, and
# the words are shown without the notice's indentation.
printf 'From: System Administrator <postmaster@example.org>\nSubject: Undeliverable: hello\n\nYour message\n\n  To:      bob@example.org\n  Subject: hello\n  Sent:    Fri, 14 Sep 2007 18:52:08 +0300\n\ndid not reach the following recipient(s):\n\nBob Smith on Fri, 14 Sep 2007 18:52:54 +0300\n    The recipient was unavailable to take delivery of the message\n' >"$tmp/summary.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/summary.eml"
expect_stdout '^  Server said: Bob Smith on .* The recipient was unavailable to take delivery of the message$'
! grep -q 'Subject' "$tmp/out" || fail "the summary's Subject: was taken for the server's words"
printf 'From: Mail Delivery Subsystem <mailer-daemon@example.com>\nSubject: Delivery Status Notification (Failure)\n\nDelivery to the following recipient failed permanently:\n\n     bob@example.com\n' >"$tmp/alone.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/alone.eml"
expect_stdout '^Message 1, to <bob@example\.com>: no code given — undefined$'
! grep -q 'Server said' "$tmp/out" || fail "an address alone was taken for the server's words"
sed 's/^     bob@example.com$/   * bob@example.com/' "$tmp/alone.eml" >"$tmp/bullet.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/bullet.eml"
expect_stdout '^Message 1, to <bob@example\.com>: no code given — undefined$'
! grep -q 'Server said' "$tmp/out" || fail "a bulleted address alone was taken for the server's words"
printf 'From: Mail Delivery System <Mailer-Daemon@example.com>\nSubject: Mail delivery failed\n\nA message that you sent could not be delivered to all of its recipients. The\nfollowing address(es) failed:\n\n  bob@example.net:\n    unrouteable mail domain "example.net"\n' >"$tmp/indent.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/indent.eml"
expect_stdout '^  Server said: unrouteable mail domain "example\.net"$'
expect_stdout '^Message 1, to <bob@example\.net>: no code given — hostunknown$'
printf "From: MAILER-DAEMON@example.org\nSubject: failure notice\n\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<bob@example.org>:\nMessage rejected. Not enough storage space in user's mailbox to accept message.\n" >"$tmp/storage.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/storage.eml"
expect_stdout '^Message 1, to <bob@example\.org>: no code given — mailboxfull$'
# A report's recipient whose only words are an indented line of the
# notice that names it gets them without the indentation.
printf 'From: MAILER-DAEMON@example.org\nSubject: Delivery delayed\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n    bob@example.com: No route to host\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; bob@example.com\nAction: delayed\nStatus: 4.4.1\n\n--B--\n' >"$tmp/dsnwords.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/dsnwords.eml"
expect_stdout '^  Server said: bob@example\.com: No route to host$'
# A command named below a label after the reply (m-FILTER's layout):
# "user unknown" in answer to DATA is a filter's refusal, in answer to
# RCPT TO the address's; without the label the command is not known,
# and the words alone are taken for a filter's as well.
printf 'From: MAILER-DAEMON@example.org\nSubject: Returned mail\n\nbob@example.jp\n-------server message\n550 unknown user <bob@example.jp>\n-------SMTP command\nDATA\n' >"$tmp/label.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/label.eml"
expect_stdout '^Message 1, to <bob@example\.jp>: 550 \(in reply to DATA\) — filtered$'
sed 's/^DATA$/RCPT TO/' "$tmp/label.eml" >"$tmp/rcpt.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/rcpt.eml"
expect_stdout '^Message 1, to <bob@example\.jp>: 550 \(in reply to RCPT TO\) — userunknown$'
sed '/SMTP command/d' "$tmp/label.eml" >"$tmp/nolabel.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/nolabel.eml"
expect_stdout '^Message 1, to <bob@example\.jp>: 550 — filtered$'
# Chinese words of a GB2312 bounce name their cause.
printf 'From: MAILER-DAEMON@example.org\nSubject: Undeliverable\nContent-Type: text/plain; charset=GB2312\n\n<bob@example.com>: 552 \323\312\317\344\322\321\302\372\n' >"$tmp/gb.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/gb.eml"
expect_stdout '^Message 1, to <bob@example\.com>: 552 — mailboxfull$'
# --by takes code or cause.
expect_status 2 "$SMTPCODE" explain --summary --by=reason "$data/report.eml"
expect_stderr "^smtpcode: --by takes code or cause, not 'reason'$"
expect_status 2 "$SMTPCODE" explain --summary --by
expect_stderr 'needs an argument'

# A large mbox is counted in parts, cut between messages: the counts are
# those of one reading, as of a pipe.
awk -v f="$data/bounces.mbox" 'BEGIN { while ((getline line < f) > 0) m = m line "\n"
  for (i = 0; i < 15000; i++) printf "%s\n", m }' >"$tmp/large.mbox"
expect_status 0 "$SMTPCODE" explain --summary "$tmp/large.mbox"
cp "$tmp/out" "$tmp/parts"
expect_status 0 sh -c 'cat "$1" | "$SMTPCODE" explain --summary' sh "$tmp/large.mbox"
checks=$((checks + 1))
cmp -s "$tmp/parts" "$tmp/out" || fail "a large mbox counted in parts differs from one reading"
expect_stdout '^ 15000  userunknown '
expect_status 0 "$SMTPCODE" explain --summary --by=code "$tmp/large.mbox"
expect_stdout '^ 15000  550 5\.0\.0 '

# A large mbox is explained in parts too: each part's findings come after
# those of the parts before, its messages and lines numbered as in one
# reading, so the output is that of a pipe, read in one piece.  Also when
# the first part finds nothing (no blank line then before the first
# finding), and when a file follows.
awk -v f="$data/bounces.mbox" 'BEGIN { while ((getline line < f) > 0) m = m line "\n"
  for (i = 0; i < 180000; i++)
    printf "From a@example.org Thu Jan  1 00:00:00 2026\nFrom: a@example.org\nSubject: %d\n\nNothing failed here.\n\n", i
  printf "%s\n", m }' >"$tmp/quiet.mbox"
for input in large.mbox quiet.mbox; do
  for format in text json; do
    json=; [ "$format" = json ] && json=--json
    expect_status 0 "$SMTPCODE" explain $json "$tmp/$input" "$data/report.eml"
    # Named as standard input is, to compare.
    sed "s|^$tmp/$input, |-, |; s|^{\"file\":\"$tmp/$input\",|{\"file\":\"-\",|" "$tmp/out" >"$tmp/parts"
    expect_status 0 sh -c 'cat "$2" | "$1" explain $3 - "$4"' sh "$SMTPCODE" "$tmp/$input" "$json" \
      "$data/report.eml"
    checks=$((checks + 1))
    cmp -s "$tmp/parts" "$tmp/out" || fail "$input explained in parts ($format) differs from one reading"
  done
done
rm -f "$tmp/quiet.mbox"

# A bounce without MIME parts: what follows a line that says the original
# comes next is not the bounce, whatever the case of the line, wherever
# the marker stands in it; "original message" alone is no marker.
for marker in "--- Below this line is a copy of the message." "A COPY OF YOUR MESSAGE:" \
    "----- Original message follows -----" "Message headers follow" "Original Headers:" \
    "The header of the original message is below" "x- Original Message -x" \
    "The first 50 lines of your original message follow:"; do
  printf 'From: MAILER-DAEMON@example.org\nSubject: failure notice\n\n<bob@example.com>:\n550 5.1.1 unknown user\n\n%s\n\nTo: carol@example.com\n\n554 5.7.1 said in the original\n' \
    "$marker" >"$tmp/marked.eml"
  expect_status 0 "$SMTPCODE" explain --json "$tmp/marked.eml"
  checks=$((checks + 1))
  [ "$(grep -c '"code"' "$tmp/out")" = 1 ] && ! grep -q '5\.7\.1' "$tmp/out" ||
    fail "the original after \"$marker\" was read as the bounce"
done
# MDaemon's notice says who did not "receive a copy of your message:"
# before its transcript, which is the bounce: no marker of the original.
# The transcript's lines are indented alike: a command is no reply's
# words folded ("... quota QUIT").
printf 'From: MDaemon@example.org\nSubject: Permanent Delivery Failure\n\nThe following addresses did NOT receive a copy of your message: \n\n> bob@example.com\n\n--- Session Transcript ---\n RCPT To:<bob@example.com>\n 552 Message for <bob@example.com> would exceed mailbox quota\n QUIT\n--- End Transcript ---\n' >"$tmp/mdaemon.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/mdaemon.eml"
expect_stdout '"code":"552".*"command":"RCPT TO","text":"Message for <bob@example.com> would exceed mailbox quota","title".*"recipient":"bob@example.com".*"cause":"mailboxfull"'
# Gmail's old notice quotes the original's header under "----- Message
# header follows -----": its Received-SPF and Authentication-Results
# name the sender, no recipient (flufl.bounce's simple_28.txt).
printf 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Delay)\n\nDelivery to the following recipient has been delayed:\n\n     bob@example.com\n\nMessage will be retried for 2 more day(s)\n\n   ----- Message header follows -----\n\nReceived-SPF: pass (google.com: best guess record for domain of list-bounces@example.org designates 192.0.2.2 as permitted sender) client-ip=192.0.2.2;\nAuthentication-Results: mx.google.com; spf=pass (google.com: best guess record for domain of list-bounces@example.org designates 192.0.2.2 as permitted sender) smtp.mail=list-bounces@example.org\n' >"$tmp/gmail-delay.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/gmail-delay.eml"
checks=$((checks + 1))
[ "$(wc -l <"$tmp/out")" -eq 1 ] && grep -q '"recipient":"bob@example.com".*"cause":"expired"' "$tmp/out" ||
  fail "the header under Gmail's 'Message header follows' was read as the notice"
# Sendmail names the alias a recipient was expanded from under it: the
# alias is no second recipient of the transcript's reply (Sisimai's
# rfc3464-04.eml, BounceParser's warning-9.msg).
printf 'From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>\nSubject: Returned mail: see transcript for details\n\n   ----- The following addresses had permanent fatal errors -----\nbob@example.com\n    (reason: 553 Sender Policy Framework (SPF) fail)\n    (expanded from: <Bob@example.net>)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.com.:\n>>> DATA\n<<< 553 Sender Policy Framework (SPF) fail\n' >"$tmp/expanded.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/expanded.eml"
checks=$((checks + 1))
[ "$(wc -l <"$tmp/out")" -eq 1 ] && grep -q '"code":"553".*"recipient":"bob@example.com"' "$tmp/out" ||
  fail "the alias a recipient was expanded from was taken for another recipient"
# An abuse report (ARF) is no bounce, though its sender is a postmaster:
# the message it returns was delivered (Sisimai's arf-20.eml).
printf 'From: OpenDMARC Filter <opendmarc-postmaster@example.net>\nSubject: DMARC test message\nContent-Type: multipart/report; report-type=feedback-report; boundary=B\n\n--B\nContent-Type: text/plain\n\nThis is an authentication failure report for an email message received from IP\n203.0.113.2.\n--B\nContent-Type: message/feedback-report\n\nFeedback-Type: auth-failure\n--B\nContent-Type: message/rfc822\n\nFrom: <somespammer@example.net>\nSubject: Earn money\n--B--\n' >"$tmp/arf.eml"
expect_status 1 "$SMTPCODE" explain "$tmp/arf.eml"
# Exim's delay warning lists its recipients, the reason of one only: the
# other one listed alike failed too.
printf 'From: Mail Delivery System <Mailer-Daemon@example.org>\nSubject: Warning: message 1KNmHQ-000Md3-Kj delayed 24 hours\n\nThe addresses to which the message has not yet been delivered are:\n\n  bob@example.com\n    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.com>:\n    host mx.example.com [192.0.2.1]: 452 4.2.2 Over quota\n  carol@example.com\n\nNo action is required on your part. Delivery attempts will continue for\nsome time.\n' >"$tmp/listed.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/listed.eml"
checks=$((checks + 1))
[ "$(grep -c '"recipient":"bob@example.com".*"cause":"mailboxfull"' "$tmp/out")" = 1 ] &&
  [ "$(grep -c '"recipient":"carol@example.com".*"cause":"expired"' "$tmp/out")" = 1 ] &&
  [ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "a recipient listed without its reason was left out"
# A report without a Remote-MTA: the reporting server is the one that
# refused, and its name tells the provider (Outlook.com's "mailbox
# unavailable" is an unknown address; elsewhere, a filter's refusal).
for reporter in SNT004-OMC1S34.hotmail.com mx.example.net; do
  printf 'From: postmaster@example.org\nSubject: Delivery Status Notification (Failure)\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\n\nDelivery failed.\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;%s\n\nFinal-Recipient: rfc822;bob@example.com\nAction: failed\nStatus: 5.5.0\nDiagnostic-Code: smtp;550 Requested action not taken: mailbox unavailable\n--B--\n' "$reporter" >"$tmp/reporter.eml"
  expect_status 0 "$SMTPCODE" explain --json "$tmp/reporter.eml"
  case $reporter in
  *hotmail.com) expect_stdout '"recipient":"bob@example.com".*"cause":"userunknown"' ;;
  *) expect_stdout '"recipient":"bob@example.com".*"cause":"filtered"' ;;
  esac
done
# A notice without a code: its recipient is the address it names, not
# the postmaster it says to contact; its words go on on indented lines.
printf 'From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\nFor further assistance, please contact <postmaster@example.org>\n\n<bob@example.com>: permission denied. Command output: Mail quota\n    exceeded.\n' >"$tmp/folded.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/folded.eml"
expect_stdout '"recipient":"bob@example.com".*"cause":"mailboxfull"'
# Also when its first line already names a cause.
sed 's/Command output:/maildrop:/' "$tmp/folded.eml" >"$tmp/folded2.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/folded2.eml"
expect_stdout '"text":"<bob@example.com>: permission denied. maildrop: Mail quota exceeded\.".*"cause":"mailboxfull"'
printf 'From: MAILER-DAEMON@example.org\nSubject: failure notice\n\nThe original message was received at noon\n<bob@example.com>:\n554 5.7.1 refused\n' >"$tmp/marked.eml"
expect_status 0 "$SMTPCODE" explain --json "$tmp/marked.eml"
expect_stdout '5\.7\.1'

# Causes of real bounces of Sisimai's corpus (of the half the rules were
# tuned on), one for each rule that reads more than a reply's own words:
# a bare code takes the words around it (qmail-11), words that only say
# "too big" leave the limit to X.2.3 (sendmail-05), Exim's "after initial
# connection" is the greeting (exim-35), "access denied" at MAIL FROM and
# qmail's "sender was rejected" refuse the sender (postfix-54, qmail-03),
# "content rejected" is spam only by a policy (receivingses-06,
# sendmail-38), a delayed report is expired (rfc3464-07), the line that
# names the recipient speaks of it (rfc3464-37, opensmtpd-12), a notice
# saying "could not be delivered" is a bounce (kddi-02), Exim's local
# delivery output is the mailer's (exim-53), a damaged first field still
# starts a message and 503 is a syntax error (rfc3464-29), a temporary
# or codeless failure that no code names in a report that gave up is
# expired (x2-05, x3-02), X.4.3 is a system error (qmail-05), a host name
# that does not exist is unknown (exim-37), a name server that failed on
# every attempt is the network's failure, not the time's (sendmail-11),
# X.7.9 is a security error (amazonses-08), cPanel's "missing the proper dns
# entries" outweighs its "may be blacklisted" (exim-31).
causes="lhost-qmail-11 lhost-sendmail-05 lhost-exim-35 lhost-postfix-54 lhost-qmail-03
  lhost-receivingses-06 lhost-sendmail-38 rfc3464-07 rfc3464-37 lhost-opensmtpd-12 lhost-kddi-02
  lhost-exim-53 rfc3464-29 lhost-x2-05 lhost-x3-02 lhost-qmail-05 lhost-exim-37 lhost-sendmail-11
  lhost-amazonses-08 lhost-exim-31"
in_corpus () ( cd "$top_srcdir/tests/data/sisimai/maildir" && "$@" )
expect_output mail-causes.en 0 in_corpus "$SMTPCODE" explain $(printf '%s.eml ' $causes)
if [ "${USE_NLS-yes}" != no ]; then
  expect_output mail-causes.zh 0 in_corpus env LANG=zh_CN.UTF-8 "$SMTPCODE" explain \
    $(printf '%s.eml ' $causes)
fi

# A Content-Type without its subtype is text/plain (RFC 2045 5.2), as a
# list manager wraps a bounce in "Content-Type: text".
printf 'From: listproc@example.edu\nSubject: Error Condition\nContent-Type: text\n\nRecorded new error message: <rex@example.org>... Deferred: Connection timed out with mx.example.org.\nStatus: 4.4.1\n' >"$tmp/typeless.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/typeless.eml"
expect_stdout '^Message 1, to <rex@example\.org>: 4\.4\.1 — networkerror$'
# Words that say why outweigh a longer hint that a retry may pass.
printf 'From: MAILER-DAEMON@example.com\nSubject: failure delivery\n\nUnable to deliver message to the following address(es).\n\n<user1@example.com>:\nUser is over the quota.  You can try again later.\n' >"$tmp/quota.eml"
expect_status 0 "$SMTPCODE" explain "$tmp/quota.eml"
expect_stdout '^Message 1, to <user1@example\.com>: no code given — mailboxfull$'

# A header whose first field is no usual one and is folded is still a
# message's, with CR alone too.
printf 'Comment: kept by a list manager\n\twith a folded line\nFrom: MAILER-DAEMON@example.com\nSubject: Returned mail\n\n<<< 553 <user1@example.com>... Users mailbox is currently disabled\n' >"$tmp/folded.eml"
tr '\n' '\r' <"$tmp/folded.eml" >"$tmp/folded-cr.eml"
for input in "$tmp/folded.eml" "$tmp/folded-cr.eml"; do
  expect_status 0 "$SMTPCODE" explain "$input"
  expect_stdout '^Message 1, to <user1@example\.com>: 553 — suspend$'
done

# Sisimai's mbox of 37 bounces: 37 findings, each naming its recipient,
# and 37 in --summary too.
mbox=$top_srcdir/tests/data/sisimai/mbox-0
expect_status 0 "$SMTPCODE" explain --json "$mbox"
checks=$((checks + 1))
[ "$(grep -c '"recipient":"[^"]*@' "$tmp/out")" = 37 ] ||
  fail "mbox-0: $(grep -c '"recipient":"[^"]*@' "$tmp/out") findings with a recipient, not 37"
checks=$((checks + 1))
[ "$(wc -l <"$tmp/out")" -eq 37 ] || fail "mbox-0: $(wc -l <"$tmp/out") findings, not 37"
expect_status 0 "$SMTPCODE" explain --summary --json "$mbox"
checks=$((checks + 1))
[ "$(sed 's/.*"count":\([0-9]*\).*/\1/' "$tmp/out" | awk '{ n += $1 } END { print n }')" = 37 ] ||
  fail "mbox-0: --summary does not count 37 recipients"
finish
