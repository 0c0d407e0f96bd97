/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_message.c -- libFuzzer target: the message reader and the bounce
   collector on any bytes (in UTF-16 when they start with its byte order
   mark), fed in pieces whose sizes come from the input itself, as
   explain uses them; and the count of lines and messages, alike
   whatever the pieces.  */

#include <config.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "bounce.h"
#include "explain.h"
#include "message.h"
#include "utf16.h"

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

struct run
{
  struct bounce_reading reading;
  size_t sum;
};

static void
touch (const struct explain_finding *f, void *data)
{
  struct run *r = data;
  for (size_t i = 0; i < f->text_len; i++)
    r->sum += (unsigned char) f->text[i];
}

static void
feed_reader (void *reader, const char *s, size_t n)
{
  message_feed (reader, s, n);
}

static void
touch_bounce (const struct bounce_finding *b, void *data)
{
  struct run *r = data;
  r->sum += strlen (b->recipient) + strlen (b->action) + strlen (b->remote) + b->nothers
    + (size_t) b->cause + strlen (b->words);
  touch (&b->reply, data);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  struct run r = { { NULL, NULL, 0 }, 0 };
  if (size == 0)
    return 0;
  r.reading.scanner = explain_new (touch, &r);
  r.reading.bounce = bounce_new (touch_bounce, &r);
  struct message_reader *reader = message_new (&bounce_reading_handler, &r.reading);
  /* The first byte chooses pieces of 1 to 128 bytes, or the whole.  */
  size_t step = data[0] & 0x80 ? size : data[0] % 128 + 1;
  struct utf16_reader text;
  utf16_start (&text, feed_reader, reader);
  for (size_t at = 1; at < size; at += step)
    utf16_feed (&text, (const char *) data + at, at + step <= size ? step : size - at);
  utf16_finish (&text);
  message_finish (reader);
  explain_finish (r.reading.scanner);
  message_free (reader);
  bounce_free (r.reading.bounce);
  explain_free (r.reading.scanner);
  /* The count of what comes before a part of a mailbox does not depend
     on the pieces: in blocks, in pieces of STEP and byte by byte.  */
  struct message_count whole = { 0 }, pieces = { 0 }, bytes = { 0 };
  message_count_feed (&whole, (const char *) data + 1, size - 1);
  for (size_t at = 1; at < size; at += step)
    message_count_feed (&pieces, (const char *) data + at, at + step <= size ? step : size - at);
  for (size_t at = 1; at < size; at++)
    message_count_feed (&bytes, (const char *) data + at, 1);
  if (whole.lines != bytes.lines || whole.messages != bytes.messages
      || pieces.lines != bytes.lines || pieces.messages != bytes.messages)
    abort ();
  return 0;
}
