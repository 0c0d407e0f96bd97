/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare.h -- how two or more codes differ and when each is the right one.

   Opens with the classes of the codes, shows each code's page, then the
   key differences, built from the attributes that differ (class and
   retrying, the area the code is about, stage, who acts, standing, kind),
   and one line per code on when a server sends it and what a client does
   on receiving it.  */

#ifndef SMTPCODE_COMPARE_H
#define SMTPCODE_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

/* Compares the N codes (a pair like "550 5.1.1" counts as its two parts),
   as text or as JSON.  Returns false if some code is not registered.  */
bool compare_codes (const struct smtp_code *codes, size_t n, bool json);

#endif
