/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag.h -- diagnostics on standard error.

   Every message to the user on standard error goes through here, so that
   two rules hold everywhere: what was written to standard output before
   it is flushed first (out.c buffers it), so output and errors come in
   the order they happened even when both go to one terminal or file; and
   the user's input quoted in a message is escaped, so that it cannot
   drive the terminal.  */

#ifndef SMTPCODE_DIAG_H
#define SMTPCODE_DIAG_H

#include <stddef.h>

/* Prints "smtpcode: MESSAGE" and a newline.  */
void diag_error (const char *format, ...) __attribute__ ((format (printf, 1, 2)));

/* Prints a line that follows an error (a hint, a suggestion) as it is.  */
void diag_note (const char *format, ...) __attribute__ ((format (printf, 1, 2)));

/* Prints "smtpcode: FILE: the text of errno value ERROR", FILE escaped
   but not quoted.  */
void diag_file_error (const char *file, int error);

/* Writes into BUF a quoted, escaped and shortened copy of TEXT: control
   characters and invalid UTF-8 as \xHH, "..." where it was cut.  SIZE is
   at least 17.  */
void diag_quote (const char *text, char *buf, size_t size);

#endif
