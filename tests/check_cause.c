/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_cause.c -- the cause of a failure from its code, the command it
   answered and the server's words (src/cause.c).  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cause.h"
#include "suites.h"

/* The cause of the reply CODE ("550 5.1.1") to COMMAND with WORDS, while
   every report's words are ALL.  */
static enum cause
cause_around (const char *code, const char *command, const char *words, const char *all)
{
  struct smtp_code c;
  ck_assert_int_eq (code_parse (code, &c), CODE_OK);
  return cause_of (-1, &c, command, words, strlen (words), all, strlen (all));
}

/* The same when the reply's words are every report's.  */
static enum cause
cause (const char *code, const char *command, const char *words)
{
  return cause_around (code, command, words, words);
}

START_TEST (words_and_codes)
{
  ck_assert_int_eq (cause ("550 5.0.0", "RCPT TO", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.1", "", "mailbox over quota"), CAUSE_MAILBOXFULL);
  /* Words that only say the user is unknown do not outweigh an address
     code that says more.  */
  ck_assert_int_eq (cause ("551 5.1.6", "DATA", "not our user"), CAUSE_HASMOVED);
  ck_assert_int_eq (cause ("551 5.0.0", "RCPT TO", "not our user"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.3.0", "", "77"), CAUSE_SYSTEMERROR);
  ck_assert_int_eq (cause ("550 5.4.4", "", "unable to route"), CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "No valid recipients for this MM"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("554", "", "Message expired, connection refused"), CAUSE_EXPIRED);
  ck_assert_int_eq (cause ("550", "", "Connection refused"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550", "", "Bad DNS PTR resource record. Service not available"),
                    CAUSE_REQUIREPTR);
  ck_assert_int_eq (cause ("5.1.1", "", "procmail: Couldn't create \"/var/mail/bob\": No such user"),
                    CAUSE_MAILERERROR);
  ck_assert_int_eq (cause ("550", "", "Name service error for domain example.com"),
                    CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("550 5.1.8", "", "Bad sender's system address"), CAUSE_REJECTED);
  /* Exim's sender verification, whatever it found of the sender.  */
  ck_assert_int_eq (cause ("550", "RCPT TO", "Verification failed for <a@b.example> Unrouteable address"),
                    CAUSE_REJECTED);
  /* Exchange's refusal of a sender that may not submit mail to it.  */
  ck_assert_int_eq (cause ("550 5.7.1", "RCPT TO", "Your access to submit messages to this e-mail "
                           "system has been rejected."), CAUSE_REJECTED);
  ck_assert_int_eq (cause ("554 5.6.0", "", "Headers malformed"), CAUSE_CONTENTERROR);
  ck_assert_int_eq (cause ("550", "", "nothing said"), CAUSE_UNDEFINED);
  /* Words that only say "too big" leave to X.2.3 whose limit it was
     (lhost-sendmail-05); without it they say the system's.  */
  ck_assert_int_eq (cause ("552 5.2.3", "MAIL FROM",
                           "Message size exceeds fixed maximum message size (10485760)"),
                    CAUSE_EXCEEDLIMIT);
  ck_assert_int_eq (cause ("552", "MAIL FROM", "Message size exceeds fixed maximum message size"),
                    CAUSE_MESGTOOBIG);
  ck_assert_int_eq (cause ("503 5.5.0", "", "Improper sequence of commands"), CAUSE_SYNTAXERROR);
  ck_assert_int_eq (cause ("530 5.7.10", "", "Try again"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550", "", "neko@nyaan.jp: No MX found for domain"), CAUSE_NOTACCEPT);
  ck_assert_int_eq (cause ("550", "", "The following text was generated during the delivery attempt:"),
                    CAUSE_MAILERERROR);
  /* Gmail's "Address not found" report.  */
  ck_assert_int_eq (cause ("550 5.0.0", "", "Your message wasn't delivered to bob@example.com "
                           "because the address couldn't be found."), CAUSE_USERUNKNOWN);
  /* The reason outweighs the advice after it (Google Groups).  */
  ck_assert_int_eq (cause ("550 5.0.0", "", "Your email was rejected due to spam classification. "
                           "Set up SPF records for your sending domain."), CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550", "", "Please turn on SMTP Authentication in your mail client."),
                    CAUSE_SECURITYERROR);
  /* A product's name is no cause: InterScan Messaging Security Suite.  */
  ck_assert_int_eq (cause ("550", "", "Message from InterScan Messaging Security Suite"),
                    CAUSE_UNDEFINED);
}
END_TEST

/* A temporary failure, or one without a code, that no code names, in a
   report that says delivery was given up after retrying: expired
   (lhost-x2-05, lhost-x3-02).  A code that names the cause keeps it
   (X.4.3, a directory server's failure: lhost-qmail-05).  */
START_TEST (given_up)
{
  static const char qmail[] = "Resources temporarily unavailable, please try again later "
    "[#4.1.9]. /I'm not going to try again; this message has been in the queue too long.";
  ck_assert_int_eq (cause_around ("4.1.9", "", "].", qmail), CAUSE_EXPIRED);
  ck_assert_int_eq (cause_around ("4.4.3", "", ")I'm not going to try again; this",
                                  "Unable to contact LDAP server. (#4.4.3)I'm not going to try "
                                  "again; this message has been in the queue too long."),
                    CAUSE_SYSTEMERROR);
  ck_assert_int_eq (cause_around ("5.1.9", "", "].", qmail), CAUSE_SYSTEMERROR);
  static const char x3[] = "Delevery to the following recipients was aborted after 5.0 hour(s): "
    "Routing: Could not find a gateway for kijitora@example.co.jp";
  struct smtp_code none = { .enhanced_class = -1 };
  ck_assert_int_eq (cause_of (-1, &none, "", x3, strlen (x3), x3, strlen (x3)), CAUSE_EXPIRED);
  ck_assert_int_eq (cause_of (-1, &none, "", x3 + 68, strlen (x3 + 68), x3 + 68, strlen (x3 + 68)),
                    CAUSE_NETWORKERROR);
}
END_TEST

/* A code that stands alone takes the words of the reports around it
   (lhost-qmail-11); a code with words of its own does not.  */
START_TEST (bare_code)
{
  static const char qmail[] = "<neko@nyaan.jp>: Sorry, I couldn't find a mail exchanger or "
    "IP address. (#5.4.4)";
  ck_assert_int_eq (cause_around ("5.4.4", "", "", qmail), CAUSE_NOTACCEPT);
  ck_assert_int_eq (cause_around ("5.4.4", "", "Unable to route", qmail), CAUSE_HOSTUNKNOWN);
}
END_TEST

/* What the words say does not exist is a host name, not an address:
   the domain is unknown (lhost-exim-37), unless a code or the command
   says more.  */
/* Words that name spam outweigh those of the filter or the policy that
   found it, in answer to the data; words that name a filter or a
   policy alone keep their cause.  */
START_TEST (spam_over_filter)
{
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Message rejected as spam by Content Filtering."),
                    CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Your email breaches local URIBL policy."),
                    CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Message rejected by content filtering"),
                    CAUSE_FILTERED);
  /* Symantec.cloud's "Message filtered" is its anti-spam verdict.  */
  ck_assert_int_eq (cause ("553", "", "Message filtered. Refer to the Troubleshooting page at "
                           "http://www.symanteccloud.com/troubleshooting for more information."),
                    CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Rejected for policy reasons"),
                    CAUSE_POLICYVIOLATION);
  /* SpamAssassin's name outweighs "blocked"; bulk email is spam.  */
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Blocked by SpamAssassin"),
                    CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Rejected - bulk email"), CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Blocked by the list"), CAUSE_BLOCKED);
  /* A phrase starts a word: "spam" inside a name ("OutboundSpamException",
     a signature's "MCSpamSignature") is no spam found, but a phrase
     may end inside a word ("filter" in "filtering").  */
  ck_assert_int_eq (cause ("554 5.2.0", "end of DATA", "STOREDRV.Submission.Exception:"
                           "OutboundSpamException; Failed to process message"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Refused - MCSpamSignature.sa.2.2"),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Refused - spam.sa.2.2"), CAUSE_SPAMDETECTED);
  /* A phrase of four letters or fewer ends a word too: "spam" is not in
     "spammaster" nor in "spammer".  */
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Refused - write to spammaster at example.com"),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "DNSBL says spammer"), CAUSE_BLOCKED);
  /* The same where the reply's own words name no cause and those of
     every report decide: qmail's reply goes on unindented ("spam to our
     filter"), a line the reply's words do not hold.  */
  ck_assert_int_eq (cause_around ("554", "", "your message was rejected because it looks like",
                                  "554 your message was rejected because it looks like "
                                  "spam to our filter"), CAUSE_SPAMDETECTED);
  /* The path of a link names a page: Barracuda's list is a blocklist,
     whatever its page is called.  */
  ck_assert_int_eq (cause ("550 5.7.1", "RCPT TO", "Rejected: IP in Barracuda RBL, see: "
                           "http://www.barracudacentral.org/reputation?ip=192.0.2.1"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550 5.7.1", "end of DATA", "Rejected: see "
                           "http://example.com/reputation"), CAUSE_SECURITYERROR);
}
END_TEST

/* Sendmail's "Addressee unknown" names an unknown user whatever the
   code (a 553 5.3.0 of pacbell.net); words that say "too big" beside a
   code of the system's size limit (X.3.4) keep the code's cause, as
   X.2.3 keeps the recipient's.  */
START_TEST (codes_against_words)
{
  ck_assert_int_eq (cause ("553 5.3.0", "RCPT TO", "<bob@example.com>... Addressee unknown"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("5.3.4", "", "message size 8596800 exceeds size limit 5242880 of server"),
                    CAUSE_MESGTOOBIG);
  ck_assert_int_eq (cause ("552", "", "message size 8596800 exceeds size limit 5242880 of server"),
                    CAUSE_EXCEEDLIMIT);
  /* Gmail's older reports number the state of the session: 14 is the
     answer to RCPT TO, where "Address unknown" is the address's; in a
     later state the same words are a filter's.  */
  ck_assert_int_eq (cause ("550", "", "550 Address unknown (state 14)."), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "550 Address unknown (state 18)."), CAUSE_FILTERED);
  /* An address's status (X.1.0) with words that name no cause: the
     address was refused, unless the sender's was (at MAIL FROM).  */
  ck_assert_int_eq (cause ("550 5.1.0", "", "Recipient rejected: <bob@example.com>"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.0", "MAIL FROM", "Refused: <bob@example.com>"), CAUSE_REJECTED);
  ck_assert_int_eq (cause ("550 5.0.0", "", "Recipient rejected: <bob@example.com>"),
                    CAUSE_UNDEFINED);
}
END_TEST

/* Words that name a specific cause outweigh a code that says the
   address does not exist (X.1.1): a message too big, a failed delivery
   program.  */
START_TEST (unknown_address_code)
{
  ck_assert_int_eq (cause ("550 5.1.1", "", "RCPT TO:<bob@example.com> max message size exceeded"),
                    CAUSE_MESGTOOBIG);
  ck_assert_int_eq (cause ("550 5.1.1", "", "procmail: command died with status 75"),
                    CAUSE_MAILERERROR);
  ck_assert_int_eq (cause ("550 5.1.1", "", "Recipient address rejected"), CAUSE_USERUNKNOWN);
}
END_TEST

/* Phrases that several servers write: sendmail's MX loop, a mailbox
   without enough space, a connection dropped at the greeting.  */
START_TEST (more_phrases)
{
  /* Exchange's exceptions, qmail's lists of refused addresses, and the
     words of a few more refusals.  */
  static const struct
  {
    const char *code, *command, *words;
    enum cause want;
  } more[] = {
    { "554 5.2.0", "end of DATA", "STOREDRV.Deliver.Exception:QuotaExceededException."
      "MapiExceptionShutoffQuotaExceeded; Failed to process message", CAUSE_MAILBOXFULL },
    { "554 5.2.0", "end of DATA", "STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
      CAUSE_SPEEDING },
    { "553", "MAIL FROM", "sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
      CAUSE_REJECTED },
    { "553", "RCPT TO", "sorry, your envelope recipient is in my badrcptto list (#5.7.1)",
      CAUSE_USERUNKNOWN },
    { "550", "RCPT TO", "Unknown local-part bob in <bob@example.com>", CAUSE_USERUNKNOWN },
    { "550", "end of DATA", "Post by non-member to a members-only list", CAUSE_REJECTED },
    { "550", "MAIL FROM", "Authentication is required to send mail as <a@b.c>",
      CAUSE_SECURITYERROR },
    { "550", "", "The IP you're using to send mail is not authorized to send email directly "
      "to our servers", CAUSE_BLOCKED },
    { "452 4.2.2", "RCPT TO", "<bob@example.com>: mailbox overquota", CAUSE_MAILBOXFULL },
    { "554 5.4.14", "", "Hop count exceeded - possible mail loop", CAUSE_NETWORKERROR },
    { "550 5.7.1", "RCPT TO", "Relaying prohibited", CAUSE_NORELAYING },
    /* Sendmail's queue time ran out; but a bounce's "for the following
       reasons" says nothing of time.  */
    { "550", "", "Message could not be delivered for 5 days", CAUSE_EXPIRED },
    { "554", "end of DATA", "Message could not be delivered for the following reasons: spam",
      CAUSE_SPAMDETECTED },
  };
  for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
    ck_assert_int_eq (cause (more[i].code, more[i].command, more[i].words), more[i].want);
  ck_assert_int_eq (cause ("5.0.0", "", "mail for mail.example.lv loops back to myself"),
                    CAUSE_SYSTEMERROR);
  ck_assert_int_eq (cause ("552", "end of DATA", "Account(s) <bob@example.lv> does not have enough space"),
                    CAUSE_MAILBOXFULL);
  static const char dropped[] = "[pop.example.lv (1): Connection dropped]";
  static const char quota[] = "This person's account is exceeding their quota.";
  static const char unused[] = "Esta casilla ha expirado por falta de uso.";
  struct smtp_code none = { .enhanced_class = -1 };
  ck_assert_int_eq (cause_of (-1, &none, "", dropped, strlen (dropped), dropped, strlen (dropped)),
                    CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("4.0.0", "", "Connection was dropped by remote host (SENT_HELO)"),
                    CAUSE_BLOCKED);
  /* Notices without a code (flufl.bounce's newmailru_01.txt; a Spanish
     provider's "this mailbox has expired for lack of use" in
     PHP-Bounce-Handler's 4.eml).  */
  ck_assert_int_eq (cause_of (-1, &none, "", quota, strlen (quota), quota, strlen (quota)),
                    CAUSE_MAILBOXFULL);
  ck_assert_int_eq (cause_of (-1, &none, "", unused, strlen (unused), unused, strlen (unused)),
                    CAUSE_SUSPEND);
  /* An attachment refused for its kind is what the message holds; a
     disclaimer's attachments are no cause (flufl.bounce's dsn_15.txt).  */
  ck_assert_int_eq (cause ("554", "", "Message rejected: attachment type not allowed"),
                    CAUSE_CONTENTERROR);
  ck_assert_int_eq (cause ("550", "", "delete it, together with any attachments, from your system."),
                    CAUSE_UNDEFINED);
  /* Real replies of the wild corpus that Sisimai names so.  */
  ck_assert_int_eq (cause ("554", "", "Too many hops 26 (25 max): from a@example.org"),
                    CAUSE_NETWORKERROR);
  /* A mailing list's bounce (Mailman's test data): a loop is the
     network's failure to Sisimai, as too many hops are.  */
  ck_assert_int_eq (cause ("554", "", "Message looping (received 6 times)"),
                    CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("553", "", "sorry, that domain isn't in my list of allowed rcpthosts"),
                    CAUSE_NORELAYING);
  ck_assert_int_eq (cause ("550", "", "not local host example.com, not a gateway"),
                    CAUSE_NORELAYING);
  /* At RCPT TO, where the refused address would be the cause.  */
  ck_assert_int_eq (cause ("553 5.7.1", "RCPT TO", "you are trying to use me [mx.example.com] as "
                           "a relay, but I have not been configured to let you do this."),
                    CAUSE_NORELAYING);
  ck_assert_int_eq (cause ("454 4.7.0", "", "Temporary authentication failure"),
                    CAUSE_SECURITYERROR);
  /* A refused HELO is the sending host's refusal, whatever the code or
     the rest of the words say.  */
  ck_assert_int_eq (cause ("504 5.5.2", "", "<x>: Helo command rejected: need fully-qualified hostname"),
                    CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("450 4.7.1", "", "<x>: Helo command rejected: Host not found"),
                    CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550", "", "Access denied - Invalid HELO name (See RFC2821 4.1.1.1)"),
                    CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("451 4.4.1", "", "Connection blocked"), CAUSE_BLOCKED);
  /* X.1.3, a malformed address, is the address's as X.1.1 is; words
     that say the sender was refused outweigh both.  */
  ck_assert_int_eq (cause ("501 5.1.3", "RCPT TO", "Bad recipient address syntax"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("553 5.1.3", "RCPT TO", "http://www.spamhaus.org/query/bl?ip=192.0.2.1"),
                    CAUSE_BLOCKED);
  /* A phrase of "undefined" names no cause: the code says what it does,
     not a shorter phrase inside it ("banned", "virus").  */
  ck_assert_int_eq (cause ("554 5.7.0", "", "Bounce, id=2 - BANNED: .exe,example.com"),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550 5.1.1", "", "This email has been scanned for viruses"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.7.1", "", "Client host 192.0.2.1 banned"), CAUSE_BLOCKED);
  /* An address on the list, not the host: cPanel's Exim refuses the
     sender or the recipient so.  */
  ck_assert_int_eq (cause ("550", "", "Sorry, you are sending to/from an address that has been "
                           "blacklisted"), CAUSE_REJECTED);
  ck_assert_int_eq (cause ("5.1.1", "", "Este mensaje ha sido analizado con  NOD32 antivirus system"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("553", "RCPT TO", "<edwin@example.com>... Unknown E-Mail Address"),
                    CAUSE_USERUNKNOWN);
  /* "network" alone is a social network as often as a failed one.  */
  ck_assert_int_eq (cause ("4.7.0", "", "it screens your email using your extended social network"),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("421", "", "Network is unreachable"), CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("550", "", "Domain example.com has exceeded the max emails per hour"),
                    CAUSE_TOOMANYCONN);
  /* Tencent's words for a mailbox it has stopped delivering to for now
     (Sisimai's suspend), whatever the command.  */
  ck_assert_int_eq (cause ("550", "", "Mailbox unavailable or access denied"), CAUSE_SUSPEND);
  ck_assert_int_eq (cause ("550 5.5.0", "RCPT TO", "Mailbox unavailable or access denied [MIJe IP: 192.0.2.1]"),
                    CAUSE_SUSPEND);
  /* Greylisting defers a sender not seen before: its reputation, not a
     block, whatever 4.7.1 says.  */
  ck_assert_int_eq (cause ("451 4.7.1", "", "Greylisting in action, please come back later"),
                    CAUSE_BADREPUTATION);
  ck_assert_int_eq (cause ("450 4.2.0", "RCPT TO", "<a@b.c>: Recipient address rejected: Greylisted"),
                    CAUSE_BADREPUTATION);
  /* Google Workspace's refusal by the receiving organization's rules.  */
  ck_assert_int_eq (cause ("5.0.0", "", "Message bounced due to organizational settings."),
                    CAUSE_POLICYVIOLATION);
}
END_TEST

START_TEST (missing_host)
{
  ck_assert_int_eq (cause ("553", "end of DATA", "neko.example.com does not exist"),
                    CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "Domain Nyaan.Example.JP does not exist"), CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "<bob@example.com> does not exist"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "host example.org does not exist"), CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "bob.smith does not exist"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "mydomain bob.smith does not exist"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "a.b.c1 does not exist"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "example. does not exist"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "example.com doesnotexist"), CAUSE_UNDEFINED);
  ck_assert_int_eq (cause ("550 5.1.1", "", "bob.smith does not exist"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("553 5.1.0", "MAIL FROM", "neko22nyaan neko.example.com does not exist"),
                    CAUSE_REJECTED);
  /* A code of the destination system with words that name a mailbox:
     the user is unknown, or a filter refused where nothing says that
     the address was.  */
  ck_assert_int_eq (cause ("550 5.1.2", "RCPT TO", "No such mailbox"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.2", "", "Mailbox does not exist."), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.1.2", "RCPT TO", "Host unknown"), CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.2", "RCPT TO", "bob.example does not exist"),
                    CAUSE_HOSTUNKNOWN);
}
END_TEST

/* A host not found in a temporary failure is the name server's failure
   (lhost-sendmail-11), also with a code of routing (X.4.4); in a
   permanent one, or with a code that says the domain, the domain is
   unknown.  */
START_TEST (lookup_failed)
{
  ck_assert_int_eq (cause ("451", "", "host name lookup failure"), CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("4.4.7", "", "Deferred: Name server: example.co.jp.: host name lookup "
                           "failure"), CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("550", "", "host name lookup failure"), CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("450 4.1.2", "RCPT TO", "Domain not found"), CAUSE_HOSTUNKNOWN);
  ck_assert_int_eq (cause ("454 4.4.4", "", "[internal] no MX or A for domain"),
                    CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("554 5.4.4", "", "[internal] no MX or A for domain"),
                    CAUSE_HOSTUNKNOWN);
  /* "Temporary failure" says only that the failure may pass, not that
     retries ran out: a lookup that failed for now is the resolver's
     (glibc's, OpenSMTPD's) or the directory's (qmail-ldap's).  */
  ck_assert_int_eq (cause ("450", "", "Temporary failure in name resolution"), CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("450", "", "Temporary failure in MX lookup"), CAUSE_NETWORKERROR);
  ck_assert_int_eq (cause ("451", "", "Temporary failure in LDAP lookup"), CAUSE_SYSTEMERROR);
  ck_assert_int_ne (cause ("451", "", "Temporary failure, try again"), CAUSE_EXPIRED);
  /* Nor is a line that is too long a message kept too long.  */
  ck_assert_int_ne (cause ("552", "", "Message header line too long"), CAUSE_EXPIRED);
  ck_assert_int_ne (cause ("421", "", "Error: too long without activity"), CAUSE_EXPIRED);
  /* Nor a password or a certificate that expired; a message's or an
     envelope's lifetime that did is.  */
  ck_assert_int_eq (cause ("550 5.7.0", "", "Your password has expired"), CAUSE_SECURITYERROR);
  ck_assert_int_ne (cause ("454", "", "TLS certificate expired"), CAUSE_EXPIRED);
  ck_assert_int_eq (cause ("550", "", "Envelope expired"), CAUSE_EXPIRED);
  ck_assert_int_eq (cause ("550", "", "Delivery expired (message too old)"), CAUSE_EXPIRED);
  /* qmail-ldap's non-unique directory entry, not any header's.  */
  ck_assert_int_ne (cause ("550", "", "Message-ID needs to be unique"), CAUSE_SYSTEMERROR);
}
END_TEST

/* The cause of an MTA's own words for a failure, which its bounces
   give without a code.  */
static enum cause
codeless (const char *words)
{
  struct smtp_code none = { .enhanced_class = -1 };
  return cause_of (-1, &none, "", words, strlen (words), words, strlen (words));
}

/* MTAs' own words for a failure: Exim's for a domain whose mail hosts
   have no address or whose null MX says it takes no mail, and for a
   delivery its routers forbid; OpenSMTPD's and Notes' for routing that
   failed; KDDI's, Messaging Server's and Gmail's for a domain not
   found; DragonFly's and au's for retries that ran out; qmail-ldap's
   and Amavis's for failures of their own system; Amavis's for the
   recipient's limit; au's for an account limited for now; qmail's
   patches' lists of recipients and vpopmail's users and quotas;
   mail.local's mailbox file; Postfix's pipe; Gmail's content and
   forward DNS; MailMarshal's, Boxbe's, Exchange's sender filters;
   rblsmtpd's and others' refused hosts; a server that is no relay;
   Gmail's and Yahoo's rate of a recipient and of a connection,
   Mimecast's size limit and GoDaddy's full mailbox; an unknown mail
   domain, an incoming size limit, Sendmail's and Exchange's failures
   of their own system, a client address that does not resolve;
   OpenSMTPD's routes, qmail's MX that points back at itself,
   qmail-ldap's user's size limit and its directory's duplicates.  */
START_TEST (mta_words)
{
  static const struct
  {
    const char *words;
    enum cause cause;
  } said[] = {
    { "all relevant MX records point to non-existent hosts", CAUSE_HOSTUNKNOWN },
    { "all host address lookups failed permanently", CAUSE_HOSTUNKNOWN },
    { "an MX or SRV record indicated no SMTP service", CAUSE_NOTACCEPT },
    { "Destination seem to reject all mails", CAUSE_NOTACCEPT },
    { "delivery to pipe forbidden", CAUSE_SYSTEMERROR },
    { "delivery to file forbidden", CAUSE_SYSTEMERROR },
    { "No valid route to remote MX", CAUSE_NETWORKERROR },
    { "Message has exceeded maximum hop count", CAUSE_NETWORKERROR },
    { "As the remote domain doesnt exist", CAUSE_HOSTUNKNOWN },
    { "Illegal host/domain name found", CAUSE_HOSTUNKNOWN },
    { "DNS Error: DNS server returned answer with no data for example.jp", CAUSE_HOSTUNKNOWN },
    { "Could not deliver for the last 345600 seconds", CAUSE_EXPIRED },
    { "Your message was not delivered within 3 days", CAUSE_EXPIRED },
    { "Unable to contact LDAP server", CAUSE_SYSTEMERROR },
    { "Illegal value in LDAP attribute", CAUSE_SYSTEMERROR },
    { "Automatic homedir creator crashed", CAUSE_SYSTEMERROR },
    { "Permanent error while executing qmail-forward", CAUSE_SYSTEMERROR },
    { "- temporary MTA failure on relaying", CAUSE_SYSTEMERROR },
    { "- rejected by next-hop MTA on relaying", CAUSE_SYSTEMERROR },
    { "- message size exceeds recipient's size limit", CAUSE_EXCEEDLIMIT },
    { "The user(s) account is temporarily limited.", CAUSE_SUSPEND },
    { "sorry, this recipient is not in my validrcptto list (#5.1.1)", CAUSE_USERUNKNOWN },
    { "this recipient is in my badrecipientto list", CAUSE_USERUNKNOWN },
    { "vdeliver: invalid or unknown virtual user", CAUSE_USERUNKNOWN },
    { "maildir delivery failed: userdisk quota exceeded", CAUSE_MAILBOXFULL },
    { "maildir delivery failed: domaindisk quota exceeded", CAUSE_MAILBOXFULL },
    { "the user's space has been used up", CAUSE_MAILBOXFULL },
    { "Mail file size exceeds the maximum size allowed for mail delivery", CAUSE_MAILBOXFULL },
    { "this message contain improperly-formatted binary content", CAUSE_CONTENTERROR },
    { "this message contain text that uses unnecessary base64 encoding", CAUSE_CONTENTERROR },
    { "the corresponding forward dns entry does not point to the sending ip", CAUSE_REQUIREPTR },
    { "Message refused by MailMarshal SpamProfiler", CAUSE_SPAMDETECTED },
    { "Your message failed several antispam checks", CAUSE_SPAMDETECTED },
    { "Sender not pre-approved", CAUSE_REJECTED },
    { "Email address is on SenderFilterConfig list", CAUSE_REJECTED },
    { "you're sending this from a different address or alias", CAUSE_REJECTED },
    { "sorry, your remotehost looks suspiciously like spammer", CAUSE_BLOCKED },
    { "no access from mail server", CAUSE_BLOCKED },
    { "too many unwanted messages have been sent from the following IP", CAUSE_BLOCKED },
    { "we don't handle mail for example.com", CAUSE_NORELAYING },
    { "4.2.1 The user you are trying to contact is receiving mail too quickly", CAUSE_SPEEDING },
    { "Max message per connection reached, closing transmission channel", CAUSE_TOOMANYCONN },
    { "Maximum email size exceeded", CAUSE_MESGTOOBIG },
    { "Account storage limit", CAUSE_MAILBOXFULL },
    { "Mail domain mentioned in email address is unknown", CAUSE_HOSTUNKNOWN },
    { "Message exceeded the maximum incoming message size", CAUSE_MESGTOOBIG },
    { "Can't create user output file", CAUSE_SYSTEMERROR },
    { "Recipient deferred because there is no Mdb", CAUSE_SYSTEMERROR },
    { "Loop was found in the Mail eXchanger", CAUSE_SYSTEMERROR },
    { "Cannot resolve your address.", CAUSE_REQUIREPTR },
    { "All routes to destination blocked", CAUSE_NETWORKERROR },
    { "Address family mismatch on destination MXs", CAUSE_NETWORKERROR },
    { "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my "
      "control/locals file, so I don't treat it as local.", CAUSE_NETWORKERROR },
    { "The message exeeded the maximum size the user accepts", CAUSE_EXCEEDLIMIT },
    { "Too many results returned but needs to be unique", CAUSE_SYSTEMERROR },
  };
  for (size_t i = 0; i < sizeof said / sizeof said[0]; i++)
    ck_assert_msg (codeless (said[i].words) == said[i].cause, "%s", said[i].words);
  /* Domino's directory in Spanish and French lists no such user, even
     where nothing says the address was refused; "domain doesn't exist"
     and "not enough free space" outweigh the words they hold.  */
  ck_assert_int_eq (cause ("550", "", "bob no se encuentra en el Directorio de Domino"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "bob non r\xc3\xa9pertori\xc3\xa9 dans l'annuaire Domino"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "Domain doesn't exist"), CAUSE_HOSTUNKNOWN);
  /* More words for an address that does not exist, in English, Italian
     and Spanish: an unknown user where the address was refused.  */
  static const char *const unknown[] = {
    "address not present in directory", "mailbox invalid", "Mailbox not present",
    "no mailbox found", "No mail box available for this user", "recipient not exist",
    "Recipient address rejected: invalid user", "The user's email name is not found",
    "Destination addresses were unknown", "Nessun utente simile in questo indirizzo",
    "No existe dicha persona", "No existe ese usuario",
  };
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    ck_assert_msg (cause ("450", "RCPT TO", unknown[i]) == CAUSE_USERUNKNOWN, "%s", unknown[i]);
  ck_assert_int_eq (cause ("550", "", "Requested action not taken: mailbox unavailable "
                           "(not enough free space)"), CAUSE_SYSTEMFULL);
}
END_TEST

/* Codes of the security subject: X.7.9 (an AUTH mechanism too weak) is
   securityerror (lhost-amazonses-08) unless its words name a policy
   (rhost-yahooinc-01); SPF's, DKIM's and ARC's codes are authfailure;
   the registry's other codes that say what failed name it too.  */
START_TEST (security_codes)
{
  ck_assert_int_eq (cause ("550 5.7.9", "", "Rejected"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("554 5.7.9", "end of DATA", "Message not accepted for policy reasons"),
                    CAUSE_POLICYVIOLATION);
  ck_assert_int_eq (cause ("535 5.7.8", "", "Error: authentication failed"), CAUSE_SECURITYERROR);
  /* "Authentication failed" is the login's failure whatever the code
     (Net::SMTP's "451 Authentication failed: Could not authenticate",
     Postfix's "SASL authentication failed; cannot authenticate to
     server"), not SPF's or DKIM's.  */
  ck_assert_int_eq (cause ("451", "", "Authentication failed: Could not authenticate"),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("5.7.1", "", "Authentication failed"), CAUSE_SECURITYERROR);
  /* An account that may not send as the address it gave (Purelymail,
     Zoho; Exchange's SendAsDenied), whose "not authorized" is no
     policy of the recipient's.  */
  ck_assert_int_eq (cause ("530 5.7.1", "MAIL FROM", "You (bob@example.org) are not authorized to "
                           "send mail as alice@example.com"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("554 5.2.252", "", "SendAsDenied; bob@example.org not allowed to send "
                           "as alice@example.com"), CAUSE_SECURITYERROR);
  /* A From address that the account does not own, with PHPMailer's
     "SMTP server error:" around the server's words.  */
  ck_assert_int_eq (cause ("550 5.7.0", "", "SMTP server error: MAIL FROM command failed Detail: "
                           "From address is not one of your addresses"), CAUSE_SECURITYERROR);
  /* POP before SMTP: the server sends only for a client that fetched
     its mail first, whatever the word "spam" after.  */
  ck_assert_int_eq (cause ("553 5.7.1", "", "To send mail, first check your mail with a valid POP "
                           "account; this prevents unauthorized SPAM relaying."),
                    CAUSE_SECURITYERROR);
  /* Postfix's bare "reject" among the client restrictions: the client
     is neither in the allowed networks nor logged in, typically on a
     submission port; a blocklist or a host name the server dislikes is
     named in the words.  */
  ck_assert_int_eq (cause ("554 5.7.1", "CONNECT", "<unknown[192.0.2.1]>: Client host rejected: "
                           "Access denied"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("554 5.7.1", "RCPT TO", "<unknown[192.0.2.1]>: Client host rejected: "
                           "Access denied"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("554 5.7.1", "RCPT TO", "Client host rejected: blocked using "
                           "zen.spamhaus.org"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550 5.7.23", "", "Message rejected"), CAUSE_AUTHFAILURE);
  ck_assert_int_eq (cause ("550 5.7.20", "DATA", "policy"), CAUSE_AUTHFAILURE);
  ck_assert_int_eq (cause ("550 5.7.29", "", "Rejected"), CAUSE_AUTHFAILURE);
  ck_assert_int_eq (cause ("550 5.7.5", "", "Rejected"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550 5.7.30", "", "Rejected"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("421 4.7.28", "", "Rejected"), CAUSE_SPEEDING);
  ck_assert_int_eq (cause ("452 4.5.3", "RCPT TO", "Rejected"), CAUSE_TOOMANYCONN);
  ck_assert_int_eq (cause ("552 5.7.16", "", "Rejected"), CAUSE_MESGTOOBIG);
  /* Basic codes that say the same: AUTH's and STARTTLS's, a user moved,
     a domain that accepts no mail; not 521, which blocklists send too.  */
  ck_assert_int_eq (cause ("535", "", "Rejected"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("530", "MAIL FROM", "Must issue a STARTTLS command first"),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("551", "RCPT TO", "User not local"), CAUSE_HASMOVED);
  ck_assert_int_eq (cause ("556", "RCPT TO", "Rejected"), CAUSE_NOTACCEPT);
  ck_assert_int_eq (cause ("521 5.7.1", "", "Service unavailable; client blocked using dnsbl"),
                    CAUSE_BLOCKED);
  /* X.7.13 is the sending account's, at AUTH: no cause of the
     recipient's (Sisimai's "suspend"), but its subject's.  */
  ck_assert_int_eq (cause ("550 5.7.13", "", "Rejected"), CAUSE_SECURITYERROR);
}
END_TEST

START_TEST (commands)
{
  /* At the greeting, a refusal is of the sending host.  */
  ck_assert_int_eq (cause ("550", "EHLO", "Rejected"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550", "HELO", "policy"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550", "EHLO", "mailbox full"), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (cause ("550", "", "Rejected"), CAUSE_UNDEFINED);
  /* At RCPT TO, a permanent refusal that says nothing more is of the
     address; a temporary one is not.  */
  ck_assert_int_eq (cause ("550", "RCPT TO", "Recipient address rejected."), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("450", "RCPT TO", "Recipient address rejected."), CAUSE_UNDEFINED);
  ck_assert_int_eq (cause ("550 5.0.0", "MAIL FROM", "Rejected"), CAUSE_REJECTED);
  /* A success refused nothing, whatever it answered (MDaemon's session
     transcript in flufl.bounce's simple_01.txt).  */
  ck_assert_int_eq (cause ("250", "MAIL FROM", "<jpython-interest-admin@python.org>, Sender ok"),
                    CAUSE_UNDEFINED);
  ck_assert_int_eq (cause ("250", "EHLO", "turbosport.com Hello receive.turbosport.com, ESMTP hello!"),
                    CAUSE_UNDEFINED);
  /* "Access denied" says nothing of what was refused: the command does
     (lhost-exim-35 in the greeting, lhost-postfix-54 at MAIL FROM), or
     qmail's words that the sender was (lhost-qmail-03).  */
  ck_assert_int_eq (cause ("550", "CONNECT", "Access denied...7d39d5299584f4be161127e61f5f5400..."),
                    CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550 5.7.1", "MAIL FROM", "Access denied"), CAUSE_REJECTED);
  ck_assert_int_eq (cause_around ("550 5.7.1", "", "<root@nijo.example.jp>... Access denied",
                                  "Connected to 192.0.2.225 but sender was rejected."),
                    CAUSE_REJECTED);
  /* Nothing but the code: its subject's cause.  */
  ck_assert_int_eq (cause ("550 5.7.1", "", "Access denied"), CAUSE_SECURITYERROR);
  /* A host not found at HELO is the sending host's name (qmail's "but
     my name was rejected"), not the recipient's domain.  */
  ck_assert_int_eq (cause ("501 5.0.0", "HELO", "Invalid domain name"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550 5.1.2", "RCPT TO", "Invalid domain name"), CAUSE_HOSTUNKNOWN);
}
END_TEST

START_TEST (policy_phrases)
{
  /* "User unknown" once the message was sent, or with a policy code, is
     a filter's refusal; other words that the address does not exist,
     and a code that names the cause, are not.  */
  ck_assert_int_eq (cause ("550 5.2.0", "DATA", "Unknown user bob@example.jp"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550", "end of DATA", ": User unknown"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.7.1", "", "550 User Unknown: bob"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.1.1", "DATA", "User unknown"), CAUSE_USERUNKNOWN);
  /* Orange's and La Poste's words for an address they do not have
     (rhost-franceptt-02) say so even in answer to DATA; others do not.  */
  ck_assert_int_eq (cause ("550 5.5.0", "DATA", "Adresse d au moins un destinataire invalide."),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.5.0", "DATA", "Invalid recipient"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.0.0", "RCPT TO", "Unknown user"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.7.1", "", "Message refused"), CAUSE_SECURITYERROR);
  /* "Content rejected" by a policy is a spam filter's (lhost-sendmail-38);
     with a content code, the format's (lhost-receivingses-06).  */
  ck_assert_int_eq (cause ("550 5.7.1", "DATA", "message content rejected"), CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("500 5.6.1", "", "Message content rejected"), CAUSE_CONTENTERROR);
}
END_TEST

/* Words that say the user is unknown, where neither the code (X.1.1)
   nor the command (RCPT TO) says the address was refused, are a
   filter's refusal, as Sisimai reads them (lhost-postfix-07,
   rfc3464-42, lhost-zoho-02); words that name RCPT, or that only a
   refusal of the address writes, are not.  */
START_TEST (unknown_unless_address)
{
  ck_assert_int_eq (cause ("550", "", "<bob@example.jp>: User unknown"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.0.0", "", "The email account that you tried to reach does not exist."),
                    CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.2.1", "", "<bob@example.jp>... User Unknown"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550 5.1.351", "", "unknown recipient or mailbox unavailable -> 550 : User unknown"),
                    CAUSE_FILTERED);
  /* The code or the command says the address was refused.  */
  ck_assert_int_eq (cause ("550 5.1.1", "", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.0", "", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("501 5.1.3", "", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.10", "", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "MAIL FROM", "User unknown"), CAUSE_REJECTED);
  ck_assert_int_eq (cause ("550", "EHLO", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "HELO", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "CONNECT", "User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "QUIT", "User unknown"), CAUSE_FILTERED);
  /* A relay's summary of another status around a reply of security or
     policy (X.7.y) whose own words name no cause (lhost-amazonses-01):
     the summary's unknown address is not this reply's.  */
  ck_assert_int_eq (cause_around ("550 5.7.1", "", "<bob@example.jp>... Access denied",
                                  "5.1.0 - Unknown address error 550-'5.7.1 "
                                  "<bob@example.jp>... Access denied'"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause_around ("550 5.0.0", "", "<bob@example.jp>... Access denied",
                                  "5.1.0 - Unknown address error 550-'5.0.0 "
                                  "<bob@example.jp>... Access denied'"), CAUSE_FILTERED);
  /* qmail's account of how far it got (lhost-qmail-01); "rcpt" in
     prose is not the command.  */
  ck_assert_int_eq (cause_around ("550", "", "Unknown user bob@example.jp",
                                  "Sorry, no SMTP connection got far enough; most progress was "
                                  "RCPT TO response; remote host 192.0.2.32 said: 550 Unknown user "
                                  "bob@example.jp"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "<bob@example.jp>... User Unknown [RCPT_TO]"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "rcpt: User unknown"), CAUSE_FILTERED);
  /* The words of a directory that lists no such name (lhost-domino-01,
     lhost-notes-03, lhost-exchange2003-02, lhost-imailserver-03).  */
  ck_assert_int_eq (cause ("550", "", "User bob (bob@example.jp) not listed in Domino Directory"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "The recipient name is not recognized"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "Invalid final delivery userid: bob@example.jp"),
                    CAUSE_USERUNKNOWN);
  /* A local delivery agent's own verdict (IMail, Postfix's local:
     lhost-imailserver-01), and McAfee's list of the addresses that
     failed (lhost-mcafee-04); "unknown user" with no colon is not one.  */
  static const char imail[] = "Unknown user: bob@example.com Original message follows.";
  struct smtp_code none = { .enhanced_class = -1 };
  ck_assert_int_eq (cause_of (-1, &none, "", imail, strlen (imail), imail, strlen (imail)),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause_around ("550", "", "bob@example.com... No such user",
                                  "--- The following addresses had delivery problems --- "
                                  "<bob@example.com> (bob@example.com... No such user)"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "Unknown user bob@example.com"), CAUSE_FILTERED);
  /* Office 365's account of the next server's refusal of the recipient
     (lhost-office365-10), unless it is au's filter (lhost-office365-04).  */
  ck_assert_int_eq (cause ("550 5.1.351", "", "Remote server returned unknown recipient or mailbox "
                           "unavailable -> 550 Unknown user bob@example.jp"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.1.351", "", "Remote server returned unknown recipient or mailbox "
                           "unavailable -> 550 : User unknown"), CAUSE_FILTERED);
  /* Providers' wording for a mailbox they do not have: Outlook.com,
     with its error numbers (lhost-outlook-08), Yahoo (rhost-yahooinc-03),
     au (lhost-messagingserver-09) but not au's filter ("550 : User
     unknown"); RFC 5321's own words for 550, which any server writes,
     are a filter's when nothing says the address was refused.  */
  ck_assert_int_eq (cause ("550 5.5.0", "", "Requested action not taken: mailbox unavailable "
                           "(-2049996744:2840:-2147467259)"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "Requested action not taken: mailbox unavailable"),
                    CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550", "RCPT TO", "Requested action not taken: mailbox unavailable"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("554", "", "delivery error: dd This user doesn't have a yahoo.com account"),
                    CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "This user doesn't have a example.jp account (bob@example.jp) [-9]"),
                    CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550", "", "<bob@ezweb.ne.jp>: User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "<bob@au.com>: User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "", "<bob@ezweb.ne.jp>: 550 : User unknown"), CAUSE_FILTERED);
  /* au's refusal by the recipient's reception settings, with no address
     before the colon, even at RCPT TO (rhost-kddi-01, lhost-office365-04).  */
  ck_assert_int_eq (cause ("550", "RCPT TO", " : User unknown"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550", "RCPT TO", "Remote server returned unknown recipient or mailbox "
                           "unavailable -> 550 : User unknown"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("550", "RCPT TO", "bob: User unknown"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550", "RCPT TO", "-> 551 : User unknown"), CAUSE_USERUNKNOWN);
  /* qmail's words for an address it has no mailbox for, which it writes
     only of the address, quoted without its code (#5.1.1).  */
  ck_assert_int_eq (cause ("550", "", "sorry, no mailbox here by that name"), CAUSE_USERUNKNOWN);
  /* Yahoo's report of a recipient that the next server refused
     (lhost-yahoo-07).  */
  ck_assert_int_eq (cause_around ("550", "", "<bob@example.jp>: User unknown",
                                  "Sorry, we were unable to deliver your message to the following "
                                  "address. <bob@example.jp>: 550: <bob@example.jp>: User unknown"),
                    CAUSE_USERUNKNOWN);
}
END_TEST

/* The cause of Orange's "Service refused" reply with reference REF.  */
static enum cause
refused (const char *code, const char *command, const char *ref)
{
  char words[200];
  snprintf (words, sizeof words, "Service refuse. Veuillez essayer plus tard. "
            "Service refused, please try later. %s", ref);
  return cause (code, command, words);
}

/* Orange's and La Poste's references decide over the words
   (rhost-franceptt-02, -04, -06, -08): the same "Service refused" is
   a server's failure in one and a blocked sender in another.  */
/* Without words that name a cause, a code that names none by default
   still has the cause Sisimai gives it: by its class, subject and detail,
   then by its subject, then by its basic code.  */
START_TEST (fallbacks)
{
  ck_assert_int_eq (cause ("451 4.7.1", "", "Try again"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("550 5.7.1", "", "Go away"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550 5.7.60", "", "Go away"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("421 4.7.0", "", "Go away"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("554 5.6.9", "", "Go away"), CAUSE_CONTENTERROR);
  ck_assert_int_eq (cause ("550 5.2.0", "", "Go away"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("501", "", "Go away"), CAUSE_SYNTAXERROR);
  ck_assert_int_eq (cause ("501 5.1.5", "", "Go away"), CAUSE_SYNTAXERROR);
  /* Words that name a cause come first; a code without a fallback
     stays undefined.  */
  ck_assert_int_eq (cause ("451 4.7.1", "", "Mailbox full"), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (cause ("550 5.0.0", "", "Go away"), CAUSE_UNDEFINED);
  ck_assert_int_eq (cause ("421 4.4.5", "", "Go away"), CAUSE_SYSTEMFULL);
  ck_assert_int_eq (cause ("521 5.4.5", "", "Go away"), CAUSE_UNDEFINED);
}
END_TEST

/* A provider's own meaning of its code stands for the registry's
   default: the words outweigh it only where they name a specific cause.  */
START_TEST (provider_meaning)
{
  struct smtp_code c;
  const char *words = "Access denied, traffic not accepted from this IP";
  const char *full = "Mailbox full";
  ck_assert_int_eq (code_parse ("550 5.7.708", &c), CODE_OK);
  ck_assert_int_eq (cause_of (CAUSE_BLOCKED, &c, "", words, strlen (words), words,
                              strlen (words)), CAUSE_BLOCKED);
  ck_assert_int_eq (cause_of (-1, &c, "", words, strlen (words), words, strlen (words)),
                    CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause_of (CAUSE_BLOCKED, &c, "", full, strlen (full), full,
                              strlen (full)), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (code_parse ("550 5.1.1", &c), CODE_OK);
  ck_assert_int_eq (cause_of (-1, &c, "", words, strlen (words), words, strlen (words)),
                    CAUSE_USERUNKNOWN);
  /* An entry that says the address does not exist is no filter's.  */
  const char *edge = "Recipient address rejected: Access denied. AS(201806281)";
  ck_assert_int_eq (code_parse ("550 5.4.1", &c), CODE_OK);
  ck_assert_int_eq (cause_of (CAUSE_USERUNKNOWN, &c, "", edge, strlen (edge), edge,
                              strlen (edge)), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause_of (-1, &c, "", edge, strlen (edge), edge, strlen (edge)),
                    CAUSE_FILTERED);
}
END_TEST

START_TEST (orange_references)
{
  ck_assert_int_eq (refused ("421 4.2.0", "end of DATA", "OFR005_505 [505]"), CAUSE_SYSTEMERROR);
  ck_assert_int_eq (refused ("550 5.5.0", "end of DATA", "LPN005_510"), CAUSE_BLOCKED);
  ck_assert_int_eq (refused ("421", "", "OFR_999 [999]"), CAUSE_BLOCKED);
  ck_assert_int_eq (refused ("550", "RCPT TO", "LPNAAA_101"), CAUSE_BLOCKED);
  ck_assert_int_eq (refused ("421", "", "ofr_999 [999]"), CAUSE_BLOCKED);
  ck_assert_int_eq (refused ("421", "", "lpn005_510"), CAUSE_BLOCKED);
  ck_assert_int_eq (refused ("421", "", "OUK_510"), CAUSE_BLOCKED);
  ck_assert_int_eq (refused ("421", "", "LPN105-510"), CAUSE_BLOCKED);
  ck_assert_int_eq (cause ("421", "", "Too many connections, slow down. LPN105-104"),
                    CAUSE_TOOMANYCONN);
  ck_assert_int_eq (cause ("550 5.5.0", "RCPT TO", "Boite du destinataire archivee. "
                           "Archived recipient. LPN007_420"), CAUSE_SUSPEND);
  ck_assert_int_eq (cause ("552 5.1.1", "RCPT TO", "Boite du destinataire pleine. "
                           "Recipient overquota. OFR_417 [417]"), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (cause ("550 5.5.0", "DATA", "Invalid recipient. LPN007_416"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("550 5.2.0", "", "Mail rejete. Mail rejected. ofr_506 [506]"),
                    CAUSE_SPAMDETECTED);
  /* Not a reference: inside a word, with a fourth digit, with four
     characters between its letters and its number, or one the pages do
     not explain (107): the words alone, which name no cause ("please
     try later" only says that the refusal may pass).  */
  ck_assert_int_eq (refused ("421", "", "XLPN005_510"), CAUSE_UNDEFINED);
  ck_assert_int_eq (refused ("421", "", "LPN005_5100"), CAUSE_UNDEFINED);
  ck_assert_int_eq (refused ("421", "", "LPN1234_510"), CAUSE_UNDEFINED);
  ck_assert_int_eq (refused ("421", "", "LPN006_107"), CAUSE_UNDEFINED);
  /* The first reference names the cause, after dashes that start none.  */
  ck_assert_int_eq (refused ("421", "", "e-mail re-sent-100 (OFR_999 [999]) LPN105-104"),
                    CAUSE_BLOCKED);
}
END_TEST

START_TEST (words_beyond_ascii)
{
  /* ASCII letters match in any case, other characters exactly.  */
  ck_assert_int_eq (cause ("450", "RCPT TO", "<bob@example.com>: 用户不存在"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("552", "", "邮箱已满"), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (cause ("450", "RCPT TO", "宛先不明"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("450", "RCPT TO", "用户不"), CAUSE_UNDEFINED);
  ck_assert_int_eq (cause ("550", "", "MAILBOX FULL"), CAUSE_MAILBOXFULL);
  /* Chinese providers' and relays' own words, simplified and traditional.  */
  ck_assert_int_eq (cause ("550", "RCPT TO", "收件人不存在"), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (cause ("552", "", "对方邮箱容量已满"), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (cause ("451", "", "发信频率过快，请稍后再试"), CAUSE_SPEEDING);
  ck_assert_int_eq (cause ("554", "DATA", "邮件被识别为垃圾邮件"), CAUSE_SPAMDETECTED);
  ck_assert_int_eq (cause ("550", "", "请使用授权码登录"), CAUSE_SECURITYERROR);
  ck_assert_int_eq (cause ("550", "", "帳號已被鎖定"), CAUSE_SUSPEND);
  /* A phrase's apostrophe matches the typographic one of a pasted page.  */
  ck_assert_int_eq (cause ("550", "", "User doesn’t exist"), CAUSE_FILTERED);
  ck_assert_int_eq (cause ("554", "", "delivery error: dd This user doesn’t have a yahoo.com account"),
                    CAUSE_USERUNKNOWN);
}
END_TEST

Suite *
cause_suite (void)
{
  Suite *s = suite_create ("cause");
  TCase *tc = tcase_create ("cause");
  tcase_add_test (tc, words_and_codes);
  tcase_add_test (tc, commands);
  tcase_add_test (tc, missing_host);
  tcase_add_test (tc, lookup_failed);
  tcase_add_test (tc, security_codes);
  tcase_add_test (tc, bare_code);
  tcase_add_test (tc, given_up);
  tcase_add_test (tc, policy_phrases);
  tcase_add_test (tc, mta_words);
  tcase_add_test (tc, unknown_unless_address);
  tcase_add_test (tc, orange_references);
  tcase_add_test (tc, fallbacks);
  tcase_add_test (tc, provider_meaning);
  tcase_add_test (tc, words_beyond_ascii);
  tcase_add_test (tc, spam_over_filter);
  tcase_add_test (tc, codes_against_words);
  tcase_add_test (tc, unknown_address_code);
  tcase_add_test (tc, more_phrases);
  suite_add_tcase (s, tc);
  return s;
}
