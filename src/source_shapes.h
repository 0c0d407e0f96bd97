/* SPDX-License-Identifier: GPL-3.0-or-later */
/* source_shapes.h -- shapes of program source and of documents' layout
   in which a number that looks like a reply code names a value instead:
   a match arm, an enumeration's member, a comparison, a table of
   contents, a build's dependency.  src/decide.c asks.  */

#ifndef SMTPCODE_SOURCE_SHAPES_H
#define SMTPCODE_SOURCE_SHAPES_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the three-digit code at P of S (N bytes, the line from LO)
   stands where source code names a value, not a reply.  */
bool source_names_basic (const char *s, size_t n, size_t lo, size_t p);

/* Whether the enhanced code at P of S (N bytes, the line from LO), LEN
   bytes long, numbers a section in a table of contents or versions a
   build's dependency.  */
bool layout_names_enhanced (const char *s, size_t n, size_t lo, size_t p, size_t len);

#endif
