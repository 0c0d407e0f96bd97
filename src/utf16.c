/* SPDX-License-Identifier: GPL-3.0-or-later */
/* utf16.c -- input written in UTF-16, turned to UTF-8 (see utf16.h).  */

#include <config.h>

#include "utf16.h"

/* How many bytes of input are turned at a time: the UTF-8 of a code
   unit takes at most 3 bytes, of a surrogate pair 4.  */
#define SLICE 8192

bool
utf16_marked (const char *s, size_t n)
{
  const unsigned char *u = (const unsigned char *) s;
  return n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
}

void
utf16_start (struct utf16_reader *r, utf16_emit *emit, void *data)
{
  *r = (struct utf16_reader) { .order = UTF16_UNDECIDED, .emit = emit, .data = data };
}

static size_t
put_utf8 (unsigned cp, char *out)
{
  if (cp < 0x80)
    {
      out[0] = (char) cp;
      return 1;
    }
  if (cp < 0x800)
    {
      out[0] = (char) (0xC0 | cp >> 6);
      out[1] = (char) (0x80 | (cp & 0x3F));
      return 2;
    }
  if (cp < 0x10000)
    {
      out[0] = (char) (0xE0 | cp >> 12);
      out[1] = (char) (0x80 | (cp >> 6 & 0x3F));
      out[2] = (char) (0x80 | (cp & 0x3F));
      return 3;
    }
  out[0] = (char) (0xF0 | cp >> 18);
  out[1] = (char) (0x80 | (cp >> 12 & 0x3F));
  out[2] = (char) (0x80 | (cp >> 6 & 0x3F));
  out[3] = (char) (0x80 | (cp & 0x3F));
  return 4;
}

#define REPLACEMENT 0xFFFD

/* Writes the UTF-8 of the code unit UNIT to OUT, pairing surrogates;
   returns how many bytes it wrote.  */
static size_t
put_unit (struct utf16_reader *r, unsigned unit, char *out)
{
  size_t len = 0;
  if (r->high != 0)
    {
      unsigned high = r->high;
      r->high = 0;
      if (unit >= 0xDC00 && unit <= 0xDFFF)
        return put_utf8 (0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), out);
      len = put_utf8 (REPLACEMENT, out);
    }
  if (unit >= 0xD800 && unit <= 0xDBFF)
    r->high = unit;
  else
    len += put_utf8 (unit >= 0xDC00 && unit <= 0xDFFF ? REPLACEMENT : unit, out + len);
  return len;
}

static unsigned
unit_at (const struct utf16_reader *r, const unsigned char *b)
{
  return r->order == UTF16_LITTLE ? (unsigned) (b[0] | b[1] << 8) : (unsigned) (b[0] << 8 | b[1]);
}

/* Turns the N bytes at S, N at most SLICE, a half code unit perhaps
   held before them.  */
static void
decode_slice (struct utf16_reader *r, const unsigned char *s, size_t n)
{
  char out[SLICE / 2 * 3 + 8];
  size_t len = 0, i = 0;
  if (r->nheld == 1 && n > 0)
    {
      r->held[1] = s[i++];
      r->nheld = 0;
      len += put_unit (r, unit_at (r, r->held), out + len);
    }
  for (; i + 1 < n; i += 2)
    len += put_unit (r, unit_at (r, s + i), out + len);
  if (i < n)
    r->held[r->nheld++] = s[i];
  if (len > 0)
    r->emit (r->data, out, len);
}

/* Decides the input's encoding by its first two bytes, held in R.  */
static void
decide_order (struct utf16_reader *r)
{
  if (utf16_marked ((const char *) r->held, r->nheld))
    {
      r->order = r->held[0] == 0xFF ? UTF16_LITTLE : UTF16_BIG;
      r->nheld = 0;
      return;
    }
  r->order = UTF16_NONE;
  if (r->nheld > 0)
    r->emit (r->data, (const char *) r->held, r->nheld);
  r->nheld = 0;
}

void
utf16_feed (struct utf16_reader *r, const char *s, size_t n)
{
  while (r->order == UTF16_UNDECIDED && n > 0)
    {
      r->held[r->nheld++] = (unsigned char) *s++;
      n--;
      if (r->nheld == 2)
        decide_order (r);
    }
  if (n == 0)
    return;
  if (r->order == UTF16_NONE)
    {
      r->emit (r->data, s, n);
      return;
    }
  for (size_t at = 0; at < n; at += SLICE)
    decode_slice (r, (const unsigned char *) s + at, n - at < SLICE ? n - at : SLICE);
}

void
utf16_finish (struct utf16_reader *r)
{
  char out[8];
  size_t len = 0;
  if (r->order == UTF16_UNDECIDED)
    {
      decide_order (r);
      return;
    }
  if (r->high != 0)
    len += put_utf8 (REPLACEMENT, out);
  if (r->nheld > 0)
    len += put_utf8 (REPLACEMENT, out + len);
  r->high = 0;
  r->nheld = 0;
  if (len > 0)
    r->emit (r->data, out, len);
}
