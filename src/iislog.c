/* SPDX-License-Identifier: GPL-3.0-or-later */
/* iislog.c -- the reply of a line of a Microsoft IIS SMTP service log.

   Such a line holds no server's words after its code: the code is one
   column among counts and sizes ("... 0 xxxx - +rr.com 500 0 32 11 0
   SMTP"), where the scanner of free text rightly sees numbers only.  The
   columns are found from the one that names the service, "SMTPSVC1":
   in the default field order of both formats, the status comes seven
   (W3C) or six (IIS) columns after it, and the command four or eight.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "iislog.h"
#include "reply.h"
#include "scanchar.h"

enum { FIELDS_MAX = 24 };

/* Splits S (N bytes) into fields separated by SEP (and, after a comma,
   spaces): their starts and lengths, up to FIELDS_MAX.  */
static size_t
split_fields (const char *s, size_t n, char sep, size_t *start, size_t *len)
{
  size_t count = 0, i = 0;
  while (i <= n && count < FIELDS_MAX)
    {
      while (sep == ',' && i < n && s[i] == ' ')
        i++;
      size_t end = i;
      while (end < n && s[end] != sep)
        end++;
      start[count] = i, len[count] = end - i;
      count++;
      i = end + 1;
    }
  return count;
}

/* Whether field F of S is "SMTPSVC" and digits.  */
static bool
names_service (const char *f, size_t n)
{
  if (n < 8 || memcmp (f, "SMTPSVC", 7) != 0)
    return false;
  for (size_t i = 7; i < n; i++)
    if (!is_digit (f[i]))
      return false;
  return true;
}

/* The command of field F (N bytes) as the scanner names it: W3C's
   method ("RCPT", "MAIL") or IIS's operation ("MAIL FROM").  */
static void
field_command (const char *f, size_t n, char *command, size_t size)
{
  command[0] = '\0';
  if (n == 4 && memcmp (f, "MAIL", 4) == 0)
    snprintf (command, size, "MAIL FROM");
  else if (n == 4 && memcmp (f, "RCPT", 4) == 0)
    snprintf (command, size, "RCPT TO");
  else
    reply_command_word (f, n, command, size);
}

bool
iislog_reply (const char *s, size_t n, struct smtp_code *code, char *command, size_t size)
{
  /* A log line starts with its date or the client's address, and names
     the service in its first bytes: lines of other logs are ruled out
     there.  The service is the fifth field in both formats, which the
     first separator tells apart.  */
  if (n < 20 || !is_digit (s[0]) || memmem (s, n < 80 ? n : 80, "SMTPSVC", 7) == NULL)
    return false;
  size_t first = 0;
  while (first < n && s[first] != ' ' && s[first] != ',')
    first++;
  char sep = first < n ? s[first] : ' ';
  size_t start[FIELDS_MAX], len[FIELDS_MAX], svc = 4;
  size_t count = split_fields (s, n, sep, start, len);
  size_t status = svc + (sep == ',' ? 6 : 7), method = svc + (sep == ',' ? 8 : 4);
  if (status >= count || method >= count || !names_service (s + start[svc], len[svc])
      || len[status] != 3)
    return false;
  const char *c = s + start[status];
  if (c[0] < '2' || c[0] > '5' || c[1] < '0' || c[1] > '5' || !is_digit (c[2]))
    return false;
  *code = (struct smtp_code) { .basic = three_digits (c),
                               .enhanced_class = -1 };
  field_command (s + start[method], len[method], command, size);
  return true;
}
