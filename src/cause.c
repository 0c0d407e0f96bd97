/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cause.c -- the cause of a failure from the server's words and its code.

   The words decide first: the same code serves many causes (550 5.7.1 is
   used for a blocklisted address, a virus and a policy), while phrases
   such as "mailbox is full" are specific.  Of the phrases found, the
   longest wins, so that the order of data/causes.txt does not matter,
   except that spam outweighs a filter's or a policy's words.  The
   phrases of "undefined" name no cause: they only keep a shorter phrase
   from being read in words that do not mean it ("scanned for viruses").
   Without a phrase, the code's default cause from data/causes.txt
   decides, then the class: a temporary failure with nothing else known
   is "undefined" as much as a permanent one.  The command answered
   weighs last: what is refused at EHLO is the host, at MAIL FROM the
   sender, at RCPT TO the address; and the policy phrases of
   data/causes.txt say what the same words mean once the address was
   accepted (in answer to DATA) or with a policy code.  Words that say
   the user is unknown are taken, as Sisimai takes them, for a filter's
   refusal unless the code (X.1.1), the command (RCPT TO) or words that
   only a refusal of the address writes say the address was refused.
   au's "550 : User unknown" is a filter's even at RCPT TO.  A reference
   of Orange or La Poste ("LPN007_416") decides over all of these.
   When nothing of all this names a cause, the code's fallback from
   data/causes.txt does, as Sisimai's table of status codes names it
   (5.7.1: securityerror), so that "undefined" is left for replies that
   say nothing at all.  ASCII letters match in any case, other bytes
   (UTF-8 Chinese or Japanese) exactly; a phrase that starts with a
   letter is read only where a word starts.  */

#include <config.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cause.h"
#include "scanchar.h"
#include "xalloc.h"

bool
cause_leads (const struct smtp_code *code)
{
  return !code_has_enhanced (code) || (code->subject == 0 && code->detail == 0);
}

/* An index of a table of phrases by their first three bytes folded to
   lower case, hashed to 16 bits, so that the words are read once
   whatever the number of phrases: phrase order[k] for k from bucket[key]
   up to bucket[key + 1].  Every phrase has three bytes at least
   (src/mkcauses.c).  Bit KEY of triples: some phrase starts with bytes
   of that key.  Few do, so that the test on each byte of the words
   seldom fails to rule it out (a test that often does not, as one on
   pairs of letters would, costs more in mispredicted branches than it
   saves).  */
struct phrase_index
{
  const struct cause_phrase *phrases;
  unsigned short bucket[65536 + 1];
  unsigned short *order;
  size_t *lengths;              /* of each phrase, by its index */
  unsigned char triples[65536 / 8];
};

/* The phrases of every cause, and the policy phrases; built once.  */
static struct phrase_index all_phrases, policy_phrases;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

/* Each byte folded to lower case.  */
static unsigned char folded[256];

static unsigned char
fold (unsigned char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char) (c - 'A' + 'a') : c;
}

/* The key of three bytes, folded, as the low 24 bits of WINDOW.  */
static unsigned
triple_key (uint32_t window)
{
  return (unsigned) ((window * UINT32_C (2654435761)) >> 16);
}

static unsigned
phrase_key (const char *p)
{
  return triple_key ((uint32_t) folded[(unsigned char) p[0]] << 16
                     | (uint32_t) folded[(unsigned char) p[1]] << 8
                     | folded[(unsigned char) p[2]]);
}

static bool
bit (const unsigned char *set, unsigned key)
{
  return set[key >> 3] & (1u << (key & 7));
}

static void
build_one (struct phrase_index *x, const struct cause_phrase *phrases, size_t n)
{
  x->phrases = phrases;
  x->order = xcalloc (n + 1, sizeof *x->order);
  x->lengths = xcalloc (n + 1, sizeof *x->lengths);
  for (size_t i = 0; i < n; i++)
    {
      const char *p = codedb_text (phrases[i].phrase);
      x->lengths[i] = strlen (p);
      if (x->lengths[i] >= 3)
        x->bucket[phrase_key (p) + 1]++;
    }
  for (size_t k = 1; k <= 65536; k++)
    x->bucket[k] += x->bucket[k - 1];
  unsigned short fill[65536];
  memcpy (fill, x->bucket, sizeof fill);
  for (size_t i = 0; i < n; i++)
    {
      const char *p = codedb_text (phrases[i].phrase);
      if (x->lengths[i] >= 3)
        {
          unsigned key = phrase_key (p);
          x->order[fill[key]++] = (unsigned short) i;
          x->triples[key >> 3] |= (unsigned char) (1u << (key & 7));
        }
    }
}

static void
build_index (void)
{
  for (unsigned c = 0; c < 256; c++)
    folded[c] = fold ((unsigned char) c);
  build_one (&all_phrases, codedb_cause_phrases, codedb_cause_phrase_count);
  build_one (&policy_phrases, codedb_cause_policy_phrases, codedb_cause_policy_phrase_count);
}

/* Whether phrase P (LEN bytes, lower case) stands at S (N bytes left).  */
static bool
phrase_at (const char *s, size_t n, const char *p, size_t len)
{
  if (len > n)
    return false;
  for (size_t k = 0; k < len; k++)
    if (folded[(unsigned char) s[k]] != (unsigned char) p[k])
      return false;
  return true;
}

/* Whether a word ends at WORDS + END (N bytes): a phrase of four
   letters or fewer is an abbreviation or a word that stands alone
   ("spam", "spf", "dkim"), not the start of a longer word ("spammaster",
   "spammer"), as a longer phrase may be ("filter" in "filtering").  */
static bool
ends_word (const char *words, size_t n, size_t end)
{
  return end == n || !is_alpha (words[end]) || !is_alpha (words[end - 1]);
}

/* Whether C ends a word of the reply that could be a link: white
   space, brackets, quotes and separators.  */
static bool
link_delimiter (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || strchr ("<>()[]\"',;", c) != NULL;
}

/* Whether the phrase at WORDS + I stands in the path of a link, whose
   words name a page, not what the server says: "reputation" in
   Barracuda's http://www.barracudacentral.org/reputation?ip=....  The
   link's host is read ("www.spamhaus.org" names the list).  */
static bool
in_link_path (const char *words, size_t i)
{
  size_t start = i;
  while (start > 0 && i - start < 512 && !link_delimiter (words[start - 1]))
    start--;
  for (size_t k = start; k + 3 <= i; k++)
    if (words[k] == ':' && words[k + 1] == '/' && words[k + 2] == '/')
      return memchr (words + k + 3, '/', i - k - 3) != NULL;
  return false;
}

/* Whether the phrase at WORDS + I starts a word: not inside a longer
   one ("spam" in "MCSpamSignature" or "OutboundSpamException").  A
   phrase may end inside one, as "filter" in "filtering".  */
static bool
phrase_starts_word (const char *words, size_t i)
{
  return !(i > 0 && is_alpha (words[i]) && is_alpha (words[i - 1]));
}

/* Whether CAUSE says what to do about the failure, rather than that it
   was refused in some way.  */
static bool
specific_cause (enum cause cause)
{
  switch (cause)
    {
    case CAUSE_USERUNKNOWN: case CAUSE_MAILBOXFULL: case CAUSE_HOSTUNKNOWN:
    case CAUSE_HASMOVED: case CAUSE_REQUIREPTR: case CAUSE_AUTHFAILURE:
    case CAUSE_VIRUSDETECTED: case CAUSE_SPAMDETECTED: case CAUSE_MESGTOOBIG:
    case CAUSE_EXCEEDLIMIT: case CAUSE_NOTACCEPT: case CAUSE_NORELAYING:
    case CAUSE_TOOMANYCONN: case CAUSE_SPEEDING: case CAUSE_BADREPUTATION:
    case CAUSE_NOTCOMPLIANTRFC: case CAUSE_MAILERERROR: case CAUSE_SYSTEMFULL:
    case CAUSE_ONHOLD:
      return true;
    default:
      return false;
    }
}

#define SPECIFIC_ONLY (-2)

/* The cause of the phrase of X found in WORDS (N bytes): the longest,
   the first of the table among equals, as codedb_phrase_cause, but
   reading the words once.  With WANT not negative, WANT as soon as a
   phrase of that cause is found, and only then; with SPECIFIC_ONLY, only
   the phrases of a specific_cause count.  -1 when none is.  */
static int
phrases_in (const struct phrase_index *x, const char *words, size_t n, int want)
{
  int found = -1;
  size_t longest = 0, best = 0;
  pthread_once (&index_once, build_index);
  /* Each byte is folded once, by table, into a window of the last
     three.  This loop reads every byte of a bounce's words.  */
  const unsigned char *w = (const unsigned char *) words;
  uint32_t window = n > 1 ? (uint32_t) folded[w[0]] << 8 | folded[w[1]] : 0;
  for (size_t i = 0; i + 2 < n; i++)
    {
      window = (window << 8 | folded[w[i + 2]]) & 0xffffff;
      unsigned key = triple_key (window);
      if (!bit (x->triples, key))
        continue;
      for (unsigned k = x->bucket[key]; k < x->bucket[key + 1]; k++)
        {
          size_t j = x->order[k], len = x->lengths[j];
          const char *p = codedb_text (x->phrases[j].phrase);
          int cause = (int) x->phrases[j].cause;
          if (want >= 0 ? cause == want
              : (want != SPECIFIC_ONLY || specific_cause ((enum cause) cause))
                && (len > longest || (len == longest && j < best)))
            if (phrase_at (words + i, n - i, p, len) && phrase_starts_word (words, i)
                && (len > 4 || ends_word (words, n, i + len))
                && !in_link_path (words, i))
              {
                if (want >= 0)
                  return want;
                found = cause, longest = len, best = j;
              }
        }
    }
  return found;
}

/* As codedb_cause_of_text, but -1 for the phrases of "undefined": they
   are there to outweigh shorter phrases that would be read wrongly in
   them (a footer's "scanned for viruses" is no virus found).  */
int
cause_in_words (const char *words, size_t n)
{
  int cause = phrases_in (&all_phrases, words, n, -1);
  return cause == CAUSE_UNDEFINED ? -1 : cause;
}

/* As cause_in_words, but CAUSE_UNDEFINED for the phrases of
   "undefined".  */
static int
phrase_in_words (const char *words, size_t n)
{
  return phrases_in (&all_phrases, words, n, -1);
}

/* The default cause of CODE: its enhanced part's, else its basic
   part's; -1 when neither has one.  */
static int
code_cause (const struct smtp_code *code)
{
  int cause = -1;
  if (code_has_enhanced (code))
    cause = codedb_default_cause (code_enhanced_key (code));
  if (cause < 0 && code_has_basic (code))
    cause = codedb_default_cause (code_basic_key (code));
  return cause;
}

/* Whether a phrase of CAUSE stands in WORDS (N bytes).  */
static bool
words_name (const char *words, size_t n, enum cause cause)
{
  return phrases_in (&all_phrases, words, n, (int) cause) >= 0;
}

/* The cause that WORDS (N bytes) name, as cause_in_words, but words
   that name spam say what the filter or the policy that refused the
   message found ("content filter rejection: spam score", "breaches
   local URIBL policy"): Sisimai, too, tries spam before a policy's and
   a filter's words.  */
static int
words_say (const char *words, size_t n)
{
  int said = phrase_in_words (words, n);
  if ((said == CAUSE_FILTERED || said == CAUSE_POLICYVIOLATION)
      && words_name (words, n, CAUSE_SPAMDETECTED))
    said = CAUSE_SPAMDETECTED;
  /* "Try again later" says only that the failure may pass; "User is
     over the quota.  You can try again later." says why it failed.  */
  if (said == CAUSE_SYSTEMERROR)
    {
      int specific = phrases_in (&all_phrases, words, n, SPECIFIC_ONLY);
      if (specific >= 0)
        said = specific;
    }
  return said;
}

/* As words_say, but -1 for the phrases of "undefined", as
   cause_in_words: the words of every report, where the reply's own
   name no cause ("554 your message was rejected because it looks like"
   over qmail's "spam to our filter").  But they do not make an unknown
   user of a refusal whose code (CODE) is of security or policy (X.7.y):
   a relay's summary of another status ("5.1.0 - Unknown address error
   550-'5.7.1 <a@b>... Access denied'") is not what this reply says.  */
static int
cause_in_all (const char *all, size_t all_n, const struct smtp_code *code)
{
  int said = words_say (all, all_n);
  if (said == CAUSE_USERUNKNOWN && code_has_enhanced (code) && code->subject == 7)
    return -1;
  return said == CAUSE_UNDEFINED ? -1 : said;
}

/* Whether the word W (lower case) and a space stand right before S + AT,
   at the start of the words or after a space.  */
static bool
word_before (const char *s, size_t at, const char *w)
{
  size_t len = strlen (w);
  if (at < len + 1 || s[at - 1] != ' ' || (at > len + 1 && s[at - len - 2] != ' '))
    return false;
  for (size_t k = 0; k < len; k++)
    if (fold ((unsigned char) s[at - len - 1 + k]) != (unsigned char) w[k])
      return false;
  return true;
}

/* Whether the word that ends before S + END looks like a host name: a
   dot-separated name of letters, digits and hyphens whose last label is
   letters, without the '@' of an address.  A name of two labels may be a
   local part ("john.smith"): only after "domain" or "host" is it one.  */
static bool
host_name_before (const char *s, size_t end)
{
  size_t start = end, letters = 0, dots = 0;
  while (start > 0 && s[start - 1] != ' ')
    start--;
  if (start == end || s[start] == '.' || s[end - 1] == '.')
    return false;
  for (size_t i = start; i < end; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (c == '.')
        dots++, letters = 0;
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        letters++;
      else if ((c >= '0' && c <= '9') || c == '-')
        letters = 0;
      else
        return false;
    }
  return letters >= 2 && dots > 0
    && (dots >= 2 || word_before (s, start, "domain") || word_before (s, start, "host"));
}

/* Whether WORDS (N bytes) say that a host name, not an address, does
   not exist ("neko.example.com does not exist").  */
static bool
host_does_not_exist (const char *words, size_t n)
{
  static const char said[] = " does not exist";
  size_t len = sizeof said - 1;
  for (size_t i = 0; i + len <= n; i++)
    if (words[i] == ' ' && fold ((unsigned char) words[i + 1]) == 'd'
        && phrase_at (words + i, n - i, said, len) && host_name_before (words, i))
      return true;
  return false;
}

/* Whether WORDS (N bytes) name a mailbox ("No such mailbox", "Mailbox
   does not exist"): what they say does not exist is then the user's,
   not the host that a code of the destination system (X.1.2) names.  */
static bool
names_mailbox (const char *words, size_t n)
{
  static const char mailbox[] = "mailbox";
  for (size_t i = 0; i + sizeof mailbox - 1 <= n; i++)
    if (phrase_at (words + i, n - i, mailbox, sizeof mailbox - 1))
      return true;
  return false;
}

/* Whether the reply's words, which name cause SAID, outweigh CODE,
   whose default cause is CODED (or -1).  Words that name a specific
   cause outweigh a code chosen loosely ("550 5.1.1 mailbox over quota");
   words that name a broad one ("rejected", "policy") do not, nor words
   that only say the user is unknown against an address code that says
   more ("551 5.1.6 not our user": moved), nor words that only say the
   message is too big against a code that says whose limit it passed
   ("552 5.2.3 message size exceeds": the recipient's), nor words that
   say authentication failed against a code of SMTP AUTH ("535 5.7.8":
   the login, not SPF or DKIM).  But a security code that the words say
   a policy chose (Yahoo's "554 5.7.9 Message not accepted for policy
   reasons", X.7.9 being AUTH's "mechanism too weak") is used for its
   class, not its meaning.  */
static bool
words_outweigh (const struct smtp_code *code, int coded, enum cause said)
{
  if (coded == CAUSE_SECURITYERROR)
    return said != CAUSE_AUTHFAILURE && (specific_cause (said) || said == CAUSE_POLICYVIOLATION);
  /* An address code with words that say the sender was refused: Sisimai
     too tries those words before an address code's userunknown.  */
  if (coded == CAUSE_USERUNKNOWN && (said == CAUSE_BLOCKED || said == CAUSE_REJECTED))
    return true;
  return specific_cause (said) && !(said == CAUSE_USERUNKNOWN && coded >= 0 && code->subject == 1)
    && !(said == CAUSE_MESGTOOBIG && coded == CAUSE_EXCEEDLIMIT)
    && !(said == CAUSE_EXCEEDLIMIT && coded == CAUSE_MESGTOOBIG);
}

/* Whether CODE says that the address is what was refused: X.1.1 and
   its kin X.1.0 (another address status), X.1.3 (a malformed address)
   and X.1.10 (Microsoft's "recipient not found").  */
static bool
address_code (const struct smtp_code *code)
{
  return code_has_enhanced (code) && code->subject == 1
    && (code->detail == 0 || code->detail == 1 || code->detail == 3 || code->detail == 10);
}

/* Whether the words S (N bytes) name the command RCPT, in capitals as
   commands are written: qmail's "most progress was RCPT TO response",
   Yahoo's "[RCPT_TO]"; or by Gmail's older number for the state of its
   session, "(state 14)" being the answer to RCPT TO.  */
static bool
rcpt_named (const char *s, size_t n)
{
  static const char state[] = "(state 14)";
  for (size_t i = 0; i + 4 <= n; i++)
    if (memcmp (s + i, "RCPT", 4) == 0
        || (s[i] == '(' && i + sizeof state - 1 <= n && memcmp (s + i, state, sizeof state - 1) == 0))
      return true;
  return false;
}

/* Whether words that say the user is unknown (CAUSE) are a filter's
   refusal rather than the address's: nothing says the address was what
   was refused, neither the code (X.1.1) nor the command it answered
   (BEFORE_DATA: RCPT TO, or one before it), nor words that name RCPT
   or that only a refusal of the address writes (the policy phrases of userunknown in
   data/causes.txt: a directory that lists no such name, a provider's
   own wording for an unknown mailbox).  Once the data was sent, or
   when the report does not say what was answered, the same words are
   how many servers refuse a message their user's filter turned away.  */
static bool
filter_refused (int cause, const struct smtp_code *code, bool before_data, const char *all,
                size_t all_n)
{
  if (cause != CAUSE_USERUNKNOWN || address_code (code) || before_data)
    return false;
  return !rcpt_named (all, all_n)
    && phrases_in (&policy_phrases, all, all_n, CAUSE_USERUNKNOWN) < 0;
}

/* Whether the reply's words TEXT (N bytes) are au's (KDDI's) refusal by
   the recipient's own reception settings: "550 : User unknown", with
   nothing where the address would stand, which au writes in answer to
   RCPT TO as after DATA.  An address it does not have is "550
   <bob@au.com>: User unknown".  */
static bool
au_filter (const char *text, size_t n)
{
  /* The words start after the code, or quote the reply whole.  */
  static const char said[] = ": user unknown", quoted[] = "550 : user unknown";
  size_t i = 0;
  while (i < n && text[i] == ' ')
    i++;
  if (phrase_at (text + i, n - i, said, sizeof said - 1))
    return true;
  for (i = 0; i + sizeof quoted - 1 <= n; i++)
    if (text[i] == '5' && phrase_at (text + i, n - i, quoted, sizeof quoted - 1))
      return true;
  return false;
}

/* Orange and La Poste, the French providers, end a refusal with a
   reference whose last three digits say why: "LPN007_416", "OFR_416
   [416]", "OFR006_102", "OUK_513", "LPN105-104".  Their postmaster
   pages list them; the reference says more than the words, which are
   often the same ("Service refused, please try later") for reasons as
   far apart as a blocked address and a server that failed.  */
static const struct
{
  unsigned short ref;
  enum cause cause;
} orange_refs[] = {
  { 101, CAUSE_BLOCKED },          /* the sending IP address is on a blocklist */
  { 102, CAUSE_BLOCKED },          /* the sending IP address is blocked for spam */
  { 103, CAUSE_BLOCKED },          /* service refused to the sending address */
  { 104, CAUSE_TOOMANYCONN },      /* too many connections */
  { 305, CAUSE_SECURITYERROR },    /* a wrong authentication code */
  { 401, CAUSE_AUTHFAILURE },      /* SPF: the server may not send for the domain */
  { 402, CAUSE_SECURITYERROR },    /* authentication required */
  { 403, CAUSE_REJECTED },         /* invalid sender */
  { 405, CAUSE_REJECTED },         /* invalid sender */
  { 415, CAUSE_REJECTED },         /* invalid sender */
  { 416, CAUSE_USERUNKNOWN },      /* invalid recipient */
  { 417, CAUSE_MAILBOXFULL },      /* the recipient's mailbox is full */
  { 420, CAUSE_SUSPEND },          /* the recipient's mailbox is archived */
  { 421, CAUSE_REJECTED },         /* the sender address is not the user's */
  { 426, CAUSE_SUSPEND },          /* the recipient's account is blocked */
  { 505, CAUSE_SYSTEMERROR },      /* refused for now by the server */
  { 506, CAUSE_SPAMDETECTED },     /* the message was taken for spam */
  { 510, CAUSE_BLOCKED },          /* the sender is blocked */
  { 514, CAUSE_MESGTOOBIG },       /* the message is over the size limit */
  { 517, CAUSE_AUTHFAILURE },      /* DMARC verification failed */
  { 630, CAUSE_POLICYVIOLATION },  /* the client host is refused by policy */
  { 999, CAUSE_BLOCKED },          /* service refused */
};

/* The offset of the first '_' or '-' in S (N bytes) from I on, or N.  */
static size_t
next_separator (const char *s, size_t n, size_t i)
{
  const char *under = memchr (s + i, '_', n - i), *dash = memchr (s + i, '-', n - i);
  if (under == NULL && dash == NULL)
    return n;
  if (under == NULL || (dash && dash < under))
    return (size_t) (dash - s);
  return (size_t) (under - s);
}

/* The cause that an Orange or La Poste reference in S (N bytes) names,
   or -1: a word that starts with "LPN", "OFR" or "OUK" in any case, up
   to three more letters or digits, "_" or "-", three digits, and no
   more.  The separators are looked for, being much rarer than the
   prefixes' letters.  */
static int
orange_reference (const char *s, size_t n)
{
  pthread_once (&index_once, build_index);
  for (size_t j = next_separator (s, n, 0); j + 4 <= n; j = next_separator (s, n, j + 1))
    {
      if (!is_digit (s[j + 1]) || !is_digit (s[j + 2]) || !is_digit (s[j + 3])
          || (j + 4 < n && is_digit (s[j + 4])))
        continue;
      size_t start = j;
      while (start > 0 && j - start < 7 && is_alnum (s[start - 1]))
        start--;
      if (j - start < 3 || j - start > 6 || (start > 0 && is_alnum (s[start - 1]))
          || !(phrase_at (s + start, n - start, "lpn", 3) || phrase_at (s + start, n - start, "ofr", 3)
               || phrase_at (s + start, n - start, "ouk", 3)))
        continue;
      unsigned ref = (unsigned) ((s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0'));
      for (size_t r = 0; r < sizeof orange_refs / sizeof orange_refs[0]; r++)
        if (orange_refs[r].ref == ref)
          return (int) orange_refs[r].cause;
      return -1;
    }
  return -1;
}

/* CAUSE, unless a provider's own words or reference in TEXT (N bytes)
   or ALL (ALL_N) decide over the command and the code: au's filter
   answers RCPT TO, and Orange's references name causes that its words
   and codes do not tell apart.  */
static int
reference_cause (int cause, const char *text, size_t n, const char *all, size_t all_n)
{
  if (au_filter (text, n))
    cause = CAUSE_FILTERED;
  int orange = orange_reference (all, all_n);
  return orange >= 0 ? orange : cause;
}

/* The cause that CODE has when nothing else names one: Sisimai's name for
   its enhanced code with its class, else for the subject of the class
   ("5.7.*"), else for its basic code; -1 when there is none.  */
static int
fallback_cause (const struct smtp_code *code)
{
  const struct cause_fallback *t = codedb_cause_fallbacks;
  size_t n = codedb_cause_fallback_count;
  if (code_has_enhanced (code))
    for (int every_detail = 0; every_detail <= 1; every_detail++)
      for (size_t i = 0; i < n; i++)
        if (t[i].cls == code->enhanced_class && t[i].subject == code->subject
            && t[i].detail == (every_detail ? -1 : code->detail))
          return (int) t[i].cause;
  if (code_has_basic (code))
    for (size_t i = 0; i < n; i++)
      if (t[i].cls == 0 && t[i].basic == code->basic)
        return (int) t[i].cause;
  return -1;
}

/* CAUSE, or what the policy phrases of data/causes.txt say of the
   reply's words TEXT (N bytes), or of every report's words ALL (ALL_N
   bytes) when the reply's own name no cause (SAID < 0).  */
static int
policy_cause (int cause, int said, const char *text, size_t n, const char *all, size_t all_n)
{
  int late = phrases_in (&policy_phrases, text, n, -1);
  if (late < 0 && said < 0)
    late = phrases_in (&policy_phrases, all, all_n, -1);
  return late >= 0 ? late : cause;
}

/* Whether COMMAND is the greeting or the client's greeting (EHLO, HELO),
   before any address was given.  */
static bool
at_greeting (const char *command)
{
  return strcmp (command, "EHLO") == 0 || strcmp (command, "HELO") == 0
    || strcmp (command, "CONNECT") == 0;
}

/* As cause_of, with CODED for the code's default cause.  */
static enum cause
decide (const struct smtp_code *code, int coded, const char *command, const char *text, size_t n,
        const char *all, size_t all_n)
{
  int cause = coded;
  /* A code that stands alone ("(#5.4.4)" after qmail's sentence) has
     for its words those of the reports around it.  */
  int said = n > 0 ? words_say (text, n) : words_say (all, all_n);
  /* Words that a phrase of "undefined" reads ("- BANNED: .exe") name no
     cause, and leave the code to say what it does.  */
  bool neutral = said == CAUSE_UNDEFINED;
  if (neutral)
    said = -1;
  /* But the reply's own words may outweigh the code.  Without either,
     the words of every report of the failure decide.  */
  if ((said >= 0 && words_outweigh (code, coded, (enum cause) said))
      || (said == CAUSE_USERUNKNOWN && coded == CAUSE_HOSTUNKNOWN && names_mailbox (text, n)))
    cause = said;
  if (cause < 0)
    /* Without text of its own, SAID is what ALL says already.  */
    cause = said >= 0 || n == 0 || neutral ? said : cause_in_all (all, all_n, code);
  bool after_data = strstr (command, "DATA") != NULL;
  bool mail_from = strcmp (command, "MAIL FROM") == 0;
  bool greeting = at_greeting (command);
  bool rcpt_to = strcmp (command, "RCPT TO") == 0;
  int cls = code_class (code);
  /* What does not exist is a host, not a mailbox: its domain.  */
  if (cause == CAUSE_USERUNKNOWN && coded < 0 && host_does_not_exist (text, n))
    cause = CAUSE_HOSTUNKNOWN;
  /* A host not found in a temporary failure: the name server failed to
     answer ("host name lookup failure") or routing did ("4.4.4 no MX or
     A"); only an address's code (X.1.2) says the domain is unknown.  */
  if (cls == 4 && cause == CAUSE_HOSTUNKNOWN && !(coded == CAUSE_HOSTUNKNOWN && code->subject == 1))
    cause = CAUSE_NETWORKERROR;
  /* Refused before any address was given: the server would not talk to
     the sending host, or found no host by its name (qmail's HELO).  */
  if (greeting && (cause < 0 || cause == CAUSE_REJECTED || cause == CAUSE_POLICYVIOLATION
                   || cause == CAUSE_HOSTUNKNOWN))
    cause = CAUSE_BLOCKED;
  /* Words that say the sending host was refused ("blocked", "Helo
     command rejected") say more than a code of syntax (504 5.5.2), of
     security or of the network (X.4.1) and than a host name not found
     (Postfix's "Helo command rejected: Host not found").  */
  if (said == CAUSE_BLOCKED && (cause == CAUSE_SYNTAXERROR || cause == CAUSE_SECURITYERROR
                                || cause == CAUSE_NETWORKERROR || cause == CAUSE_HOSTUNKNOWN))
    cause = CAUSE_BLOCKED;
  /* A recipient refused for good at RCPT TO, or with a code of an
     address's status (X.1.0, X.1.3: Sisimai names them userunknown),
     and nothing says why: the address is what was refused.  */
  if (cause < 0 && cls == 5 && (rcpt_to || address_code (code)))
    cause = CAUSE_USERUNKNOWN;
  /* Some words mean another thing where a policy, not the address,
     refused the message: in answer to its data, once every recipient
     was accepted, or with a code of the security or policy subject
     (X.7.y).  A bare "user unknown" there is how the recipient's filter
     refuses.  A code that names its cause says more.  */
  if ((after_data || code->subject == 7) && coded < 0)
    cause = policy_cause (cause, said, text, n, all, all_n);
  /* Words that say the user is unknown where nothing says the address
     was refused: Sisimai's reading, a filter's refusal.  */
  if (filter_refused (cause, code, greeting || mail_from || rcpt_to, all, all_n))
    cause = CAUSE_FILTERED;
  /* A temporary failure, or one without a code, that no code names and
     no words name more than broadly (the network, the system), in a
     report that says delivery was given up after retrying ("I'm not
     going to try again; this message has been in the queue too long"):
     what failed is the time it took.  */
  if ((cls == 4 || (!code_has_basic (code) && !code_has_enhanced (code))) && coded < 0
      && (cause < 0 || cause == CAUSE_NETWORKERROR || cause == CAUSE_SYSTEMERROR)
      && words_name (all, all_n, CAUSE_EXPIRED))
    cause = CAUSE_EXPIRED;
  /* Refused at MAIL FROM, where no recipient was named yet: the sender
     was refused, unless the words say why.  */
  if (mail_from && (cause < 0 || cause == CAUSE_USERUNKNOWN || cause == CAUSE_HOSTUNKNOWN
                    || cause == CAUSE_NETWORKERROR || cause == CAUSE_SYSTEMERROR))
    cause = CAUSE_REJECTED;
  cause = reference_cause (cause, text, n, all, all_n);
  if (cause < 0)
    cause = fallback_cause (code);
  return cause < 0 ? CAUSE_UNDEFINED : (enum cause) cause;
}

enum cause
cause_of (int provider_cause, const struct smtp_code *code, const char *command,
          const char *text, size_t n, const char *all, size_t all_n)
{
  /* A code listed in data/causes.txt names its cause whatever the
     words; the codes used for many causes (X.7.1) are listed nowhere.
     The provider's meaning of its code stands where the registry's
     default would: the words outweigh it only where they say more.  */
  int coded = provider_cause >= 0 ? provider_cause : code_cause (code);
  /* The command a reply answered tells what was refused; a success or
     an intermediate reply ("250 Hello" to EHLO) refused nothing.  */
  int cls = code_class (code);
  enum cause cause = decide (code, coded, cls == 2 || cls == 3 ? "" : command,
                             text, n, all, all_n);
  /* An entry that says the address does not exist says what a filter's
     refusal would not: Exchange Online's "550 5.4.1 Recipient address
     rejected: Access denied" is no filter's, whatever the command.  */
  return provider_cause == CAUSE_USERUNKNOWN && cause == CAUSE_FILTERED ? CAUSE_USERUNKNOWN : cause;
}
