/* SPDX-License-Identifier: GPL-3.0-or-later */
/* facts.c -- the attributes of a code, in words of the current language.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "facts.h"
#include "i18n.h"

int
facts_class_digit (const struct code_entry *entry, int cls)
{
  if (codekey_kind (entry->key) == CODEKEY_BASIC)
    return entry->code[0] - '0';
  return cls;
}

const struct class_entry *
facts_first_digit (int basic)
{
  return codedb_find_class (10 + basic / 100);
}

const struct class_entry *
facts_second_digit (int basic)
{
  return codedb_find_class (20 + basic / 10 % 10);
}

const struct class_entry *
facts_enhanced_class (int cls)
{
  return codedb_find_class (30 + cls);
}

const struct class_entry *
facts_subject (int subject)
{
  return subject <= 9 ? codedb_find_class (40 + subject) : NULL;
}

static void
append (char *buf, size_t size, const char *separator, const char *text)
{
  size_t used = strlen (buf);
  if (used < size)
    snprintf (buf + used, size - used, "%s%s", used ? separator : "", text);
}

void
facts_class (const struct code_entry *entry, int cls, char *buf, size_t size)
{
  const struct class_entry *c;
  buf[0] = '\0';
  if (codekey_kind (entry->key) == CODEKEY_BASIC)
    {
      c = facts_first_digit ((int) entry->key);
      snprintf (buf, size, "%s %s", c ? c->code : "", c ? _(c->title) : "");
      return;
    }
  for (int d = 2; d <= 5; d++)
    if ((cls == 0 && (entry->classes & (1u << d))) || cls == d)
      {
        char one[160];
        c = facts_enhanced_class (d);
        snprintf (one, sizeof one, "%s %s", c ? c->code : "", c ? _(c->title) : "");
        /* TRANSLATORS: separates alternatives in a list, as in "a or b".  */
        append (buf, size, _(" or "), one);
      }
}

const char *
facts_retry (int cls)
{
  switch (cls)
    {
    case 2:
      return _("no need: the request succeeded");
    case 3:
      return _("no: the server is waiting for the client to continue");
    case 4:
      return _("yes, later: the failure is temporary and mail servers retry by themselves");
    case 5:
      return _("no: the failure is permanent; something must change before sending again");
    default:
      return _("depends on the class: 4.X.X is temporary and retried, 5.X.X is permanent");
    }
}

void
facts_stages (unsigned stages, char *buf, size_t size)
{
  buf[0] = '\0';
  for (unsigned i = 0; i < STAGE_COUNT; i++)
    {
      unsigned bit = 1u << i;
      const char *name;
      if (!(stages & bit))
        continue;
      switch (bit)
        {
        case STAGE_CONNECT:
          name = _("connection greeting");
          break;
        case STAGE_EOD:
          name = _("end of data");
          break;
        case STAGE_ANY:
          name = _("any command");
          break;
        case STAGE_DSN:
          name = _("delivery status notifications");
          break;
        default:
          name = codedb_stage_name (bit);
        }
      /* TRANSLATORS: separates the items of a list.  */
      append (buf, size, _(", "), name);
    }
}

void
facts_actors (unsigned actors, char *buf, size_t size)
{
  buf[0] = '\0';
  for (unsigned i = 0; i < ACTOR_COUNT; i++)
    {
      const char *name = NULL;
      switch (actors & (1u << i))
        {
        case ACTOR_NONE:
          name = _("nobody: nothing to fix");
          break;
        case ACTOR_CLIENT:
          name = _("the client software, which simply continues");
          break;
        case ACTOR_SENDER:
          name = _("the sender");
          break;
        case ACTOR_SENDER_ADMIN:
          name = _("the sender's administrator");
          break;
        case ACTOR_RECEIVER_ADMIN:
          name = _("the receiving server's administrator");
          break;
        case ACTOR_RECIPIENT:
          name = _("the recipient");
          break;
        }
      if (name)
        append (buf, size, _(", "), name);
    }
}

const char *
facts_standing (enum standing standing)
{
  switch (standing)
    {
    case STANDING_STANDARD:
      return _("standard");
    case STANDING_EXTENSION:
      return _("standard, from an SMTP extension");
    case STANDING_EXPERIMENTAL:
      return _("experimental, not on the standards track");
    case STANDING_HISTORIC:
      return _("historic: no longer in use");
    case STANDING_DEPRECATED:
      return _("deprecated: use its replacement");
    case STANDING_NON_STANDARD:
      return _("non-standard: defined by no RFC");
    }
  return "";
}

void
facts_area (const struct code_entry *entry, char *buf, size_t size)
{
  const struct class_entry *c;
  if (codekey_kind (entry->key) == CODEKEY_BASIC)
    c = facts_second_digit ((int) entry->key);
  else
    c = facts_subject ((int) ((entry->key - CODEKEY_ENHANCED_BASE) / 1000));
  snprintf (buf, size, "%s %s", c ? c->code : "", c ? _(c->title) : "");
}
