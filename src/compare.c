/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare.c -- how two or more codes differ and when each is the right one.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "facts.h"
#include "i18n.h"
#include "json.h"
#include "out.h"
#include "render.h"
#include "text.h"
#include "xalloc.h"

struct item
{
  char shown[16];
  const struct code_entry *entry;      /* NULL if not registered */
  struct smtp_code code;               /* just this part */
  int class_digit;                     /* 0: any class (X.1.1) */
};

static size_t
split_items (const struct smtp_code *codes, size_t n, struct item *items)
{
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (code_has_basic (&codes[i]))
        {
          struct item *it = &items[count++];
          it->code = (struct smtp_code) { .basic = codes[i].basic, .enhanced_class = -1 };
          code_format_basic (&it->code, it->shown, sizeof it->shown);
          it->entry = codedb_find (code_basic_key (&it->code));
          it->class_digit = it->code.basic / 100;
        }
      if (code_has_enhanced (&codes[i]))
        {
          struct item *it = &items[count++];
          it->code = codes[i];
          it->code.basic = 0;
          code_format_enhanced (&it->code, it->shown, sizeof it->shown);
          it->entry = codedb_find (code_enhanced_key (&it->code));
          it->class_digit = it->code.enhanced_class;
        }
    }
  return count;
}

static void
class_name (const struct item *it, char *buf, size_t size)
{
  const struct class_entry *c = code_has_basic (&it->code)
    ? facts_first_digit (it->code.basic) : facts_enhanced_class (it->class_digit);
  if (c)
    snprintf (buf, size, "%s %s", c->code, _(codedb_text (c->title)));
  else if (it->entry)
    facts_class (it->entry, 0, buf, size);
  else
    buf[0] = '\0';
}

static void
opening (const struct item *items, size_t n, char *text, size_t size)
{
  char name[256];
  bool same = true;
  for (size_t i = 1; i < n; i++)
    if (items[i].class_digit != items[0].class_digit || items[0].class_digit == 0
        || code_has_basic (&items[i].code) != code_has_basic (&items[0].code))
      same = false;

  class_name (&items[0], name, sizeof name);
  if (same && n == 2)
    snprintf (text, size, _("Both %s and %s belong to the %s class."),
              items[0].shown, items[1].shown, name);
  else if (same)
    {
      char list[512] = "";
      for (size_t i = 0; i < n; i++)
        {
          size_t used = strlen (list);
          snprintf (list + used, sizeof list - used, "%s%s", i ? _(", ") : "",
                    items[i].shown);
        }
      snprintf (text, size, _("All of %s belong to the %s class."), list, name);
    }
  else
    {
      text[0] = '\0';
      for (size_t i = 0; i < n; i++)
        {
          char one[512];
          class_name (&items[i], name, sizeof name);
          snprintf (one, sizeof one, _("%s belongs to the %s class."), items[i].shown, name);
          size_t used = strlen (text);
          if (i == 0)
            snprintf (text, size, "%s", one);
          else
            /* TRANSLATORS: a further sentence of the opening: English
               puts a space before it, Chinese nothing.  */
            snprintf (text + used, size - used, _(" %s"), one);
        }
    }
}

/* One attribute of every item as text, for finding and listing differences.  */
typedef void attribute_fn (const struct item *it, char *buf, size_t size);

static void
attr_class (const struct item *it, char *buf, size_t size)
{
  char name[256];
  class_name (it, name, sizeof name);
  /* TRANSLATORS: a class, then what it means for retrying.  */
  snprintf (buf, size, _("%s (retry: %s)"), name, facts_retry (it->class_digit));
}

static void
attr_kind (const struct item *it, char *buf, size_t size)
{
  snprintf (buf, size, "%s", code_has_basic (&it->code)
            ? _("a basic reply code, the three digits that open the reply")
            : _("an enhanced status code (RFC 3463), which refines the basic code"));
}

static void
attr_area (const struct item *it, char *buf, size_t size)
{
  facts_area (it->entry, buf, size);
}

static void
attr_stage (const struct item *it, char *buf, size_t size)
{
  facts_stages (it->entry->stages, buf, size);
}

static void
attr_actors (const struct item *it, char *buf, size_t size)
{
  facts_actors (it->entry->actors, buf, size);
}

static void
attr_standing (const struct item *it, char *buf, size_t size)
{
  snprintf (buf, size, "%s", facts_standing (it->entry->standing));
}

/* Whether an enhanced item's registry entry names a basic item's code.  */
static bool
registry_pairs (const struct item *enhanced, const struct item *basic)
{
  if (enhanced->entry == NULL || !code_has_enhanced (&enhanced->code)
      || !code_has_basic (&basic->code))
    return false;
  return codedb_pairs (enhanced->entry, basic->shown);
}

struct lines
{
  char **text;
  size_t count;
};

static void
add_line (struct lines *lines, const char *text)
{
  lines->text = xreallocarray (lines->text, lines->count + 1, sizeof *lines->text);
  lines->text[lines->count++] = xstrdup (text);
}

static void
free_lines (struct lines *lines)
{
  for (size_t i = 0; i < lines->count; i++)
    free (lines->text[i]);
  free (lines->text);
}

static void
key_differences (const struct item *items, size_t n, struct lines *out)
{
  static const struct
  {
    const char *label;
    attribute_fn *fn;
    bool needs_entry;
  } attributes[] = {
    { N_("Class"), attr_class, false },
    { N_("Kind"), attr_kind, false },
    { N_("About"), attr_area, true },
    { N_("Stage"), attr_stage, true },
    { N_("Who acts"), attr_actors, true },
    { N_("Standing"), attr_standing, true },
  };
  unsigned number = 0;
  char (*values)[512] = xcalloc (n, sizeof *values), line[4096];

  for (size_t a = 0; a < sizeof attributes / sizeof attributes[0]; a++)
    {
      bool differ = false, usable = true;
      for (size_t i = 0; i < n; i++)
        {
          if (attributes[a].needs_entry && items[i].entry == NULL)
            usable = false;
          else
            attributes[a].fn (&items[i], values[i], sizeof values[i]);
        }
      if (!usable)
        continue;
      /* 550 and 5.1.1 name their class differently but mean the same.  */
      for (size_t i = 1; i < n; i++)
        if (attributes[a].fn == attr_class
            ? items[i].class_digit != items[0].class_digit
            : strcmp (values[i], values[0]) != 0)
          differ = true;
      if (!differ)
        continue;
      /* TRANSLATORS: the number and the name of a difference, as in "1. Class: ".  */
      snprintf (line, sizeof line, _("%u. %s: "), ++number, _(attributes[a].label));
      for (size_t i = 0; i < n; i++)
        {
          size_t used = strlen (line);
          /* TRANSLATORS: a code and its value of one attribute, then the
             separator between two such pairs.  */
          snprintf (line + used, sizeof line - used, _("for %s, %s"), items[i].shown, values[i]);
          used = strlen (line);
          if (i + 1 < n)
            snprintf (line + used, sizeof line - used, "%s", _("; "));
        }
      add_line (out, line);
    }
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++)
      if (registry_pairs (&items[i], &items[j]))
        {
          snprintf (line, sizeof line,
                    _("%u. Together: the registry pairs %s with %s, so a server may "
                      "send them on one line as \"%s %s\": the basic code decides "
                      "what the client does, the enhanced code says why."),
                    ++number, items[i].entry->code, items[j].shown, items[j].shown,
                    items[i].shown);
          add_line (out, line);
        }
  if (number == 0)
    add_line (out, _("They share class, area, stage, who acts and standing: "
                     "they differ only in meaning, as the descriptions above say."));
  free (values);
}

static void
when_to_use (const struct item *items, size_t n, struct lines *out)
{
  for (size_t i = 0; i < n; i++)
    {
      char line[4096];
      if (items[i].entry)
        /* TRANSLATORS: a code, when a server sends it, what a client does.  */
        snprintf (line, sizeof line, _("%s: %s %s"), items[i].shown,
                  _(codedb_text (items[i].entry->send)),
                  _(codedb_text (items[i].entry->client)));
      else
        snprintf (line, sizeof line,
                  _("%s: not registered; a server should not send it, and a client "
                    "acts on its first digit."), items[i].shown);
      add_line (out, line);
    }
}

static void
print_text (const struct item *items, size_t n, const char *summary,
            const struct lines *differences, const struct lines *uses)
{
  render_paragraph (summary, 0);
  for (size_t i = 0; i < n; i++)
    {
      out_putc ('\n');
      if (items[i].entry)
        render_entry (items[i].entry, items[i].shown, items[i].class_digit);
      else if (code_has_basic (&items[i].code))
        render_unregistered_basic (items[i].code.basic);
      else
        render_unregistered_enhanced (&items[i].code);
    }
  out_putc ('\n');
  render_heading (_("Key differences"));
  for (size_t i = 0; i < differences->count; i++)
    {
      out_puts ("  ");
      text_wrap_from (differences->text[i], 2, 5, render_width ());
    }
  out_putc ('\n');
  render_heading (_("When to use which"));
  for (size_t i = 0; i < uses->count; i++)
    {
      out_puts ("  ");
      text_wrap_from (uses->text[i], 2, 4, render_width ());
    }
}

static void
print_json (const struct item *items, size_t n, const char *summary,
            const struct lines *differences, const struct lines *uses)
{
  out_putc ('{');
  json_key ("summary");
  json_text (summary);
  out_puts (",\"codes\":[");
  for (size_t i = 0; i < n; i++)
    {
      if (i)
        out_putc (',');
      if (items[i].entry)
        json_entry (items[i].entry, items[i].shown, items[i].class_digit);
      else
        json_unregistered (&items[i].code);
    }
  out_puts ("],\"differences\":[");
  for (size_t i = 0; i < differences->count; i++)
    {
      if (i)
        out_putc (',');
      json_text (differences->text[i]);
    }
  out_puts ("],\"when_to_use\":[");
  for (size_t i = 0; i < uses->count; i++)
    {
      out_puts (i ? ",{\"code\":" : "{\"code\":");
      json_text (items[i].shown);
      out_puts (",\"text\":");
      json_text (uses->text[i]);
      out_putc ('}');
    }
  out_puts ("]}\n");
}

bool
compare_codes (const struct smtp_code *codes, size_t n, bool json)
{
  struct item *items = xcalloc (2 * n, sizeof *items);
  struct lines differences = { NULL, 0 }, uses = { NULL, 0 };
  char summary[2048];
  bool registered = true;

  n = split_items (codes, n, items);
  for (size_t i = 0; i < n; i++)
    if (items[i].entry == NULL)
      registered = false;
  opening (items, n, summary, sizeof summary);
  key_differences (items, n, &differences);
  when_to_use (items, n, &uses);
  if (json)
    print_json (items, n, summary, &differences, &uses);
  else
    print_text (items, n, summary, &differences, &uses);
  free_lines (&differences);
  free_lines (&uses);
  free (items);
  return registered;
}
