/* SPDX-License-Identifier: GPL-3.0-or-later */
/* out.h -- buffered output on standard output, every write checked.

   Output is collected and written in large blocks, so a failing write is
   noticed and reported once, at out_flush, and a short report is written
   whole or not started.  */

#ifndef SMTPCODE_OUT_H
#define SMTPCODE_OUT_H

#include <stdarg.h>
#include <stddef.h>

/* Sends output to FD instead of standard output (tests use a pipe or
   file).  Each thread has its own output, to standard output until it
   says otherwise.  */
void out_set_fd (int fd);

void out_write (const char *s, size_t n);
void out_puts (const char *s);
void out_putc (char c);
void out_printf (const char *format, ...)
  __attribute__ ((format (printf, 1, 2)));
void out_vprintf (const char *format, va_list ap);

/* Where the output stands, for out_since.  */
struct out_mark
{
  size_t used;
  unsigned long drains;
};
struct out_mark out_mark (void);

/* The bytes written since MARK, still in the buffer: sets *S to them and
   returns their length; 0 when some were written out since MARK.  They
   stay valid until the next output.  */
size_t out_since (struct out_mark mark, const char **s);

/* Writes what is buffered.  Returns 0, or the errno of the first failed
   write since the start (later output is then discarded).  */
int out_flush (void);

#endif
