/* SPDX-License-Identifier: GPL-3.0-or-later */
/* vendordb.c -- lookup of providers' own codes (issue 14) in the generated
   table: by enhanced code (a range holds the codes it spans, the exact code
   wins), by token, by basic code and reply text, and a registered code's
   uses by providers.

   A provider has at most a few hundred entries and a lookup happens once
   per code asked for, so the entries are scanned, not indexed.  */

#include <config.h>

#include <pthread.h>
#include <string.h>

#include "codedb.h"

const struct provider_entry *
codedb_provider (enum provider provider)
{
  for (size_t i = 0; i < codedb_provider_count; i++)
    if (codedb_providers[i].provider == provider)
      return &codedb_providers[i];
  return NULL;
}

/* Adds E to OUT (room for MAX) as the Nth found; returns N + 1.  */
static size_t
add (const struct vendor_entry **out, size_t max, size_t n, const struct vendor_entry *e)
{
  if (n < max)
    out[n] = e;
  return n + 1;
}

static bool
holds (const struct vendor_entry *e, long key)
{
  return e->first <= key && key <= e->last;
}

/* Of provider P's entries, those of kind KIND for class CLS holding KEY.  */
static size_t
provider_code (const struct provider_entry *p, enum vendor_key kind, int cls, long key,
               const struct vendor_entry **out, size_t max, size_t n)
{
  for (size_t i = p->first; i < p->first + p->count; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      if (e->kind == kind && (cls == 0 || e->cls == cls) && holds (e, key))
        n = add (out, max, n, e);
    }
  return n;
}

size_t
codedb_vendor_by_code (int cls, int subject, int detail,
                       const struct vendor_entry **out, size_t max)
{
  long key = codekey_enhanced (subject, detail);
  size_t n = 0;
  for (size_t p = 0; p < codedb_provider_count; p++)
    {
      size_t exact = provider_code (&codedb_providers[p], VENDOR_CODE, cls, key, out, max, n);
      n = exact > n ? exact
        : provider_code (&codedb_providers[p], VENDOR_RANGE, cls, key, out, max, n);
    }
  return n;
}

size_t
codedb_vendor_by_token (const char *token, const struct vendor_entry **out, size_t max)
{
  size_t n = 0;
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      const char *key = codedb_text (e->key);
      if (e->kind == VENDOR_TOKEN && strlen (key) == strlen (token)
          && codedb_contains (key, strlen (key), token, strlen (token)))
        n = add (out, max, n, e);
    }
  return n;
}

bool
codedb_vendor_matches (const struct vendor_entry *entry, const char *text, size_t n)
{
  const char *p = codedb_text (entry->match);
  if (*p == '\0')
    return true;
  for (;;)
    {
      const char *bar = strstr (p, " | ");
      size_t len = bar ? (size_t) (bar - p) : strlen (p);
      if (codedb_contains (text, n, p, len))
        return true;
      if (bar == NULL)
        return false;
      p = bar + 3;
    }
}

static bool basic_keyed[1000];
static pthread_once_t basic_once = PTHREAD_ONCE_INIT;

static void
mark_basic_keys (void)
{
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      if (e->kind == VENDOR_BASIC && e->cls >= 0 && e->cls < 1000)
        basic_keyed[e->cls] = true;
    }
}

bool
codedb_vendor_has_basic (int basic)
{
  pthread_once (&basic_once, mark_basic_keys);
  return basic >= 0 && basic < 1000 && basic_keyed[basic];
}

size_t
codedb_vendor_by_reply (int basic, const char *text, size_t n,
                        const struct vendor_entry **out, size_t max)
{
  size_t found = 0;
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      if (e->kind == VENDOR_BASIC && e->cls == basic && codedb_vendor_matches (e, text, n))
        found = add (out, max, found, e);
    }
  return found;
}

size_t
codedb_vendor_uses (long key, const struct vendor_entry **out, size_t max)
{
  size_t n = 0;
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      if (e->kind != VENDOR_TOKEN && holds (e, key))
        n = add (out, max, n, e);
    }
  return n;
}
