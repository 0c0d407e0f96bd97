/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_xalloc.c -- allocation: what it gives, and what happens when
   memory runs out (an allocator that fails stands in for the system's).  */

#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "out.h"
#include "suites.h"
#include "xalloc.h"

static void *
refuse (void *p, size_t size)
{
  (void) p, (void) size;
  return NULL;
}

/* Runs FN in a child whose standard output (out.c) and standard error go
   to one file, after "findings\n" was written to the output and with an
   allocator that always fails.  Returns the exit status; *TEXT gets what
   the file holds (malloc'd).  */
static int
run_out_of_memory (void (*fn) (void), char **text)
{
  FILE *tmp = tmpfile ();
  ck_assert_ptr_nonnull (tmp);
  fflush (NULL);
  pid_t pid = fork ();
  ck_assert_int_ge (pid, 0);
  if (pid == 0)
    {
      dup2 (fileno (tmp), STDERR_FILENO);
      out_set_fd (fileno (tmp));
      out_puts ("findings\n");
      xalloc_set_allocator (refuse);
      fn ();
      _exit (99);
    }
  int status;
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  ck_assert (WIFEXITED (status));
  long size = (fseek (tmp, 0, SEEK_END), ftell (tmp));
  *text = calloc (1, (size_t) size + 1);
  ck_assert_ptr_nonnull (*text);
  rewind (tmp);
  ck_assert_uint_eq (fread (*text, 1, (size_t) size, tmp), (size_t) size);
  fclose (tmp);
  return WEXITSTATUS (status);
}

static void
do_malloc (void)
{
  xmalloc (16);
}

static void
do_calloc_overflow (void)
{
  xalloc_set_allocator (NULL);
  /* Too large whatever the allocator: the product overflows.  */
  xcalloc (SIZE_MAX / 2, 3);
}

static void
do_strdup (void)
{
  xstrdup ("text");
}

static void
do_realloc (void)
{
  xrealloc (NULL, 1);
}

static void
expect_exhausted (void (*fn) (void))
{
  char *text, want[256];
  snprintf (want, sizeof want, "findings\n%s: %s\n", PACKAGE, strerror (ENOMEM));
  ck_assert_int_eq (run_out_of_memory (fn, &text), 2);
  ck_assert_str_eq (text, want);
  free (text);
}

/* Out of memory: the output so far, then the message, then status 2.  */
START_TEST (failure_is_reported)
{
  expect_exhausted (do_malloc);
  expect_exhausted (do_calloc_overflow);
  expect_exhausted (do_strdup);
  expect_exhausted (do_realloc);
}
END_TEST

START_TEST (allocations_work)
{
  unsigned char *zero = xcalloc (100, 7);
  for (size_t i = 0; i < 700; i++)
    ck_assert_uint_eq (zero[i], 0);
  free (zero);
  char *copy = xstrdup ("5.1.1");
  ck_assert_str_eq (copy, "5.1.1");
  copy = xreallocarray (copy, 2, 64);
  ck_assert_str_eq (copy, "5.1.1");
  free (copy);
  /* Zero bytes is an allocation too, never NULL.  */
  void *p = xmalloc (0);
  ck_assert_ptr_nonnull (p);
  free (p);
}
END_TEST

Suite *
xalloc_suite (void)
{
  Suite *s = suite_create ("xalloc");
  TCase *tc = tcase_create ("xalloc");
  tcase_add_test (tc, failure_is_reported);
  tcase_add_test (tc, allocations_work);
  suite_add_tcase (s, tc);
  return s;
}
