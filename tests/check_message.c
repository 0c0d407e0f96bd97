/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_message.c -- the message reader: which input is mail, mbox
   separators, MIME structure and its failure modes, line ends.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "suites.h"

/* Every event written one a line, so one comparison checks them all.  */
struct events
{
  char buf[16384];
  size_t len;
  unsigned long texts;
  bool raw;                     /* the last event was raw input */
};

/* Adds KIND, S (N bytes) and, but for raw input, a newline.  */
static void
add (void *data, char kind, const char *s, size_t n)
{
  struct events *e = data;
  if (e->len + n + 64 >= sizeof e->buf)
    return;
  /* Raw input comes in chunks: one event for them all.  */
  if (kind != 'W' || !e->raw)
    e->buf[e->len++] = kind;
  e->raw = kind == 'W';
  memcpy (e->buf + e->len, s, n);
  e->len += n;
  if (kind != 'W')
    e->buf[e->len++] = '\n';
}

static void
on_raw (const char *buf, size_t n, void *data)
{
  add (data, 'W', buf, n);
}

static void
on_start (unsigned long number, void *data)
{
  char s[32];
  add (data, 'S', s, (size_t) snprintf (s, sizeof s, "%lu", number));
}

static void
on_header (const char *name, size_t name_len, const char *value, size_t value_len, void *data)
{
  if (name_len == 7 && memcmp (name, "Subject", 7) == 0)
    add (data, 'H', value, value_len);
}

/* The To of a returned message.  */
static void
on_returned (const char *name, size_t name_len, const char *value, size_t value_len, void *data)
{
  if (name_len == 2 && memcmp (name, "To", 2) == 0)
    add (data, 'O', value, value_len);
}

static void
on_text (const char *text, size_t n, unsigned long line, void *data)
{
  struct events *e = data;
  (void) line;
  e->texts++;
  add (data, 'T', text, n);
}

static void
on_recipient (const struct dsn_recipient *r, void *data)
{
  add (data, 'R', r->recipient, strlen (r->recipient));
}

static void
on_end (void *data)
{
  add (data, 'E', "", 0);
}

static const struct message_handler handler = {
  on_raw, on_start, on_header, on_text, on_recipient, on_end, on_returned
};

/* The events of reading INPUT (N bytes) fed STEP bytes at a time.  */
static const char *
read_mail (const char *input, size_t n, size_t step, struct events *e)
{
  memset (e, 0, sizeof *e);
  struct message_reader *r = message_new (&handler, e);
  for (size_t i = 0; i < n; i += step)
    message_feed (r, input + i, n - i < step ? n - i : step);
  message_finish (r);
  message_free (r);
  e->buf[e->len] = '\0';
  return e->buf;
}

/* The same events whatever the chunks and the line ends.  */
static void
check_read (const char *input, const char *expected)
{
  static char crlf[8192], cr[8192];
  struct events e;
  size_t n = strlen (input), k = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (input[i] == '\n')
        crlf[k++] = '\r';
      crlf[k++] = input[i];
      cr[i] = input[i] == '\n' ? '\r' : input[i];
    }
  for (size_t step = 1; step <= 7; step += 3)
    {
      ck_assert_str_eq (read_mail (input, n, step, &e), expected);
      ck_assert_str_eq (read_mail (crlf, k, step, &e), expected);
      ck_assert_str_eq (read_mail (cr, n, step, &e), expected);
    }
  ck_assert_str_eq (read_mail (input, n, n + 1, &e), expected);
}

START_TEST (mail_told_from_text)
{
  ck_assert (message_looks_like ("Return-Path: <>\n", 16));
  ck_assert (message_looks_like ("received: from x", 16));
  ck_assert (message_looks_like ("X-Apparently-To: a", 18));
  ck_assert (message_looks_like ("From MAILER-DAEMON Thu", 22));
  ck_assert (!message_looks_like ("From  x", 7));
  ck_assert (!message_looks_like ("From the provided debug logs, we", 32));
  ck_assert (message_looks_like ("From MAILER-DAEMON 1 Jan", 24));
  ck_assert (!message_looks_like ("Status: 5.1.1", 13));
  ck_assert (!message_looks_like ("Error: 554 5.7.1", 16));
  ck_assert (!message_looks_like ("Nov 30 12:00:00 mx postfix/smtp[1]:", 35));
  ck_assert (!message_looks_like ("", 0));
  /* A damaged first field followed by one a message starts with
     (rfc3464-29), in any line ends; not a pasted DSN.  */
  ck_assert (message_looks_like ("eturn-path: <>\nEnvelope-to: a@b\n", 33));
  /* A program's error above its trace is no header (tests/data/explain/wild).  */
  ck_assert (!message_looks_like ("Swift_TransportException: \"x\"\nfrom:\n/vendor/a.php\n", 50));
  ck_assert (!message_looks_like ("Exception: x\nfrom:\n", 19));
  ck_assert (message_looks_like ("eturn-path: <>\r\nFrom: a@b\r\n", 29));
  ck_assert (!message_looks_like ("Final-Recipient: a@b\nAction: failed\n", 37));
  /* A delivery-status part pasted alone, its Postfix fields after the
     first.  */
  ck_assert (!message_looks_like ("Reporting-MTA: dns; x\nX-Postfix-Queue-ID: 1\n", 44));
  ck_assert (!message_looks_like ("eturn-path: <>\nnot a field\n", 28));
  /* A report's part pasted with the line above it, or starting with a
     report's field then an X- field; but a message's header whose body
     is a report, and Oracle's Original-Recipient in a header.  */
  ck_assert (!message_looks_like ("MIME-Version: 1.0\nFinal-Recipient: rfc822; a@b\nAction: failed\n", 62));
  ck_assert (!message_looks_like ("Final-Recipient: rfc822; a@b\nX-Actual-Recipient: rfc822; c@d\n", 61));
  ck_assert (message_looks_like ("From: a@b\nContent-Type: message/delivery-status\n\nFinal-Recipient: x\nAction: failed\n", 83));
  ck_assert (message_looks_like ("Return-path: <>\nOriginal-recipient: rfc822;a@b\nStatus: RO\n", 58));
  struct events e;
  /* Text that is not mail is handed back as it came.  */
  ck_assert_str_eq (read_mail ("550 5.1.1 x\r\nmore", 17, 3, &e), "W550 5.1.1 x\r\nmore");
  ck_assert_str_eq (read_mail ("", 0, 1, &e), "");
}
END_TEST

START_TEST (mbox_read)
{
  check_read ("From a@b Thu Nov 26 12:00:00 2026\nSubject: =?UTF-8?Q?one?=\n\nbody 1\n"
              ">From the start\n>>From x\nFrom inside a paragraph\n\n"
              "From c@d Thu Nov 26 12:00:01 2026\nSubject: two\n\nbody 2",
              "S1\nHone\nTbody 1\nTFrom the start\nT>From x\nTFrom inside a paragraph\nT\nE\n"
              "S2\nHtwo\nTbody 2\nE\n");
}
END_TEST

/* Texts with their line numbers, and message numbers.  */
static void
on_numbered_text (const char *text, size_t n, unsigned long line, void *data)
{
  char s[32];
  add (data, 'L', s, (size_t) snprintf (s, sizeof s, "%lu", line));
  add (data, 'T', text, n);
}

static const struct message_handler numbered = {
  on_raw, on_start, on_header, on_numbered_text, on_recipient, on_end, NULL
};

/* The events of reading INPUT (N bytes) from offset AT on, numbered after
   what comes before it (counted with message_count_feed, STEP bytes at a
   time).  */
static const char *
read_from (const char *input, size_t n, size_t at, size_t step, struct events *e)
{
  struct message_count count = { 0 };
  for (size_t i = 0; i < at; i += step)
    message_count_feed (&count, input + i, at - i < step ? at - i : step);
  memset (e, 0, sizeof *e);
  struct message_reader *r = message_new (&numbered, e);
  message_start_after (r, &count);
  message_feed (r, input + at, n - at);
  message_finish (r);
  message_free (r);
  e->buf[e->len] = '\0';
  return e->buf;
}

START_TEST (counted_before)
{
  /* Read from each message on, numbered after a count of those before,
     the messages and lines are those of one reading: whatever the line
     ends and the chunks counted.  */
  static const char *const ends[] = { "\n", "\r\n", "\r" };
  for (size_t k = 0; k < 3; k++)
    {
      char input[1024];
      const char *e = ends[k];
      int n = snprintf (input, sizeof input,
                        "From a Thu%s%sbody%s%sFrom b Fri%sSubject: x%s%sFrom here%s%s%s"
                        "From c Sat%s%s550 5.1.1 gone%s",
                        e, e, e, e, e, e, e, e, e, e, e, e, e);
      struct events whole, part;
      read_from (input, (size_t) n, 0, 1, &whole);
      for (const char *from = input; (from = strstr (from + 1, "From ")) != NULL;)
        {
          size_t at = (size_t) (from - input);
          bool separator = from[-1] == '\n' || from[-1] == '\r';
          if (!separator || strncmp (from, "From here", 9) == 0)
            continue;
          for (size_t step = 1; step <= 7; step += 3)
            {
              read_from (input, (size_t) n, at, step, &part);
              ck_assert_uint_ge (whole.len, part.len);
              ck_assert_str_eq (whole.buf + whole.len - part.len, part.buf);
              ck_assert (part.len > 0 && part.buf[0] == 'S');
            }
        }
    }
}
END_TEST

START_TEST (counted_in_blocks)
{
  /* A count over chunks of many lines, without CR, goes by blocks: it
     finds the same messages and lines as one reading.  A "From " line
     starts a message only after a blank line and with more after
     "From ".  */
  char input[4096];
  size_t n = 0;
  for (int m = 0; m < 12; m++)
    n += (size_t) snprintf (input + n, sizeof input - n,
                            "From m%d Thu\nSubject: %d\n\nbody\nFrom inside\n\nFrom \n\n"
                            "550 5.1.1 gone\n%s\n", m, m, m % 3 ? "" : "\n\n");
  struct events whole, part;
  read_from (input, n, 0, n, &whole);
  for (const char *from = input; (from = strstr (from + 1, "\n\nFrom m")) != NULL;)
    {
      size_t at = (size_t) (from + 2 - input);
      for (size_t step = 16; step <= 4096; step *= 4)
        {
          read_from (input, n, at, step, &part);
          ck_assert_uint_ge (whole.len, part.len);
          ck_assert_str_eq (whole.buf + whole.len - part.len, part.buf);
          ck_assert (part.len > 0 && part.buf[0] == 'S');
        }
    }
}
END_TEST

START_TEST (parts_read)
{
  check_read ("Subject: s\nContent-Type: multipart/report;\n boundary=\"B1\"\n\npreamble\n"
              "--B1\nContent-Type: text/plain; charset=iso-8859-1\n"
              "Content-Transfer-Encoding: quoted-printable\n\nsaid: 550 5.=\n1.1 caf=E9\n"
              "--B1\nContent-Type: text/plain\nContent-Transfer-Encoding: BASE64\n\n"
              "NTUwIDUuMS4xIGEKNDUy\nIDQuMi4y\n"
              "--B1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
              "Final-Recipient: rfc822; bob@example.com\nStatus: 5.1.1\n"
              "--B1\nContent-Type: message/rfc822\n\nSubject: original\nTo: carol@example.org\n\n550 5.7.1 not this\n"
              "--B1\nContent-Type: text/rfc822-headers\n\nReceived: 550 5.7.1 nor this\n"
              "--B1\nContent-Type: text/rfc822-header\n\nReceived: 550 5.7.1 nor ARF's\n"
              "--B1\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nNTUw\n"
              "--B1--\nepilogue\n",
              "S1\nHs\nTpreamble\nTsaid: 550 5.1.1 caf\xc3\xa9\nT550 5.1.1 a\nT452 4.2.2\n"
              "Rbob@example.com\nOcarol@example.org\nE\n");
}
END_TEST

START_TEST (broken_structure_read)
{
  /* A missing closing boundary, an inner part that the outer boundary
     ends, a part with no blank line after its fields, invalid base64.  */
  check_read ("Content-Type: multipart/mixed; boundary=OUT\n\n--OUT\n"
              "Content-Type: multipart/alternative; boundary=IN\n\n--IN\n\ninner\n"
              "--OUT\nContent-Type: text/plain\nno blank line\n--OUT\n"
              "Content-Transfer-Encoding: base64\n\n!!!!NTUw*\n",
              "S1\nTinner\nTno blank line\nT550\nE\n");
  /* A boundary that no line has: the whole is read as text.  */
  check_read ("Content-Type: multipart/mixed; boundary=NONE\n\n--OTHER\n"
              "Content-Type: text/plain\n\n550 5.1.1\n",
              "S1\nT--OTHER\nTContent-Type: text/plain\nT\nT550 5.1.1\nE\n");
  /* No blank line after the message's fields at all.  */
  check_read ("Subject: x\n550 5.1.1 body\n", "S1\nHx\nT550 5.1.1 body\nE\n");
  check_read ("Subject: only fields", "S1\nHonly fields\nE\n");
}
END_TEST

START_TEST (forwarded_report_read)
{
  /* A report attached as message/rfc822 to a message without one is
     read; the original attached to a report is not.  */
  check_read ("Content-Type: multipart/mixed; boundary=A\n\n--A\n\nnotice\n--A\n"
              "Content-Type: message/rfc822\n\nSubject: inner\n"
              "Content-Type: multipart/report; boundary=R\n\n--R\n"
              "Content-Type: message/delivery-status\n\n"
              "Final-Recipient: rfc822; x@example.org\n--R--\n--A--\n",
              "S1\nTnotice\nRx@example.org\nE\n");
}
END_TEST

START_TEST (deep_nesting_bounded)
{
  /* Multiparts nested 1,000 deep: read to the depth kept, the rest
     passed over, the text after them read again.  */
  size_t size = 1000 * 80 + 256, n = 0;
  char *input = malloc (size);
  struct events e;
  ck_assert_ptr_nonnull (input);
  for (int i = 0; i < 1000; i++)
    n += (size_t) snprintf (input + n, size - n,
                            "Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n", i, i);
  n += (size_t) snprintf (input + n, size - n, "\ndeep 550 5.1.1\n--b0--\n");
  ck_assert_str_eq (read_mail (input, n, 4096, &e), "S1\nE\n");
  free (input);
}
END_TEST

START_TEST (long_lines_cut)
{
  size_t n = 3 * MESSAGE_LINE_MAX;
  char *input = malloc (n + 64);
  struct events e;
  ck_assert_ptr_nonnull (input);
  int k = snprintf (input, 64, "Subject: long\n\n");
  memset (input + k, 'a', n);
  memcpy (input + k + n - 4, "\n550", 4);
  read_mail (input, (size_t) k + n, 65536, &e);
  ck_assert_uint_eq (e.texts, 2);
  ck_assert_str_eq (e.buf + e.len - 8, "\nT550\nE\n");
  free (input);
}
END_TEST

Suite *
message_suite (void)
{
  Suite *s = suite_create ("message");
  TCase *tc = tcase_create ("reader");
  tcase_add_test (tc, mail_told_from_text);
  tcase_add_test (tc, mbox_read);
  tcase_add_test (tc, counted_before);
  tcase_add_test (tc, counted_in_blocks);
  tcase_add_test (tc, parts_read);
  tcase_add_test (tc, broken_structure_read);
  tcase_add_test (tc, forwarded_report_read);
  tcase_add_test (tc, deep_nesting_bounded);
  tcase_add_test (tc, long_lines_cut);
  suite_add_tcase (s, tc);
  return s;
}
