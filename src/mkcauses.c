/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkcauses.c -- the generator's part for cause records (data/causes.txt,
   issue 12): checks them against the vocabulary and the code records, and
   writes them into the table with their phrases and default codes.  */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codekey.h"
#include "mkcodes.h"

#define N_(text) text
const struct word cause_names[] = {
#define CAUSE(id, name) { name, "CAUSE_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
static const struct word retries[] = {
#define RETRY(id, name) { name, "RETRY_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
enum
{
  NCAUSES = 0
#define CAUSE(id, name) + 1
#include "vocabulary.def"
};

const char *const cause_fields[] = {
  "cause", "title", "actor", "retry", "description", "when", "fix", NULL
};
const char *const cause_optional_fields[] = {
  "codes", "fallback", "phrases", "policy-phrases", NULL
};
static const char *const cause_texts[] = { "title", "description", "when", "fix", NULL };

/* A phrase, or a code whose default cause it is, with where it was given.  */
struct claim
{
  struct field text;            /* its name is the record's cause name */
  const char *file;
  long key;
  size_t cause;
};

static struct record *by_cause[NCAUSES];
/* The phrases of policy-phrases fields name their cause only where a
   policy refused the message (src/cause.c); they may be phrases of
   another cause too.  */
static struct claim *phrases, *codes, *policy_phrases;
static size_t nphrases, ncodes, npolicy_phrases;

/* A code of a fallback field: its class (4 or 5), subject and detail
   (-1 for every detail), or its basic code with class 0.  */
struct fallback
{
  int cls, subject, detail, basic;
  size_t cause;
  const char *file;
  unsigned line;
};
static struct fallback *fallbacks;
static size_t nfallbacks;

static struct claim *
add_claim (struct claim **list, size_t *n, struct record *r, struct field *f,
           const char *text, size_t cause)
{
  *list = xrealloc (*list, (*n + 1) * sizeof **list);
  struct claim *c = &(*list)[(*n)++];
  *c = (struct claim) { .text = { .name = r->code, .value = xstrdup (text), .line = f->line },
                        .file = r->file, .cause = cause };
  return c;
}

struct phrase_check
{
  struct record *r;
  struct field *f;
  size_t cause;
  struct claim **list;          /* the phrases the phrase joins */
  size_t *n;
};

/* Text pasted from a word processor or a web page writes the apostrophe
   as U+2019 ("doesn\u2019t exist"): each phrase with one gets a twin.  */
static void
add_curly_twin (struct phrase_check *pc, const char *phrase)
{
  if (strchr (phrase, '\'') == NULL)
    return;
  char *twin = xrealloc (NULL, 3 * strlen (phrase) + 1), *t = twin;
  for (const char *c = phrase; *c; c++)
    if (*c == '\'')
      t = memcpy (t, "\xE2\x80\x99", 3), t += 3;
    else
      *t++ = *c;
  *t = '\0';
  add_claim (pc->list, pc->n, pc->r, pc->f, twin, pc->cause);
  free (twin);
}

static void
check_phrase (const char *phrase, void *data)
{
  struct phrase_check *pc = data;
  if (!check_alternative (pc->r, pc->f, phrase))
    return;
  /* src/cause.c finds a phrase by its first three bytes.  */
  if (phrase[1] == '\0' || phrase[2] == '\0')
    {
      error_at (pc->r->file, pc->f->line, "%s: phrase '%s' is shorter than three bytes",
                pc->r->code, phrase);
      return;
    }
  for (const char *c = phrase; *c; c++)
    if (*c >= 'A' && *c <= 'Z')
      {
        error_at (pc->r->file, pc->f->line, "%s: phrase '%s' is not lower case",
                  pc->r->code, phrase);
        return;
      }
  const struct claim *list = *pc->list;
  for (size_t i = 0; i < *pc->n; i++)
    if (strcmp (list[i].text.value, phrase) == 0)
      {
        error_at (pc->r->file, pc->f->line, "%s: phrase '%s' already belongs to %s (%s:%u)",
                  pc->r->code, phrase, list[i].text.name, list[i].file, list[i].text.line);
        return;
      }
  add_claim (pc->list, pc->n, pc->r, pc->f, phrase, pc->cause);
  add_curly_twin (pc, phrase);
}

static void
check_codes (struct record *r, size_t cause)
{
  struct field *f = find_field (r, "codes");
  if (f == NULL)
    return;
  char *copy = xstrdup (f->value);
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "))
    {
      long key = codekey_of_code (w);
      if (key < 0 || codekey_kind (key) == CODEKEY_CLASS || lookup_code (key) == NULL)
        {
          error_at (r->file, f->line, "%s: code '%s' does not exist", r->code, w);
          continue;
        }
      size_t i = 0;
      while (i < ncodes && codes[i].key != key)
        i++;
      if (i < ncodes)
        error_at (r->file, f->line, "%s: code '%s' is already the default of %s (%s:%u)",
                  r->code, w, codes[i].text.name, codes[i].file, codes[i].text.line);
      else
        add_claim (&codes, &ncodes, r, f, w, cause)->key = key;
    }
  free (copy);
}

/* Whether TOKEN is a fallback code: "5.7.1", "4.7.*" or "501", into *FB;
   a basic code must be in the data.  */
static bool
parse_fallback (const char *token, struct fallback *fb)
{
  int used = 0;
  *fb = (struct fallback) { .detail = -1 };
  if (sscanf (token, "%1d.%3d.%3d%n", &fb->cls, &fb->subject, &fb->detail, &used) == 3
      && token[used] == '\0')
    return fb->cls == 2 || fb->cls == 4 || fb->cls == 5;
  *fb = (struct fallback) { .detail = -1 };
  if (sscanf (token, "%1d.%3d.*%n", &fb->cls, &fb->subject, &used) == 2 && used > 0
      && token[used] == '\0')
    return fb->cls == 2 || fb->cls == 4 || fb->cls == 5;
  *fb = (struct fallback) { .detail = -1 };
  if (sscanf (token, "%3d%n", &fb->basic, &used) == 1 && used == 3 && token[used] == '\0')
    return lookup_code (codekey_basic (fb->basic)) != NULL;
  return false;
}

/* The codes whose cause this is only when nothing else names one: each
   exists in the data, has no default cause (codes) and is claimed once.  */
static void
check_fallbacks (struct record *r, size_t cause)
{
  struct field *f = find_field (r, "fallback");
  if (f == NULL)
    return;
  char *copy = xstrdup (f->value);
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "))
    {
      struct fallback fb;
      long key = -1;
      if (!parse_fallback (w, &fb)
          || (fb.basic == 0 && fb.detail >= 0
              && lookup_code (key = codekey_enhanced (fb.subject, fb.detail)) == NULL))
        {
          error_at (r->file, f->line, "%s: fallback code '%s' does not exist", r->code, w);
          continue;
        }
      if (fb.basic)
        key = codekey_basic (fb.basic);
      for (size_t i = 0; key >= 0 && i < ncodes; i++)
        if (codes[i].key == key)
          error_at (r->file, f->line, "%s: fallback code '%s' is already the default of %s",
                    r->code, w, codes[i].text.name);
      for (size_t i = 0; i < nfallbacks; i++)
        if (fallbacks[i].cls == fb.cls && fallbacks[i].subject == fb.subject
            && fallbacks[i].detail == fb.detail && fallbacks[i].basic == fb.basic)
          error_at (r->file, f->line, "%s: fallback code '%s' is already given (%s:%u)",
                    r->code, w, fallbacks[i].file, fallbacks[i].line);
      fb.cause = cause, fb.file = r->file, fb.line = f->line;
      fallbacks = xrealloc (fallbacks, (nfallbacks + 1) * sizeof *fallbacks);
      fallbacks[nfallbacks++] = fb;
    }
  free (copy);
}

static void
check_cause (struct record *r)
{
  struct field *name = find_field (r, "cause");
  r->code = name->value;
  check_shape (r, r->code, cause_fields, cause_optional_fields);
  const struct word *w = find_word (name->value, cause_names);
  if (w == NULL)
    {
      error_at (r->file, name->line, "unknown cause '%s'", name->value);
      return;
    }
  size_t cause = (size_t) (w - cause_names);
  if (by_cause[cause])
    {
      error_at (r->file, name->line, "duplicate cause '%s' (first at %s:%u)", r->code,
                by_cause[cause]->file, by_cause[cause]->line);
      return;
    }
  by_cause[cause] = r;
  check_words (r, "actor", actors);
  check_words (r, "retry", retries);
  struct field *retry = find_field (r, "retry");
  if (retry && strchr (retry->value, ' '))
    error_at (r->file, retry->line, "retry: give exactly one");
  check_codes (r, cause);
  struct field *f = find_field (r, "phrases");
  struct phrase_check pc = { r, f, cause, &phrases, &nphrases };
  if (f)
    split_alternatives (f->value, check_phrase, &pc);
  f = find_field (r, "policy-phrases");
  struct phrase_check dc = { r, f, cause, &policy_phrases, &npolicy_phrases };
  if (f)
    split_alternatives (f->value, check_phrase, &dc);
}

void
causes_check (struct record *records, size_t n)
{
  for (size_t i = 0; i < n; i++)
    check_cause (&records[i]);
  /* Once every default code is known.  */
  for (size_t c = 0; c < NCAUSES; c++)
    if (by_cause[c])
      check_fallbacks (by_cause[c], c);
}

void
causes_blob (void)
{
  for (size_t c = 0; c < NCAUSES; c++)
    {
      struct record *r = by_cause[c];
      if (r == NULL)
        continue;
      char owner[64];
      snprintf (owner, sizeof owner, "cause %s", r->code);
      for (const char *const *f = cause_texts; *f; f++)
        blob_text (owner, find_field (r, *f));
      if (find_field (r, "codes"))
        blob_plain (find_field (r, "codes"));
    }
  for (size_t i = 0; i < nphrases; i++)
    blob_plain (&phrases[i].text);
  for (size_t i = 0; i < npolicy_phrases; i++)
    blob_plain (&policy_phrases[i].text);
}

static int
compare_codes (const void *a, const void *b)
{
  const struct claim *ca = a, *cb = b;
  return (ca->key > cb->key) - (ca->key < cb->key);
}

void
causes_emit (void)
{
  size_t n = 0;
  printf ("\nconst struct cause_entry codedb_causes[] = {\n");
  for (size_t c = 0; c < NCAUSES; c++)
    {
      struct record *r = by_cause[c];
      if (r == NULL)
        continue;
      struct field *f = find_field (r, "codes");
      printf ("  { %s, ", cause_names[c].constant);
      emit_flags (r, "actor", actors);
      printf (", ");
      emit_flags (r, "retry", retries);
      printf (", %lu", f ? f->offset : 0);
      for (const char *const *t = cause_texts; *t; t++)
        printf (", %lu", find_field (r, *t)->offset);
      printf (" },\n");
      n++;
    }
  printf ("  { 0 }\n};\n\nconst size_t codedb_cause_count = %zu;\n\n", n);

  /* Phrases are stable-sorted by cause: claims come in record order.  */
  printf ("const struct cause_phrase codedb_cause_phrases[] = {\n");
  for (size_t c = 0; c < NCAUSES; c++)
    for (size_t i = 0; i < nphrases; i++)
      if (phrases[i].cause == c)
        printf ("  { %lu, %s },\n", phrases[i].text.offset, cause_names[c].constant);
  printf ("  { 0 }\n};\n\nconst size_t codedb_cause_phrase_count = %zu;\n\n", nphrases);
  printf ("const struct cause_phrase codedb_cause_policy_phrases[] = {\n");
  for (size_t i = 0; i < npolicy_phrases; i++)
    printf ("  { %lu, %s },\n", policy_phrases[i].text.offset,
            cause_names[policy_phrases[i].cause].constant);
  printf ("  { 0 }\n};\n\nconst size_t codedb_cause_policy_phrase_count = %zu;\n\n",
          npolicy_phrases);

  if (ncodes > 1)
    qsort (codes, ncodes, sizeof *codes, compare_codes);
  printf ("const struct cause_code codedb_cause_codes[] = {\n");
  for (size_t i = 0; i < ncodes; i++)
    printf ("  { %ld, %s },\n", codes[i].key, cause_names[codes[i].cause].constant);
  printf ("  { 0 }\n};\n\nconst size_t codedb_cause_code_count = %zu;\n", ncodes);

  printf ("\nconst struct cause_fallback codedb_cause_fallbacks[] = {\n");
  for (size_t i = 0; i < nfallbacks; i++)
    printf ("  { %d, %d, %d, %d, %s },\n", fallbacks[i].cls, fallbacks[i].subject,
            fallbacks[i].detail, fallbacks[i].basic, cause_names[fallbacks[i].cause].constant);
  printf ("  { 0 }\n};\n\nconst size_t codedb_cause_fallback_count = %zu;\n", nfallbacks);
}

void
causes_free (void)
{
  for (size_t i = 0; i < nphrases; i++)
    free (phrases[i].text.value);
  for (size_t i = 0; i < ncodes; i++)
    free (codes[i].text.value);
  for (size_t i = 0; i < npolicy_phrases; i++)
    free (policy_phrases[i].text.value);
  free (phrases);
  free (codes);
  free (policy_phrases);
  free (fallbacks);
  fallbacks = NULL;
  nfallbacks = 0;
  phrases = codes = policy_phrases = NULL;
  nphrases = ncodes = npolicy_phrases = 0;
  memset (by_cause, 0, sizeof by_cause);
}
