/* SPDX-License-Identifier: GPL-3.0-or-later */
/* source_shapes.h -- shapes of program source and of documents' layout
   in which a number that looks like a reply code names a value instead:
   a match arm, an enumeration's member, a constant, a comparison, a
   detection rule's pattern, a table of contents, a build's dependency;
   and the call whose arguments hold a code.  src/decide.c asks.  */

#ifndef SMTPCODE_SOURCE_SHAPES_H
#define SMTPCODE_SOURCE_SHAPES_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the code at P of S (N bytes, the line from LO), LEN bytes
   long, is quoted alone as a milter's reply part: char *rcode = "451".  */
bool milter_reply_part (const char *s, size_t n, size_t lo, size_t p, size_t len);

/* Whether the three-digit code at P of S (N bytes, the line from LO)
   stands where source code names a value, not a reply.  */
bool source_names_basic (const char *s, size_t n, size_t lo, size_t p);

/* Whether the code at P of S (N bytes, the line from LO), quoted alone
   (or with a space), is a value that source code compares or lists:
   strncmp(messageIn, "220", 3), assertStringStartsWith('334 ', ...),
   a row of strings {"HELO", "220", "HELO localhost"}, a list's item
   "500", on a line of its own (but "334 ", a reply without words).  */
bool source_names_quoted (const char *s, size_t n, size_t lo, size_t p);

/* The name of the call whose argument list holds offset P of S (the
   line from LO): its start in *NAME, its length returned (0 when P is
   in no call that opens on the line).  */
size_t enclosing_call (const char *s, size_t lo, size_t p, size_t *name);

/* Whether the enhanced code at P of S (N bytes, the line from LO), LEN
   bytes long, numbers a section in a table of contents, versions a
   build's dependency or heads a row of versions, or is quoted alone as
   a constant's value or the value of a key that names no status.  */
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
