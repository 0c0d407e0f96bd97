/* SPDX-License-Identifier: GPL-3.0-or-later */
/* summary.h -- counting the replies of a large file, or the failed
   recipients of a large mailbox, on every processor, for explain
   --summary.

   The file is cut into parts at lines where the scanner may start afresh
   (explain_fresh_line), each part is scanned by a thread of its own into
   a tally of its own, and the tallies are added up: the counts are those
   of one scan of the whole file.  */

#ifndef SMTPCODE_SUMMARY_H
#define SMTPCODE_SUMMARY_H

#include <stdbool.h>
#include <sys/types.h>

#include "tally.h"

/* Called now and then with the number of bytes read so far.  */
typedef void (*summary_progress) (off_t done, void *data);

/* Whether a regular file of SIZE bytes is worth cutting into parts.  */
bool summary_in_parts (off_t size);

/* Counts into COUNTS the replies of the regular file open as FD, SIZE
   bytes when it was opened (it is read to its end, whatever its size
   then), and adds their number to *FOUND.  Returns 0, or the errno value
   of a failed read (memory running out ends the program: xalloc.h).  */
int summary_count_file (int fd, off_t size, struct tally_table *counts,
                        unsigned long *found, summary_progress progress, void *data);

/* The same for an mbox open as FD at its start: the failed recipients of
   its bounces, by code into COUNTS and by cause into CAUSES (CAUSE_COUNT
   counters), *FOUND their number.  The file is cut before "From " lines
   that follow a blank line: each part reads whole messages.  */
int summary_count_mailbox (int fd, off_t size, struct tally_table *counts,
                           unsigned long *causes, unsigned long *found,
                           summary_progress progress, void *data);

/* The most parts a file is cut into.  */
#define SUMMARY_PARTS_MAX 8

/* Where the parts of an mbox open as FD (SIZE bytes) start for explain,
   into STARTS (SUMMARY_PARTS_MAX + 1 offsets), then -1: a part runs up
   to the start of the next, the last to the end.  Between messages, as
   summary_count_mailbox cuts it, but each part a little shorter than the
   one before, as each first counts what comes before it.  Returns the
   number of parts, 1 for a file not worth cutting.  */
size_t summary_cut_mailbox (int fd, off_t size, off_t *starts);

/* Reads FD from offset START up to END (-1: to its end) into FEED (INTO),
   a block at a time; after each, READ_SO_FAR (when not NULL) is told how
   many bytes were read, with DATA.  Returns 0 or the errno value of a
   failed read.  */
int summary_read (int fd, off_t start, off_t end, void (*feed) (void *, const char *, size_t),
                  void *into, void (*read_so_far) (off_t, void *), void *data);

#endif
