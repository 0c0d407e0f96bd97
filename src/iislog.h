/* SPDX-License-Identifier: GPL-3.0-or-later */
/* iislog.h -- the reply of a line of a Microsoft IIS SMTP service log,
   whose status is a column of its own rather than words after a code.  */

#ifndef SMTPCODE_IISLOG_H
#define SMTPCODE_IISLOG_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

/* Whether the line S (N bytes) is one of the IIS SMTP service's log (a
   field "SMTPSVC1" names the service): in W3C extended format, space
   separated ("2006-10-09 05:01:04 192.0.2.9 - SMTPSVC1 MX 192.0.2.2 0
   RCPT - TO:<a@b> 550 0 ..."), or in IIS format, comma separated
   ("192.0.2.1, -, 8/18/06, 13:17:37, SMTPSVC1, MX, 192.0.2.2, 90, 42, 0,
   250, 0, MAIL FROM, -, FROM:<a@b>,").  If so, and its status is a reply
   code, sets *CODE and COMMAND (SIZE bytes: the command it answered,
   "" when it names none) and returns true.  */
bool iislog_reply (const char *s, size_t n, struct smtp_code *code, char *command, size_t size);

#endif
