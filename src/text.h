/* SPDX-License-Identifier: GPL-3.0-or-later */
/* text.h -- UTF-8 text on a terminal: display width and word wrapping.

   Widths are computed here rather than with wcwidth(3), so that they are
   right whatever locale is installed: CJK characters take two columns.
   Wrapping breaks English at spaces and Chinese between characters and
   after full-width closing punctuation (so "X.7.25、X.7.27" breaks after
   、), keeps closing punctuation off the start of a line, and never splits
   a code or a multibyte character unless it is wider than a line.  Invalid UTF-8 is shown as U+FFFD.  */

#ifndef SMTPCODE_TEXT_H
#define SMTPCODE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Decodes one character at S (N > 0 bytes).  Returns its length in bytes;
   an invalid sequence counts as one byte and decodes to 0xFFFD.  */
size_t text_decode (const char *s, size_t n, unsigned *codepoint);

/* Columns the character takes on a terminal: 0, 1 or 2.  */
int text_char_width (unsigned codepoint);

/* Columns S takes (N bytes).  */
size_t text_width (const char *s, size_t n);

/* Whether S (N bytes) is valid UTF-8.  */
bool text_valid_utf8 (const char *s, size_t n);

/* Writes TEXT through out_write, wrapped to WIDTH columns, every line
   starting with INDENT spaces.  Always ends with a newline.  */
void text_wrap (const char *text, size_t indent, size_t width);

/* The same, for text that starts at COLUMN of a line already begun; later
   lines are indented by HANG.  */
void text_wrap_from (const char *text, size_t column, size_t hang, size_t width);

/* The same, with every line of TEXT in a style: ON (already written for
   the first line) is written again after each line's indentation, OFF
   before each newline.  */
void text_wrap_styled (const char *text, size_t column, size_t hang, size_t width,
                       const char *on, const char *off);

/* Writes S (N bytes) with control characters escaped as \xHH (\n, \t, \r
   too) and invalid UTF-8 as U+FFFD, so outside text cannot drive the
   terminal.  */
void text_write_escaped (const char *s, size_t n);

#endif
