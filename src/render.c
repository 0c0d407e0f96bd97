/* SPDX-License-Identifier: GPL-3.0-or-later */
/* render.c -- printing code entries for people.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "facts.h"
#include "i18n.h"
#include "out.h"
#include "render.h"
#include "text.h"
#include "vendor.h"

enum { INDENT = 2 };

static size_t wrap_width = 80;
static bool use_bold;

void
render_setup (size_t width, bool bold)
{
  wrap_width = width;
  use_bold = bold;
}

size_t
render_width (void)
{
  return wrap_width;
}

static void
bold_on (void)
{
  if (use_bold)
    out_puts ("\033[1m");
}

static void
bold_off (void)
{
  if (use_bold)
    out_puts ("\033[0m");
}

void
render_heading (const char *text)
{
  bold_on ();
  out_puts (text);
  bold_off ();
  out_putc ('\n');
}

void
render_paragraph (const char *text, size_t indent)
{
  text_wrap (text, indent, wrap_width);
}

void
render_section (const char *heading, const char *text)
{
  out_putc ('\n');
  render_heading (heading);
  render_paragraph (text, INDENT);
}

void
render_facts (const char *const *labels, const char *const *values)
{
  size_t widest = 0;
  char label[128];
  for (size_t i = 0; labels[i]; i++)
    {
      /* TRANSLATORS: a label and the colon after it, as in "Class:".  */
      snprintf (label, sizeof label, _("%s:"), labels[i]);
      size_t w = text_width (label, strlen (label));
      if (w > widest)
        widest = w;
    }
  for (size_t i = 0; labels[i]; i++)
    {
      snprintf (label, sizeof label, _("%s:"), labels[i]);
      size_t column = INDENT + widest + 1;
      size_t pad = column - INDENT - text_width (label, strlen (label));
      out_printf ("%*s%s%*s", INDENT, "", label, (int) pad, "");
      text_wrap_from (values[i], column, column, wrap_width);
    }
}

/* SHOWN and TITLE, the title wrapped with its later lines under its first
   character, in bold when asked; the line starts at column INDENT.  */
static void
code_and_title (size_t indent, const char *shown, const char *title, bool bold)
{
  const char *on = bold && use_bold ? "\033[1m" : "", *off = bold && use_bold ? "\033[0m" : "";
  size_t column = indent + text_width (shown, strlen (shown)) + 2;
  for (size_t k = 0; k < indent; k++)
    out_putc (' ');
  out_puts (on);
  out_puts (shown);
  out_puts ("  ");
  text_wrap_styled (title, column, column, wrap_width, on, off);
}

void
render_title (const char *shown, const char *title)
{
  code_and_title (0, shown, title, true);
}

void
render_entry (const struct code_entry *entry, const char *shown, int cls)
{
  char class_text[256], area[256], stages[512], actors[512], used_with[256];
  const char *labels[8], *values[8];
  size_t n = 0;
  bool enhanced = codekey_kind (entry->key) == CODEKEY_ENHANCED;

  facts_class (entry, cls, class_text, sizeof class_text);
  facts_area (entry, area, sizeof area);
  facts_stages (entry->stages, stages, sizeof stages);
  facts_actors (entry->actors, actors, sizeof actors);

  render_title (shown, _(codedb_text (entry->title)));
  labels[n] = _("Class"), values[n++] = class_text;
  labels[n] = _("About"), values[n++] = area;
  labels[n] = _("Retry"), values[n++] = facts_retry (facts_class_digit (entry, cls));
  labels[n] = _("Stage"), values[n++] = stages;
  labels[n] = _("Who acts"), values[n++] = actors;
  labels[n] = _("Standing"), values[n++] = facts_standing (entry->standing);
  if (enhanced)
    {
      facts_basic_codes (entry, used_with, sizeof used_with);
      labels[n] = _("Basic codes"), values[n++] = used_with;
    }
  labels[n] = NULL, values[n] = NULL;
  render_facts (labels, values);

  render_section (_("Description"), _(codedb_text (entry->description)));
  render_section (_("When it occurs"), _(codedb_text (entry->when)));
  render_section (_("How to fix"), _(codedb_text (entry->fix)));

  out_putc ('\n');
  render_heading (_("Learn more"));
  render_paragraph (codedb_text (entry->refs), INDENT);
  if (codedb_text (entry->related)[0])
    {
      char list[512], related[640];
      facts_related (entry, list, sizeof list);
      snprintf (related, sizeof related, _("Related codes: %s"), list);
      render_paragraph (related, INDENT);
    }
}

void
render_vendor_entry (const struct vendor_entry *e, const char *shown)
{
  const char *labels[8], *values[8];
  size_t n = 0;
  const char *basic = codedb_text (e->basic);
  render_title (shown, _(codedb_text (e->title)));
  labels[n] = _("Provider"), values[n++] = vendor_provider (e);
  labels[n] = _("Standing"), values[n++] = facts_standing (STANDING_VENDOR_SPECIFIC);
  if (e->kind == VENDOR_RANGE)
    labels[n] = _("Range"), values[n++] = codedb_text (e->key);
  if (vendor_class_digit (e))
    labels[n] = _("Retry"), values[n++] = facts_retry (vendor_class_digit (e));
  if (strcmp (basic, "none") != 0)
    labels[n] = _("Basic codes"), values[n++] = basic;
  if (codedb_text (e->match)[0])
    labels[n] = _("When the reply says"), values[n++] = codedb_text (e->match);
  labels[n] = _("Source"), values[n++] = facts_confidence (e->confidence);
  labels[n] = NULL, values[n] = NULL;
  render_facts (labels, values);
  render_section (_("Description"), _(codedb_text (e->description)));
  render_section (_("When it occurs"), _(codedb_text (e->when)));
  render_section (_("How to fix"), _(codedb_text (e->fix)));
  out_putc ('\n');
  render_heading (_("Learn more"));
  render_paragraph (codedb_text (e->refs), INDENT);
}

/* The section listing providers' own uses of a registered code.  */
static void
render_vendor_uses (const struct vendor_entry *const *uses, size_t n)
{
  if (n == 0)
    return;
  out_putc ('\n');
  render_heading (_("Providers' own uses"));
  for (size_t i = 0; i < n; i++)
    {
      char line[1024];
      const char *match = codedb_text (uses[i]->match);
      if (match[0])
        /* TRANSLATORS: provider, its key, its title, the reply's words that
           tell it apart.  */
        snprintf (line, sizeof line, _("%s, %s: %s (when the reply says \"%s\")"),
                  vendor_provider (uses[i]), codedb_text (uses[i]->key),
                  _(codedb_text (uses[i]->title)), match);
      else
        /* TRANSLATORS: provider, its key, its title.  */
        snprintf (line, sizeof line, _("%s, %s: %s"), vendor_provider (uses[i]),
                  codedb_text (uses[i]->key), _(codedb_text (uses[i]->title)));
      text_wrap (line, INDENT, wrap_width);
    }
}

static void
render_class_part (const struct class_entry *c, const char *missing)
{
  out_putc ('\n');
  if (c == NULL)
    {
      render_paragraph (missing, INDENT);
      return;
    }
  char heading[256];
  snprintf (heading, sizeof heading, "%s  %s", c->code, _(codedb_text (c->title)));
  render_heading (heading);
  render_paragraph (_(codedb_text (c->description)), INDENT);
}

void
render_unregistered_basic (int basic)
{
  char shown[8], text[512];
  snprintf (shown, sizeof shown, "%d", basic);
  render_title (shown, _("Not a registered reply code"));
  if (codedb_vendor_has_basic (basic))
    snprintf (text, sizeof text,
              _("No RFC defines %s, but some mail providers send it with a meaning "
                "of their own. Its digits say what kind of reply it is:"), shown);
  else
    snprintf (text, sizeof text,
              _("No RFC defines %s, and it is not one of the non-standard codes "
                "servers are known to send. Its digits still say what kind of "
                "reply it is:"), shown);
  render_paragraph (text, INDENT);
  render_class_part (facts_first_digit (basic), "");
  snprintf (text, sizeof text,
            _("x%dx: RFC 5321 gives no meaning to %d as the second digit."),
            basic / 10 % 10, basic / 10 % 10);
  render_class_part (facts_second_digit (basic), text);
}

void
render_unregistered_enhanced (const struct smtp_code *code)
{
  char shown[16], text[512];
  code_format_enhanced (code, shown, sizeof shown);
  render_title (shown, _("Not a registered enhanced status code"));
  snprintf (text, sizeof text,
            _("%s is well formed, but the IANA registry of enhanced status codes "
              "does not list it. Its class and subject still say what kind of "
              "status it is:"), shown);
  render_paragraph (text, INDENT);
  if (code->enhanced_class)
    render_class_part (facts_enhanced_class (code->enhanced_class), "");
  snprintf (text, sizeof text,
            _("X.%d.X: RFC 3463 defines no subject %d."), code->subject, code->subject);
  render_class_part (facts_subject (code->subject), text);
}

/* CODE's meaning from providers' entries E, then what its digits say.  */
static void
render_vendor_code (const struct smtp_code *code, const struct vendor_entry *const *e,
                    size_t n)
{
  char shown[32], text[512];
  code_format (code, shown, sizeof shown);
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0)
        out_putc ('\n');
      render_vendor_entry (e[i], shown);
    }
  code_format_enhanced (code, shown, sizeof shown);
  out_putc ('\n');
  snprintf (text, sizeof text,
            _("%s is a provider's own code: the IANA registry does not list it. "
              "Its class and subject say:"), shown);
  render_paragraph (text, 0);
  if (code->enhanced_class)
    render_class_part (facts_enhanced_class (code->enhanced_class), "");
  snprintf (text, sizeof text,
            _("X.%d.X: RFC 3463 defines no subject %d."), code->subject, code->subject);
  render_class_part (facts_subject (code->subject), text);
}

bool
render_token (const char *token)
{
  const struct vendor_entry *e[VENDOR_MAX];
  size_t n = vendor_token (token, e);
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0)
        out_putc ('\n');
      render_vendor_entry (e[i], codedb_text (e[i]->key));
    }
  return n > 0;
}

bool
render_lookup (const struct smtp_code *code)
{
  bool registered = true;
  char shown[16];
  const struct vendor_entry *vendor[VENDOR_MAX];
  size_t nvendor = vendor_meaning (code, vendor);
  if (nvendor)
    {
      render_vendor_code (code, vendor, nvendor);
      return true;
    }

  if (code_has_basic (code))
    {
      const struct code_entry *entry = codedb_find (code_basic_key (code));
      code_format_basic (code, shown, sizeof shown);
      if (entry)
        render_entry (entry, shown, 0);
      else
        {
          render_unregistered_basic (code->basic);
          registered = false;
        }
    }
  if (code_has_enhanced (code))
    {
      const struct code_entry *entry = codedb_find (code_enhanced_key (code));
      if (code_has_basic (code))
        out_putc ('\n');
      code_format_enhanced (code, shown, sizeof shown);
      if (entry)
        render_entry (entry, shown, code->enhanced_class);
      else
        {
          render_unregistered_enhanced (code);
          registered = false;
        }
    }
  render_vendor_uses (vendor, vendor_uses (code, vendor));
  char note[1024];
  facts_pair_note (code, note, sizeof note);
  if (note[0])
    {
      out_putc ('\n');
      bold_on ();
      render_paragraph (note, 0);
      bold_off ();
    }
  return registered;
}

bool
render_brief (const struct smtp_code *code, const char *token, size_t indent)
{
  char shown[32], titles[1024];
  const struct vendor_entry *e[VENDOR_MAX];
  size_t n = token ? vendor_token (token, e) : vendor_meaning (code, e);
  if (n == 0)
    {
      bool registered = facts_titles (code, titles, sizeof titles);
      code_format (code, shown, sizeof shown);
      code_and_title (indent, shown, titles, false);
      return registered;
    }
  for (size_t i = 0; i < n; i++)
    {
      if (token)
        snprintf (shown, sizeof shown, "%s", codedb_text (e[i]->key));
      else
        code_format (code, shown, sizeof shown);
      /* TRANSLATORS: a provider's title for a code, and the provider.  */
      snprintf (titles, sizeof titles, _("%s (%s)"), _(codedb_text (e[i]->title)),
                vendor_provider (e[i]));
      code_and_title (indent, shown, titles, false);
    }
  return true;
}
