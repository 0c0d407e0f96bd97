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

/* Writes what is buffered.  Returns 0, or the errno of the first failed
   write since the start (later output is then discarded).  */
int out_flush (void);

#endif
