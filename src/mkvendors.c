/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkvendors.c -- the generator's part for providers' own codes
   (data/vendor-*.txt, issue 14): checks the provider records and their
   entries, and writes them into the table.  The format is in data/README.  */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "codekey.h"
#include "mkcodes.h"

#define N_(text) text
static const struct word providers[] = {
#define PROVIDER(id, name, shown) { name, "PROVIDER_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
static const char *const shown_names[] = {
#define PROVIDER(id, name, shown) shown,
#include "vocabulary.def"
  NULL
};
static const struct word confidences[] = {
#define CONFIDENCE(id, name, label) { name, "CONFIDENCE_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
enum
{
  NPROVIDERS = 0
#define PROVIDER(id, name, shown) + 1
#include "vocabulary.def"
};

const char *const provider_fields[] = {
  "provider", "name", "signatures", "checked", "refs", NULL
};
const char *const vendor_fields[] = {
  "provider", "key", "basic", "title", "description", "when", "fix", "refs",
  "confidence", NULL
};
const char *const vendor_optional_fields[] = { "match", "cause", NULL };
static const char *const vendor_texts[] = { "title", "description", "when", "fix", NULL };
static const char *const kinds[] = { "VENDOR_CODE", "VENDOR_RANGE", "VENDOR_BASIC", "VENDOR_TOKEN" };
enum kind { CODE, RANGE, BASIC, TOKEN, BAD };

/* An entry that passed its own checks.  */
struct entry
{
  struct record *r;
  size_t provider;
  enum kind kind;
  int cls;
  long first, last;
};

static struct record *heads[NPROVIDERS];
static struct entry *entries;
static size_t nentries;
static const char *oldest_checked;

/* Reads "5.7.708" or the range "5.7.606-649" at K.  */
static enum kind
parse_enhanced (const char *k, int *cls, long *first, long *last)
{
  if ((k[0] != '2' && k[0] != '4' && k[0] != '5') || k[1] != '.')
    return BAD;
  const char *p = k + 2;
  long subject = codekey_number (&p);
  if (subject < 0 || *p++ != '.')
    return BAD;
  long detail = codekey_number (&p), to = detail;
  if (detail < 0)
    return BAD;
  if (*p == '-')
    {
      p++;
      to = codekey_number (&p);
      if (to <= detail)
        return BAD;
    }
  if (*p != '\0')
    return BAD;
  *cls = k[0] - '0';
  *first = codekey_enhanced ((int) subject, (int) detail);
  *last = codekey_enhanced ((int) subject, (int) to);
  return to == detail ? CODE : RANGE;
}

static enum kind
parse_key (const char *k, int *cls, long *first, long *last)
{
  enum kind kind = parse_enhanced (k, cls, first, last);
  if (kind != BAD)
    return kind;
  long basic = codekey_of_code (k);
  if (basic >= 0 && codekey_kind (basic) == CODEKEY_BASIC)
    {
      *cls = codekey_basic_code (basic);
      *first = *last = basic;
      return *cls >= 200 ? BASIC : BAD;
    }
  bool letter = false;
  for (const char *c = k; *c; c++)
    if (isalpha ((unsigned char) *c))
      letter = true;
    else if (!isdigit ((unsigned char) *c) && !strchr (":()_.-", *c))
      return BAD;
  *cls = 0;
  *first = *last = 0;
  return letter && (unsigned char) k[0] < 0x80 ? TOKEN : BAD;
}

static bool
is_date (const char *s)
{
  for (int i = 0; i < 10; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : !isdigit ((unsigned char) s[i]))
      return false;
  int month = atoi (s + 5), day = atoi (s + 8);
  return s[10] == '\0' && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

static void
check_fragment (const char *part, void *data)
{
  struct record *r = data;
  check_alternative (r, find_field (r, "match") ? find_field (r, "match")
                     : find_field (r, "signatures"), part);
}

static void
check_head (struct record *r, size_t provider)
{
  check_shape (r, r->code, provider_fields, NULL);
  if (heads[provider])
    {
      error_at (r->file, r->line, "duplicate provider record '%s' (first at %s:%u)",
                r->code, heads[provider]->file, heads[provider]->line);
      return;
    }
  heads[provider] = r;
  struct field *f = find_field (r, "name");
  if (f && strcmp (f->value, shown_names[provider]) != 0)
    error_at (r->file, f->line, "%s: name '%s' is not the vocabulary's '%s'",
              r->code, f->value, shown_names[provider]);
  f = find_field (r, "checked");
  if (f && !is_date (f->value))
    error_at (r->file, f->line, "%s: checked: '%s' is not a date YYYY-MM-DD", r->code,
              f->value);
  else if (f && (oldest_checked == NULL || strcmp (f->value, oldest_checked) < 0))
    oldest_checked = f->value;
  f = find_field (r, "signatures");
  if (f)
    split_alternatives (f->value, check_fragment, r);
}

/* Each word of the basic field is a reply code, or the field is "none".  */
static void
check_basic (struct record *r)
{
  struct field *f = find_field (r, "basic");
  if (f == NULL || strcmp (f->value, "none") == 0)
    return;
  char *copy = xstrdup (f->value);
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "))
    {
      long key = codekey_of_code (w);
      if (key < 0 || codekey_kind (key) != CODEKEY_BASIC || w[0] < '2')
        error_at (r->file, f->line, "%s: basic: '%s' is not a reply code", r->code, w);
    }
  free (copy);
}

static void
check_entry (struct record *r, size_t provider)
{
  check_shape (r, r->code, vendor_fields, vendor_optional_fields);
  check_words (r, "confidence", confidences);
  struct field *f = find_field (r, "confidence");
  if (f && strchr (f->value, ' '))
    error_at (r->file, f->line, "confidence: give exactly one");
  check_words (r, "cause", cause_names);
  f = find_field (r, "cause");
  if (f && strchr (f->value, ' '))
    error_at (r->file, f->line, "cause: give exactly one");
  check_basic (r);
  struct field *match = find_field (r, "match");
  if (match)
    split_alternatives (match->value, check_fragment, r);
  struct field *key = find_field (r, "key");
  if (key == NULL)
    return;
  struct entry e = { .r = r, .provider = provider };
  e.kind = parse_key (key->value, &e.cls, &e.first, &e.last);
  if (e.kind == BAD)
    error_at (r->file, key->line, "%s: key '%s' is neither a code, a range nor a token",
              r->code, key->value);
  else if (e.kind == BASIC && match == NULL)
    error_at (r->file, key->line, "%s: key '%s' is a basic code: give 'match'", r->code,
              key->value);
  else
    {
      entries = xrealloc (entries, (nentries + 1) * sizeof *entries);
      entries[nentries++] = e;
    }
}

/* Whether the match fragments of A and B have one in common (any case).  */
static bool
share_fragment (struct record *a, struct record *b)
{
  struct field *fa = find_field (a, "match"), *fb = find_field (b, "match");
  if (fa == NULL || fb == NULL)
    return true;
  bool shared = false;
  char *ca = xstrdup (fa->value);
  for (char *p = ca, *next; p && !shared; p = next)
    {
      char *bar = strstr (p, " | ");
      next = bar ? bar + 3 : NULL;
      if (bar)
        *bar = '\0';
      for (const char *q = fb->value; q && !shared;)
        {
          const char *qbar = strstr (q, " | ");
          size_t len = qbar ? (size_t) (qbar - q) : strlen (q);
          shared = len == strlen (p) && strncasecmp (p, q, len) == 0;
          q = qbar ? qbar + 3 : NULL;
        }
    }
  free (ca);
  return shared;
}

static bool
same_key (const struct entry *a, const struct entry *b)
{
  if (a->kind != b->kind)
    return false;
  if (a->kind == TOKEN)
    return strcasecmp (find_field (a->r, "key")->value, find_field (b->r, "key")->value) == 0;
  return a->cls == b->cls && a->first == b->first && a->last == b->last;
}

/* Entry B against an earlier entry A of the same provider.  */
static void
check_pair (const struct entry *a, const struct entry *b)
{
  struct record *ra = a->r, *rb = b->r;
  const char *ka = find_field (ra, "key")->value, *kb = find_field (rb, "key")->value;
  if (same_key (a, b))
    {
      if (share_fragment (ra, rb))
        error_at (rb->file, find_field (rb, "key")->line,
                  "%s: key '%s' repeats %s:%u without distinct match fragments",
                  rb->code, kb, ra->file, find_field (ra, "key")->line);
    }
  else if (a->kind == RANGE && b->kind == RANGE && a->cls == b->cls
           && a->first <= b->last && b->first <= a->last)
    error_at (rb->file, find_field (rb, "key")->line, "%s: range '%s' overlaps '%s' (%s:%u)",
              rb->code, kb, ka, ra->file, find_field (ra, "key")->line);
}

/* The provider named in FILE's name, vendor-ID.txt, or -1.  */
static int
provider_of_file (const char *file)
{
  const char *base = strrchr (file, '/');
  base = base ? base + 1 : file;
  if (strncmp (base, "vendor-", 7) != 0)
    return -1;
  char id[32];
  snprintf (id, sizeof id, "%.*s", (int) strcspn (base + 7, "."), base + 7);
  const struct word *w = find_word (id, providers);
  return w ? (int) (w - providers) : -1;
}

static void
check_vendor (struct record *r)
{
  struct field *p = find_field (r, "provider");
  r->code = p->value;
  const struct word *w = find_word (p->value, providers);
  if (w == NULL)
    {
      error_at (r->file, p->line, "unknown provider '%s'", p->value);
      return;
    }
  size_t provider = (size_t) (w - providers);
  int in_file = provider_of_file (r->file);
  if (in_file >= 0 && (size_t) in_file != provider)
    error_at (r->file, p->line, "provider '%s' in the file of '%s'", p->value,
              providers[in_file].name);
  if (find_field (r, "key") == NULL && (find_field (r, "name") || find_field (r, "checked")
                                        || find_field (r, "signatures")))
    check_head (r, provider);
  else
    check_entry (r, provider);
}

void
vendors_check (struct record *records, size_t n)
{
  for (size_t i = 0; i < n; i++)
    check_vendor (&records[i]);
  bool told[NPROVIDERS] = { false };
  for (size_t i = 0; i < nentries; i++)
    {
      struct entry *e = &entries[i];
      if (heads[e->provider] == NULL && !told[e->provider])
        {
          error_at (e->r->file, e->r->line, "provider '%s' has no provider record",
                    e->r->code);
          told[e->provider] = true;
        }
      for (size_t j = 0; j < i; j++)
        if (entries[j].provider == e->provider)
          check_pair (&entries[j], e);
    }
}

static int
compare_entries (const void *a, const void *b)
{
  const struct entry *ea = a, *eb = b;
  if (ea->provider != eb->provider)
    return (ea->provider > eb->provider) - (ea->provider < eb->provider);
  return (ea->r->seq > eb->r->seq) - (ea->r->seq < eb->r->seq);
}

static void
blob_optional (struct record *r, const char *name)
{
  static struct field empty = { .name = "", .value = "" };
  struct field *f = find_field (r, name);
  blob_plain (f ? f : &empty);
}

void
vendors_blob (void)
{
  static const char *const head_plain[] = { "signatures", "checked", "refs", NULL };
  static const char *const entry_plain[] = { "key", "basic", "refs", NULL };
  if (nentries > 1)
    qsort (entries, nentries, sizeof *entries, compare_entries);
  for (size_t p = 0; p < NPROVIDERS; p++)
    if (heads[p])
      for (const char *const *f = head_plain; *f; f++)
        blob_plain (find_field (heads[p], *f));
  for (size_t i = 0; i < nentries; i++)
    {
      struct record *r = entries[i].r;
      char owner[128];
      snprintf (owner, sizeof owner, "%s %s", r->code, find_field (r, "key")->value);
      for (const char *const *f = entry_plain; *f; f++)
        blob_plain (find_field (r, *f));
      blob_optional (r, "match");
      for (const char *const *f = vendor_texts; *f; f++)
        blob_text (owner, find_field (r, *f));
    }
}

static void
emit_entry (const struct entry *e)
{
  struct record *r = e->r;
  struct field *match = find_field (r, "match");
  printf ("  { %s, %s, ", providers[e->provider].constant, kinds[e->kind]);
  emit_flags (r, "confidence", confidences);
  printf (", %d, %ld, %ld,\n    %lu, %lu, %lu", e->cls, e->first, e->last,
          find_field (r, "key")->offset, find_field (r, "basic")->offset,
          match ? match->offset : 0);
  for (const char *const *f = vendor_texts; *f; f++)
    printf (", %lu", find_field (r, *f)->offset);
  struct field *cause = find_field (r, "cause");
  const struct word *w = cause ? find_word (cause->value, cause_names) : NULL;
  printf (", %lu, %s },\n", find_field (r, "refs")->offset, w ? w->constant : "-1");
}

void
vendors_emit (void)
{
  size_t n = 0, first = 0;
  printf ("\nconst struct provider_entry codedb_providers[] = {\n");
  for (size_t p = 0; p < NPROVIDERS; p++)
    {
      if (heads[p] == NULL)
        continue;
      size_t count = 0;
      while (first + count < nentries && entries[first + count].provider == p)
        count++;
      printf ("  { %s, %lu, %lu, %lu, %zu, %zu },\n", providers[p].constant,
              find_field (heads[p], "signatures")->offset,
              find_field (heads[p], "checked")->offset,
              find_field (heads[p], "refs")->offset, first, count);
      first += count;
      n++;
    }
  printf ("  { 0 }\n};\n\nconst size_t codedb_provider_count = %zu;\n\n", n);
  printf ("const struct vendor_entry codedb_vendor_entries[] = {\n");
  for (size_t i = 0; i < nentries; i++)
    emit_entry (&entries[i]);
  printf ("  { 0 }\n};\n\nconst size_t codedb_vendor_entry_count = %zu;\n\n", nentries);
  printf ("const char codedb_vendor_checked[] = ");
  emit_string (oldest_checked ? oldest_checked : "");
  printf (";\n");
}

void
vendors_free (void)
{
  free (entries);
  entries = NULL;
  nentries = 0;
  oldest_checked = NULL;
  memset (heads, 0, sizeof heads);
}
