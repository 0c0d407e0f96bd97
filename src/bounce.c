/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce.c -- merging what a bounce says of each recipient into one
   finding.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bounce.h"
#include "cause.h"
#include "message.h"
#include "reply.h"
#include "vendormatch.h"
#include "xalloc.h"

/* Where the scanner's lines of a message came from in the input.  */
#define LINE_RING 256
/* The addresses named on the last lines of text.  */
#define ADDRESS_RING 32
/* The lines of a message's text kept for the words of a cause: the
   notice of a bounce comes first.  */
#define PHRASE_LINES 60

struct reply
{
  bool used;                    /* merged into a finding reported */
  struct smtp_code code;
  char command[16];
  char text[512];
  size_t text_len;
  unsigned long line;
  char address[256];
};

struct group
{
  char recipient[256], action[32], remote[256], reporter[256];
  struct smtp_code status;
  bool has_reply, code_from_dsn;
  struct smtp_code code;
  char command[16];
  char text[1024];
  size_t text_len;
  unsigned long line;
  struct smtp_code others[BOUNCE_OTHERS_MAX];
  size_t nothers;
  char words[2048];
  size_t words_len;
};

struct bounce
{
  bounce_callback callback;
  void *data;
  unsigned long message, count;
  /* One scanner for the text of every message, and one for Diagnostic-
     Codes: a blank line after each flushes what it holds, and a new
     scanner for each would cost more than reading most bounces.  Its
     lines are counted over the whole input.  */
  struct explain_scanner *scanner, *diagnostics;
  unsigned long text_lines, diagnosed_count;
  unsigned long input_lines[LINE_RING];
  struct
  {
    unsigned long at;
    char address[256];
  } addresses[ADDRESS_RING];
  size_t naddresses;
  struct reply replies[BOUNCE_TEXT_MAX];
  size_t nreplies;
  /* The first lines of the text (the notice of a bounce), whose words
     may tell the cause where the replies do not.  */
  struct reply notices[PHRASE_LINES];
  size_t nnotices;
  struct group groups[BOUNCE_GROUP_MAX];
  size_t ngroups, dsn_groups;
  struct group scratch;         /* a recipient reported unmerged */
  char failed[256];             /* X-Failed-Recipients, when one */
  char returned_to[256];        /* the To of the returned message, when one */
  bool is_bounce;               /* its fields or first lines say it is one */
  bool feedback;                /* an abuse report (ARF): no bounce */
  /* Its Subject says it forwards a message ("Fw: Returned mail"): the
     first marker of an original starts what was forwarded, the bounce
     itself, not the original that the bounce returns.  */
  bool forwarded;
  bool original;                /* the text goes on with the original */
  struct group *diagnosed;      /* the group a Diagnostic-Code is read for */
  unsigned long diagnosed_line; /* where its report starts */
  /* A command named below a label of its own, after the reply (m-FILTER
     writes "-------SMTP command", then "DATA"): the command of the
     replies that name none.  */
  bool command_label;
  char labelled_command[16];
};

static void on_text_reply (const struct explain_finding *f, void *data);
static void on_diagnostic (const struct explain_finding *f, void *data);

struct bounce *
bounce_new (bounce_callback callback, void *data)
{
  struct bounce *b = xcalloc (1, sizeof *b);
  b->scanner = explain_new (on_text_reply, b);
  b->diagnostics = explain_new (on_diagnostic, b);
  explain_mail_text (b->scanner);
  explain_mail_text (b->diagnostics);
  b->callback = callback;
  b->data = data;
  return b;
}

void
bounce_free (struct bounce *b)
{
  if (b)
    {
      explain_free (b->scanner);
      explain_free (b->diagnostics);
    }
  free (b);
}

static inline bool
address_char (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
    || c == '.' || c == '-' || c == '_' || c == '+' || c == '=' || c == '%'
    || (unsigned char) c >= 0x80;
}

void
bounce_find_address (const char *s, size_t n, char *out, size_t size)
{
  out[0] = '\0';
  for (const char *p = memrchr (s, '@', n); p != NULL; p = memrchr (s, '@', (size_t) (p - s)))
    {
      size_t at = (size_t) (p - s), start = at, end = at + 1;
      bool dot = false;
      while (start > 0 && address_char (s[start - 1]))
        start--;
      while (end < n && address_char (s[end]))
        dot |= s[end++] == '.';
      while (end > at + 1 && s[end - 1] == '.')
        end--;
      while (start < at && s[start] == '.')
        start++;
      if (start == at || end == at + 1 || !dot || end - start >= size)
        continue;
      memcpy (out, s + start, end - start);
      out[end - start] = '\0';
      return;
    }
}

static bool
is_failure (const struct smtp_code *c)
{
  int cls = code_class (c);
  return cls == 4 || cls == 5;
}

static bool
has_code (const struct smtp_code *c)
{
  return code_has_basic (c) || code_has_enhanced (c);
}

/* How much a code says: a failure over a success, a specific enhanced
   code over a generic one (X.0.0), both parts over one, and the delivery
   status report (DSN) over a quotation in the text.  */
static int
specificity (const struct smtp_code *c, bool dsn)
{
  int score = (is_failure (c) ? 16 : 0) + (dsn ? 3 : 0);
  if (code_has_enhanced (c))
    score += c->subject || c->detail ? 5 : 1;
  if (code_has_basic (c))
    score += 2;
  return score;
}

/* Whether every part of A is in B.  */
static bool
code_within (const struct smtp_code *a, const struct smtp_code *b)
{
  if (code_has_basic (a) && a->basic != b->basic)
    return false;
  if (code_has_enhanced (a)
      && (a->enhanced_class != b->enhanced_class || a->subject != b->subject
          || a->detail != b->detail))
    return false;
  return true;
}

static void
add_other (struct group *g, const struct smtp_code *c)
{
  if (!has_code (c) || code_within (c, &g->code))
    return;
  for (size_t i = 0; i < g->nothers; i++)
    if (code_within (c, &g->others[i]))
      return;
  if (g->nothers < BOUNCE_OTHERS_MAX)
    g->others[g->nothers++] = *c;
}

static void
add_words (struct group *g, const char *text, size_t n)
{
  size_t room = sizeof g->words - 1 - g->words_len;
  if (n == 0 || room < 2)
    return;
  if (g->words_len > 0)
    g->words[g->words_len++] = ' ', room--;
  if (n > room)
    n = room;
  memcpy (g->words + g->words_len, text, n);
  g->words_len += n;
  g->words[g->words_len] = '\0';
}

/* Adds a report of a reply to group G.  */
static void
add_reply (struct group *g, const struct smtp_code *code, bool dsn, const char *command,
           const char *text, size_t n, unsigned long line)
{
  if (n > sizeof g->text)
    n = sizeof g->text;
  add_words (g, text, n);
  if (!g->has_reply || specificity (code, dsn) > specificity (&g->code, g->code_from_dsn))
    {
      struct smtp_code old = g->code;
      bool had = g->has_reply;
      g->code = *code;
      g->code_from_dsn = dsn;
      if (had)
        add_other (g, &old);
      g->line = line;
      g->has_reply = true;
      if (command[0])
        strcpy (g->command, command);
      if (n > 0)
        {
          memcpy (g->text, text, n);
          g->text_len = n;
        }
      return;
    }
  add_other (g, code);
  if (!g->command[0])
    strcpy (g->command, command);
  if (g->text_len == 0)
    {
      memcpy (g->text, text, n);
      g->text_len = n;
    }
}

/* The lead code takes a basic code that another report gives, when the
   classes agree: "Status: 5.1.1" and "550 User unknown" are "550 5.1.1".  */
static void
complete_code (struct group *g)
{
  for (size_t i = 0; i < g->nothers && !code_has_basic (&g->code); i++)
    {
      const struct smtp_code *o = &g->others[i];
      if (code_has_basic (o) && !code_has_enhanced (o)
          && o->basic / 100 == g->code.enhanced_class)
        {
          g->code.basic = o->basic;
          memmove (&g->others[i], &g->others[i + 1], (g->nothers - i - 1) * sizeof *o);
          g->nothers--;
        }
    }
}

/* The indentation of notice line R.  */
static size_t
indentation (const struct reply *r)
{
  size_t i = 0;
  while (i < r->text_len && (r->text[i] == ' ' || r->text[i] == '\t'))
    i++;
  return i;
}

/* Notice line R gives G its words, without its indentation.  */
static void
set_words (struct group *g, const struct reply *r)
{
  size_t i = indentation (r);
  memcpy (g->text, r->text + i, r->text_len - i);
  g->text_len = r->text_len - i;
  g->line = r->line;
}

/* Adds to G's words the lines of the notice about it: those naming its
   address, or all when it is the only recipient.  A report without
   words of its own (a bare "Status: 4.0.0") takes those of the first
   line that names its address and a cause ("bob@example.com: No MX
   found for domain"), rather than the notice's words about the whole
   message.  */
static void
add_notices (struct bounce *b, struct group *g)
{
  bool only = b->ngroups == 1 && g == &b->groups[0];
  for (size_t i = 0; i < b->nnotices; i++)
    {
      const struct reply *r = &b->notices[i];
      bool named = r->address[0] && strcasecmp (r->address, g->recipient) == 0;
      if (only || named)
        add_words (g, r->text, r->text_len);
      if (named && g->text_len == 0 && cause_in_words (r->text, r->text_len) >= 0)
        {
          unsigned long line = g->line;
          set_words (g, r);
          g->line = line;
        }
    }
}

/* The cause of G as cause_of gives it, but a provider's token names it
   whatever the words when the remote server is the provider's own:
   Yahoo's "[TSS04] ... deferred due to unexpected volume or user
   complaints" from its MX, which Yahoo gives for volume, complaints and
   missing authentication alike, is the refusal its entry names, not the
   bad reputation that "user complaints" would say.  Sisimai too reads a
   provider's replies by its host before any words.  */
static enum cause
group_cause (const struct group *g, const struct vendor_match *vendor)
{
  int named = vendor_match_cause (vendor);
  struct vendor_match at_host;
  if (named >= 0 && vendor->entry->kind == VENDOR_TOKEN && g->remote[0]
      && vendormatch_reply (&g->code, "", 0, g->remote, &at_host)
      && at_host.provider == vendor->provider)
    return (enum cause) named;
  return cause_of (named, &g->code, g->command, g->text, g->text_len, g->words, g->words_len);
}

static void
report (struct bounce *b, struct group *g)
{
  complete_code (g);
  add_notices (b, g);
  struct bounce_finding f = {
    .message = b->message, .recipient = g->recipient, .action = g->action,
    .remote = g->remote, .status = g->status,
    .reply = { g->code, "", g->text, g->text_len, g->line },
    .nothers = g->nothers, .words = g->words,
  };
  strcpy (f.reply.command, g->command);
  struct vendor_match vendor;
  /* Without a remote server, the reporting one is where the failure
     happened: its name tells the provider as well.  */
  const char *host = g->remote[0] ? g->remote : g->reporter;
  if (vendormatch_reply (&g->code, g->text, g->text_len, host, &vendor))
    f.vendor = &vendor;
  f.cause = group_cause (g, f.vendor);
  /* A report that gave up on a temporary failure: the retries ran out,
     whatever the last attempt met.  */
  int cls = code_class (&g->code);
  if (strcmp (g->action, "expired") == 0)
    f.cause = CAUSE_EXPIRED;
  /* A report of success: what is reported is a delivery.  */
  if (cls == 2 || strcmp (g->action, "delivered") == 0 || strcmp (g->action, "relayed") == 0
      || strcmp (g->action, "expanded") == 0)
    f.cause = CAUSE_DELIVERED;
  /* A report that gave up after temporary failures (Action: failed
     with a 4xx code), or that says the message still waits after them
     (Action: delayed): the time it took is what failed, unless the
     words name a cause that says more than the network did, as a name
     server that failed on every attempt does.  A failure with a routing
     code other than X.4.1 (no answer) names what the network did: a bad
     connection (X.4.2), a routing failure (X.4.6).  */
  bool routing = g->code.subject == 4 && g->code.detail > 1;
  if (cls == 4 && (strcmp (g->action, "failed") == 0 || strcmp (g->action, "delayed") == 0)
      && (f.cause == CAUSE_UNDEFINED
          || (f.cause == CAUSE_NETWORKERROR && !(routing && strcmp (g->action, "failed") == 0)))
      && cause_in_words (g->words, g->words_len) != CAUSE_HOSTUNKNOWN)
    f.cause = CAUSE_EXPIRED;
  memcpy (f.others, g->others, sizeof f.others);
  b->count++;
  b->callback (&f, b->data);
}

static struct group *
find_group (struct bounce *b, const char *address)
{
  for (size_t i = 0; i < b->ngroups; i++)
    if (strcasecmp (b->groups[i].recipient, address) == 0)
      return &b->groups[i];
  return NULL;
}

/* S into BUF (SIZE bytes), cut to fit, as snprintf's "%s" would.  */
static void
copy_cut (char *buf, size_t size, const char *s)
{
  size_t len = strnlen (s, size - 1);
  memcpy (buf, s, len);
  buf[len] = '\0';
}

static void
init_group (struct group *g, const char *address)
{
  memset (g, 0, sizeof *g);
  g->status.enhanced_class = -1;
  g->code.enhanced_class = -1;
  copy_cut (g->recipient, sizeof g->recipient, address);
}

/* A new group for ADDRESS; the scratch group when there is no room.  */
static struct group *
new_group (struct bounce *b, const char *address)
{
  struct group *g = b->ngroups < BOUNCE_GROUP_MAX ? &b->groups[b->ngroups++] : &b->scratch;
  init_group (g, address);
  return g;
}

void
bounce_start (struct bounce *b, unsigned long number)
{
  b->message = number;
  b->naddresses = b->nreplies = b->ngroups = b->dsn_groups = 0;
  b->nnotices = 0;
  b->count = 0;
  b->failed[0] = b->returned_to[0] = '\0';
  b->is_bounce = b->feedback = b->original = b->command_label = b->forwarded = false;
  b->labelled_command[0] = '\0';
}

/* Whether S (N bytes) ends with WORDS (lower case, a letter last), in any
   case.  */
static bool
ends_with_words (const char *s, size_t n, const char *words)
{
  size_t len = strlen (words);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  /* The last letter first, in either case: it rules out most lines.  */
  return n >= len && (s[n - 1] | 0x20) == words[len - 1]
    && strncasecmp (s + n - len, words, len) == 0;
}

/* A search for a letter in either case, by the C library's fast search
   for each case: each is searched again only once passed, so that the
   text is read once for each.  */
struct letter_search
{
  const char *end, *low, *up;   /* NULL: found nowhere further */
  char c;                       /* in lower case */
};

static void
letter_start (struct letter_search *ls, const char *s, const char *end, char c)
{
  ls->end = end;
  ls->c = c;
  ls->low = memchr (s, c, (size_t) (end - s));
  ls->up = memchr (s, c - 32, (size_t) (end - s));
}

/* Where the letter is next at or after FROM, or NULL.  */
static const char *
letter_next (struct letter_search *ls, const char *from)
{
  if (ls->low && ls->low < from)
    ls->low = memchr (from, ls->c, (size_t) (ls->end - from));
  if (ls->up && ls->up < from)
    ls->up = memchr (from, ls->c - 32, (size_t) (ls->end - from));
  return ls->low == NULL || (ls->up && ls->up < ls->low) ? ls->up : ls->low;
}

/* Whether S (N bytes) holds WORDS (lower case letters first), in any
   case.  */
static bool
find_words (const char *s, size_t n, const char *words)
{
  size_t len = strlen (words);
  if (len > n)
    return false;
  struct letter_search ls;
  letter_start (&ls, s, s + n - len + 1, words[0]);
  for (const char *p = s; (p = letter_next (&ls, p)) != NULL; p++)
    if (strncasecmp (p, words, len) == 0)
      return true;
  return false;
}

/* Whether a Subject (V, N bytes) says the message forwards another:
   "Fw:", "FW:", "Fwd:" at its start.  */
static bool
forwarding (const char *v, size_t n)
{
  while (n > 0 && (*v == ' ' || *v == '\t'))
    v++, n--;
  return (n >= 3 && strncasecmp (v, "fw:", 3) == 0) || (n >= 4 && strncasecmp (v, "fwd:", 4) == 0);
}

void
bounce_header (struct bounce *b, const char *name, size_t name_len, const char *value,
               size_t value_len)
{
  /* Exim names the failed recipients in a header field of its own.  */
  static const char *const signs[] = {
    "mailer-daemon", "postmaster", "mail delivery", "undeliver", "delivery status",
    "delivery failure", "returned mail", "failure notice", "multipart/report",
  };
  if (name_len == 7 && strncasecmp (name, "Subject", 7) == 0)
    b->forwarded = forwarding (value, value_len);
  /* An abuse report (ARF's multipart/report) returns a message that was
     delivered: its words of a cause make no finding, whoever sent it.  */
  bool content_type = name_len == 12 && strncasecmp (name, "Content-Type", 12) == 0;
  if (content_type && find_words (value, value_len, "feedback-report"))
    b->feedback = true;
  if (b->is_bounce && name_len != 19)
    return;
  if (name_len == 19 && strncasecmp (name, "X-Failed-Recipients", 19) == 0
      && !memchr (value, ',', value_len))
    bounce_find_address (value, value_len, b->failed, sizeof b->failed);
  /* Words that name a cause, without a reply code, are taken from a
     message whose fields say it is a bounce, not from any mail.  */
  if ((name_len == 4 && strncasecmp (name, "From", 4) == 0)
      || (name_len == 7 && strncasecmp (name, "Subject", 7) == 0)
      || content_type)
    for (size_t i = 0; i < sizeof signs / sizeof signs[0] && !b->is_bounce; i++)
      b->is_bounce = find_words (value, value_len, signs[i]);
}

/* Copies into ADDRESS the address named last at text line AT or before;
   "" if none.  */
static void
last_address (const struct bounce *b, unsigned long at, char *address)
{
  address[0] = '\0';
  for (size_t i = b->naddresses; i-- > 0 && i + ADDRESS_RING >= b->naddresses;)
    if (b->addresses[i % ADDRESS_RING].at <= at)
      {
        strcpy (address, b->addresses[i % ADDRESS_RING].address);
        return;
      }
}

/* A reply found in the text of the message.  */
static void
on_text_reply (const struct explain_finding *f, void *data)
{
  struct bounce *b = data;
  struct reply *r = &b->replies[b->nreplies < BOUNCE_TEXT_MAX ? b->nreplies : 0];
  struct reply spare;
  if (b->nreplies == BOUNCE_TEXT_MAX)
    r = &spare;
  r->code = f->code;
  strcpy (r->command, f->command);
  r->text_len = f->text_len < sizeof r->text ? f->text_len : sizeof r->text;
  memcpy (r->text, f->text, r->text_len);
  r->line = b->input_lines[f->line % LINE_RING];
  r->used = false;
  last_address (b, f->line, r->address);
  if (!r->address[0])
    bounce_find_address (f->text, f->text_len, r->address, sizeof r->address);
  if (r != &spare)
    {
      b->nreplies++;
      return;
    }
  /* No room to merge it: reported alone.  */
  struct group *g = &b->scratch;
  init_group (g, r->address);
  add_reply (g, &r->code, false, r->command, r->text, r->text_len, r->line);
  report (b, g);
}

/* Whether the LEN bytes at S are WORD (lower case ASCII), in any case.  */
static bool
same_folded (const char *s, const char *word, size_t len)
{
  for (size_t i = 0; i < len; i++)
    {
      char c = s[i] >= 'A' && s[i] <= 'Z' ? (char) (s[i] + 32) : s[i];
      if (c != word[i])
        return false;
    }
  return true;
}

/* Whether LINE (N bytes) starts the copy of the original message that
   a bounce without MIME parts quotes after its notice: a marker line,
   or the header of a returned message's part.
   Sendmail's "The original message was received at ..." comes before
   the notice, so "original message" alone is no marker; nor is a header
   field, which may start a forwarded bounce.  */
static bool
starts_original (const char *line, size_t n)
{
  /* Each marker holds "messag" or "origina": where that word stands in
     it.  Every 'g' of the line is looked at for the word, and only there
     are the markers compared.  */
  static const struct
  {
    const char *text;
    bool original;              /* the word is "origina", else "messag" */
    unsigned char at;
  } markers[] = {
    { "copy of the message", false, 12 }, { "copy of your message", false, 13 },
    { "original message follow", true, 0 }, { "message headers follow", false, 0 },
    { "message header follows", false, 0 },
    { "original headers", true, 0 }, { "header of the original", true, 14 },
    { "- original message -", true, 2 }, { "original message:", true, 0 },
    /* A MIME part's header in a body read as plain text (a notice
       whose message lacks its MIME fields).  */
    { "content-type: message/rfc822", false, 14 },
  };
  struct letter_search ls;
  letter_start (&ls, line, line + n, 'g');
  for (const char *g = line; (g = letter_next (&ls, g)) != NULL; g++)
    {
      size_t at = (size_t) (g - line), word;
      bool original;
      if (at >= 5 && same_folded (g - 5, "messag", 6))
        word = at - 5, original = false;
      else if (at >= 3 && at + 4 <= n && same_folded (g - 3, "origina", 7))
        word = at - 3, original = true;
      else
        continue;
      for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++)
        {
          if (markers[i].original != original || word < markers[i].at)
            continue;
          size_t len = strlen (markers[i].text), start = word - markers[i].at;
          /* MDaemon's "did NOT receive a copy of your message:" lists
             the recipients of the notice, before its transcript.  */
          if (start + len <= n && same_folded (line + start, markers[i].text, len)
              && !(start >= 10 && same_folded (line + start - 10, "receive a ", 10)))
            return true;
        }
    }
  return false;
}

/* Whether LINE (N bytes), indented or not, starts with one of the COUNT
   field names FIELDS (lower case, with their colon), in any case.  */
static bool
starts_with_field (const char *line, size_t n, const char *const *fields, size_t count)
{
  while (n > 0 && (*line == ' ' || *line == '\t'))
    line++, n--;
  for (size_t i = 0; i < count; i++)
    if (n >= strlen (fields[i]) && strncasecmp (line, fields[i], strlen (fields[i])) == 0)
      return true;
  return false;
}

/* Whether LINE (N bytes) is a field that holds an identifier written
   like an address ("Message-id: <1234@example.org>",
   "Original-envelope-id: 0000@example.org"), which names no recipient.  */
static bool
names_id (const char *line, size_t n)
{
  static const char *const fields[] = { "message-id:", "original-envelope-id:" };
  return starts_with_field (line, n, fields, sizeof fields / sizeof fields[0]);
}

void
bounce_text (struct bounce *b, const char *text, size_t n, unsigned long line)
{
  char address[256];
  if (!b->original && starts_original (text, n))
    {
      b->original = !b->forwarded;
      b->forwarded = false;
    }
  /* The copy of the original is not the bounce: its Received fields and
     body are left alone.  */
  if (b->original)
    {
      /* Its To, as a returned message/rfc822 part's.  */
      if (n > 3 && strncasecmp (text, "To:", 3) == 0 && !b->returned_to[0]
          && !memchr (text, ',', n))
        bounce_find_address (text + 3, n - 3, b->returned_to, sizeof b->returned_to);
      return;
    }
  /* Text after the report is no part of the notice: a footer that a
     gateway added to the whole bounce ("This message is for the
     designated recipient only ...").  */
  if (b->dsn_groups > 0)
    return;
  b->text_lines++;
  b->input_lines[b->text_lines % LINE_RING] = line;
  if (b->command_label)
    reply_command_word (text, n, b->labelled_command, sizeof b->labelled_command);
  b->command_label = ends_with_words (text, n, "smtp command");
  /* Sendmail's "(expanded from: <alias@example.net>)" names the alias
     that led to the recipient above it, not another recipient.  */
  if (memchr (text, '@', n) && !names_id (text, n) && !find_words (text, n, "expanded from:"))
    {
      bounce_find_address (text, n, address, sizeof address);
      if (address[0])
        {
          size_t k = b->naddresses++ % ADDRESS_RING;
          b->addresses[k].at = b->text_lines;
          strcpy (b->addresses[k].address, address);
        }
    }
  explain_feed (b->scanner, text, n);
  explain_feed (b->scanner, "\n", 1);
  /* Kept as they are: looking for the words of a cause in each would
     cost more than the rest of the reading, and they are seldom needed.  */
  if (b->nnotices < PHRASE_LINES)
    {
      /* A notice that says at its start that the message could not be
         delivered is a bounce, whatever its fields say ("From:
         no-reply@...", "Subject: Mail").  */
      static const char *const signs[] = {
        "could not be delivered", "was not delivered", "undeliverable",
      };
      for (size_t i = 0; i < sizeof signs / sizeof signs[0] && !b->is_bounce; i++)
        b->is_bounce = find_words (text, n, signs[i]);
      struct reply *r = &b->notices[b->nnotices++];
      r->used = false;
      r->code = (struct smtp_code) { .enhanced_class = -1 };
      r->command[0] = '\0';
      r->text_len = n < sizeof r->text ? n : sizeof r->text;
      memcpy (r->text, text, r->text_len);
      r->line = line;
      last_address (b, b->text_lines, r->address);
    }
}

static void
on_diagnostic (const struct explain_finding *f, void *data)
{
  struct bounce *b = data;
  b->diagnosed_count++;
  add_reply (b->diagnosed, &f->code, true, f->command, f->text, f->text_len, b->diagnosed_line);
}

/* Reads the Diagnostic-Code DIAGNOSTIC into group G.  */
static void
read_diagnostic (struct bounce *b, struct group *g, const char *diagnostic)
{
  static const char field[] = "Diagnostic-Code: ";
  size_t n = strlen (diagnostic);
  b->diagnosed = g;
  b->diagnosed_count = 0;
  explain_feed (b->diagnostics, field, sizeof field - 1);
  explain_feed (b->diagnostics, diagnostic, n);
  /* The blank line ends the field: its reply is reported now.  */
  explain_feed (b->diagnostics, "\n\n", 2);
  if (b->diagnosed_count == 0)
    {
      /* Words without a code ("X-Postfix; unknown user") still tell the
         cause.  */
      const char *semi = strchr (diagnostic, ';');
      const char *words = semi ? semi + 1 : diagnostic;
      while (*words == ' ')
        words++;
      add_words (g, words, strlen (words));
      if (g->text_len == 0)
        {
          g->text_len = strlen (words) < sizeof g->text ? strlen (words) : sizeof g->text;
          memcpy (g->text, words, g->text_len);
        }
    }
}

static void
add_text_reply (struct bounce *b, struct group *g, const struct reply *r)
{
  (void) b;
  add_reply (g, &r->code, false, r->command, r->text, r->text_len, r->line);
}

/* The groups are full: the report's recipients so far are merged with
   what the text said of them (the text comes first in a bounce) and
   reported, in order, to make room.  */
static void
flush_groups (struct bounce *b)
{
  for (size_t i = 0; i < b->nreplies; i++)
    {
      struct reply *r = &b->replies[i];
      struct group *g = r->used || !r->address[0] ? NULL : find_group (b, r->address);
      if (g == NULL || !is_failure (&r->code))
        continue;
      add_text_reply (b, g, r);
      r->used = true;
    }
  for (size_t i = 0; i < b->ngroups; i++)
    report (b, &b->groups[i]);
  b->ngroups = 0;
}

void
bounce_recipient (struct bounce *b, const struct dsn_recipient *recipient)
{
  /* A report that names a recipient again (Sendmail's, for each alias of
     a forwarding loop) speaks of one failed recipient: one finding.  */
  struct group *g = recipient->recipient[0] ? find_group (b, recipient->recipient) : NULL;
  struct smtp_code code;
  char status[32];
  if (g == NULL)
    {
      if (b->ngroups == BOUNCE_GROUP_MAX)
        flush_groups (b);
      g = new_group (b, "");
      copy_cut (g->recipient, sizeof g->recipient, recipient->recipient);
      copy_cut (g->action, sizeof g->action, recipient->action);
      copy_cut (g->remote, sizeof g->remote, recipient->remote);
      copy_cut (g->reporter, sizeof g->reporter, recipient->reporter);
      b->dsn_groups++;
    }
  size_t k = strcspn (recipient->status, " \t(");
  memcpy (status, recipient->status, k);
  status[k] = '\0';
  if (code_parse_part (status, &code) != CODE_OK || !code_has_enhanced (&code))
    code = (struct smtp_code) { .enhanced_class = -1 };
  if (!code_has_enhanced (&g->status))
    g->status = code;
  b->diagnosed_line = recipient->line;
  if (recipient->diagnostic[0])
    read_diagnostic (b, g, recipient->diagnostic);
  if (code_has_enhanced (&code))
    add_reply (g, &code, true, "", "", 0, recipient->line);
}

/* The group whose recipient's domain starts the words of R, which name
   no address: Sendmail's "example.org (smtp)... 550 Host unknown" is
   about the recipient at example.org.  NULL if none.  */
static struct group *
domain_group (struct bounce *b, const struct reply *r)
{
  for (size_t i = 0; i < b->ngroups; i++)
    {
      const char *at = strrchr (b->groups[i].recipient, '@');
      size_t len = at ? strlen (at + 1) : 0;
      if (len > 0 && r->text_len > len && strncasecmp (r->text, at + 1, len) == 0
          && (r->text[len] == ' ' || r->text[len] == ':'))
        return &b->groups[i];
    }
  return NULL;
}

/* The group a reply of the text belongs to.  */
static struct group *
group_of (struct bounce *b, const struct reply *r)
{
  struct group *g = r->address[0] ? find_group (b, r->address) : NULL;
  if (g)
    return g;
  if (!r->address[0] && (g = domain_group (b, r)) != NULL)
    return g;
  if (b->dsn_groups > 0 || !r->address[0])
    {
      /* The text names an address that the report does not, or none:
         it speaks of the only recipient, or of the one with its code.  */
      if (b->ngroups == 1 && b->dsn_groups <= 1)
        return &b->groups[0];
      if (!r->address[0] && b->failed[0])
        return find_group (b, b->failed) ? find_group (b, b->failed) : new_group (b, b->failed);
      for (size_t i = 0; i < b->ngroups; i++)
        if (b->groups[i].has_reply && code_within (&r->code, &b->groups[i].code))
          return &b->groups[i];
    }
  return new_group (b, r->address);
}

static void take_words (struct bounce *b, struct group *g, const struct reply *r);

/* Words R of a notice that name a cause, where no reply failed: a
   finding without a code, or the words of one.  */
static void
add_words_of (struct bounce *b, const struct reply *r)
{
  struct group *g = r->address[0] ? find_group (b, r->address) : NULL;
  /* The only recipient so far, unless the line names another one of
     its own where the fields named none (Yahoo's "<bob@...>:" and its
     words, then "<carol@...>:" and hers).  */
  bool other = r->address[0] && !b->failed[0] && b->ngroups == 1 && b->groups[0].recipient[0];
  if (g == NULL && b->ngroups == 1 && !other)
    g = &b->groups[0];
  if (g == NULL)
    {
      const char *address = r->address[0] ? r->address : b->failed;
      g = find_group (b, address) ? find_group (b, address) : new_group (b, address);
    }
  /* The first line that names an address speaks of that recipient, a
     line before it of the whole message ("no valid recipients were
     found", then "bob@example.com ... unknown host").  */
  bool names = r->address[0] && !g->recipient[0];
  if (g->text_len == 0 || names)
    take_words (b, g, r);
  if (names)
    copy_cut (g->recipient, sizeof g->recipient, r->address);
  if (g == &b->scratch)
    report (b, g);
}

/* Whether notice line R holds nothing but ADDRESS, perhaps in angle
   brackets and indented: a line of a list of recipients.  */
static bool
only_address (const struct reply *r, const char *address)
{
  size_t n = r->text_len, i = 0, len = strlen (address);
  while (n > 0 && (r->text[n - 1] == ' ' || r->text[n - 1] == '\t' || r->text[n - 1] == '>'))
    n--;
  while (i < n && (r->text[i] == ' ' || r->text[i] == '\t' || r->text[i] == '<' || r->text[i] == '*'))
    i++;
  return len > 0 && n - i == len && strncasecmp (r->text + i, address, len) == 0;
}

/* Whether notice line R says no more than ADDRESS ("   bob@example.com")
   or is a label ("Technical details of permanent failure:").  */
static bool
says_nothing (const struct reply *r, const char *address)
{
  size_t n = r->text_len;
  while (n > 0 && (r->text[n - 1] == ' ' || r->text[n - 1] == '\t' || r->text[n - 1] == '>'))
    n--;
  return n == 0 || r->text[n - 1] == ':' || only_address (r, address);
}

/* Whether notice line R is a field of the summary of the returned
   message that some notices print ("To:      <bob@example.com>",
   "Subject: ..."): the message's, not the server's words.  */
static bool
summary_field (const struct reply *r)
{
  static const char *const fields[] = { "to:", "cc:", "from:", "subject:", "date:", "sent:" };
  return starts_with_field (r->text, r->text_len, fields, sizeof fields / sizeof fields[0]);
}

/* The notice line that gives the words about ADDRESS, named on line R:
   R itself, or when it names the address alone or is a field of the
   returned message's summary, the next line that says more and is no
   such field (an address over "Subject: ..." over the reason; Exchange's
   "To: bob@example.com" over "Subject: ..." over the reason).  NULL when
   no line says more.  */
static const struct reply *
words_after (const struct bounce *b, const struct reply *r, const char *address)
{
  if (!says_nothing (r, address) && !summary_field (r))
    return r;
  for (const struct reply *q = r + 1; q < b->notices + b->nnotices; q++)
    if (!says_nothing (q, address) && !summary_field (q))
      return q;
  return NULL;
}

/* Adds to G's text the lines that fold notice line R, indented below
   it as Postfix folds its words: "<bob@example.com>: permission denied.
   Command output: Mail quota" over "    exceeded.".  */
static void
add_folded (struct bounce *b, struct group *g, const struct reply *r)
{
  for (const struct reply *q = r + 1; q < b->notices + b->nnotices && q->line == q[-1].line + 1
       && indentation (q) > 0; q++)
    {
      size_t i = indentation (q);
      if (i == q->text_len || g->text_len + 1 + q->text_len - i > sizeof g->text)
        return;
      g->text[g->text_len++] = ' ';
      memcpy (g->text + g->text_len, q->text + i, q->text_len - i);
      g->text_len += q->text_len - i;
    }
}

/* Notice line R gives G its words, with the lines that fold them.  */
static void
take_words (struct bounce *b, struct group *g, const struct reply *r)
{
  set_words (g, r);
  add_folded (b, g, r);
}

/* Whether notice line R names ADDRESS as the sender of the returned
   message, whom the notice addresses: "Sorry bob@example.com. Your mail
   to the following recipients ...", "... not accepting mail from
   bob@example.com:" (AOL's, whose recipients are screen names without
   an address).  */
static bool
names_sender (const struct reply *r, const char *address)
{
  const char *at = memmem (r->text, r->text_len, address, strlen (address));
  if (at == NULL)
    return false;
  size_t k = (size_t) (at - r->text);
  while (k > 0 && (r->text[k - 1] == ' ' || r->text[k - 1] == '<' || r->text[k - 1] == '"'))
    k--;
  /* Exim's "(generated from bob@example.com)" names the address that
     was given for the one that failed.  */
  return (ends_with_words (r->text, k, "from") && !ends_with_words (r->text, k, "generated from"))
    || ends_with_words (r->text, k, "sorry");
}

/* A bounce whose notice gives neither a reply nor words that name a
   cause still failed for someone: the recipient its fields name, or the
   first address its notice names ("Delivery to the following recipient
   failed permanently:", then the address), gets a finding without a
   code, with the notice's words.  */
static void
add_named (struct bounce *b)
{
  const struct reply *r = NULL, *to_sender = NULL;
  char address[256] = "";
  /* A line that names the address itself; not the Message-ID of an
     abuse report's notice, and the postmaster whom Postfix's notice
     says to contact, or a field of the returned message's summary, only
     when no other line names an address; never the sender.  */
  for (int pass = 0; pass < 2 && r == NULL; pass++)
    for (size_t i = 0; i < b->nnotices && r == NULL; i++)
      if (b->notices[i].address[0]
          && !find_words (b->notices[i].text, b->notices[i].text_len, "message-id")
          && (pass == 1 || !summary_field (&b->notices[i])))
        {
          if (names_sender (&b->notices[i], b->notices[i].address))
            {
              to_sender = to_sender ? to_sender : &b->notices[i];
              continue;
            }
          bounce_find_address (b->notices[i].text, b->notices[i].text_len, address,
                               sizeof address);
          if (pass == 0 && strncasecmp (address, "postmaster@", 11) == 0)
            address[0] = '\0';
          r = address[0] ? &b->notices[i] : NULL;
        }
  if (r == NULL && !b->failed[0])
    {
      /* Nothing in the notice names one: the returned message's only
         addressee is the one it failed for; else the notice to the
         sender failed for someone it does not name by address.  */
      if (b->returned_to[0])
        new_group (b, b->returned_to);
      else if (to_sender)
        take_words (b, new_group (b, ""), to_sender);
      return;
    }
  struct group *g = new_group (b, b->failed[0] ? b->failed : address);
  const struct reply *words = r ? words_after (b, r, address) : NULL;
  if (words)
    take_words (b, g, words);
  else if (r)
    g->line = r->line;
}

/* A finding that names no recipient, in a bounce without a report: the
   recipient is the address on a line of its own below its words (Lotus
   Notes writes the reason, then the address).  */
static void
name_group (struct bounce *b, struct group *g)
{
  char address[256];
  for (size_t i = 0; i < b->nnotices; i++)
    {
      const struct reply *q = &b->notices[i];
      if (q->line <= g->line || !memchr (q->text, '@', q->text_len))
        continue;
      bounce_find_address (q->text, q->text_len, address, sizeof address);
      if (address[0] && says_nothing (q, address) && !find_group (b, address))
        copy_cut (g->recipient, sizeof g->recipient, address);
      return;
    }
  /* None: the returned message's only addressee, when the bounce has
     no other finding.  */
  if (b->ngroups == 1 && b->returned_to[0])
    copy_cut (g->recipient, sizeof g->recipient, b->returned_to);
}

/* A bounce without a report that lists its recipients, one address to a
   line, gives the reason of some only: Exim's delay warning names
   "marketing@..." with its "452 4.2.2 Over quota", then "wowa@..." with
   none.  Every other address listed as one with a finding is (alone on
   its line, indented alike) failed too, for a reason not given.  Lines
   that hold an address alone otherwise name the sender, or say whom an
   alias was made from.  */
static void
add_listed (struct bounce *b)
{
  size_t listed = SIZE_MAX;
  for (size_t i = 0; i < b->nnotices && listed == SIZE_MAX; i++)
    {
      const struct reply *r = &b->notices[i];
      if (r->address[0] && only_address (r, r->address) && find_group (b, r->address))
        listed = indentation (r);
    }
  for (size_t i = 0; listed != SIZE_MAX && i < b->nnotices; i++)
    {
      const struct reply *r = &b->notices[i];
      if (r->address[0] && only_address (r, r->address) && indentation (r) == listed
          && r->text[listed] != '<' && !find_group (b, r->address))
        {
          struct group *g = new_group (b, r->address);
          const struct reply *w = words_after (b, r, r->address);
          if (w != NULL)
            take_words (b, g, w);
          g->line = r->line;
          if (g == &b->scratch)
            report (b, g);
        }
    }
}

unsigned long
bounce_end (struct bounce *b)
{
  bool failures = b->dsn_groups > 0;
  /* A blank line: what the scanner holds of this message is reported.  */
  b->text_lines++;
  explain_feed (b->scanner, "\n", 1);
  for (size_t i = 0; i < b->nreplies; i++)
    {
      failures |= is_failure (&b->replies[i].code);
      if (!b->replies[i].command[0])
        strcpy (b->replies[i].command, b->labelled_command);
    }
  /* The replies that name an address first: one that names none (a
     host's "550 Host unknown" above "554 <bob@...>... Host unknown")
     then goes with the only recipient named.  */
  for (size_t k = 0; k < 2 * b->nreplies; k++)
    {
      const struct reply *r = &b->replies[k % b->nreplies];
      if (r->used || (k < b->nreplies) != (r->address[0] != '\0'))
        continue;
      /* In a bounce, the "250 OK" of a transcript is not what failed.  */
      if (failures && !is_failure (&r->code))
        continue;
      struct group *g = group_of (b, r);
      add_text_reply (b, g, r);
      if (g == &b->scratch)
        report (b, g);
    }
  /* No reply failed: the notice's words that name a cause make findings
     of their own.  */
  bool bounce = b->is_bounce && !b->feedback;
  for (size_t i = 0; !failures && bounce && i < b->nnotices; i++)
    if (cause_in_words (b->notices[i].text, b->notices[i].text_len) >= 0)
      add_words_of (b, &b->notices[i]);
  if (!failures && bounce && b->ngroups == 0)
    add_named (b);
  for (size_t i = 0; b->dsn_groups == 0 && i < b->ngroups; i++)
    if (!b->groups[i].recipient[0])
      name_group (b, &b->groups[i]);
  if (b->dsn_groups == 0 && b->ngroups > 0)
    add_listed (b);
  for (size_t i = 0; i < b->ngroups; i++)
    report (b, &b->groups[i]);
  b->ngroups = b->nreplies = 0;
  return b->count;
}

static void
on_raw (const char *buf, size_t n, void *data)
{
  struct bounce_reading *r = data;
  explain_feed (r->scanner, buf, n);
}

static void
on_start (unsigned long number, void *data)
{
  struct bounce_reading *r = data;
  bounce_start (r->bounce, number);
}

static void
on_header (const char *name, size_t name_len, const char *value, size_t value_len, void *data)
{
  struct bounce_reading *r = data;
  bounce_header (r->bounce, name, name_len, value, value_len);
}

static void
on_returned (const char *name, size_t name_len, const char *value, size_t value_len,
             void *data)
{
  struct bounce_reading *r = data;
  struct bounce *b = r->bounce;
  /* The first returned message's To, when it names one address.  */
  if (name_len == 2 && strncasecmp (name, "To", 2) == 0 && !b->returned_to[0]
      && !memchr (value, ',', value_len))
    bounce_find_address (value, value_len, b->returned_to, sizeof b->returned_to);
}

static void
on_text (const char *text, size_t n, unsigned long line, void *data)
{
  struct bounce_reading *r = data;
  bounce_text (r->bounce, text, n, line);
}

static void
on_recipient (const struct dsn_recipient *recipient, void *data)
{
  struct bounce_reading *r = data;
  bounce_recipient (r->bounce, recipient);
}

static void
on_end (void *data)
{
  struct bounce_reading *r = data;
  r->found += bounce_end (r->bounce);
}

const struct message_handler bounce_reading_handler = {
  on_raw, on_start, on_header, on_text, on_recipient, on_end, on_returned
};
