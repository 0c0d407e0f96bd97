/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json.c -- the --json output of every command: each command's objects
   are written here and nowhere else.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "compare.h"
#include "facts.h"
#include "i18n.h"
#include "json.h"
#include "out.h"
#include "text.h"
#include "vendormatch.h"
#include "vendor.h"

void
json_string (const char *s, size_t n)
{
  out_putc ('"');
  while (n > 0)
    {
      unsigned c;
      size_t len = text_decode (s, n, &c);
      if (c == 0xFFFD && len == 1)
        out_puts ("\\uFFFD");
      else if (c == '"' || c == '\\')
        {
          out_putc ('\\');
          out_putc ((char) c);
        }
      else if (c == '\n')
        out_puts ("\\n");
      else if (c < 0x20 || c == 0x7F)
        out_printf ("\\u%04X", c);
      else
        out_write (s, len);
      s += len;
      n -= len;
    }
  out_putc ('"');
}

static void
json_text (const char *s)
{
  if (s == NULL)
    out_puts ("null");
  else
    json_string (s, strlen (s));
}

static void
json_key (const char *key)
{
  json_text (key);
  out_putc (':');
}

/* A list of items separated by SEPARATOR (and spaces) as an array.  */
static void
json_words (const char *list, char separator)
{
  bool first = true;
  out_putc ('[');
  for (const char *p = list; *p;)
    {
      while (*p == ' ' || *p == separator)
        p++;
      const char *end = p;
      while (*end && *end != separator)
        end++;
      size_t len = (size_t) (end - p);
      while (len > 0 && p[len - 1] == ' ')
        len--;
      if (len > 0)
        {
          if (!first)
            out_putc (',');
          json_string (p, len);
          first = false;
        }
      p = end;
    }
  out_putc (']');
}

static void
json_bits (unsigned bits, unsigned count, const char *(*name) (unsigned))
{
  bool first = true;
  out_putc ('[');
  for (unsigned i = 0; i < count; i++)
    if (bits & (1u << i))
      {
        if (!first)
          out_putc (',');
        json_text (name (1u << i));
        first = false;
      }
  out_putc (']');
}

static void
json_field (const char *key, const char *value)
{
  out_putc (',');
  json_key (key);
  json_text (value);
}

static void
json_entry (const struct code_entry *entry, const char *shown, int cls)
{
  char buf[512];
  out_putc ('{');
  json_key ("code");
  json_text (shown);
  out_puts (",\"registered\":true");
  json_field ("title", _(codedb_text (entry->title)));
  json_field ("gist", _(codedb_text (entry->gist)));
  facts_class (entry, cls, buf, sizeof buf);
  json_field ("class", buf);
  facts_area (entry, buf, sizeof buf);
  json_field ("about", buf);
  json_field ("retry", facts_retry (facts_class_digit (entry, cls)));
  out_puts (",\"stages\":");
  json_bits (entry->stages, STAGE_COUNT, codedb_stage_name);
  out_puts (",\"actors\":");
  json_bits (entry->actors, ACTOR_COUNT, codedb_actor_name);
  json_field ("standing", codedb_standing_name (entry->standing));
  if (codekey_kind (entry->key) == CODEKEY_ENHANCED)
    {
      out_puts (",\"basic_codes\":");
      json_words (codedb_text (entry->basic), ' ');
    }
  json_field ("description", _(codedb_text (entry->description)));
  json_field ("when", _(codedb_text (entry->when)));
  json_field ("fix", _(codedb_text (entry->fix)));
  json_field ("send", _(codedb_text (entry->send)));
  json_field ("client", _(codedb_text (entry->client)));
  out_puts (",\"references\":");
  json_words (codedb_text (entry->refs), ';');
  out_puts (",\"related\":");
  json_words (codedb_text (entry->related), ' ');
  out_putc ('}');
}

static void
json_vendor_entry (const struct vendor_entry *e)
{
  out_putc ('{');
  json_key ("provider");
  json_text (codedb_provider_name (e->provider));
  json_field ("name", vendor_provider (e));
  json_field ("key", codedb_text (e->key));
  json_field ("standing", codedb_standing_name (STANDING_VENDOR_SPECIFIC));
  out_puts (",\"basic_codes\":");
  json_words (codedb_text (e->basic), ' ');
  out_puts (",\"match\":");
  json_words (codedb_text (e->match), '|');
  json_field ("title", _(codedb_text (e->title)));
  json_field ("description", _(codedb_text (e->description)));
  json_field ("when", _(codedb_text (e->when)));
  json_field ("fix", _(codedb_text (e->fix)));
  out_puts (",\"references\":");
  json_words (codedb_text (e->refs), ';');
  json_field ("confidence", codedb_confidence_name (e->confidence));
  out_putc ('}');
}

/* The "vendor" key of a lookup: providers' entries that give the query
   its meaning, or their own uses of a registered code; none, no key.  */
static void
json_vendor (const struct vendor_entry *const *e, size_t n)
{
  if (n == 0)
    return;
  out_puts (",\"vendor\":[");
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0)
        out_putc (',');
      json_vendor_entry (e[i]);
    }
  out_putc (']');
}

static void
json_class (const char *key, const struct class_entry *c)
{
  out_putc (',');
  json_key (key);
  if (c == NULL)
    {
      out_puts ("null");
      return;
    }
  out_puts ("{\"code\":");
  json_text (c->code);
  json_field ("title", _(codedb_text (c->title)));
  json_field ("description", _(codedb_text (c->description)));
  out_putc ('}');
}

static void
json_unregistered (const struct smtp_code *part)
{
  char shown[16];
  code_format (part, shown, sizeof shown);
  out_puts ("{\"code\":");
  json_text (shown);
  out_puts (",\"registered\":false");
  if (code_has_basic (part))
    {
      json_class ("class", facts_first_digit (part->basic));
      json_class ("about", facts_second_digit (part->basic));
    }
  else
    {
      json_class ("class", part->enhanced_class
                  ? facts_enhanced_class (part->enhanced_class) : NULL);
      json_class ("about", facts_subject (part->subject));
    }
  out_putc ('}');
}

static void
json_part (const struct smtp_code *part)
{
  char shown[16];
  long key = code_has_basic (part) ? code_basic_key (part) : code_enhanced_key (part);
  const struct code_entry *entry = codedb_find (key);
  code_format (part, shown, sizeof shown);
  if (entry)
    json_entry (entry, shown, code_has_basic (part) ? 0 : part->enhanced_class);
  else
    json_unregistered (part);
}

/* The "codes" of one query: its basic and enhanced parts.  */
static bool
json_parts (const struct smtp_code *code)
{
  bool registered = true;
  if (code_has_basic (code))
    {
      struct smtp_code part = { .basic = code->basic, .enhanced_class = -1 };
      json_part (&part);
      registered = registered && codedb_find (code_basic_key (&part));
    }
  if (code_has_enhanced (code))
    {
      struct smtp_code part = *code;
      part.basic = 0;
      if (code_has_basic (code))
        out_putc (',');
      json_part (&part);
      registered = registered && codedb_find (code_enhanced_key (&part));
    }
  return registered;
}

void
json_lookup (const struct smtp_code *codes, const char *const *tokens, size_t n)
{
  out_putc ('[');
  for (size_t i = 0; i < n; i++)
    {
      char shown[32], note[1024];
      const struct vendor_entry *vendor[VENDOR_MAX];
      const char *token = tokens ? tokens[i] : NULL;
      if (token)
        snprintf (shown, sizeof shown, "%s", token);
      else
        code_format (&codes[i], shown, sizeof shown);
      out_puts (i ? ",\n{" : "{");
      json_key ("query");
      json_text (shown);
      out_puts (",\"codes\":[");
      bool registered = !token && json_parts (&codes[i]);
      out_puts ("],\"registered\":");
      out_puts (registered ? "true" : "false");
      bool warning = !token && facts_pair_note (&codes[i], note, sizeof note);
      json_field ("warning", warning ? note : NULL);
      json_field ("note", !token && !warning && note[0] ? note : NULL);
      size_t nvendor = token ? vendor_token (token, vendor) : vendor_meaning (&codes[i], vendor);
      if (!token && nvendor == 0)
        nvendor = vendor_uses (&codes[i], vendor);
      json_vendor (vendor, nvendor);
      out_putc ('}');
    }
  out_puts ("]\n");
}

void
json_vendor_list (const struct vendor_entry *const *entries, size_t n)
{
  out_putc ('[');
  for (size_t i = 0; i < n; i++)
    {
      out_puts (i ? ",\n" : "");
      json_vendor_entry (entries[i]);
    }
  out_puts ("]\n");
}

void
json_providers (void)
{
  out_putc ('[');
  for (size_t i = 0; i < codedb_provider_count; i++)
    {
      const struct provider_entry *p = &codedb_providers[i];
      out_puts (i ? ",\n{" : "{");
      json_key ("provider");
      json_text (codedb_provider_name (p->provider));
      json_field ("name", _(codedb_provider_shown (p->provider)));
      out_printf (",\"codes\":%zu", p->count);
      json_field ("checked", codedb_text (p->checked));
      out_puts (",\"signatures\":");
      json_words (codedb_text (p->signatures), '|');
      out_puts (",\"references\":");
      json_words (codedb_text (p->refs), ';');
      out_putc ('}');
    }
  out_puts ("]\n");
}

void
json_list (const struct code_entry *const *entries, size_t n, int cls)
{
  json_search (entries, n, cls, NULL, 0, NULL, 0);
}

void
json_search (const struct code_entry *const *entries, size_t n, int cls,
             const struct vendor_entry *const *vendors, size_t nvendors,
             const struct cause_entry *const *causes, size_t ncauses)
{
  out_putc ('[');
  for (size_t i = 0; i < n; i++)
    {
      char shown[16];
      codedb_format (entries[i], cls, shown, sizeof shown);
      out_puts (i ? ",\n{\"code\":" : "{\"code\":");
      json_text (shown);
      json_field ("title", _(codedb_text (entries[i]->title)));
      out_putc ('}');
    }
  for (size_t i = 0; i < nvendors; i++)
    {
      out_puts (n + i ? ",\n{\"code\":" : "{\"code\":");
      json_text (codedb_text (vendors[i]->key));
      json_field ("title", _(codedb_text (vendors[i]->title)));
      out_puts (",\"vendor\":");
      json_vendor_entry (vendors[i]);
      out_putc ('}');
    }
  for (size_t i = 0; i < ncauses; i++)
    json_cause_line (causes[i], n + nvendors + i == 0);
  out_puts ("]\n");
}

/* The "vendor" key of a finding: the provider M recognized in the reply,
   what told it, and its entry that explains the reply or null; no key
   when M is NULL.  */
static void
json_vendor_match (const struct vendor_match *m)
{
  if (m == NULL)
    return;
  out_puts (",\"vendor\":{");
  json_key ("provider");
  json_text (codedb_provider_name (m->provider));
  json_field ("name", _(codedb_provider_shown (m->provider)));
  out_puts (",\"recognized_by\":");
  json_string (m->evidence, m->evidence_len);
  out_puts (",\"entry\":");
  if (m->entry)
    json_vendor_entry (m->entry);
  else
    out_puts ("null");
  out_putc ('}');
}

void
json_cause_line (const struct cause_entry *entry, bool first)
{
  out_puts (first ? "{\"cause\":" : ",\n{\"cause\":");
  json_text (codedb_cause_name (entry->cause));
  json_field ("title", _(codedb_text (entry->title)));
  out_putc ('}');
}

void
json_cause (const struct cause_entry *entry, bool first, bool last)
{
  out_puts (first ? "[{\"cause\":" : ",\n{\"cause\":");
  json_text (codedb_cause_name (entry->cause));
  json_field ("title", _(codedb_text (entry->title)));
  out_puts (",\"actors\":");
  json_bits (entry->actors, ACTOR_COUNT, codedb_actor_name);
  json_field ("retry", codedb_retry_name (entry->retry));
  json_field ("codes", codedb_text (entry->codes));
  json_field ("description", _(codedb_text (entry->description)));
  json_field ("when", _(codedb_text (entry->when)));
  json_field ("fix", _(codedb_text (entry->fix)));
  out_puts (last ? "}]\n" : "}");
}

/* The keys of a finding in which VENDOR (or NULL) was recognized,
   without the closing brace.  */
static void
finding_keys (const char *file, const struct explain_finding *f,
              const struct vendor_match *vendor)
{
  char shown[32], basic[8], enhanced[16], title[1024] = "", note[1024];
  /* A bounce may tell a failure in words alone: no code, no title.  */
  bool coded = code_has_basic (&f->code) || code_has_enhanced (&f->code);
  code_format (&f->code, shown, sizeof shown);
  code_format_basic (&f->code, basic, sizeof basic);
  code_format_enhanced (&f->code, enhanced, sizeof enhanced);
  if (coded)
    facts_titles (&f->code, title, sizeof title);
  bool warning = coded && facts_pair_note (&f->code, note, sizeof note);

  out_putc ('{');
  if (file)
    {
      json_key ("file");
      json_text (file);
      out_putc (',');
    }
  out_printf ("\"line\":%lu,", f->line);
  json_key ("code");
  json_text (coded ? shown : NULL);
  json_field ("basic", code_has_basic (&f->code) ? basic : NULL);
  json_field ("enhanced", code_has_enhanced (&f->code) ? enhanced : NULL);
  json_field ("command", f->command[0] ? f->command : NULL);
  out_putc (',');
  json_key ("text");
  json_string (f->text, f->text_len);
  json_field ("title", coded ? title : NULL);
  json_field ("warning", warning ? note : NULL);
  json_vendor_match (vendor);
}

void
json_finding (const char *file, const struct explain_finding *f,
              const struct vendor_match *vendor, enum cause cause)
{
  finding_keys (file, f, vendor);
  json_field ("cause", codedb_cause_name (cause));
  out_puts ("}\n");
}

void
json_bounce (const char *file, const struct bounce_finding *b)
{
  char status[16];
  finding_keys (file, &b->reply, b->vendor);
  out_printf (",\"message\":%lu", b->message);
  json_field ("recipient", b->recipient[0] ? b->recipient : NULL);
  json_field ("action", b->action[0] ? b->action : NULL);
  code_format_enhanced (&b->status, status, sizeof status);
  json_field ("status", code_has_enhanced (&b->status) ? status : NULL);
  json_field ("remote", b->remote[0] ? b->remote : NULL);
  json_field ("cause", codedb_cause_name (b->cause));
  /* Every other code reported for the recipient, each as "code" is.  */
  out_puts (",\"others\":[");
  for (size_t i = 0; i < b->nothers; i++)
    {
      char shown[32];
      code_format (&b->others[i], shown, sizeof shown);
      out_puts (i ? ",{" : "{");
      json_key ("code");
      json_text (shown);
      out_putc ('}');
    }
  out_puts ("]}\n");
}

void
json_tally (const struct tally *t, const char *title)
{
  out_puts ("{\"code\":");
  json_text (t->code);
  out_printf (",\"count\":%lu", t->count);
  json_field ("title", title);
  out_puts ("}\n");
}

void
json_compare (const struct comparison *c)
{
  out_putc ('{');
  json_key ("summary");
  json_text (c->summary);
  out_puts (",\"codes\":[");
  for (size_t i = 0; i < c->n; i++)
    {
      const struct compare_item *it = &c->items[i];
      if (i)
        out_putc (',');
      if (it->entry)
        json_entry (it->entry, it->shown, it->class_digit);
      else
        json_unregistered (&it->code);
    }
  out_puts ("],\"differences\":[");
  for (size_t i = 0; i < c->differences.count; i++)
    {
      if (i)
        out_putc (',');
      json_text (c->differences.text[i]);
    }
  out_puts ("],\"when_to_use\":[");
  for (size_t i = 0; i < c->uses.count; i++)
    {
      out_puts (i ? ",{\"code\":" : "{\"code\":");
      json_text (c->items[i].shown);
      out_puts (",\"text\":");
      json_text (c->uses.text[i]);
      out_putc ('}');
    }
  out_puts ("]}\n");
}

void
json_cause_tally (const char *cause, unsigned long count, const char *title)
{
  out_puts ("{\"cause\":");
  json_text (cause);
  out_printf (",\"count\":%lu", count);
  json_field ("title", title);
  out_puts ("}\n");
}
