/* SPDX-License-Identifier: GPL-3.0-or-later */
/* filter.h -- the filter language of the list command.

   A filter is "all", "basic" or "enhanced", a basic pattern of up to
   three digits or wildcards (x, X, *: "5", "55x", "2xx"), or an enhanced
   pattern whose class is 2, 4, 5 or a wildcard, then a subject and
   perhaps a detail ("5.7", "x.7.*", "4.4.1").  A digit class picks the
   codes used in that class, and they are listed in it.  */

#ifndef SMTPCODE_FILTER_H
#define SMTPCODE_FILTER_H

#include <stdbool.h>

#include "codedb.h"

enum filter_kind { FILTER_ALL, FILTER_BASIC, FILTER_ENHANCED };

struct filter
{
  enum filter_kind kind;
  const char *pattern;          /* basic "5xx", "55", or enhanced "5.7.*" */
  int enhanced_class;           /* class a listed enhanced code is shown in */
};

/* Reads TEXT (NULL: all) into F.  Returns false if it is no filter.  */
bool filter_parse (const char *text, struct filter *f);
/* Whether the code of entry E passes filter F.  */
bool filter_matches (const struct filter *f, const struct code_entry *e);

#endif
