/* SPDX-License-Identifier: GPL-3.0-or-later */
/* facts.h -- the attributes of a code, in words of the current language.

   The lookup page, compare and JSON all describe a code by the same
   attributes: its class and what that means for retrying, the commands
   that draw it, who must act and its standing.  What is decided about a
   code -- its titles, whether the two parts of a pair agree -- is decided
   here; render.c and json.c lay it out.  */

#ifndef SMTPCODE_FACTS_H
#define SMTPCODE_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"

/* The class digit of ENTRY when shown as code CLS (2, 4, 5; 0 for an
   enhanced code written with X): the digit itself for basic codes.  */
int facts_class_digit (const struct code_entry *entry, int cls);

/* "2xx Positive Completion" or "5.X.X Permanent Failure" (or for X.1.1,
   the classes it is used with), into BUF.  */
void facts_class (const struct code_entry *entry, int cls, char *buf, size_t size);

/* The class-level entries of a basic code's first and second digit, or
   of an enhanced code's class and subject.  NULL when not defined.  */
const struct class_entry *facts_first_digit (int basic);
const struct class_entry *facts_second_digit (int basic);
const struct class_entry *facts_enhanced_class (int cls);
const struct class_entry *facts_subject (int subject);

/* Whether retrying helps, for a code of class digit CLS (0: unknown).  */
const char *facts_retry (int cls);

/* Comma-separated translated lists.  */
void facts_stages (unsigned stages, char *buf, size_t size);
void facts_actors (unsigned actors, char *buf, size_t size);
const char *facts_standing (enum standing standing);
/* Where a provider's entry comes from: "documented by the provider".  */
const char *facts_confidence (enum confidence confidence);

/* The area a code is about: second digit or subject, e.g.
   "x5x Mail system" or "X.1.X Addressing Status".  */
void facts_area (const struct code_entry *entry, char *buf, size_t size);

/* The basic codes an enhanced code's ENTRY is used with, as "451, 550",
   "any reply code" or "none named by the registry", into BUF.  */
void facts_basic_codes (const struct code_entry *entry, char *buf, size_t size);
/* ENTRY's related codes as "X.1.2, X.1.3" ("" when none), into BUF.  */
void facts_related (const struct code_entry *entry, char *buf, size_t size);

/* The titles of CODE's parts, "basic / enhanced", into BUF.  Returns
   false if a part is not registered.  */
bool facts_titles (const struct smtp_code *code, char *buf, size_t size);

/* Writes into BUF the note on how the two parts of a pair agree, or ""
   when they agree.  Returns true if it is a warning (classes disagree).  */
bool facts_pair_note (const struct smtp_code *code, char *buf, size_t size);

#endif
