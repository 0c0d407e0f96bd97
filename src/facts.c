/* SPDX-License-Identifier: GPL-3.0-or-later */
/* facts.c -- the attributes of a code, in words of the current language.  */

#include <config.h>

#include <stddef.h>
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
  return codedb_find_class (codekey_first_digit (basic));
}

const struct class_entry *
facts_second_digit (int basic)
{
  return codedb_find_class (codekey_second_digit (basic));
}

const struct class_entry *
facts_enhanced_class (int cls)
{
  return codedb_find_class (codekey_enhanced_class (cls));
}

const struct class_entry *
facts_subject (int subject)
{
  return codedb_find_class (codekey_subject_class (subject));
}

/* S after the USED bytes of BUF (SIZE bytes), cut to fit as snprintf
   would; returns how many bytes BUF holds then.  */
static size_t
put (char *buf, size_t size, size_t used, const char *s)
{
  size_t len = strlen (s);
  if (used >= size)
    return used;
  if (len > size - used - 1)
    len = size - used - 1;
  memcpy (buf + used, s, len);
  buf[used + len] = '\0';
  return used + len;
}

static void
append (char *buf, size_t size, const char *separator, const char *text)
{
  size_t used = strlen (buf);
  if (used < size)
    put (buf, size, put (buf, size, used, used ? separator : ""), text);
}

/* "5.X.X Permanent Failure", or " " when C is NULL.  */
static void
class_title (const struct class_entry *c, char *buf, size_t size)
{
  snprintf (buf, size, "%s %s", c ? c->code : "", c ? _(codedb_text (c->title)) : "");
}

void
facts_class (const struct code_entry *entry, int cls, char *buf, size_t size)
{
  const struct class_entry *c;
  buf[0] = '\0';
  if (codekey_kind (entry->key) == CODEKEY_BASIC)
    {
      c = facts_first_digit (codekey_basic_code (entry->key));
      class_title (c, buf, size);
      return;
    }
  for (int d = 2; d <= 5; d++)
    if ((cls == 0 && (entry->classes & (1u << d))) || cls == d)
      {
        char one[160];
        c = facts_enhanced_class (d);
        class_title (c, one, sizeof one);
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

/* The labels of the vocabulary as one block of strings and offsets into
   it, which need no relocating when the program starts.  */
struct label_strings
{
#define STAGE(id, name, label) char stage_##id[sizeof label];
#define ACTOR(id, name, label) char actor_##id[sizeof label];
#define STANDING(id, name, label) char standing_##id[sizeof label];
#define CONFIDENCE(id, name, label) char confidence_##id[sizeof label];
#include "vocabulary.def"
};

static const struct label_strings labels = {
#define STAGE(id, name, label) label,
#define ACTOR(id, name, label) label,
#define STANDING(id, name, label) label,
#define CONFIDENCE(id, name, label) label,
#include "vocabulary.def"
};

#define AT(member) (unsigned short) offsetof (struct label_strings, member)
static const unsigned short stage_labels[STAGE_COUNT] = {
#define STAGE(id, name, label) AT (stage_##id),
#include "vocabulary.def"
};
static const unsigned short actor_labels[ACTOR_COUNT] = {
#define ACTOR(id, name, label) AT (actor_##id),
#include "vocabulary.def"
};
static const unsigned short standing_labels[STANDING_COUNT] = {
#define STANDING(id, name, label) AT (standing_##id),
#include "vocabulary.def"
};
static const unsigned short confidence_labels[CONFIDENCE_COUNT] = {
#define CONFIDENCE(id, name, label) AT (confidence_##id),
#include "vocabulary.def"
};
#undef AT

static const char *
label (unsigned short offset)
{
  return (const char *) &labels + offset;
}

void
facts_stages (unsigned stages, char *buf, size_t size)
{
  buf[0] = '\0';
  for (unsigned i = 0; i < STAGE_COUNT; i++)
    if (stages & (1u << i))
      {
        const char *name = label (stage_labels[i]);
        /* TRANSLATORS: separates the items of a list.  */
        append (buf, size, _(", "), name[0] ? _(name) : codedb_stage_name (1u << i));
      }
}

void
facts_actors (unsigned actors, char *buf, size_t size)
{
  buf[0] = '\0';
  for (unsigned i = 0; i < ACTOR_COUNT; i++)
    if (actors & (1u << i))
      append (buf, size, _(", "), _(label (actor_labels[i])));
}

const char *
facts_standing (enum standing standing)
{
  return (unsigned) standing < STANDING_COUNT ? _(label (standing_labels[standing])) : "";
}

const char *
facts_confidence (enum confidence confidence)
{
  return (unsigned) confidence < CONFIDENCE_COUNT
    ? _(label (confidence_labels[confidence])) : "";
}

void
facts_area (const struct code_entry *entry, char *buf, size_t size)
{
  const struct class_entry *c;
  if (codekey_kind (entry->key) == CODEKEY_BASIC)
    c = facts_second_digit (codekey_basic_code (entry->key));
  else
    c = facts_subject (codekey_subject (entry->key));
  class_title (c, buf, size);
}

bool
facts_pair_note (const struct smtp_code *code, char *buf, size_t size)
{
  char basic[8], enhanced[16];
  buf[0] = '\0';
  if (!code_has_basic (code) || !code_has_enhanced (code))
    return false;
  code_format_basic (code, basic, sizeof basic);
  code_format_enhanced (code, enhanced, sizeof enhanced);

  int basic_class = code->basic / 100;
  if (code->enhanced_class != 0 && code->enhanced_class != basic_class)
    {
      snprintf (buf, size,
                _("Warning: %s is a %dxx reply but %s is of class %d.X.X, so the two "
                  "disagree. RFC 3463 requires the same class; the server is "
                  "misconfigured. Clients act on the basic code, %s."),
                basic, basic_class, enhanced, code->enhanced_class, basic);
      return true;
    }
  const struct code_entry *entry = codedb_find (code_enhanced_key (code));
  if (entry == NULL || codedb_find (code_basic_key (code)) == NULL
      || strcmp (codedb_text (entry->basic), "any") == 0
      || strcmp (codedb_text (entry->basic), "none") == 0)
    return false;
  if (!codedb_pairs (entry, basic))
    snprintf (buf, size,
              _("Note: the registry does not pair %s with %s (it names %s). "
                "The pair is allowed but unusual; read both explanations."),
              entry->code, basic, codedb_text (entry->basic));
  return false;
}

bool
facts_titles (const struct smtp_code *code, char *buf, size_t size)
{
  const char *titles[2] = { NULL, NULL };
  bool registered = true;
  if (code_has_basic (code))
    {
      const struct code_entry *e = codedb_find (code_basic_key (code));
      titles[0] = e ? _(codedb_text (e->title)) : _("not registered");
      registered = registered && e;
    }
  if (code_has_enhanced (code))
    {
      const struct code_entry *e = codedb_find (code_enhanced_key (code));
      titles[titles[0] ? 1 : 0] = e ? _(codedb_text (e->title)) : _("not registered");
      registered = registered && e;
    }
  /* Written without snprintf: explain writes the titles of each reply.  */
  if (size > 0)
    {
      buf[0] = '\0';
      size_t used = put (buf, size, 0, titles[0] ? titles[0] : "");
      if (titles[1])
        put (buf, size, put (buf, size, used, " / "), titles[1]);
    }
  return registered;
}

/* "550 551" as "550, 551" in the current language, into BUF.  */
static void
join_words (const char *words, char *buf, size_t size)
{
  size_t used = 0;
  for (const char *p = words; *p && used + 8 < size; p++)
    if (*p != ' ')
      buf[used++] = *p;
    else
      used += (size_t) snprintf (buf + used, size - used, "%s", _(", "));
  buf[used < size ? used : size - 1] = '\0';
}

void
facts_basic_codes (const struct code_entry *entry, char *buf, size_t size)
{
  const char *basic = codedb_text (entry->basic);
  if (strcmp (basic, "any") == 0)
    snprintf (buf, size, "%s", _("any reply code"));
  else if (strcmp (basic, "none") == 0)
    snprintf (buf, size, "%s", _("none named by the registry"));
  else
    join_words (basic, buf, size);
}

void
facts_related (const struct code_entry *entry, char *buf, size_t size)
{
  join_words (codedb_text (entry->related), buf, size);
}
