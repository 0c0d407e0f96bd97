/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xalloc.h -- memory allocation that succeeds or ends the program.

   smtpcode has one policy for running out of memory: output written so
   far is flushed, "smtpcode: Cannot allocate memory" (strerror (ENOMEM),
   in the user's language) goes to standard error and the exit status is
   2.  Nothing is dropped silently and no caller checks for NULL.  */

#ifndef SMTPCODE_XALLOC_H
#define SMTPCODE_XALLOC_H

#include <stddef.h>

void *xmalloc (size_t size);
/* N objects of SIZE bytes, zeroed; a product that overflows is a failure.  */
void *xcalloc (size_t n, size_t size);
void *xrealloc (void *p, size_t size);
/* N objects of SIZE bytes, contents kept.  */
void *xreallocarray (void *p, size_t n, size_t size);
char *xstrdup (const char *s);

/* Reports that memory ran out and exits with status 2.  */
_Noreturn void xalloc_die (void);

/* The allocator behind all of the above, realloc by default.  The unit
   tests put in one that fails, to test the failure path.  */
typedef void *xalloc_fn (void *p, size_t size);
void xalloc_set_allocator (xalloc_fn *allocator);

#endif
