/* SPDX-License-Identifier: GPL-3.0-or-later */
/* render.c -- printing code entries for people.  */

#include <config.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "i18n.h"
#include "out.h"
#include "render.h"
#include "text.h"
#include "vendor.h"
#include "xalloc.h"

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

/* Paragraphs and titles wrapped already, with the bytes written for
   them: explain prints the same few (a cause's page, a provider's
   advice, a code's titles) for many findings.  Found by their text
   (often in a buffer of the caller's, so compared, not by its address),
   indent and width; once a store is full, nothing more is kept.  Kept
   only when render_keep_wrapped asked, in a store of each thread's own,
   made on its first use and freed when the thread ends.  */
enum { WRAPPED_MAX = 512, WRAPPED_BYTES = 262144, WRAPPED_HEADS = 256 };
enum wrapped_kind { PARAGRAPH, TITLE };
struct wrapped_store
{
  struct
  {
    enum wrapped_kind kind;
    size_t key, key_len, out, out_len, indent, width;
    int next;                   /* the entry before it with its head */
  } entries[WRAPPED_MAX];
  int heads[WRAPPED_HEADS];     /* 1 + the last entry of each */
  size_t n, used;
  char bytes[WRAPPED_BYTES];
};
static bool keeping, store_key_made;
static pthread_key_t store_key;
static pthread_once_t store_once = PTHREAD_ONCE_INIT;

void
render_keep_wrapped (void)
{
  keeping = true;
}

static void
make_store_key (void)
{
  store_key_made = pthread_key_create (&store_key, free) == 0;
}

/* This thread's store, or NULL when nothing is kept.  */
static struct wrapped_store *
wrapped_store (void)
{
  if (!keeping)
    return NULL;
  pthread_once (&store_once, make_store_key);
  if (!store_key_made)
    return NULL;
  struct wrapped_store *w = pthread_getspecific (store_key);
  if (w == NULL)
    {
      /* Only the heads need clearing: an entry is read once made.  */
      w = xmalloc (sizeof *w);
      memset (w->heads, 0, sizeof w->heads);
      w->n = w->used = 0;
      if (pthread_setspecific (store_key, w) != 0)
        {
          free (w);
          return NULL;
        }
    }
  return w;
}

/* The head of the entries for KEY (LEN bytes) at INDENT: by its length
   and its bytes at both ends, which is enough to tell most apart.  */
static size_t
wrapped_head (const char *key, size_t len, size_t indent)
{
  size_t h = len * 31 + indent;
  for (size_t i = 0; i < len && i < 16; i++)
    h = h * 31 + (unsigned char) key[i] + (unsigned char) key[len - 1 - i];
  return h % WRAPPED_HEADS;
}

/* Writes again what W kept for KEY (LEN bytes) of KIND at INDENT; false
   when nothing was.  */
static bool
write_kept (struct wrapped_store *w, enum wrapped_kind kind, const char *key, size_t len,
            size_t indent)
{
  if (w == NULL)
    return false;
  for (int i = w->heads[wrapped_head (key, len, indent)] - 1; i >= 0; i = w->entries[i].next)
    if (w->entries[i].kind == kind && w->entries[i].key_len == len
        && w->entries[i].indent == indent && w->entries[i].width == wrap_width
        && memcmp (w->bytes + w->entries[i].key, key, len) == 0)
      {
        out_write (w->bytes + w->entries[i].out, w->entries[i].out_len);
        return true;
      }
  return false;
}

/* Keeps in W what was written since MARK for KEY (LEN bytes) of KIND at
   INDENT.  */
static void
keep_wrapped (struct wrapped_store *w, enum wrapped_kind kind, const char *key, size_t len,
              size_t indent, struct out_mark mark)
{
  const char *out;
  size_t out_len = out_since (mark, &out);
  if (w == NULL || out_len == 0 || w->n == WRAPPED_MAX
      || len + out_len > WRAPPED_BYTES - w->used)
    return;
  size_t head = wrapped_head (key, len, indent), n = w->n++;
  w->entries[n].kind = kind;
  w->entries[n].key = w->used;
  w->entries[n].key_len = len;
  memcpy (w->bytes + w->used, key, len);
  w->used += len;
  w->entries[n].out = w->used;
  w->entries[n].out_len = out_len;
  memcpy (w->bytes + w->used, out, out_len);
  w->used += out_len;
  w->entries[n].indent = indent;
  w->entries[n].width = wrap_width;
  w->entries[n].next = w->heads[head] - 1;
  w->heads[head] = (int) n + 1;
}

void
render_paragraph (const char *text, size_t indent)
{
  struct wrapped_store *w = wrapped_store ();
  size_t len = strlen (text);
  if (write_kept (w, PARAGRAPH, text, len, indent))
    return;
  struct out_mark mark = out_mark ();
  text_wrap (text, indent, wrap_width);
  keep_wrapped (w, PARAGRAPH, text, len, indent, mark);
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
  /* Kept like a paragraph (explain writes the same codes again and
     again), by SHOWN, TITLE and the style; a key too long is not.  */
  char key[1024];
  struct wrapped_store *w = wrapped_store ();
  size_t shown_len = strlen (shown), title_len = strlen (title), len = shown_len + title_len + 2;
  bool keep = w && len <= sizeof key;
  if (keep)
    {
      memcpy (key, shown, shown_len);
      key[shown_len] = '\n';
      memcpy (key + shown_len + 1, title, title_len);
      key[len - 1] = *on ? 'b' : '-';
      if (write_kept (w, TITLE, key, len, indent))
        return;
    }
  struct out_mark mark = out_mark ();
  size_t column = indent + text_width (shown, shown_len) + 2;
  for (size_t k = 0; k < indent; k++)
    out_putc (' ');
  out_puts (on);
  out_puts (shown);
  out_puts ("  ");
  text_wrap_styled (title, column, column, wrap_width, on, off);
  if (keep)
    keep_wrapped (w, TITLE, key, len, indent, mark);
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
