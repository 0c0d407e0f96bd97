/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare.h -- how two or more codes differ and when each is the right one.

   Opens with the classes of the codes, shows each code's page, then the
   key differences: what each code means and when it comes (its gist), one
   line each, then the attributes that differ (class and
   retrying, the area the code is about, stage, who acts, standing, kind),
   and one line per code on when a server sends it and what a client does
   on receiving it.  */

#ifndef SMTPCODE_COMPARE_H
#define SMTPCODE_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"

/* One code of a comparison: a pair like "550 5.1.1" counts as two.  */
struct compare_item
{
  char shown[16];
  const struct code_entry *entry;      /* NULL if not registered */
  struct smtp_code code;               /* just this part */
  int class_digit;                     /* 0: any class (X.1.1) */
};

struct compare_lines
{
  char **text;
  size_t count;
};

struct comparison
{
  struct compare_item *items;
  size_t n;
  bool registered;                     /* every item is */
  char summary[2048];                  /* the opening: the classes */
  struct compare_lines differences;    /* numbered, as shown */
  struct compare_lines uses;           /* one per item, in order */
};

/* Compares the N codes into C, to be printed by compare_print or
   json_compare and freed by compare_free.  */
void compare_build (const struct smtp_code *codes, size_t n, struct comparison *c);
/* C as text: the opening, each code's page, the differences and uses.  */
void compare_print (const struct comparison *c);
void compare_free (struct comparison *c);

#endif
