/* SPDX-License-Identifier: GPL-3.0-or-later */
/* out.c -- buffered output on standard output, every write checked.  */

#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "xalloc.h"

enum { OUT_BLOCK = 64 * 1024 };

/* Each thread has its own output: explain reading a mailbox in parts
   writes each part on a thread of its own, into a file of its own.  */
static _Thread_local char buffer[OUT_BLOCK];
static _Thread_local size_t used;
static _Thread_local int out_fd = STDOUT_FILENO;
static _Thread_local int failure; /* errno of the first failed write */

void
out_set_fd (int fd)
{
  out_fd = fd;
}

static void
drain (void)
{
  size_t done = 0;
  while (done < used && failure == 0)
    {
      ssize_t n = write (out_fd, buffer + done, used - done);
      if (n > 0)
        done += (size_t) n;
      else if (n < 0 && errno == EINTR)
        continue;
      else
        failure = n < 0 ? errno : EIO;
    }
  used = 0;
}

void
out_write (const char *s, size_t n)
{
  while (n > 0)
    {
      if (used >= sizeof buffer)
        drain ();
      size_t room = sizeof buffer - used;
      size_t chunk = n < room ? n : room;
      memcpy (buffer + used, s, chunk);
      used += chunk;
      s += chunk;
      n -= chunk;
    }
}

void
out_puts (const char *s)
{
  out_write (s, strlen (s));
}

void
out_putc (char c)
{
  if (used < sizeof buffer)
    buffer[used++] = c;
  else
    out_write (&c, 1);
}

/* Whether FORMAT has no conversions but %s and %lu, the most of what is
   printed, which plain_printf writes at a fraction of vsnprintf's cost.  */
static bool
plain_format (const char *format)
{
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      if (p[1] == 's')
        p += 2;
      else if (p[1] == 'l' && p[2] == 'u')
        p += 3;
      else
        return false;
    }
  return true;
}

/* Writes FORMAT, which plain_format accepts, with the arguments AP.  */
static void
plain_printf (const char *format, va_list ap)
{
  const char *p;
  while ((p = strchr (format, '%')) != NULL)
    {
      out_write (format, (size_t) (p - format));
      if (p[1] == 's')
        {
          /* As the C library prints a null pointer.  */
          const char *arg = va_arg (ap, const char *);
          out_puts (arg ? arg : "(null)");
          format = p + 2;
          continue;
        }
      char digits[24];
      size_t len = 0;
      unsigned long v = va_arg (ap, unsigned long);
      do
        digits[sizeof digits - ++len] = (char) ('0' + v % 10);
      while ((v /= 10) > 0);
      out_write (digits + sizeof digits - len, len);
      format = p + 3;
    }
  out_puts (format);
}

void
out_vprintf (const char *format, va_list ap)
{
  if (plain_format (format))
    {
      plain_printf (format, ap);
      return;
    }
  char small[512];
  va_list copy;
  va_copy (copy, ap);
  int n = vsnprintf (small, sizeof small, format, copy);
  va_end (copy);
  if (n < 0)
    return;
  if ((size_t) n < sizeof small)
    {
      out_write (small, (size_t) n);
      return;
    }
  char *text = xmalloc ((size_t) n + 1);
  vsnprintf (text, (size_t) n + 1, format, ap);
  out_write (text, (size_t) n);
  free (text);
}

void
out_printf (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  out_vprintf (format, ap);
  va_end (ap);
}

int
out_flush (void)
{
  drain ();
  return failure;
}
