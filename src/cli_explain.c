/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_explain.c -- the explain command: the SMTP replies found in files,
   standard input or -e TEXT, each with its explanation, or a summary.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "code.h"
#include "codedb.h"
#include "diag.h"
#include "explain.h"
#include "facts.h"
#include "i18n.h"
#include "json.h"
#include "out.h"
#include "progress.h"
#include "render.h"
#include "summary.h"
#include "tally.h"
#include "text.h"
#include "vendormatch.h"
#include "xalloc.h"

#define BAR_WIDTH 30

struct explain_run
{
  const struct cli_options *options;
  const char *file;             /* named in the output, or NULL */
  unsigned long printed;
  struct tally_table counts;    /* for --summary */
};

/* The provider that sent F, when one is recognized, and its meaning.
   Returns true when that meaning stands for the registry's: the reply's
   enhanced code is the provider's own, and the registry's line would only
   name whichever provider's entry comes first.  */
static bool
print_vendor (const struct explain_finding *f)
{
  struct vendor_match m;
  if (!vendormatch_reply (&f->code, f->text, f->text_len, &m))
    return false;
  out_printf (_("  Provider: %s (recognized by \"%.*s\")\n"),
              _(codedb_provider_shown (m.provider)), (int) m.evidence_len, m.evidence);
  if (m.entry == NULL)
    return false;
  out_printf (_("  %s  %s (the provider's own meaning)\n"), codedb_text (m.entry->key),
              _(codedb_text (m.entry->title)));
  render_paragraph (_(codedb_text (m.entry->fix)), 4);
  return code_has_enhanced (&f->code) && codedb_find (code_enhanced_key (&f->code)) == NULL;
}

static void
print_text (struct explain_run *run, const struct explain_finding *f)
{
  char shown[32], note[1024];
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
    out_printf (_(" (in reply to %s)"), f->command);
  out_putc ('\n');
  if (f->text_len > 0)
    {
      out_puts (_("  Server said: "));
      text_write_escaped (f->text, f->text_len);
      out_putc ('\n');
      explained = print_vendor (f);
    }
  if (run->options->full)
    {
      out_putc ('\n');
      render_lookup (&f->code);
      return;
    }
  if (!explained)
    render_brief (&f->code, NULL, 2);
  if (facts_pair_note (&f->code, note, sizeof note))
    render_paragraph (note, 2);
}

static void
on_finding (const struct explain_finding *f, void *data)
{
  struct explain_run *run = data;
  if (run->options->summary)
    tally_add (&run->counts, &f->code, 1);
  else if (run->options->json)
    json_finding (run->file, f);
  else
    print_text (run, f);
}

static void
print_summary (struct explain_run *run)
{
  char title[1024];
  unsigned long most = 0;
  const struct tally_table *counts = &run->counts;
  tally_sort (&run->counts);
  if (counts->ntallies > 0)
    most = counts->tallies[0].count;
  /* Block characters on a terminal; plain '#' in files and pipes, which
     may not be read as UTF-8.  */
  const char *block = isatty (STDOUT_FILENO) ? "\u2588" : "#";
  /* The counts line up under the largest, six digits wide at least.  */
  int width = 6;
  for (unsigned long m = most; m >= 1000000; m /= 10)
    width++;
  for (size_t i = 0; i < counts->ntallies; i++)
    {
      const struct tally *t = &counts->tallies[i];
      facts_titles (&t->parts, title, sizeof title);
      if (run->options->json)
        {
          json_tally (t, title);
          continue;
        }
      size_t bar = (size_t) ((t->count * BAR_WIDTH + most - 1) / most);
      out_printf ("%*lu  %-10s  ", width, t->count, t->code);
      for (size_t k = 0; k < BAR_WIDTH; k++)
        out_puts (k < bar ? block : " ");
      out_printf ("  %s\n", title);
    }
}

/* Scans what FD holds into SCANNER.  Returns 0 or the errno value of a
   failed read.  */
static int
scan_fd (struct explain_scanner *scanner, int fd, struct progress *progress)
{
  static char buf[65536];
  off_t done = 0;
  ssize_t got;
  while ((got = read (fd, buf, sizeof buf)) != 0)
    {
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        return errno;
      explain_feed (scanner, buf, (size_t) got);
      progress_show (done += got, progress);
    }
  return 0;
}

/* Scans TEXT, or else what FD holds, on one scanner.  Returns 0 or an
   errno value.  */
static int
scan_whole (struct explain_run *run, const char *text, int fd, struct progress *progress,
            unsigned long *found)
{
  struct explain_scanner *scanner = explain_new (on_finding, run);
  int error = 0;
  if (scanner == NULL)
    xalloc_die ();
  if (run->options->summary)
    explain_codes_only (scanner);
  if (text)
    explain_feed (scanner, text, strlen (text));
  else
    error = scan_fd (scanner, fd, progress);
  *found += explain_finish (scanner);
  explain_free (scanner);
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
      /* Standard input may be a file that something read the start of:
         cut only a file read from its start, and leave it read to its
         end.  */
      if (run->options->summary && fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
          && summary_in_parts (st.st_size) && lseek (fd, 0, SEEK_CUR) == 0)
        {
          error = summary_count_file (fd, st.st_size, &run->counts, found, progress_show,
                                      &progress);
          lseek (fd, 0, SEEK_END);
        }
      else
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
