/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_vendormatch.c -- recognizing the provider of a reply
   (src/vendormatch.c), on a table that src/mkcodes makes of
   tests/fixtures/vendormatch.txt, so that the answers do not move with
   data/.  Linked before the library, that table stands in for the real
   one; in it only 250 and 251 are registered codes.  */

#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "codedb.h"
#include "vendormatch.h"

static struct vendor_match found;

/* Recognizes the reply CODE ("550 5.7.1", "550") with the words TEXT.  */
static bool
recognize (const char *code, const char *text)
{
  struct smtp_code c;
  ck_assert_int_eq (code_parse (code, &c), CODE_OK);
  memset (&found, 0, sizeof found);
  return vendormatch_reply (&c, text, strlen (text), NULL, &found);
}

/* The same for a reply in a bounce whose Remote-MTA is HOST.  */
static bool
recognize_from (const char *code, const char *text, const char *host)
{
  struct smtp_code c;
  ck_assert_int_eq (code_parse (code, &c), CODE_OK);
  memset (&found, 0, sizeof found);
  return vendormatch_reply (&c, text, strlen (text), host, &found);
}

static void
assert_found (enum provider provider, const char *evidence, const char *title)
{
  ck_assert_str_eq (codedb_provider_name (found.provider), codedb_provider_name (provider));
  ck_assert_int_eq ((int) found.evidence_len, (int) strlen (evidence));
  ck_assert (strncmp (found.evidence, evidence, found.evidence_len) == 0);
  if (title == NULL)
    ck_assert_ptr_null (found.entry);
  else
    {
      ck_assert_ptr_nonnull (found.entry);
      ck_assert_str_eq (codedb_text (found.entry->title), title);
      ck_assert_int_eq (found.entry->provider, provider);
    }
}

START_TEST (bracketed_and_parenthesized_tokens)
{
  ck_assert (recognize ("421 4.7.0", "[TSS04] Messages from 192.0.2.1 temporarily deferred"));
  assert_found (PROVIDER_YAHOO, "TSS04", "Deferred for volume or complaints");
  /* The token wins over Microsoft 365's mark in the same reply.  */
  ck_assert (recognize ("550 5.7.1", "part of their network is on our block list (S3150). "
                        "[DM6.eop-nam12.prod.protection.outlook.com]"));
  assert_found (PROVIDER_OUTLOOK, "S3150", "Network on the block list");
  ck_assert (recognize ("550 5.7.520", "Your organization does not allow external "
                        "forwarding. AS(7555)"));
  assert_found (PROVIDER_MICROSOFT, "AS(7555)", "External forwarding blocked");
}
END_TEST

START_TEST (token_any_case_and_match_fragments)
{
  ck_assert (recognize ("554", "dt:spm 163 smtp14,EsCowAD--.1 1648832685, please see"));
  assert_found (PROVIDER_NETEASE, "DT:SPM", "Content looks like spam");
  /* Fragments are looked for in the reply as sent: code, space, words.  */
  ck_assert (recognize ("451", "DT:SPM 126 smtp2,x 1648832685"));
  assert_found (PROVIDER_NETEASE, "DT:SPM", "Envelope looks like spam");
  ck_assert (recognize ("550 5.7.0", "DT:SPM qiye"));
  assert_found (PROVIDER_NETEASE, "DT:SPM", "Qiye's spam verdict");
  ck_assert (recognize ("550 5.7.1", "DT:SPM qiye"));
  assert_found (PROVIDER_NETEASE, "DT:SPM", NULL);
  /* A token whose fragments all miss still names the provider.  */
  ck_assert (recognize ("550", "DT:SPM yeah smtp1,x"));
  assert_found (PROVIDER_NETEASE, "DT:SPM", NULL);
}
END_TEST

START_TEST (token_as_part_of_a_word)
{
  ck_assert (recognize ("554 5.2.2", "STOREDRV.Deliver.Exception:QuotaExceeded; mailbox full"));
  assert_found (PROVIDER_MICROSOFT, "STOREDRV.Deliver", "Mailbox full");
  ck_assert (recognize ("554 5.2.2", "STOREDRV.Deliver: recipient thread limit exceeded"));
  assert_found (PROVIDER_MICROSOFT, "STOREDRV.Deliver", "Too many deliveries at once");
  /* Not inside a longer word.  */
  ck_assert (!recognize ("550", "XTSS04 is not a token, nor is TSS045"));
}
END_TEST

/* The scanner asks whether a code's first word is a token (decide.c).  */
START_TEST (token_word_alone)
{
  ck_assert (vendormatch_token_word ("S3150 (SNT004) Unfortunately", 28));
  ck_assert (vendormatch_token_word ("(S3150).", 8));
  ck_assert (vendormatch_token_word ("dt:spm 163 smtp14", 17));
  ck_assert (vendormatch_token_word ("STOREDRV.Deliver: limit", 23));
  ck_assert (!vendormatch_token_word ("TSS045 x", 8));
  ck_assert (!vendormatch_token_word ("Mailbox unavailable", 19));
  ck_assert (!vendormatch_token_word (" S3150", 6));
  ck_assert (!vendormatch_token_word ("", 0));
}
END_TEST

START_TEST (outlook_before_microsoft)
{
  ck_assert (recognize ("451 4.7.650", "rate limited "
                        "[x.hotmail-com.olc.protection.outlook.com 2024-05-09]"));
  assert_found (PROVIDER_OUTLOOK, "olc.protection.outlook.com", "Outlook.com's 4.7.650");
  ck_assert (recognize ("451 4.7.650", "rate limited "
                        "[x.eop-eur22.prod.protection.outlook.com 2024-05-09]"));
  assert_found (PROVIDER_MICROSOFT, "protection.outlook.com", "Microsoft's 4.7.650");
}
END_TEST

START_TEST (ranges_and_exact_codes)
{
  const char *tail = "Access denied [x.eop-nam02.prod.protection.outlook.com]";
  ck_assert (recognize ("550 5.7.630", tail));
  assert_found (PROVIDER_MICROSOFT, "protection.outlook.com", "Banned sending IP");
  ck_assert (recognize ("550 5.7.620", tail));
  assert_found (PROVIDER_MICROSOFT, "protection.outlook.com", "One code inside the range");
  /* Another class is another code.  */
  ck_assert (recognize ("450 4.7.630", tail));
  assert_found (PROVIDER_MICROSOFT, "protection.outlook.com", NULL);
}
END_TEST

START_TEST (gsmtp_and_repeated_keys)
{
  ck_assert (recognize ("550 5.7.1", "Messages with multiple addresses in From: header are "
                        "not accepted. v14si1155795plk.134 - gsmtp"));
  assert_found (PROVIDER_GOOGLE, "gsmtp", "Headers not compliant");
  ck_assert (recognize ("550 5.7.1", "Our system has detected that this message is likely "
                        "unsolicited mail. a1si2 - gsmtp"));
  assert_found (PROVIDER_GOOGLE, "gsmtp", "Likely spam");
  ck_assert (recognize ("550 5.7.1", "Something else entirely. a1si2 - gsmtp"));
  assert_found (PROVIDER_GOOGLE, "gsmtp", NULL);
  /* In any case, and at the very end or start of the words.  */
  ck_assert (recognize ("550 5.7.1", "Something else entirely. a1si2 - GSMTP"));
  assert_found (PROVIDER_GOOGLE, "gsmtp", NULL);
  ck_assert (recognize ("550 5.7.1", "gsmtp"));
  assert_found (PROVIDER_GOOGLE, "gsmtp", NULL);
  /* Not a word of its own.  */
  ck_assert (!recognize ("550", "mailbox xgsmtp unavailable"));
}
END_TEST

START_TEST (netease_session_and_tencent_link)
{
  ck_assert (recognize ("550", "User not found: a@b.example (163 mx7,abc)"));
  assert_found (PROVIDER_NETEASE, "163 mx", "No such NetEase user");
  /* Of two session parts, the one first in the list of hosts is named,
     wherever it stands.  */
  ck_assert (recognize ("550", "User not found: (yeah mx2,a) (126 mx7,b) (Yeah smtp1,c)"));
  assert_found (PROVIDER_NETEASE, "126 mx", "No such NetEase user");
  /* "163 smtp" without a number and comma is the signature.  */
  ck_assert (recognize ("550", "User not found 163 smtp"));
  assert_found (PROVIDER_NETEASE, "163 smtp", "No such NetEase user");
  ck_assert (recognize ("550", "User not found: a@b.example (YEAH MX7,abc)"));
  assert_found (PROVIDER_NETEASE, "yeah mx", "No such NetEase user");
  ck_assert (recognize ("550", "Ip frequency limited [x Blocked IP 192.0.2.22]. "
                        "http://service.mail.qq.com/cgi-bin/help?subtype=1"));
  assert_found (PROVIDER_TENCENT, "service.mail.qq.com", "Sending IP over the rate limit");
  ck_assert (recognize ("550", "Mailbox not found. http://service.mail.qq.com/detail/0"));
  assert_found (PROVIDER_TENCENT, "service.mail.qq.com", "No such QQ user");
}
END_TEST

START_TEST (yahoo_bracket_without_data)
{
  ck_assert (recognize ("421 4.7.0", "[TSS99] Messages from 192.0.2.1 deferred"));
  assert_found (PROVIDER_YAHOO, "[TSS99]", NULL);
  ck_assert (!recognize ("421", "[tss99] lower case is not Yahoo's"));
  ck_assert (!recognize ("421", "[192.0.2.1] an address in brackets"));
  ck_assert (!recognize ("421", "["));
}
END_TEST

START_TEST (signatures_as_words)
{
  ck_assert (recognize ("552", "st11p00im-smtpin013.me.com: over quota"));
  assert_found (PROVIDER_APPLE, "me.com", "iCloud storage full");
  /* A signature in the words without an entry that fits: nothing, as it
     may be an address in another server's reply; in the remote server's
     name it is enough.  */
  ck_assert (!recognize ("554", "st11p00im-smtpin013.me.com ESMTP not accepting connections"));
  ck_assert (recognize_from ("554", "ESMTP not accepting connections",
                             "st11p00im-smtpin013.me.com"));
  assert_found (PROVIDER_APPLE, "me.com", NULL);
  ck_assert (recognize ("552", "<someone@icloud.com>: user is over quota"));
  assert_found (PROVIDER_APPLE, "icloud.com", "iCloud storage full");
  ck_assert (!recognize ("554", "welcome.com and home.com are not me.company"));
  ck_assert (!recognize ("554", "icloud.community"));
  /* The longest signature found wins: "go.microsoft.com/fwlink" over
     "live.com".  */
  ck_assert (recognize ("550 5.7.708", "see live.com and go.microsoft.com/fwlink/?LinkId=1"));
  assert_found (PROVIDER_MICROSOFT, "go.microsoft.com/fwlink",
                "Traffic from this IP is not accepted");
}
END_TEST

START_TEST (codes_only_one_provider_uses)
{
  ck_assert (recognize ("550 5.7.708", "Access denied, traffic not accepted from this IP."));
  assert_found (PROVIDER_MICROSOFT, "5.7.708", "Traffic from this IP is not accepted");
  /* Two providers use 4.7.650: it tells neither.  */
  ck_assert (!recognize ("451 4.7.650", "The mail server has been temporarily rate limited"));
  /* A code that no provider uses tells none.  */
  ck_assert (!recognize ("250 2.5.0", "ok"));
  /* Microsoft 365's hosts, Outlook.com's code: the code tells more.  */
  ck_assert (recognize ("550 5.7.515", "Access denied [x.eop-a.prod.protection.outlook.com]"));
  assert_found (PROVIDER_OUTLOOK, "5.7.515", "Domain fails the authentication requirements");
}
END_TEST

START_TEST (remote_server)
{
  /* Outlook.com's host beats the Microsoft 365 tail of its reply.  */
  ck_assert (recognize_from ("451 4.7.650", "rate limited [x.eop-eur22.prod.protection."
                             "outlook.com]", "apc.olc.protection.outlook.com"));
  assert_found (PROVIDER_OUTLOOK, "olc.protection.outlook.com", "Outlook.com's 4.7.650");
  /* A signature in the host name, when the words have none.  */
  ck_assert (recognize_from ("550 5.7.1", "This message is likely unsolicited mail.",
                             "alt1.gmail-smtp-in.l.google.com"));
  assert_found (PROVIDER_GOOGLE, "l.google.com", "Likely spam");
  /* The host's signature before the words' signature; a token first.  */
  ck_assert (recognize_from ("552", "<a@icloud.com>: over quota", "mx3.qq.com"));
  assert_found (PROVIDER_TENCENT, "qq.com", NULL);
  ck_assert (recognize_from ("421", "[TSS04] deferred", "mx3.qq.com"));
  assert_found (PROVIDER_YAHOO, "TSS04", "Deferred for volume or complaints");
  /* An unknown host changes nothing.  */
  ck_assert (!recognize_from ("550 5.1.1", "User unknown", "mx.example.org"));
  ck_assert (!recognize_from ("550 5.1.1", "User unknown", ""));
}
END_TEST

START_TEST (nothing_to_recognize)
{
  static const char bytes[] = "\0\xff\xfe(S3150\0[TSS04";
  struct smtp_code c;
  ck_assert (!recognize ("550 5.1.1", "User unknown"));
  ck_assert (!recognize ("550", ""));
  ck_assert_int_eq (code_parse ("550", &c), CODE_OK);
  /* NUL bytes and bytes that are not UTF-8 only part words.  */
  ck_assert (vendormatch_reply (&c, bytes, sizeof bytes - 1, "", &found));
  assert_found (PROVIDER_OUTLOOK, "S3150", "Network on the block list");
  /* A word longer than any token is skipped, not cut.  */
  char word[200];
  memset (word, 'A', sizeof word - 1);
  word[sizeof word - 1] = '\0';
  memcpy (word + sizeof word - 7, ":TSS04", 6);
  ck_assert (!recognize ("421", word));
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("vendormatch");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, bracketed_and_parenthesized_tokens);
  tcase_add_test (tc, token_any_case_and_match_fragments);
  tcase_add_test (tc, token_as_part_of_a_word);
  tcase_add_test (tc, token_word_alone);
  tcase_add_test (tc, outlook_before_microsoft);
  tcase_add_test (tc, ranges_and_exact_codes);
  tcase_add_test (tc, gsmtp_and_repeated_keys);
  tcase_add_test (tc, netease_session_and_tencent_link);
  tcase_add_test (tc, yahoo_bracket_without_data);
  tcase_add_test (tc, signatures_as_words);
  tcase_add_test (tc, codes_only_one_provider_uses);
  tcase_add_test (tc, remote_server);
  tcase_add_test (tc, nothing_to_recognize);
  suite_add_tcase (s, tc);
  SRunner *runner = srunner_create (s);
  srunner_run_all (runner, CK_NORMAL);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
