/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_out.c -- buffered output: every byte arrives, in order, and a
   failed write is reported once, at the end.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "out.h"
#include "suites.h"

enum { BIG = 200000 };          /* more than the buffer holds, three times */

static void
write_pieces (void *arg)
{
  (void) arg;
  out_puts ("a");
  out_putc ('b');
  out_write ("c\0d", 3);
  out_printf ("%d-%s\n", 42, "x");
  /* Only %s and %lu: written without vsnprintf.  */
  out_printf ("<%s:%lu:%lu>", "y", 0UL, 1234567890UL);
  out_printf ("plain");
}

START_TEST (pieces_in_order)
{
  char *s = capture_output (write_pieces, NULL);
  ck_assert_mem_eq (s, "abc\0d42-x\n<y:0:1234567890>plain", 31);
  ck_assert_uint_eq (strlen (s + 4), 27);
  free (s);
}
END_TEST

static void
write_big (void *arg)
{
  const char *text = arg;
  for (size_t i = 0; i < BIG; i++)
    out_putc (text[i]);
  out_write (text, BIG);
  /* A formatted text too long for out_vprintf's own buffer (a format
     with only %s would not go through it).  */
  out_printf ("%.*s", BIG, text);
}

/* Output larger than the buffer is written in blocks, none lost.  */
START_TEST (larger_than_the_buffer)
{
  char *text = malloc (BIG + 1);
  ck_assert_ptr_nonnull (text);
  for (size_t i = 0; i < BIG; i++)
    text[i] = (char) ('a' + i % 26);
  text[BIG] = '\0';
  char *s = capture_output (write_big, text);
  ck_assert_uint_eq (strlen (s), 3 * BIG);
  for (int k = 0; k < 3; k++)
    ck_assert (memcmp (s + k * BIG, text, BIG) == 0);
  free (s);
  free (text);
}
END_TEST

/* A write that fails: out_flush returns its errno, and still does after
   more output.  In a child, since the failure is for the whole run.  */
START_TEST (failure_is_remembered)
{
  int fd = open ("/dev/full", O_WRONLY);
  if (fd < 0)
    return;
  pid_t pid = fork ();
  ck_assert_int_ge (pid, 0);
  if (pid == 0)
    {
      out_set_fd (fd);
      out_puts ("250 OK\n");
      int first = out_flush ();
      out_puts ("more\n");
      _exit (first == ENOSPC && out_flush () == ENOSPC ? 0 : 1);
    }
  int status;
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  ck_assert (WIFEXITED (status));
  ck_assert_int_eq (WEXITSTATUS (status), 0);
  close (fd);
}
END_TEST

Suite *
out_suite (void)
{
  Suite *s = suite_create ("out");
  TCase *tc = tcase_create ("out");
  tcase_add_test (tc, pieces_in_order);
  tcase_add_test (tc, larger_than_the_buffer);
  tcase_add_test (tc, failure_is_remembered);
  suite_add_tcase (s, tc);
  return s;
}
