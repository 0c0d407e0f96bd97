/* SPDX-License-Identifier: GPL-3.0-or-later */
/* vendormatch.h -- which provider sent a reply, and which of its own
   entries (data/vendor-*.txt) explains it: for explain (issue 14).

   The evidence, strongest first: a token of a provider's own in the
   reply ("DT:SPM", "[TSS04]", "(S3150)", "AS(7555)"); the marks that
   providers put in every reply (Outlook.com's and Microsoft 365's
   protection.outlook.com hosts, Google's "- gsmtp", NetEase's
   "163 smtpN," session part, Tencent's service.mail.qq.com links, Yahoo's
   leading "[XX00]"); a provider's signatures in the name of the remote
   server, then in the reply (there only when one of the provider's
   entries fits the reply); and last a code that no registry has and only
   one provider uses (5.7.708).  */

#ifndef SMTPCODE_VENDORMATCH_H
#define SMTPCODE_VENDORMATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"

struct vendor_match
{
  enum provider provider;
  /* What told the provider: a token, mark, signature or code as written
     in data/ or in vendormatch.c, or Yahoo's bracketed token in TEXT
     itself; not NUL-ended.  */
  const char *evidence;
  size_t evidence_len;
  /* The provider's entry that explains the reply, or NULL when the
     provider is known but none of its entries fits.  */
  const struct vendor_entry *entry;
};

/* Recognizes the provider of the reply CODE with the server's words TEXT
   (N bytes, any bytes), sent by the server named HOST (a bounce's
   Remote-MTA; NULL or "" when not known).  The remote server's name counts
   after the tokens and marks of the reply and before its signatures.
   Returns false, MATCH untouched, when nothing points to one.  */
bool vendormatch_reply (const struct smtp_code *code, const char *text, size_t n,
                        const char *host, struct vendor_match *match);

/* The cause that the provider's own entry for the reply names (data/
   vendor-*.txt's cause field), or -1 when no entry explains it.  The
   arguments are vendormatch_reply's.  */
int vendormatch_cause (const struct smtp_code *code, const char *text, size_t n,
                       const char *host);

/* The cause that MATCH's entry names, or -1 when MATCH is NULL or has no
   entry.  */
int vendor_match_cause (const struct vendor_match *match);

/* Whether the word that starts TEXT (N bytes) is a provider's token, read
   as vendormatch_reply reads one: "RP-001", "(S3150)", "STOREDRV.Deliver:".  */
bool vendormatch_token_word (const char *text, size_t n);

#endif
