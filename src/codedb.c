/* SPDX-License-Identifier: GPL-3.0-or-later */
/* codedb.c -- lookup in the generated code table.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "codedb.h"

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
  for (const char *p = strstr (entry->basic, basic); p; p = strstr (p + 1, basic))
    if ((p == entry->basic || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
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

const char *
codedb_standing_name (enum standing standing)
{
  static const char *const names[] = {
    "standard", "extension", "experimental", "historic", "deprecated",
    "non-standard"
  };
  return names[standing];
}

static const char *
bit_name (unsigned bit, const char *const *names, unsigned count)
{
  for (unsigned i = 0; i < count; i++)
    if (bit == 1u << i)
      return names[i];
  return "";
}

const char *
codedb_stage_name (unsigned stage_bit)
{
  static const char *const names[STAGE_COUNT] = {
    "CONNECT", "EHLO", "HELO", "MAIL", "RCPT", "DATA", "EOD", "BDAT", "AUTH",
    "STARTTLS", "VRFY", "EXPN", "HELP", "NOOP", "RSET", "QUIT", "ETRN",
    "ATRN", "ANY", "DSN"
  };
  return bit_name (stage_bit, names, STAGE_COUNT);
}

const char *
codedb_actor_name (unsigned actor_bit)
{
  static const char *const names[ACTOR_COUNT] = {
    "none", "client", "sender", "sender-admin", "receiver-admin", "recipient"
  };
  return bit_name (actor_bit, names, ACTOR_COUNT);
}
