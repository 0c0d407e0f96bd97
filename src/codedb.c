/* SPDX-License-Identifier: GPL-3.0-or-later */
/* codedb.c -- lookup in the generated code table.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codedb.h"
#include "i18n.h"

const struct code_entry *
codedb_find (long key)
{
  size_t lo = 0, hi = codedb_entry_count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (codedb_entries[mid].key < key)
        lo = mid + 1;
      else if (codedb_entries[mid].key > key)
        hi = mid;
      else
        return &codedb_entries[mid];
    }
  return NULL;
}

const struct class_entry *
codedb_find_class (long key)
{
  for (size_t i = 0; i < codedb_class_count; i++)
    if (codedb_classes[i].key == key)
      return &codedb_classes[i];
  return NULL;
}

const struct code_entry *
codedb_find_code (const char *code)
{
  long key = codekey_of_code (code);
  return key < 0 ? NULL : codedb_find (key);
}

bool
codedb_pairs (const struct code_entry *entry, const char *basic)
{
  size_t len = strlen (basic);
  const char *list = codedb_text (entry->basic);
  for (const char *p = strstr (list, basic); p; p = strstr (p + 1, basic))
    if ((p == list || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
      return true;
  /* "5xx": any reply code of that class.  */
  for (const char *p = strstr (list, "xx"); p; p = strstr (p + 1, "xx"))
    if (p > list && p[-1] == basic[0] && (p - 1 == list || p[-2] == ' ')
        && (p[2] == '\0' || p[2] == ' '))
      return true;
  return false;
}

void
codedb_format (const struct code_entry *entry, int cls, char *buf, size_t size)
{
  snprintf (buf, size, "%s", entry->code);
  if (cls && buf[0] == 'X')
    buf[0] = (char) ('0' + cls);
}

/* The vocabulary's names as one block of strings and offsets into it:
   tables of pointers would each need relocating when the program starts.  */
struct vocabulary_strings
{
#define STAGE(id, name, label) char stage_##id[sizeof name];
#define ACTOR(id, name, label) char actor_##id[sizeof name];
#define STANDING(id, name, label) char standing_##id[sizeof name];
#define CAUSE(id, name) char cause_##id[sizeof name];
#define RETRY(id, name) char retry_##id[sizeof name];
#define CONFIDENCE(id, name, label) char confidence_##id[sizeof name];
#define PROVIDER(id, name, shown) char provider_##id[sizeof name]; char shown_##id[sizeof shown];
#include "vocabulary.def"
};

static const struct vocabulary_strings strings = {
#define STAGE(id, name, label) name,
#define ACTOR(id, name, label) name,
#define STANDING(id, name, label) name,
#define CAUSE(id, name) name,
#define RETRY(id, name) name,
#define CONFIDENCE(id, name, label) name,
#define PROVIDER(id, name, shown) name, shown,
#include "vocabulary.def"
};

#define AT(member) (unsigned short) offsetof (struct vocabulary_strings, member)
static const unsigned short stage_names[STAGE_COUNT] = {
#define STAGE(id, name, label) AT (stage_##id),
#include "vocabulary.def"
};
static const unsigned short actor_names[ACTOR_COUNT] = {
#define ACTOR(id, name, label) AT (actor_##id),
#include "vocabulary.def"
};
static const unsigned short standing_names[STANDING_COUNT] = {
#define STANDING(id, name, label) AT (standing_##id),
#include "vocabulary.def"
};
static const unsigned short cause_names[CAUSE_COUNT] = {
#define CAUSE(id, name) AT (cause_##id),
#include "vocabulary.def"
};
static const unsigned short retry_names[RETRY_COUNT] = {
#define RETRY(id, name) AT (retry_##id),
#include "vocabulary.def"
};
static const unsigned short confidence_names[CONFIDENCE_COUNT] = {
#define CONFIDENCE(id, name, label) AT (confidence_##id),
#include "vocabulary.def"
};
static const unsigned short provider_names[PROVIDER_COUNT] = {
#define PROVIDER(id, name, shown) AT (provider_##id),
#include "vocabulary.def"
};
static const unsigned short provider_shown[PROVIDER_COUNT] = {
#define PROVIDER(id, name, shown) AT (shown_##id),
#include "vocabulary.def"
};
#undef AT

static const char *
name_at (const unsigned short *names, size_t count, size_t i)
{
  return i < count ? (const char *) &strings + names[i] : "";
}

static int
index_of (const unsigned short *names, size_t count, const char *name)
{
  for (size_t i = 0; i < count; i++)
    if (strcmp ((const char *) &strings + names[i], name) == 0)
      return (int) i;
  return -1;
}

/* The index of the one bit set in BIT, or COUNT when there is not one.  */
static size_t
bit_index (unsigned bit, size_t count)
{
  for (size_t i = 0; i < count; i++)
    if (bit == 1u << i)
      return i;
  return count;
}

const char *
codedb_standing_name (enum standing standing)
{
  return name_at (standing_names, STANDING_COUNT, (size_t) standing);
}

const char *
codedb_stage_name (unsigned stage_bit)
{
  return name_at (stage_names, STAGE_COUNT, bit_index (stage_bit, STAGE_COUNT));
}

const char *
codedb_actor_name (unsigned actor_bit)
{
  return name_at (actor_names, ACTOR_COUNT, bit_index (actor_bit, ACTOR_COUNT));
}

const char *
codedb_cause_name (enum cause cause)
{
  return name_at (cause_names, CAUSE_COUNT, (size_t) cause);
}

const char *
codedb_retry_name (enum retry retry)
{
  return name_at (retry_names, RETRY_COUNT, (size_t) retry);
}

const char *
codedb_confidence_name (enum confidence confidence)
{
  return name_at (confidence_names, CONFIDENCE_COUNT, (size_t) confidence);
}

const char *
codedb_provider_name (enum provider provider)
{
  return name_at (provider_names, PROVIDER_COUNT, (size_t) provider);
}

const char *
codedb_provider_shown (enum provider provider)
{
  return name_at (provider_shown, PROVIDER_COUNT, (size_t) provider);
}

int
codedb_cause_by_name (const char *name)
{
  return index_of (cause_names, CAUSE_COUNT, name);
}

int
codedb_provider_by_name (const char *name)
{
  return index_of (provider_names, PROVIDER_COUNT, name);
}

const struct cause_entry *
codedb_cause (enum cause cause)
{
  for (size_t i = 0; i < codedb_cause_count; i++)
    if (codedb_causes[i].cause == cause)
      return &codedb_causes[i];
  return NULL;
}

const struct cause_entry *
codedb_find_cause (const char *name)
{
  int cause = codedb_cause_by_name (name);
  return cause < 0 ? NULL : codedb_cause ((enum cause) cause);
}

static int
compare_cause_code (const void *key, const void *element)
{
  long k = *(const long *) key, e = ((const struct cause_code *) element)->key;
  return (k > e) - (k < e);
}

int
codedb_default_cause (long key)
{
  const struct cause_code *c = bsearch (&key, codedb_cause_codes, codedb_cause_code_count,
                                        sizeof *codedb_cause_codes, compare_cause_code);
  return c ? (int) c->cause : -1;
}

static int
fold (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

bool
codedb_contains (const char *text, size_t n, const char *needle, size_t len)
{
  if (len == 0)
    return true;
  /* The first byte in either case, without folding each byte of TEXT:
     this runs for every phrase over a bounce's words.  */
  unsigned char first = (unsigned char) fold ((unsigned char) needle[0]);
  unsigned char upper = first >= 'a' && first <= 'z' ? (unsigned char) (first - 'a' + 'A') : first;
  for (size_t i = 0; len <= n && i <= n - len; i++)
    {
      unsigned char c = (unsigned char) text[i];
      if (c != first && c != upper)
        continue;
      size_t k = 1;
      while (k < len && fold ((unsigned char) text[i + k]) == fold ((unsigned char) needle[k]))
        k++;
      if (k == len)
        return true;
    }
  return false;
}

int
codedb_phrase_cause (const struct cause_phrase *phrases, size_t count, const char *text,
                     size_t n)
{
  int found = -1;
  size_t longest = 0;
  for (size_t i = 0; i < count; i++)
    {
      const char *phrase = codedb_text (phrases[i].phrase);
      size_t len = strlen (phrase);
      if (len > longest && codedb_contains (text, n, phrase, len))
        found = (int) phrases[i].cause, longest = len;
    }
  return found;
}

int
codedb_cause_of_text (const char *text, size_t n)
{
  return codedb_phrase_cause (codedb_cause_phrases, codedb_cause_phrase_count, text, n);
}
