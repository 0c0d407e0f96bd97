/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_explain.c -- the explain command: the SMTP replies found in files,
   standard input or -e TEXT, each with its explanation, or a summary.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bounce.h"
#include "cause.h"
#include "causepage.h"
#include "cli.h"
#include "code.h"
#include "codedb.h"
#include "diag.h"
#include "explain.h"
#include "facts.h"
#include "i18n.h"
#include "json.h"
#include "message.h"
#include "out.h"
#include "progress.h"
#include "render.h"
#include "scanchar.h"
#include "summary.h"
#include "tally.h"
#include "text.h"
#include "utf16.h"
#include "vendormatch.h"
#include "xalloc.h"

#define BAR_WIDTH 30

struct explain_run
{
  const struct cli_options *options;
  const char *file;             /* named in the output, or NULL */
  unsigned long printed;
  struct tally_table counts;    /* for --summary */
  unsigned long causes[CAUSE_COUNT]; /* for --summary --by=cause */
  bool mail;                    /* some input was read as mail */
  /* The causes of replies counted without words or command (a log's,
     read for its codes only), which their codes alone decide: a log
     repeats a few codes, and the decision is not cheap.  */
  struct wordless_cause
  {
    struct smtp_code code;
    int cause;                  /* -1: none yet */
  } wordless[32];
  /* For --summary --by=cause: a reply with an enhanced code and no words
     (a report's "Status: 5.7.1") whose cause waits for the next finding,
     and the last finding with words.  A report gives the failure's code
     again beside the reply that says why (its Diagnostic-Code): the
     same code a few lines away is that failure, not another of its
     own that its code alone would name.  */
  struct near_reply
  {
    struct smtp_code code;
    unsigned long line;
    int cause;                  /* -1: none */
  } pending, worded;
  /* For --json: the reply that waits, shown once its cause is known, and
     its marks (a record's quote and comma).  */
  struct explain_finding held;
  char held_text[64];
};

/* Whether --summary counts by cause: as asked, or by default for mail,
   whose failed recipients are counted, and not for logs, whose replies
   are.  */
static bool
by_cause (const struct explain_run *run)
{
  return run->options->by == BY_CAUSE || (run->options->by == BY_DEFAULT && run->mail);
}

/* The provider M recognized in the reply CODE (none when M is NULL), and
   its meaning.
   Returns true when that meaning stands for the registry's: the reply's
   enhanced code is the provider's own, and the registry's line would only
   name whichever provider's entry comes first.  */
static bool
print_vendor (const struct vendor_match *m, const struct smtp_code *code)
{
  if (m == NULL)
    return false;
  out_printf (_("  Provider: %s (recognized by \"%.*s\")\n"),
              _(codedb_provider_shown (m->provider)), (int) m->evidence_len, m->evidence);
  if (m->entry == NULL)
    return false;
  out_printf (_("  %s  %s (the provider's own meaning)\n"), codedb_text (m->entry->key),
              _(codedb_text (m->entry->title)));
  render_paragraph (_(codedb_text (m->entry->fix)), 4);
  return code_has_enhanced (code) && codedb_find (code_enhanced_key (code)) == NULL;
}

/* The provider recognized in F, a reply found in text, into M; NULL when
   none is.  */
static const struct vendor_match *
text_vendor (const struct explain_finding *f, struct vendor_match *m)
{
  return vendormatch_reply (&f->code, f->text, f->text_len, NULL, m) ? m : NULL;
}

/* The command a reply answered, as shown: the scanner names the end of
   the data in English and the greeting by its stage, CONNECT, the two
   names that are not command words.  */
static const char *
command_label (const char *command)
{
  if (strcmp (command, "CONNECT") == 0)
    /* TRANSLATORS: the server's greeting when the connection opens,
       which a reply answers: shown in " (in reply to %s)".  */
    return _("the greeting");
  /* TRANSLATORS: the final "." of DATA, which a reply answers: shown in
     " (in reply to %s)".  */
  return strcmp (command, "end of DATA") == 0 ? _("end of DATA") : command;
}

/* What a finding's code means: its whole page with --full, else its
   titles (unless a provider's entry said it already), then a note on an
   unusual pairing of its two codes.  */
static void
explain_code (const struct explain_run *run, const struct smtp_code *code, bool explained)
{
  char note[1024];
  if (run->options->full)
    {
      out_putc ('\n');
      render_lookup (code);
      return;
    }
  if (!explained)
    render_brief (code, NULL, 2);
  if (facts_pair_note (code, note, sizeof note))
    render_paragraph (note, 2);
}

static void
print_text (struct explain_run *run, const struct explain_finding *f)
{
  char shown[32];
  bool explained = false;
  code_format (&f->code, shown, sizeof shown);
  if (run->printed++ > 0)
    out_putc ('\n');
  if (run->file)
    {
      text_write_escaped (run->file, strlen (run->file));
      out_puts (", ");
    }
  out_printf (_("Line %lu: %s"), f->line, shown);
  if (f->command[0])
    out_printf (_(" (in reply to %s)"), command_label (f->command));
  out_putc ('\n');
  if (f->text_len > 0)
    {
      out_puts (_("  Server said: "));
      text_write_escaped (f->text, f->text_len);
      out_putc ('\n');
      struct vendor_match m;
      explained = print_vendor (text_vendor (f, &m), &f->code);
    }
  explain_code (run, &f->code, explained);
}

/* The cause of F, a reply found in text, in which VENDOR (or NULL) was
   recognized.  */
static enum cause
text_cause (const struct explain_finding *f, const struct vendor_match *vendor)
{
  return cause_of (vendor_match_cause (vendor), &f->code, f->command, f->text, f->text_len,
                   f->text, f->text_len);
}

/* The cause of CODE, a reply counted without words or command.  */
static enum cause
wordless_cause (struct explain_run *run, const struct smtp_code *code)
{
  unsigned slot = (unsigned) (code->basic * 7 + code->enhanced_class * 5 + code->subject * 3
                              + code->detail) % 32u;
  struct wordless_cause *w = &run->wordless[slot];
  if (w->cause < 0 || w->code.basic != code->basic || w->code.enhanced_class != code->enhanced_class
      || w->code.subject != code->subject || w->code.detail != code->detail)
    *w = (struct wordless_cause) { *code, (int) cause_of (-1, code, "", "", 0, "", 0) };
  return (enum cause) w->cause;
}

/* Whether the words S (N bytes) hold no letter: only marks, such as
   the quote and comma of a record's field after its code.  */
static bool
no_letters (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (is_alpha (s[i]) || (unsigned char) s[i] >= 0x80)
      return false;
  return true;
}

/* Whether a reply of CODE on line LINE restates the failure of NEAR: the
   same enhanced code, a few lines away.  */
static bool
restates (const struct near_reply *near, const struct smtp_code *code, unsigned long line)
{
  return near->cause >= 0 && code_has_enhanced (code) && code_same_enhanced (&near->code, code)
    && line - near->line <= 3;
}

/* Takes F, a reply found in text in which VENDOR (or NULL) was
   recognized, with CAUSE: counts it (--summary) or shows it (--json).  */
static void
take_cause (struct explain_run *run, const struct explain_finding *f,
            const struct vendor_match *vendor, int cause)
{
  if (run->options->summary)
    run->causes[cause]++;
  else
    json_finding (run->file, f, vendor, (enum cause) cause);
}

/* Takes the reply without words that waits, if any: by CAUSE, or by its
   own when CAUSE is -1.  */
static void
take_pending (struct explain_run *run, int cause)
{
  struct vendor_match m;
  if (run->pending.cause >= 0)
    take_cause (run, &run->held, text_vendor (&run->held, &m),
                cause >= 0 ? cause : run->pending.cause);
  run->pending.cause = -1;
}

/* Whether F, a reply found in text, is a code without words (a report's
   "Status: 5.7.1") that may wait for the reply beside it.  */
static bool
may_wait (const struct explain_run *run, const struct explain_finding *f)
{
  return !f->command[0] && no_letters (f->text, f->text_len) && code_has_enhanced (&f->code)
    && f->text_len <= sizeof run->held_text;
}

/* Takes F with its cause (counted by --summary --by=cause, shown by
   --json), a reply without words with the cause of the reply beside it
   that has words and the same enhanced code, before or after it.  */
static void
pair_cause (struct explain_run *run, const struct explain_finding *f)
{
  struct vendor_match m;
  const struct vendor_match *vendor = text_vendor (f, &m);
  int cause = (int) text_cause (f, vendor);
  if (may_wait (run, f))
    {
      take_pending (run, -1);
      if (restates (&run->worded, &f->code, f->line))
        take_cause (run, f, vendor, run->worded.cause);
      else
        {
          run->pending = (struct near_reply) { f->code, f->line, cause };
          run->held = *f;
          memcpy (run->held_text, f->text, f->text_len);
          run->held.text = run->held_text;
        }
      return;
    }
  take_pending (run, restates (&run->pending, &f->code, f->line) ? cause : -1);
  take_cause (run, f, vendor, cause);
  if (code_has_enhanced (&f->code))
    run->worded = (struct near_reply) { f->code, f->line, cause };
}

static void
on_finding (const struct explain_finding *f, void *data)
{
  struct explain_run *run = data;
  struct vendor_match m;
  if (run->options->summary)
    {
      tally_add (&run->counts, &f->code, 1);
      /* The provider's meaning counts only where causes are counted or
         shown, being slower to find than the rest.  */
      bool with_vendor = by_cause (run) || run->options->json;
      if (by_cause (run))
        pair_cause (run, f);
      else if (with_vendor || f->text_len > 0 || f->command[0])
        run->causes[text_cause (f, with_vendor ? text_vendor (f, &m) : NULL)]++;
      else
        run->causes[wordless_cause (run, &f->code)]++;
    }
  else if (run->options->json)
    pair_cause (run, f);
  else
    print_text (run, f);
}

/* S as text_write_escaped would write it, into BUF (SIZE bytes), cut if
   need be: control characters as \xHH, invalid UTF-8 as U+FFFD.  */
static void
escape_into (const char *s, char *buf, size_t size)
{
  size_t n = strlen (s), len = 0;
  for (size_t i = 0; i < n && len + 8 < size;)
    {
      /* Printable ASCII, most of an address, is copied as it is.  */
      if (s[i] >= 0x20 && s[i] < 0x7f)
        {
          buf[len++] = s[i++];
          continue;
        }
      unsigned cp;
      size_t k = text_decode (s + i, n - i, &cp);
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
        len += (size_t) snprintf (buf + len, size - len, "\\x%02X", cp);
      else if (cp == 0xfffd)
        len += (size_t) snprintf (buf + len, size - len, "\uFFFD");
      else
        {
          memcpy (buf + len, s + i, k);
          len += k;
        }
      i += k;
    }
  buf[len] = '\0';
}

/* The Action of a DSN as shown: the five of RFC 3464 translated, any
   other as it is.  */
static const char *
action_shown (const char *action)
{
  static const char *const actions[] = {
    /* TRANSLATORS: the Action of a recipient in a bounce (RFC 3464).  */
    N_("failed"), N_("delayed"), N_("delivered"), N_("relayed"), N_("expanded"),
  };
  for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
    if (strcmp (action, actions[i]) == 0)
      return _(actions[i]);
  return action;
}

/* "Message 3, to <bob@example.com>: failed, 550 5.1.1 (in reply to RCPT
   TO) -- userunknown".  */
static void
print_bounce_head (struct explain_run *run, const struct bounce_finding *b, bool coded)
{
  const struct explain_finding *f = &b->reply;
  char shown[32], recipient[1024], action[256];
  if (run->file)
    {
      text_write_escaped (run->file, strlen (run->file));
      out_puts (", ");
    }
  out_printf (_("Message %lu"), b->message);
  escape_into (b->recipient, recipient, sizeof recipient);
  escape_into (action_shown (b->action), action, sizeof action);
  if (recipient[0])
    out_printf (_(", to <%s>"), recipient);
  if (action[0])
    /* TRANSLATORS: the action after "Message 3, to <bob@example.com>",
       before the code: ": failed, 550 5.1.1".  */
    out_printf (_(": %s, "), action);
  else
    /* TRANSLATORS: before the code when no action is known: "Message 3,
       to <bob@example.com>: 550 5.1.1".  */
    out_puts (_(": "));
  code_format (&f->code, shown, sizeof shown);
  out_puts (coded ? shown : _("no code given"));
  if (f->command[0])
    out_printf (_(" (in reply to %s)"), command_label (f->command));
  out_printf (" \u2014 %s\n", codedb_cause_name (b->cause));
}

/* A failed recipient of a bounce: the head line, the other codes, the
   remote server, the server's words, and the explanation, led by the
   cause when the code says too little.  */
static void
print_bounce (struct explain_run *run, const struct bounce_finding *b)
{
  const struct explain_finding *f = &b->reply;
  const struct cause_entry *cause = codedb_cause (b->cause);
  char shown[32];
  bool coded = code_has_basic (&f->code) || code_has_enhanced (&f->code);
  bool explained = false;
  if (run->printed++ > 0)
    out_putc ('\n');
  print_bounce_head (run, b, coded);
  for (size_t i = 0; i < b->nothers; i++)
    {
      code_format (&b->others[i], shown, sizeof shown);
      out_printf (_("  Also reported: %s\n"), shown);
    }
  if (b->remote[0])
    {
      out_puts (_("  Remote server: "));
      text_write_escaped (b->remote, strlen (b->remote));
      out_putc ('\n');
    }
  if (f->text_len > 0)
    {
      out_puts (_("  Server said: "));
      text_write_escaped (f->text, f->text_len);
      out_putc ('\n');
      explained = coded && print_vendor (b->vendor, &f->code);
    }
  if (cause && (!coded || cause_leads (&f->code)))
    causepage_lead (cause);
  if (!coded)
    return;
  explain_code (run, &f->code, explained);
}

static void
on_bounce (const struct bounce_finding *b, void *data)
{
  struct explain_run *run = data;
  run->mail = true;
  /* A reply that waits comes before the message found after it.  */
  take_pending (run, -1);
  run->worded.cause = -1;
  if (run->options->summary)
    {
      /* A finding without a code is counted by cause only.  */
      if (code_has_basic (&b->reply.code) || code_has_enhanced (&b->reply.code))
        tally_add (&run->counts, &b->reply.code, 1);
      run->causes[b->cause]++;
    }
  else if (run->options->json)
    json_bounce (run->file, b);
  else
    print_bounce (run, b);
}

/* One line of a summary: COUNT, LABEL (WIDTH wide), a bar as long as
   COUNT is next to MOST, and TITLE.  */
static void
print_bar (unsigned long count, unsigned long most, const char *label, int label_width,
           const char *title)
{
  /* Block characters on a terminal; plain '#' in files and pipes, which
     may not be read as UTF-8.  */
  const char *block = isatty (STDOUT_FILENO) ? "\u2588" : "#";
  /* The counts line up under the largest, six digits wide at least.  */
  int width = 6;
  for (unsigned long m = most; m >= 1000000; m /= 10)
    width++;
  size_t bar = (size_t) ((count * BAR_WIDTH + most - 1) / most);
  out_printf ("%*lu  %-*s  ", width, count, label_width, label);
  for (size_t k = 0; k < BAR_WIDTH; k++)
    out_puts (k < bar ? block : " ");
  out_printf ("  %s\n", title);
}

static void
print_code_summary (struct explain_run *run)
{
  char title[1024];
  const struct tally_table *counts = &run->counts;
  tally_sort (&run->counts);
  /* The codes line up under the longest ("550 5.7.515").  */
  int width = 10;
  for (size_t i = 0; i < counts->ntallies; i++)
    if (strlen (counts->tallies[i].code) > (size_t) width)
      width = (int) strlen (counts->tallies[i].code);
  for (size_t i = 0; i < counts->ntallies; i++)
    {
      const struct tally *t = &counts->tallies[i];
      facts_titles (&t->parts, title, sizeof title);
      if (run->options->json)
        json_tally (t, title);
      else
        print_bar (t->count, counts->tallies[0].count, t->code, width, title);
    }
}

/* The causes counted, largest count first, then in the vocabulary's
   order.  */
static void
print_cause_summary (struct explain_run *run)
{
  enum cause order[CAUSE_COUNT];
  size_t n = 0;
  for (int c = 0; c < CAUSE_COUNT; c++)
    if (run->causes[c] > 0)
      {
        size_t k = n++;
        for (; k > 0 && run->causes[order[k - 1]] < run->causes[c]; k--)
          order[k] = order[k - 1];
        order[k] = (enum cause) c;
      }
  for (size_t i = 0; i < n; i++)
    {
      const struct cause_entry *entry = codedb_cause (order[i]);
      const char *title = entry ? _(codedb_text (entry->title)) : "";
      const char *name = codedb_cause_name (order[i]);
      if (run->options->json)
        json_cause_tally (name, run->causes[order[i]], title);
      else
        print_bar (run->causes[order[i]], run->causes[order[0]], name, 16, title);
    }
}

static void
print_summary (struct explain_run *run)
{
  if (by_cause (run))
    print_cause_summary (run);
  else
    print_code_summary (run);
}

static void
feed_reader (void *reader, const char *buf, size_t n)
{
  message_feed (reader, buf, n);
}

/* Reads what FD holds into READER, in UTF-8 if it was written in
   UTF-16.  Returns 0 or the errno value of a failed read.  */
static int
scan_fd (struct message_reader *reader, int fd, struct progress *progress)
{
  static char buf[65536];
  struct utf16_reader text;
  utf16_start (&text, feed_reader, reader);
  off_t done = 0;
  ssize_t got;
  while ((got = read (fd, buf, sizeof buf)) != 0)
    {
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          /* What was read before the error is still read whole.  */
          int error = errno;
          utf16_finish (&text);
          return error;
        }
      utf16_feed (&text, buf, (size_t) got);
      progress_show (done += got, progress);
    }
  utf16_finish (&text);
  return 0;
}

/* Scans TEXT, or else what FD holds, on one scanner.  Returns 0 or an
   errno value.  */
static int
scan_whole (struct explain_run *run, const char *text, int fd, struct progress *progress,
            unsigned long *found)
{
  struct bounce_reading r = { explain_new (on_finding, run), bounce_new (on_bounce, run), 0 };
  struct message_reader *reader = message_new (&bounce_reading_handler, &r);
  int error = 0;
  if (run->options->summary && run->options->by != BY_CAUSE)
    explain_codes_only (r.scanner);
  if (text)
    message_feed (reader, text, strlen (text));
  else
    error = scan_fd (reader, fd, progress);
  message_finish (reader);
  *found += explain_finish (r.scanner) + r.found;
  take_pending (run, -1);
  run->worded.cause = -1;
  message_free (reader);
  bounce_free (r.bounce);
  explain_free (r.scanner);
  return error;
}

/* A part of a large mbox explained on a thread of its own, into a
   temporary file that is then copied out after the parts before it.  */
struct explain_part
{
  struct explain_run run;
  int fd, out;                  /* out: -1 for standard output */
  off_t start, end;
  unsigned long found;
  int error;
  atomic_llong done;            /* bytes read, for the progress line */
  /* For the first part, which shows progress: every part, to add up.  */
  struct explain_part *all;
  size_t nall;
  struct progress *progress;
};

static void
part_read_so_far (off_t done, void *data)
{
  struct explain_part *p = data;
  atomic_store_explicit (&p->done, done, memory_order_relaxed);
  if (p->progress == NULL)
    return;
  off_t sum = 0;
  for (size_t k = 0; k < p->nall; k++)
    sum += atomic_load_explicit (&p->all[k].done, memory_order_relaxed);
  progress_show (sum, p->progress);
}

static void
feed_count (void *count, const char *buf, size_t n)
{
  message_count_feed (count, buf, n);
}

static void *
explain_part (void *arg)
{
  struct explain_part *p = arg;
  struct message_count before = { 0 };
  struct bounce_reading r = { explain_new (on_finding, &p->run), bounce_new (on_bounce, &p->run),
    0 };
  struct message_reader *reader = message_new (&bounce_reading_handler, &r);
  if (p->out >= 0)
    out_set_fd (p->out);
  /* Messages and lines are numbered as in one reading from the start.  */
  if (p->start > 0)
    p->error = summary_read (p->fd, 0, p->start, feed_count, &before, NULL, NULL);
  message_start_after (reader, &before);
  if (p->error == 0)
    p->error = summary_read (p->fd, p->start, p->end, feed_reader, reader, part_read_so_far, p);
  message_finish (reader);
  p->found = explain_finish (r.scanner) + r.found;
  take_pending (&p->run, -1);
  message_free (reader);
  bounce_free (r.bounce);
  explain_free (r.scanner);
  if (p->out >= 0 && p->error == 0)
    p->error = out_flush ();
  return NULL;
}

/* Copies the output of part P (written into P->out) to standard output;
   its first byte goes when it is the blank line between two findings and
   nothing came before.  Returns 0 or an errno value.  */
static int
copy_part (const struct explain_part *p, bool first)
{
  char buf[65536];
  ssize_t got;
  off_t at = 0;
  while ((got = pread (p->out, buf, sizeof buf, at)) != 0)
    {
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        return errno;
      size_t skip = at == 0 && first && buf[0] == '\n' && p->run.printed > 1 ? 1 : 0;
      out_write (buf + skip, (size_t) got - skip);
      at += got;
    }
  return 0;
}

enum kind_of_input { INPUT_TEXT, INPUT_MBOX, INPUT_MESSAGE, INPUT_UTF16 };

/* What the regular file open as FD holds, by its start.  */
static enum kind_of_input
kind_of_input (int fd)
{
  char start[1024];
  ssize_t got = pread (fd, start, sizeof start, 0);
  /* Not cut in parts: scan_fd turns it to UTF-8 from its start.  */
  if (got > 0 && utf16_marked (start, (size_t) got))
    return INPUT_UTF16;
  if (got <= 0 || !message_looks_like (start, (size_t) got))
    return INPUT_TEXT;
  return got >= 5 && memcmp (start, "From ", 5) == 0 ? INPUT_MBOX : INPUT_MESSAGE;
}

/* Counts a large regular file open as FD (its status ST) in parts on
   every processor, when --summary allows: a log by code, an mbox (cut
   between messages) by code and cause; one message is read in one piece.
   Returns 0, an errno value, or -1 when the file is not for parts.  */
static int
summary_in_parts_of (struct explain_run *run, int fd, const struct stat *st,
                     struct progress *progress, unsigned long *found)
{
  int error = -1;
  /* Standard input may be a file that something read the start of: cut
     only a file read from its start, and leave it read to its end.  */
  if (!run->options->summary || !S_ISREG (st->st_mode) || !summary_in_parts (st->st_size)
      || lseek (fd, 0, SEEK_CUR) != 0)
    return -1;
  enum kind_of_input kind = kind_of_input (fd);
  if (kind == INPUT_TEXT && run->options->by != BY_CAUSE)
    error = summary_count_file (fd, st->st_size, &run->counts, found, progress_show, progress);
  else if (kind == INPUT_MBOX)
    {
      run->mail = true;
      error = summary_count_mailbox (fd, st->st_size, &run->counts, run->causes, found,
                                     progress_show, progress);
    }
  if (error >= 0)
    lseek (fd, 0, SEEK_END);
  return error;
}

/* Starts the parts after the first: each on a thread, into a temporary
   file.  Returns how many of PARTS could be started (the rest are read
   after the first, in one piece).  */
static size_t
start_parts (struct explain_part *parts, size_t nparts, pthread_t *threads)
{
  for (size_t k = 1; k < nparts; k++)
    {
      FILE *tmp = tmpfile ();
      if (tmp == NULL)
        return k;
      parts[k].out = dup (fileno (tmp));
      fclose (tmp);
      if (parts[k].out < 0)
        return k;
      if (pthread_create (&threads[k], NULL, explain_part, &parts[k]) != 0)
        {
          close (parts[k].out);
          parts[k].out = -1;
          return k;
        }
    }
  return nparts;
}

/* Explains a large mbox open as FD (its status ST) in parts on every
   processor, cut between messages, as one reading would: the output of
   each part after the first waits in a temporary file for its turn.
   Returns 0, an errno value, or -1 when the file is not for parts.  */
static int
explain_in_parts_of (struct explain_run *run, int fd, const struct stat *st,
                     struct progress *progress, unsigned long *found)
{
  struct explain_part parts[SUMMARY_PARTS_MAX];
  pthread_t threads[SUMMARY_PARTS_MAX];
  off_t starts[SUMMARY_PARTS_MAX + 1];
  if (run->options->summary || !S_ISREG (st->st_mode) || !summary_in_parts (st->st_size)
      || lseek (fd, 0, SEEK_CUR) != 0 || kind_of_input (fd) != INPUT_MBOX)
    return -1;
  size_t nparts = summary_cut_mailbox (fd, st->st_size, starts);
  if (nparts < 2)
    return -1;
  for (size_t k = 0; k < nparts; k++)
    {
      parts[k] = (struct explain_part) { .run = *run, .fd = fd, .out = -1, .start = starts[k],
        .end = starts[k + 1] };
      atomic_init (&parts[k].done, 0);
      /* A finding of a later part follows one of an earlier part.  */
      parts[k].run.printed = k > 0 ? 1 : run->printed;
    }
  parts[0].all = parts;
  parts[0].nall = nparts;
  parts[0].progress = progress;
  size_t started = start_parts (parts, nparts, threads);
  explain_part (&parts[0]);
  run->printed = parts[0].run.printed;
  int error = parts[0].error;
  for (size_t k = 1; k < nparts; k++)
    {
      if (k < started)
        {
          pthread_join (threads[k], NULL);
          if (parts[k].error == 0)
            parts[k].error = copy_part (&parts[k], run->printed == 0);
          close (parts[k].out);
          run->printed += parts[k].run.printed - 1;
        }
      else
        {
          /* Without a thread of its own, a part is read here.  */
          parts[k].run.printed = run->printed;
          explain_part (&parts[k]);
          run->printed = parts[k].run.printed;
        }
      if (error == 0)
        error = parts[k].error;
    }
  for (size_t k = 0; k < nparts; k++)
    *found += parts[k].found;
  run->mail = true;
  lseek (fd, 0, SEEK_END);
  return error;
}

/* Scans one input: TEXT when not NULL, else FILE (NULL or "-": standard
   input).  Returns false after reporting an error.  */
static bool
scan_input (struct explain_run *run, const char *file, const char *text,
            unsigned long *found)
{
  bool stdin_ = file == NULL || strcmp (file, "-") == 0;
  struct stat st;
  struct progress progress;
  int error, fd;
  if (text)
    error = scan_whole (run, text, -1, NULL, found);
  else if ((fd = stdin_ ? STDIN_FILENO : open (file, O_RDONLY)) < 0)
    {
      diag_file_error (file, errno);
      return false;
    }
  else
    {
      progress_start (&progress, fd);
      if (fstat (fd, &st) != 0
          || ((error = summary_in_parts_of (run, fd, &st, &progress, found)) < 0
              && (error = explain_in_parts_of (run, fd, &st, &progress, found)) < 0))
        error = scan_whole (run, NULL, fd, &progress, found);
      progress_end (&progress);
      if (!stdin_)
        close (fd);
    }
  if (error)
    diag_file_error (stdin_ ? "-" : file, error);
  return error == 0;
}

int
cli_explain (int argc, char **argv, const struct cli_options *options)
{
  struct explain_run run = { .options = options };
  for (size_t i = 0; i < sizeof run.wordless / sizeof run.wordless[0]; i++)
    run.wordless[i].cause = -1;
  run.pending.cause = run.worded.cause = -1;
  unsigned long found = 0;
  bool ok = true;

  if (options->expression && argc > 0)
    {
      diag_error (_("explain takes either -e TEXT or files, not both"));
      return EXIT_USAGE;
    }
  if (options->expression)
    ok = scan_input (&run, NULL, options->expression, &found);
  else if (argc == 0)
    ok = scan_input (&run, NULL, NULL, &found);
  for (int i = 0; i < argc; i++)
    {
      run.file = argc > 1 ? argv[i] : NULL;
      ok = scan_input (&run, argv[i], NULL, &found) && ok;
    }
  if (options->summary)
    print_summary (&run);
  tally_free (&run.counts);
  if (!ok)
    return EXIT_USAGE;
  if (found == 0 && !options->json)
    diag_error (_("no SMTP reply found"));
  return found ? EXIT_FOUND : EXIT_NOT_FOUND;
}
