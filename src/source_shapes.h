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

/* Whether the line S (N bytes) is an intrusion detector's rule, whose
   patterns name the replies it looks for: Snort's and Sagan's "alert
   ... (msg:\"...\"; content:\"reject=553 5.5.4 \"; ...)", OSSEC's
   regular expressions "<pcre2>reject=451 4\\.1\\.8 </pcre2>".  */
bool detection_rule (const char *s, size_t n);

/* Whether a line that starts with C may be one: a test that a log's
   line fails before any call.  */
static inline bool
may_be_detection_rule (char c)
{
  return c == ' ' || c == '\t' || c == '<' || c == '#' || c == 'a' || c == 'd' || c == 'p' || c == 'l';
}

#endif
