/* SPDX-License-Identifier: GPL-3.0-or-later */
/* vendormatch.c -- which provider sent a reply, and which of its entries
   explains it (see vendormatch.h).

   One reply is short and a provider has a few hundred entries at most, so
   the reply and the entries are scanned, nothing is indexed.  Everything
   compares without regard to ASCII case.  A mark or signature counts only
   where it starts a word ("me.com" is not found in "home.com"), and one
   that looks like a host name only where it ends one too.  */

#include <config.h>

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "vendormatch.h"

/* Most entries one key, code or range has in one provider's data.  */
enum { CANDIDATES_MAX = 32, TOKEN_MAX = 64 };
/* Most tokens indexed and signatures looked for; the data has some 130
   and 120.  */
enum { TOKENS_MAX = 1024 };
enum { SIGNATURES_MAX = 512 };

static bool
alnum (unsigned char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
alpha (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A byte that may stand around a token, trimmed off it: ".", ":", "-"
   or "_".  */
static bool
trim_byte (unsigned char c)
{
  return c == '.' || c == ':' || c == '-' || c == '_';
}

/* A byte of a token as data/README allows them.  */
static bool
token_byte (unsigned char c)
{
  return alnum (c) || trim_byte (c) || c == '(' || c == ')';
}

static unsigned char
lower (unsigned char c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static bool
same_at (const char *text, const char *needle, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (lower (text[i]) != lower (needle[i]))
      return false;
  return true;
}

/* A byte that continues a word of a host name.  */
static bool
word_byte (unsigned char c)
{
  return alnum (c) || c == '-' || c == '_';
}

/* word_byte of each byte, for the loops over a reply (see build_index).  */
static bool word_bytes[256];

static bool word_at (const char *text, size_t n, size_t i, const char *needle, size_t len);

/* A reply as the server sent it: its code as written ("554", "550 5.7.0")
   and then its words.  Match fragments may span both ("554 DT:SPM").  */
struct reply
{
  const struct smtp_code *code;
  char shown[32];
  const char *text;
  size_t n;
};

/* Whether the fragment F (LEN bytes) occurs in R: in its words, in its
   code, or across the space between them.  */
static bool
fragment_in (const struct reply *r, const char *f, size_t len)
{
  size_t shown = strlen (r->shown);
  if (codedb_contains (r->text, r->n, f, len) || codedb_contains (r->shown, shown, f, len))
    return true;
  for (size_t k = 1; k < len; k++)
    if (f[k] == ' ' && k <= shown && same_at (r->shown + shown - k, f, k)
        && len - k - 1 <= r->n && same_at (r->text, f + k + 1, len - k - 1))
      return true;
  return false;
}

/* Whether one of E's match fragments occurs in R.  */
static bool
fragments_in (const struct reply *r, const struct vendor_entry *e)
{
  const char *p = codedb_text (e->match);
  for (;;)
    {
      const char *bar = strstr (p, " | ");
      size_t len = bar ? (size_t) (bar - p) : strlen (p);
      if (len > 0 && fragment_in (r, p, len))
        return true;
      if (bar == NULL)
        return false;
      p = bar + 3;
    }
}

/* Of the COUNT entries in E, the one whose match fragments occur in R: one
   with fragments before one without, which says less; NULL when none
   fits.  */
static const struct vendor_entry *
choose (const struct vendor_entry *const *e, size_t count, const struct reply *r)
{
  const struct vendor_entry *plain = NULL;
  for (size_t i = 0; i < count && i < CANDIDATES_MAX; i++)
    {
      if (*codedb_text (e[i]->match) == '\0')
        {
          if (plain == NULL)
            plain = e[i];
        }
      else if (fragments_in (r, e[i]))
        return e[i];
    }
  return plain;
}

/* PROVIDER's entries of KIND for the key CLS/KEY (a range: holding KEY),
   into OUT; returns how many, at most CANDIDATES_MAX.  */
static size_t
entries_for (const struct provider_entry *p, enum vendor_key kind, int cls, long key,
             const struct vendor_entry **out)
{
  size_t count = 0;
  for (size_t i = p->first; i < p->first + p->count && count < CANDIDATES_MAX; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      if (e->kind == kind && e->cls == cls && e->first <= key && key <= e->last)
        out[count++] = e;
    }
  return count;
}

/* PROVIDER's entry for CODE with the words TEXT: its exact enhanced code,
   else a range holding it, else its basic code told by the words.  */
static const struct vendor_entry *
entry_of (enum provider provider, const struct reply *r)
{
  const struct smtp_code *code = r->code;
  const struct provider_entry *p = codedb_provider (provider);
  const struct vendor_entry *cand[CANDIDATES_MAX], *e = NULL;
  if (p == NULL)
    return NULL;
  if (code_has_enhanced (code) && code->enhanced_class > 0)
    {
      long key = code_enhanced_key (code);
      int cls = code->enhanced_class;
      e = choose (cand, entries_for (p, VENDOR_CODE, cls, key, cand), r);
      if (e == NULL)
        e = choose (cand, entries_for (p, VENDOR_RANGE, cls, key, cand), r);
    }
  if (e == NULL && code_has_basic (code))
    e = choose (cand, entries_for (p, VENDOR_BASIC, code->basic, code_basic_key (code), cand), r);
  return e;
}

/* The token entries, grouped by the lower case of their first byte: those
   starting with C are tokens[first[C]] up to tokens[first[C + 1]], none
   longer than LONGEST_TOKEN.  Made once, on the first reply (see
   build_index); NTOKENS stays 0 when the table has more than TOKENS_MAX,
   and every entry is scanned then.  */
static const struct vendor_entry *tokens[TOKENS_MAX];
static size_t ntokens, first_token[257], longest_token;
static bool token_bytes[256];   /* token_byte of each byte, for the words */

static void
index_tokens (void)
{
  size_t count[256] = { 0 }, total = 0;
  for (size_t c = 0; c < 256; c++)
    token_bytes[c] = token_byte ((unsigned char) c);
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    if (codedb_vendor_entries[i].kind == VENDOR_TOKEN)
      count[lower (*codedb_text (codedb_vendor_entries[i].key))]++, total++;
  if (total > TOKENS_MAX)
    return;
  for (size_t c = 0; c < 256; c++)
    first_token[c + 1] = first_token[c] + count[c];
  size_t next[256];
  memcpy (next, first_token, sizeof next);
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    if (codedb_vendor_entries[i].kind == VENDOR_TOKEN)
      {
        const char *key = codedb_text (codedb_vendor_entries[i].key);
        tokens[next[lower (*key)]++] = &codedb_vendor_entries[i];
        if (strlen (key) > longest_token)
          longest_token = strlen (key);
      }
  ntokens = total;
}

/* Whether E is the token W (LEN bytes, no NUL), any ASCII case.  Compared
   in place: a key that is shorter differs at its NUL.  */
static bool
is_token (const struct vendor_entry *e, const char *w, size_t len)
{
  const char *key = codedb_text (e->key);
  return e->kind == VENDOR_TOKEN && same_at (key, w, len) && key[len] == '\0';
}

/* The entries of the token W (LEN bytes), in table order, into OUT;
   returns how many, at most CANDIDATES_MAX.  */
static size_t
token_lookup (const char *w, size_t len, const struct vendor_entry **out)
{
  size_t count = 0, letters = 0;
  /* Every token has a letter and something else: plain words and numbers,
     most of a reply, are none.  */
  for (size_t i = 0; i < len; i++)
    letters += alpha (w[i]);
  if (letters == 0 || letters == len)
    return 0;
  if (ntokens == 0)
    {
      for (size_t i = 0; i < codedb_vendor_entry_count && count < CANDIDATES_MAX; i++)
        if (is_token (&codedb_vendor_entries[i], w, len))
          out[count++] = &codedb_vendor_entries[i];
      return count;
    }
  unsigned char c = lower (w[0]);
  for (size_t i = first_token[c]; i < first_token[c + 1] && count < CANDIDATES_MAX; i++)
    if (is_token (tokens[i], w, len))
      out[count++] = tokens[i];
  return count;
}

/* The token entries of the word W (LEN bytes) of a reply: the word
   trimmed of punctuation around it ("(S3150)" is S3150), or a part of it
   before a '.' or ':' ("STOREDRV.Deliver.Exception:..." holds
   STOREDRV.Deliver).  */
static size_t
token_entries (const char *w, size_t len, const struct vendor_entry **out)
{
  while (len > 0 && trim_byte (w[len - 1]))
    len--;
  while (len > 0 && trim_byte (w[0]))
    w++, len--;
  if (len > 0 && w[0] == '(')
    {
      w++, len--;
      if (len > 0 && w[len - 1] == ')' && !memchr (w, '(', len))
        len--;
    }
  if (len > 0 && w[len - 1] == ')' && !memchr (w, '(', len))
    len--;
  /* Most words start with a byte that no token starts with.  */
  if (len == 0 || (ntokens > 0 && first_token[lower (w[0])] == first_token[lower (w[0]) + 1]))
    return 0;
  for (size_t end = len; end > 0; end--)
    {
      if (end < len && w[end] != '.' && w[end] != ':')
        continue;
      if (end >= TOKEN_MAX || (ntokens > 0 && end > longest_token))
        continue;
      size_t count = token_lookup (w, end, out);
      if (count > 0)
        return count;
    }
  return 0;
}

/* The first word of the reply R that is a provider's token: sets MATCH.  */
static bool
find_token (const struct reply *r, struct vendor_match *match)
{
  const struct vendor_entry *cand[CANDIDATES_MAX];
  const char *text = r->text;
  size_t n = r->n;
  size_t i = 0;
  while (i < n)
    {
      size_t start = i;
      while (i < n && token_bytes[(unsigned char) text[i]])
        i++;
      if (i == start)
        {
          i++;
          continue;
        }
      size_t count = token_entries (text + start, i - start, cand);
      if (count == 0)
        continue;
      match->entry = choose (cand, count, r);
      match->provider = match->entry ? match->entry->provider : cand[0]->provider;
      match->evidence = codedb_text (cand[0]->key);
      match->evidence_len = strlen (match->evidence);
      if (match->entry == NULL)
        match->entry = entry_of (match->provider, r);
      return true;
    }
  return false;
}

/* The marks providers put in their replies, strongest first: Outlook.com
   answers from olc.protection.outlook.com hosts, which the mark of
   Microsoft 365 would take too.  */
static const struct
{
  char text[28];
  enum provider provider;
} marks[] = {
  { "olc.protection.outlook.com", PROVIDER_OUTLOOK },
  { "protection.outlook.com", PROVIDER_MICROSOFT },
  { "gsmtp", PROVIDER_GOOGLE },
  { "service.mail.qq.com", PROVIDER_TENCENT },
};

static bool
digit (unsigned char c)
{
  return c >= '0' && c <= '9';
}

/* NetEase's session part: "163 smtp14,", "126 mx7,", "yeah smtp2,".  */
static const char netease_hosts[][10] = {
  "163 smtp", "126 smtp", "163 mx", "126 mx", "yeah smtp", "yeah mx"
};

static bool
netease_session (const char *text, size_t n, struct vendor_match *match)
{
  const char (*hosts)[10] = netease_hosts;
  size_t count = sizeof netease_hosts / sizeof netease_hosts[0], best = count;
  /* One pass over the text; of the hosts found, the first of the list
     wins.  Every host starts with '1' or 'y'.  */
  for (size_t i = 0; i < n && best > 0; i++)
    {
      unsigned char c = lower (text[i]);
      if ((c != '1' && c != 'y') || (i > 0 && alnum (text[i - 1])))
        continue;
      for (size_t h = 0; h < best; h++)
        {
          size_t len = strlen (hosts[h]);
          if (i + len >= n || !same_at (text + i, hosts[h], len))
            continue;
          size_t j = i + len;
          while (j < n && digit (text[j]))
            j++;
          if (j > i + len && j < n && text[j] == ',')
            best = h;
        }
    }
  if (best == count)
    return false;
  match->provider = PROVIDER_NETEASE;
  match->evidence = hosts[best];
  match->evidence_len = strlen (hosts[best]);
  return true;
}

/* Yahoo's reply starts with its bracketed token, "[TSS04] Messages ...",
   even one that data/ does not have.  */
static bool
yahoo_bracket (const char *text, size_t n, struct vendor_match *match)
{
  size_t i = 1, letters, digits;
  if (n < 4 || text[0] != '[')
    return false;
  while (i < n && alpha (text[i]) && (text[i] < 'a' || text[i] > 'z'))
    i++;
  letters = i - 1;
  while (i < n && digit (text[i]))
    i++;
  digits = i - 1 - letters;
  if (letters < 2 || letters > 5 || digits < 1 || digits > 3 || i >= n || text[i] != ']')
    return false;
  match->provider = PROVIDER_YAHOO;
  match->evidence = text;
  match->evidence_len = i + 1;
  return true;
}

/* The strongest of the marks before LIMIT that stands in TEXT (N bytes)
   as a word: not after a letter, digit, '-' or '_', nor before one when
   it is a host name (see word_at).  LIMIT when none does.
   One pass over TEXT looks for every mark.  */
static size_t
first_mark (const char *text, size_t n, size_t limit)
{
  size_t best = limit;
  for (size_t i = 0; i < n && best > 0; i++)
    {
      if (i > 0 && word_bytes[(unsigned char) text[i - 1]])
        continue;
      unsigned char c = lower (text[i]);
      for (size_t k = 0; k < best && k < sizeof marks / sizeof marks[0]; k++)
        if ((unsigned char) marks[k].text[0] == c
            && word_at (text, n, i, marks[k].text, strlen (marks[k].text)))
          best = k;
    }
  return best;
}

/* A mark in the reply TEXT (N bytes) or in the remote server's name HOST
   (HOST_N bytes): the strongest mark found in either wins, so Outlook.com's
   host beats the Microsoft 365 tail of the reply it relayed.  The text
   is searched for marks and NetEase's hosts only when MAYBE (see
   may_name_provider).  */
static bool
find_mark (const char *text, size_t n, bool maybe, const char *host, size_t host_n,
           struct vendor_match *match)
{
  size_t count = sizeof marks / sizeof marks[0];
  size_t k = first_mark (host, host_n, maybe ? first_mark (text, n, count) : count);
  if (k < count)
    {
      match->provider = marks[k].provider;
      match->evidence = marks[k].text;
      match->evidence_len = strlen (marks[k].text);
      return true;
    }
  return (maybe && netease_session (text, n, match)) || yahoo_bracket (text, n, match);
}

/* Whether NEEDLE (LEN bytes) is at TEXT + I (of N bytes) and ends a word
   there if it is a host name: it has a dot, no space, and a letter or
   digit last (the start is checked by the caller).  */
static bool
word_at (const char *text, size_t n, size_t i, const char *needle, size_t len)
{
  if (i + len > n || !same_at (text + i, needle, len))
    return false;
  bool host = memchr (needle, '.', len) && !memchr (needle, ' ', len)
    && alnum (needle[len - 1]);
  return !host || i + len == n || !word_byte (text[i + len]);
}

/* The signatures, in lists by the lower case of their first byte
   (sig_head[C], then each one's next), made once with the tokens' index;
   those past SIGNATURES_MAX are left out.  */
static struct
{
  const char *p;
  size_t len, provider;
  unsigned char second;         /* its second byte in lower case */
  int next;
} sig[SIGNATURES_MAX];
static int sig_head[256];

static void
index_signatures (void)
{
  size_t count = 0;
  for (size_t c = 0; c < 256; c++)
    sig_head[c] = -1;
  for (size_t k = 0; k < codedb_provider_count; k++)
    for (const char *p = codedb_text (codedb_providers[k].signatures); *p;)
      {
        const char *bar = strstr (p, " | ");
        size_t len = bar ? (size_t) (bar - p) : strlen (p);
        if (len > 0 && count < SIGNATURES_MAX)
          {
            unsigned char c = lower (p[0]);
            sig[count].p = p, sig[count].len = len, sig[count].provider = k;
            sig[count].second = len > 1 ? lower (p[1]) : 0;
            sig[count].next = sig_head[c];
            sig_head[c] = (int) count++;
          }
        p += bar ? len + 3 : len;
      }
}

/* The provider with the longest signature in TEXT; of equal ones the
   first in the vocabulary.  Each start of a word is compared with the few
   signatures that start with its byte, and further only where the next
   byte is theirs too.  */
static bool
find_signature (const char *text, size_t n, struct vendor_match *match)
{
  size_t best = 0, best_k = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0 && word_bytes[(unsigned char) text[i - 1]])
        continue;
      for (int s = sig_head[lower (text[i])]; s >= 0; s = sig[s].next)
        if ((sig[s].len > best || (sig[s].len == best && sig[s].provider < best_k))
            && (sig[s].len < 2 || (i + 1 < n && lower (text[i + 1]) == sig[s].second))
            && word_at (text, n, i, sig[s].p, sig[s].len))
          {
            best = sig[s].len;
            best_k = sig[s].provider;
            match->provider = codedb_providers[best_k].provider;
            match->evidence = sig[s].p;
            match->evidence_len = best;
          }
    }
  return best > 0;
}

/* A code that no registry has and only one provider uses: that provider
   (5.7.708 is Microsoft 365's whoever relays it).  */
static bool
find_code (const struct reply *r, struct vendor_match *match)
{
  const struct vendor_entry *cand[CANDIDATES_MAX];
  const struct smtp_code *code = r->code;
  if (!code_has_enhanced (code) || code->enhanced_class <= 0
      || codedb_find (code_enhanced_key (code)) != NULL)
    return false;
  size_t count = codedb_vendor_by_code (code->enhanced_class, code->subject, code->detail,
                                        cand, CANDIDATES_MAX);
  if (count == 0 || count > CANDIDATES_MAX)
    return false;
  for (size_t i = 1; i < count; i++)
    if (cand[i]->provider != cand[0]->provider)
      return false;
  match->provider = cand[0]->provider;
  match->evidence = codedb_text (cand[0]->key);
  match->evidence_len = strlen (match->evidence);
  match->entry = choose (cand, count, r);
  return true;
}

/* The marks, NetEase hosts and signatures by their first PREFIX_MAX
   bytes or fewer, in lower case: bit prefix_key of prefixes[L] tells
   that one starts with those L bytes, and has_prefix[L] that some does.
   Few words of a reply start so (pairs of letters would not do: "me"
   starts me.com and "message").  */
enum { PREFIX_MAX = 6 };
static unsigned char prefixes[PREFIX_MAX + 1][65536 / 8];
static bool has_prefix[PREFIX_MAX + 1];
static bool alnums[256];        /* alnum of each byte */
static unsigned char lowers[256]; /* lower of each byte */

/* The key of the bytes so far from their hash H, which each byte, in
   lower case, makes H * 31 + byte.  */
static unsigned
prefix_key (uint32_t h)
{
  return (h ^ (h >> 16)) & 0xffff;
}

static void
add_start (const char *p, size_t len)
{
  size_t l = len < PREFIX_MAX ? len : PREFIX_MAX;
  uint32_t h = 0;
  for (size_t k = 0; k < l; k++)
    h = h * 31 + lower (p[k]);
  unsigned key = prefix_key (h);
  prefixes[l][key >> 3] |= (unsigned char) (1u << (key & 7));
  has_prefix[l] = true;
}

/* Whether a mark, a NetEase host or a signature may stand in TEXT (N
   bytes): whether one's first bytes stand after a byte that is no
   letter or digit (or at the start), where each of them is looked for.
   Most replies have none: one pass then spares the searches for each.  */
static bool
may_name_provider (const char *text, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0 && alnums[(unsigned char) text[i - 1]])
        continue;
      uint32_t h = 0;
      for (size_t l = 1; l <= PREFIX_MAX && i + l <= n; l++)
        {
          h = h * 31 + lowers[(unsigned char) text[i + l - 1]];
          unsigned key = prefix_key (h);
          if (has_prefix[l] && (prefixes[l][key >> 3] & (1u << (key & 7))))
            return true;
        }
    }
  return false;
}

/* The indexes of tokens and signatures, the first bytes of the marks,
   hosts and signatures, and the tables of bytes: made once, on the first
   reply.  */
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void
build_index (void)
{
  index_tokens ();
  index_signatures ();
  for (size_t c = 0; c < 256; c++)
    {
      word_bytes[c] = word_byte ((unsigned char) c);
      alnums[c] = alnum ((unsigned char) c);
      lowers[c] = lower ((unsigned char) c);
      for (int k = sig_head[c]; k >= 0; k = sig[k].next)
        add_start (sig[k].p, sig[k].len);
    }
  for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
    add_start (marks[k].text, strlen (marks[k].text));
  for (size_t k = 0; k < sizeof netease_hosts / sizeof netease_hosts[0]; k++)
    add_start (netease_hosts[k], strlen (netease_hosts[k]));
}

bool
vendormatch_token_word (const char *text, size_t n)
{
  pthread_once (&index_once, build_index);
  const struct vendor_entry *cand[CANDIDATES_MAX];
  size_t len = 0;
  while (len < n && token_bytes[(unsigned char) text[len]])
    len++;
  return len > 0 && token_entries (text, len, cand) > 0;
}

bool
vendormatch_reply (const struct smtp_code *code, const char *text, size_t n,
                   const char *host, struct vendor_match *match)
{
  pthread_once (&index_once, build_index);
  size_t host_n = host ? strlen (host) : 0;
  struct vendor_match m = { .entry = NULL };
  struct reply r = { .code = code, .text = text, .n = n };
  code_format (code, r.shown, sizeof r.shown);
  if (find_token (&r, &m))
    {
      *match = m;
      return true;
    }
  struct vendor_match by_code = { .entry = NULL };
  bool coded = find_code (&r, &by_code);
  bool maybe = may_name_provider (text, n);
  bool strong = find_mark (text, n, maybe, host, host_n, &m) || find_signature (host, host_n, &m);
  if (strong || (maybe && find_signature (text, n, &m)))
    {
      m.entry = entry_of (m.provider, &r);
      /* A code of another provider's own, such as Outlook.com's 5.7.515
         in a reply from Microsoft 365's hosts, tells more.  */
      if (m.entry == NULL && coded && by_code.entry)
        m = by_code;
      /* A signature in the words alone may be an address or a link of the
         provider in someone else's reply: it counts only with an entry of
         the provider that fits the reply.  */
      else if (m.entry == NULL && !strong)
        return false;
    }
  else if (coded)
    m = by_code;
  else
    return false;
  *match = m;
  return true;
}

int
vendormatch_cause (const struct smtp_code *code, const char *text, size_t n, const char *host)
{
  struct vendor_match m;
  return vendor_match_cause (vendormatch_reply (code, text, n, host, &m) ? &m : NULL);
}

int
vendor_match_cause (const struct vendor_match *match)
{
  return match && match->entry ? (int) match->entry->cause : -1;
}
