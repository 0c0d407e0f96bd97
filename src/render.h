/* SPDX-License-Identifier: GPL-3.0-or-later */
/* render.h -- printing code entries for people: headings, sections,
   wrapped paragraphs, bold on a terminal.  */

#ifndef SMTPCODE_RENDER_H
#define SMTPCODE_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"

/* Width to wrap to and whether headings are bold.  */
void render_setup (size_t width, bool bold);
size_t render_width (void);

void render_heading (const char *text);
/* A heading and its text, wrapped and indented.  */
void render_section (const char *heading, const char *text);
/* Text wrapped with INDENT.  */
void render_paragraph (const char *text, size_t indent);
/* "Label:  value" lines with labels aligned; LABELS and VALUES end with NULL.  */
void render_facts (const char *const *labels, const char *const *values);

/* The whole page of ENTRY as met in code SHOWN ("5.1.1"): title, facts,
   Description, When it occurs, How to fix, Learn more.  CLS is the
   enhanced class digit of SHOWN (0 for X).  */
void render_entry (const struct code_entry *entry, const char *shown, int cls);

/* The title line alone: "251  User not local; will forward", the title
   wrapped under its first character.  */
void render_title (const char *shown, const char *title);

/* The page of a well-formed code the database does not hold: what its
   digits say, marked as not registered.  */
void render_unregistered_basic (int basic);
void render_unregistered_enhanced (const struct smtp_code *code);

/* A lookup of CODE (basic, enhanced or both): the pages, then for a pair
   whether the two agree, then providers' own uses of it.  A code that only
   providers define shows their meaning first, then what its class and
   subject say.  Returns false if a part is not registered or known.  */
bool render_lookup (const struct smtp_code *code);

/* The page of a provider's entry E met as SHOWN ("DT:SPM", "5.7.708").  */
void render_vendor_entry (const struct vendor_entry *e, const char *shown);

/* The pages of the provider token TOKEN; false if no provider has it.  */
bool render_token (const char *token);

/* One line for CODE, or for the provider token TOKEN when not NULL, for
   --brief and explain, starting at column INDENT, the titles wrapped under
   their first character; a line per provider whose code it is.  Returns
   false if unregistered and unknown.  */
bool render_brief (const struct smtp_code *code, const char *token, size_t indent);

#endif
