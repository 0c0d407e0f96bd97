/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare.c -- how two or more codes differ and when each is the right one.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "facts.h"
#include "i18n.h"
#include "out.h"
#include "render.h"
#include "text.h"
#include "xalloc.h"

static size_t
split_items (const struct smtp_code *codes, size_t n, struct compare_item *items)
{
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (code_has_basic (&codes[i]))
        {
          struct compare_item *it = &items[count++];
          it->code = (struct smtp_code) { .basic = codes[i].basic, .enhanced_class = -1 };
          code_format_basic (&it->code, it->shown, sizeof it->shown);
          it->entry = codedb_find (code_basic_key (&it->code));
          it->class_digit = it->code.basic / 100;
        }
      if (code_has_enhanced (&codes[i]))
        {
          struct compare_item *it = &items[count++];
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
class_name (const struct compare_item *it, char *buf, size_t size)
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
opening (const struct compare_item *items, size_t n, char *text, size_t size)
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
typedef void attribute_fn (const struct compare_item *it, char *buf, size_t size);

static void
attr_class (const struct compare_item *it, char *buf, size_t size)
{
  char name[256];
  class_name (it, name, sizeof name);
  /* TRANSLATORS: a class, then what it means for retrying.  */
  snprintf (buf, size, _("%s (retry: %s)"), name, facts_retry (it->class_digit));
}

static void
attr_kind (const struct compare_item *it, char *buf, size_t size)
{
  snprintf (buf, size, "%s", code_has_basic (&it->code)
            ? _("a basic reply code, the three digits that open the reply")
            : _("an enhanced status code (RFC 3463), which refines the basic code"));
}

static void
attr_area (const struct compare_item *it, char *buf, size_t size)
{
  facts_area (it->entry, buf, size);
}

static void
attr_stage (const struct compare_item *it, char *buf, size_t size)
{
  facts_stages (it->entry->stages, buf, size);
}

static void
attr_actors (const struct compare_item *it, char *buf, size_t size)
{
  facts_actors (it->entry->actors, buf, size);
}

static void
attr_standing (const struct compare_item *it, char *buf, size_t size)
{
  snprintf (buf, size, "%s", facts_standing (it->entry->standing));
}

/* Whether an enhanced item's registry entry names a basic item's code, and
   the two could stand on one line: 4.7.1 never goes with 550, whatever the
   registry lists for X.7.1.  */
static bool
registry_pairs (const struct compare_item *enhanced, const struct compare_item *basic)
{
  if (enhanced->entry == NULL || !code_has_enhanced (&enhanced->code)
      || !code_has_basic (&basic->code))
    return false;
  if (enhanced->class_digit != 0 && enhanced->class_digit != basic->shown[0] - '0')
    return false;
  return codedb_pairs (enhanced->entry, basic->shown);
}

static void
add_line (struct compare_lines *lines, const char *text)
{
  lines->text = xreallocarray (lines->text, lines->count + 1, sizeof *lines->text);
  lines->text[lines->count++] = xstrdup (text);
}

static void
free_lines (struct compare_lines *lines)
{
  for (size_t i = 0; i < lines->count; i++)
    free (lines->text[i]);
  free (lines->text);
}

/* What each code means and when it comes, one numbered line each: the
   first thing a reader needs, before the attributes that differ.  Codes
   of one entry (4.7.1 and 5.7.1) share a line.  Returns the lines added.  */
static unsigned
meanings (const struct compare_item *items, size_t n, struct compare_lines *out)
{
  unsigned number = 0;
  for (size_t i = 0; i < n; i++)
    {
      char names[256] = "", line[4096];
      size_t count = 0, last = i;
      bool seen = false;
      for (size_t j = 0; j < i; j++)
        seen |= items[i].entry && items[j].entry == items[i].entry;
      if (seen)
        continue;
      for (size_t j = i; j < n; j++)
        if (j == i || (items[i].entry && items[j].entry == items[i].entry))
          last = j, count++;
      for (size_t j = i; j <= last; j++)
        if (j == i || items[j].entry == items[i].entry)
          {
            size_t used = strlen (names);
            /* TRANSLATORS: joins the codes of "What 4.7.1 and 5.7.1 mean".  */
            snprintf (names + used, sizeof names - used, "%s%s",
                      j == i ? "" : j == last ? _(" and ") : _(", "), items[j].shown);
          }
      const char *gist = items[i].entry
        ? _(codedb_text (items[i].entry->gist))
        : _("not registered; only its digits say what it is, as shown above.");
      if (count == 1)
        /* TRANSLATORS: the number of a difference, a code and what it means.  */
        snprintf (line, sizeof line, _("%u. What %s means: %s"), ++number, names, gist);
      else
        snprintf (line, sizeof line, _("%u. What %s mean: %s"), ++number, names, gist);
      add_line (out, line);
    }
  return number;
}

static void
key_differences (const struct compare_item *items, size_t n, struct compare_lines *out)
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
  unsigned number = meanings (items, n, out), shared = number;
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
          char together[16];    /* X.7.1 beside 550 is sent as 5.7.1 */
          codedb_format (items[i].entry, items[j].shown[0] - '0', together, sizeof together);
          snprintf (line, sizeof line,
                    _("%u. Together: the registry pairs %s with %s, so a server may "
                      "send them on one line as \"%s %s\": the basic code decides "
                      "what the client does, the enhanced code says why."),
                    ++number, items[i].entry->code, items[j].shown, items[j].shown,
                    together);
          add_line (out, line);
        }
  if (number == shared)
    add_line (out, _("They share class, area, stage, who acts and standing: "
                     "they differ only in meaning."));
  free (values);
}

static void
when_to_use (const struct compare_item *items, size_t n, struct compare_lines *out)
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

void
compare_print (const struct comparison *c)
{
  render_paragraph (c->summary, 0);
  for (size_t i = 0; i < c->n; i++)
    {
      const struct compare_item *it = &c->items[i];
      out_putc ('\n');
      if (it->entry)
        render_entry (it->entry, it->shown, it->class_digit);
      else if (code_has_basic (&it->code))
        render_unregistered_basic (it->code.basic);
      else
        render_unregistered_enhanced (&it->code);
    }
  out_putc ('\n');
  render_heading (_("Key differences"));
  for (size_t i = 0; i < c->differences.count; i++)
    {
      out_puts ("  ");
      text_wrap_from (c->differences.text[i], 2, 5, render_width ());
    }
  out_putc ('\n');
  render_heading (_("When to use which"));
  for (size_t i = 0; i < c->uses.count; i++)
    {
      out_puts ("  ");
      text_wrap_from (c->uses.text[i], 2, 4, render_width ());
    }
}

void
compare_build (const struct smtp_code *codes, size_t n, struct comparison *c)
{
  *c = (struct comparison) { .items = xcalloc (2 * n, sizeof *c->items), .registered = true };
  c->n = split_items (codes, n, c->items);
  for (size_t i = 0; i < c->n; i++)
    if (c->items[i].entry == NULL)
      c->registered = false;
  opening (c->items, c->n, c->summary, sizeof c->summary);
  key_differences (c->items, c->n, &c->differences);
  when_to_use (c->items, c->n, &c->uses);
}

void
compare_free (struct comparison *c)
{
  free_lines (&c->differences);
  free_lines (&c->uses);
  free (c->items);
  *c = (struct comparison) { .n = 0 };
}
