/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xalloc.c -- memory allocation that succeeds or ends the program.  */

#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "xalloc.h"

static xalloc_fn *allocate = realloc;

void
xalloc_set_allocator (xalloc_fn *allocator)
{
  allocate = allocator ? allocator : realloc;
}

void
xalloc_die (void)
{
  diag_error ("%s", strerror (ENOMEM));
  exit (EXIT_USAGE);
}

void *
xrealloc (void *p, size_t size)
{
  /* realloc (p, 0) may free P and return NULL: ask for one byte.  */
  void *q = allocate (p, size ? size : 1);
  if (q == NULL)
    xalloc_die ();
  return q;
}

void *
xreallocarray (void *p, size_t n, size_t size)
{
  if (size != 0 && n > SIZE_MAX / size)
    xalloc_die ();
  return xrealloc (p, n * size);
}

void *
xmalloc (size_t size)
{
  return xrealloc (NULL, size);
}

void *
xcalloc (size_t n, size_t size)
{
  void *p = xreallocarray (NULL, n, size);
  memset (p, 0, n * size);
  return p;
}

char *
xstrdup (const char *s)
{
  size_t n = strlen (s) + 1;
  return memcpy (xmalloc (n), s, n);
}
