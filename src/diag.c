/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag.c -- diagnostics on standard error.  */

#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "out.h"
#include "text.h"

/* Standard output first: a message must not overtake the output it
   follows.  A failed write is remembered by out.c and reported at the
   end, so its result is not needed here.  */
static void
flush_output (void)
{
  out_flush ();
  fflush (stdout);
}

void
diag_error (const char *format, ...)
{
  va_list ap;
  flush_output ();
  fprintf (stderr, "%s: ", PACKAGE);
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

void
diag_note (const char *format, ...)
{
  va_list ap;
  flush_output ();
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
}

void
diag_file_error (const char *file, int error)
{
  char quoted[512];
  diag_quote (file, quoted, sizeof quoted);
  quoted[strlen (quoted) - 1] = '\0';
  diag_error ("%s: %s", quoted + 1, strerror (error));
}

void
diag_quote (const char *text, char *buf, size_t size)
{
  size_t used = 0, limit = size > 16 ? size - 8 : 0;
  buf[used++] = '\'';
  for (const char *p = text; *p && used < limit;)
    {
      unsigned c;
      size_t len = text_decode (p, strlen (p), &c);
      if (c < 0x20 || c == 0x7F || (c == 0xFFFD && len == 1))
        used += (size_t) snprintf (buf + used, size - used, "\\x%02X", (unsigned char) *p);
      else
        {
          memcpy (buf + used, p, len);
          used += len;
        }
      p += len;
      if (*p && used >= limit)
        {
          memcpy (buf + used, "...", 3);
          used += 3;
        }
    }
  buf[used++] = '\'';
  buf[used] = '\0';
}
