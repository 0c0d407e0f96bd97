/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_message.c -- libFuzzer target: the message reader and the bounce
   collector on any bytes, fed in pieces whose sizes come from the input
   itself, as explain uses them.  */

#include <config.h>

#include <stddef.h>
#include <string.h>

#include "bounce.h"
#include "explain.h"
#include "message.h"

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

struct run
{
  struct explain_scanner *scanner;
  struct bounce *bounce;
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
touch_bounce (const struct bounce_finding *b, void *data)
{
  struct run *r = data;
  r->sum += strlen (b->recipient) + strlen (b->action) + strlen (b->remote) + b->nothers
    + (size_t) b->cause + strlen (b->words);
  touch (&b->reply, data);
}

static void
on_raw (const char *buf, size_t n, void *data)
{
  struct run *r = data;
  explain_feed (r->scanner, buf, n);
}

static void
on_start (unsigned long number, void *data)
{
  struct run *r = data;
  bounce_start (r->bounce, number);
}

static void
on_header (const char *name, size_t name_len, const char *value, size_t value_len, void *data)
{
  struct run *r = data;
  bounce_header (r->bounce, name, name_len, value, value_len);
}

static void
on_text (const char *text, size_t n, unsigned long line, void *data)
{
  struct run *r = data;
  bounce_text (r->bounce, text, n, line);
}

static void
on_recipient (const struct dsn_recipient *recipient, void *data)
{
  struct run *r = data;
  bounce_recipient (r->bounce, recipient);
}

static void
on_end (void *data)
{
  struct run *r = data;
  bounce_end (r->bounce);
}

static const struct message_handler handler = {
  on_raw, on_start, on_header, on_text, on_recipient, on_end
};

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  struct run r = { 0 };
  if (size == 0)
    return 0;
  r.scanner = explain_new (touch, &r);
  r.bounce = bounce_new (touch_bounce, &r);
  struct message_reader *reader = message_new (&handler, &r);
  /* The first byte chooses pieces of 1 to 128 bytes, or the whole.  */
  size_t step = data[0] & 0x80 ? size : data[0] % 128 + 1;
  for (size_t at = 1; at < size; at += step)
    message_feed (reader, (const char *) data + at, at + step <= size ? step : size - at);
  message_finish (reader);
  explain_finish (r.scanner);
  message_free (reader);
  bounce_free (r.bounce);
  explain_free (r.scanner);
  return 0;
}
