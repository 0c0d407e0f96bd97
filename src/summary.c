/* SPDX-License-Identifier: GPL-3.0-or-later */
/* summary.c -- counting the replies of a large file on every processor.  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bounce.h"
#include "explain.h"
#include "message.h"
#include "summary.h"
#include "xalloc.h"

enum
{
  PART_MIN_BYTES = 8 << 20,     /* smaller parts are not worth a thread */
  PARTS_MAX = SUMMARY_PARTS_MAX,
  READ_BYTES = 65536
};

struct part
{
  int fd;
  off_t start, end;             /* end < 0: up to the end of the file */
  bool mail;                    /* an mbox: failed recipients counted */
  struct tally_table counts;
  unsigned long causes[CAUSE_COUNT];
  unsigned long found;
  int error;
  atomic_llong done;            /* bytes read, for the progress line */
  /* For the part that reports progress: every part, to add up.  */
  struct part *all;
  size_t nall;
  summary_progress progress;
  void *data;
};

static size_t
parts_wanted (off_t size)
{
  long cpus = sysconf (_SC_NPROCESSORS_ONLN);
  off_t parts = size / PART_MIN_BYTES;
  if (cpus < 1)
    cpus = 1;
  if (parts > cpus)
    parts = cpus;
  return parts > PARTS_MAX ? PARTS_MAX : parts < 1 ? 1 : (size_t) parts;
}

bool
summary_in_parts (off_t size)
{
  return parts_wanted (size) > 1;
}

static void
count (const struct explain_finding *f, void *data)
{
  tally_add (data, &f->code, 1);
}

static void
report_progress (const struct part *p)
{
  off_t done = 0;
  for (size_t i = 0; i < p->nall; i++)
    done += atomic_load_explicit (&p->all[i].done, memory_order_relaxed);
  p->progress (done, p->data);
}

static void
count_recipient (const struct bounce_finding *b, void *data)
{
  struct part *p = data;
  /* A finding without a code is counted by cause only.  */
  if (code_has_basic (&b->reply.code) || code_has_enhanced (&b->reply.code))
    tally_add (&p->counts, &b->reply.code, 1);
  p->causes[b->cause]++;
}

int
summary_read (int fd, off_t start, off_t end, void (*feed) (void *, const char *, size_t),
              void *into, void (*read_so_far) (off_t, void *), void *data)
{
  char *buf = xmalloc (READ_BYTES);
  int error = 0;
  for (off_t at = start; end < 0 || at < end;)
    {
      size_t want = end >= 0 && end - at < READ_BYTES ? (size_t) (end - at) : READ_BYTES;
      ssize_t got = pread (fd, buf, want, at);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          error = errno;
          break;
        }
      if (got == 0)
        break;
      feed (into, buf, (size_t) got);
      at += got;
      if (read_so_far)
        read_so_far (at - start, data);
    }
  free (buf);
  return error;
}

static void
part_read_so_far (off_t done, void *data)
{
  struct part *p = data;
  atomic_store_explicit (&p->done, done, memory_order_relaxed);
  if (p->progress)
    report_progress (p);
}

/* Reads the part into FEED (a scanner or a message reader).  */
static void
read_part (struct part *p, void (*feed) (void *, const char *, size_t), void *into)
{
  p->error = summary_read (p->fd, p->start, p->end, feed, into, part_read_so_far, p);
}

static void
feed_scanner (void *scanner, const char *buf, size_t n)
{
  explain_feed (scanner, buf, n);
}

static void
feed_reader (void *reader, const char *buf, size_t n)
{
  message_feed (reader, buf, n);
}

static void *
scan_part (void *arg)
{
  struct part *p = arg;
  struct explain_scanner *scanner = explain_new (count, &p->counts);
  if (!p->mail)
    {
      explain_codes_only (scanner);
      read_part (p, feed_scanner, scanner);
      p->found = explain_finish (scanner);
      explain_free (scanner);
      return NULL;
    }
  struct bounce_reading r = { scanner, bounce_new (count_recipient, p), 0 };
  struct message_reader *reader = message_new (&bounce_reading_handler, &r);
  read_part (p, feed_reader, reader);
  message_finish (reader);
  p->found = explain_finish (scanner) + r.found;
  message_free (reader);
  bounce_free (r.bounce);
  explain_free (scanner);
  return NULL;
}

/* Reads up to SIZE bytes at offset AT into WINDOW; returns how many,
   0 at the end or on an error.  */
static size_t
read_window (int fd, off_t at, char *window, size_t size)
{
  ssize_t got;
  while ((got = pread (fd, window, size, at)) < 0 && errno == EINTR)
    continue;
  return got > 0 ? (size_t) got : 0;
}

/* The offset of the first line after offset AT at which the scanner may
   start afresh, or -1 when there is none near.  */
static off_t
fresh_line_after (int fd, off_t at)
{
  char window[16384];
  size_t got = read_window (fd, at, window, sizeof window);
  if (got == 0)
    return -1;
  /* A line counts only when it ends in the window, so that it is seen
     whole.  */
  const char *end = window + got, *line = memchr (window, '\n', got);
  while (line)
    {
      line++;
      const char *nl = memchr (line, '\n', (size_t) (end - line));
      if (nl && explain_fresh_line (line, (size_t) (nl - line)))
        return at + (line - window);
      line = nl;
    }
  return -1;
}

/* The offset of the first message after offset AT of an mbox: a "From "
   line after a blank line, or -1 when there is none near.  */
static off_t
message_after (int fd, off_t at)
{
  char window[65536];
  size_t got = read_window (fd, at, window, sizeof window);
  for (const char *s = window; (s = memmem (s, (size_t) (window + got - s), "\nFrom ", 6));
       s++)
    {
      const char *before = s;
      if (before > window && before[-1] == '\r')
        before--;
      if (before > window && before[-1] == '\n')
        return at + (s + 1 - window);
    }
  return -1;
}

/* Where part K of WANTED should start in SIZE bytes: at K / WANTED of
   them, or with COUNTED, when each part after the first first counts
   the lines and messages before it (explain numbers them), with each
   part a twelfth shorter than the one before, as that count costs about
   a twelfth of explaining what it reads: the parts then end together.  */
static off_t
part_target (off_t size, size_t k, size_t wanted, bool counted)
{
  if (!counted)
    return size / (off_t) wanted * (off_t) k;
  double before = 0, all = 0, share = 1;
  for (size_t j = 0; j < wanted; j++, share *= 11.0 / 12)
    {
      if (j < k)
        before += share;
      all += share;
    }
  return (off_t) ((double) size * (before / all));
}

/* Where the parts of FD (SIZE bytes) start, into STARTS, and after the
   last STARTS[N] = -1; returns N.  COUNTED: as part_target.  */
static size_t
cut (int fd, off_t size, bool mail, bool counted, off_t *starts)
{
  size_t nparts = 0, wanted = parts_wanted (size);
  off_t start = 0;
  /* Part K starts at the first fresh line after its target; where there
     is none near, the part before runs on.  */
  for (size_t k = 1; k <= wanted; k++)
    {
      off_t at = part_target (size, k, wanted, counted);
      off_t end = k == wanted ? -1 : mail ? message_after (fd, at) : fresh_line_after (fd, at);
      if (k < wanted && end <= start)
        continue;
      starts[nparts++] = start;
      start = end;
    }
  starts[nparts] = -1;
  return nparts;
}

size_t
summary_cut_mailbox (int fd, off_t size, off_t *starts)
{
  return cut (fd, size, true, true, starts);
}

static int
count_in_parts (int fd, off_t size, bool mail, struct tally_table *counts,
                unsigned long *causes, unsigned long *found, summary_progress progress,
                void *data)
{
  struct part parts[PARTS_MAX];
  pthread_t threads[PARTS_MAX];
  bool started[PARTS_MAX] = { false };
  off_t starts[PARTS_MAX + 1];
  size_t nparts = cut (fd, size, mail, false, starts);

  for (size_t k = 0; k < nparts; k++)
    {
      parts[k] = (struct part) { .fd = fd, .start = starts[k], .end = starts[k + 1], .mail = mail };
      atomic_init (&parts[k].done, 0);
    }
  parts[0].all = parts;
  parts[0].nall = nparts;
  parts[0].progress = progress;
  parts[0].data = data;

  for (size_t k = 1; k < nparts; k++)
    started[k] = pthread_create (&threads[k], NULL, scan_part, &parts[k]) == 0;
  scan_part (&parts[0]);
  int error = parts[0].error;
  for (size_t k = 1; k < nparts; k++)
    {
      /* Without a thread of its own, a part is scanned here.  */
      if (started[k])
        pthread_join (threads[k], NULL);
      else
        scan_part (&parts[k]);
      if (error == 0)
        error = parts[k].error;
    }
  /* The last word on progress, once every part is read.  */
  if (progress)
    report_progress (&parts[0]);
  for (size_t k = 0; k < nparts; k++)
    {
      tally_merge (counts, &parts[k].counts);
      tally_free (&parts[k].counts);
      for (size_t c = 0; causes && c < CAUSE_COUNT; c++)
        causes[c] += parts[k].causes[c];
      *found += parts[k].found;
    }
  return error;
}

int
summary_count_file (int fd, off_t size, struct tally_table *counts,
                    unsigned long *found, summary_progress progress, void *data)
{
  return count_in_parts (fd, size, false, counts, NULL, found, progress, data);
}

int
summary_count_mailbox (int fd, off_t size, struct tally_table *counts, unsigned long *causes,
                       unsigned long *found, summary_progress progress, void *data)
{
  return count_in_parts (fd, size, true, counts, causes, found, progress, data);
}
