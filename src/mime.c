/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mime.c -- base64, quoted-printable, charsets and RFC 2047 encoded
   words, for the message reader.

   Written here rather than taken from a MIME library: the decoding a
   bounce needs is a few small loops, while GMime, the usual choice,
   would bring GLib into every lookup of a code.  Charsets are the one
   hard part, and they are left to iconv(3) of the C library: no charset
   table is written by hand.  */

#include <config.h>

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mime.h"
#include "scanchar.h"
#include "text.h"
#include "xalloc.h"

/* The value of base64 digit C, or -1.  */
static int
base64_value (unsigned char c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+')
    return 62;
  if (c == '/')
    return 63;
  return -1;
}

void
mime_base64_start (struct mime_base64 *state)
{
  *state = (struct mime_base64) { 0, 0, false };
}

size_t
mime_base64_decode (struct mime_base64 *state, const char *in, size_t n, char *out)
{
  size_t len = 0;
  for (size_t i = 0; i < n && !state->ended; i++)
    {
      if (in[i] == '=')
        {
          state->ended = true;
          break;
        }
      int v = base64_value ((unsigned char) in[i]);
      if (v < 0)
        continue;
      state->bits = (state->bits << 6 | (unsigned) v) & 0xffffff;
      state->nbits += 6;
      if (state->nbits >= 8)
        {
          state->nbits -= 8;
          out[len++] = (char) (state->bits >> state->nbits & 0xff);
        }
    }
  return len;
}

size_t
mime_qp_decode (const char *in, size_t n, char *out, bool *soft)
{
  size_t len = 0;
  /* Trailing white space was added in transport (RFC 2045, 6.7).  */
  while (n > 0 && (in[n - 1] == ' ' || in[n - 1] == '\t'))
    n--;
  *soft = n > 0 && in[n - 1] == '=';
  if (*soft)
    n--;
  for (size_t i = 0; i < n; i++)
    {
      int hi, lo;
      /* The bytes up to the next '=' are copied at once.  */
      const char *eq = memchr (in + i, '=', n - i);
      size_t run = eq ? (size_t) (eq - in) - i : n - i;
      memcpy (out + len, in + i, run);
      len += run;
      i += run;
      if (i == n)
        break;
      if (in[i] == '=' && i + 2 < n && (hi = hex_value (in[i + 1])) >= 0
          && (lo = hex_value (in[i + 2])) >= 0)
        {
          out[len++] = (char) (hi << 4 | lo);
          i += 2;
        }
      else
        out[len++] = in[i];
    }
  return len;
}

struct mime_charset
{
  bool pass;                    /* bytes kept as they are */
  signed char ascii;            /* ASCII is kept as it is: 1, 0, or -1 not known yet */
  iconv_t cd;
};

/* The iconv name for a lower-case LABEL: labels name the subset a sender
   meant, while mail in it uses the superset (GBK in "gb2312", Windows
   code pages in "shift_jis" and "iso-8859-1").  NULL: pass through.  */
static const char *
iconv_name (const char *label)
{
  static const struct { const char *label, *name; } aliases[] = {
    { "utf-8", NULL }, { "utf8", NULL }, { "us-ascii", NULL }, { "ascii", NULL },
    { "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
    { "euc-cn", "GB18030" }, { "gb18030", "GB18030" },
    { "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
    { "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
    { "x-sjis", "CP932" }, { "big5", "BIG5-HKSCS" }, { "ks_c_5601-1987", "CP949" },
  };
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
    if (strcmp (label, aliases[i].label) == 0)
      return aliases[i].name;
  return label;
}

struct mime_charset *
mime_charset_open (const char *label, size_t n)
{
  struct mime_charset *charset = xmalloc (sizeof *charset);
  char lower[64];
  charset->pass = true;
  charset->ascii = -1;
  if (n == 0 || n >= sizeof lower)
    return charset;
  for (size_t i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char) label[i];
      /* A label is a short token: anything else is no charset at all.  */
      if (c <= ' ' || c >= 0x7f || c == '/' || c == '"')
        return charset;
      lower[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  lower[n] = '\0';
  const char *name = iconv_name (lower);
  if (name)
    {
      charset->cd = iconv_open ("UTF-8", name);
      charset->pass = charset->cd == (iconv_t) -1;
    }
  return charset;
}

/* Whether IN (N bytes) is plain ASCII: no byte above 127, and none of
   the escape, shift-out and shift-in of the ISO 2022 charsets, which
   change what the bytes after them mean.  */
static bool
plain_ascii (const char *in, size_t n)
{
  size_t i = 0;
  /* Eight bytes at a time, where none is above 127 or below 32 (a
     subtraction that borrows only flags a word to look at byte by
     byte): every line of a bounce is tested.  */
  for (; n - i >= 8; i += 8)
    {
      uint64_t w;
      memcpy (&w, in + i, sizeof w);
      if (((w | (w - UINT64_C (0x2020202020202020))) & UINT64_C (0x8080808080808080)) != 0)
        break;
    }
  for (; i < n; i++)
    {
      unsigned char c = (unsigned char) in[i];
      if (c >= 0x80 || c == 0x1b || c == 0x0e || c == 0x0f)
        return false;
    }
  return true;
}

/* Whether CHARSET converts PROBE (N bytes) to itself.  */
static bool
kept (struct mime_charset *charset, const char *probe, size_t n)
{
  char out[MIME_CONVERT_SIZE (128)], *inp = (char *) probe, *outp = out;
  size_t inleft = n, outleft = sizeof out;
  iconv (charset->cd, NULL, NULL, NULL, NULL);
  return iconv (charset->cd, &inp, &inleft, &outp, &outleft) != (size_t) -1 && inleft == 0
    && (size_t) (outp - out) == n && memcmp (out, probe, n) == 0;
}

/* Whether CHARSET turns plain ASCII into itself: not so for UTF-16 or
   EBCDIC, nor for the charsets in which ASCII bytes other than the ISO
   2022 controls shift to others (UTF-7's '+' and '&', HZ's '~'), which
   these probes set off.  A line of ISO-2022-JP without an escape is
   ASCII, since each line is converted from the initial state.  */
static bool
keeps_ascii (struct mime_charset *charset)
{
  static const char *const probes[] = { "+AGE-", "&AGE-", "~{!!~}" };
  char all[128];
  size_t n = 0;
  for (int c = 0; c < 128; c++)
    if (c != 0x1b && c != 0x0e && c != 0x0f)
      all[n++] = (char) c;
  if (!kept (charset, all, n))
    return false;
  for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
    if (!kept (charset, probes[i], strlen (probes[i])))
      return false;
  return true;
}

static size_t convert (struct mime_charset *charset, const char *in, size_t n, char *out);

bool
mime_charset_keeps (struct mime_charset *charset, const char *in, size_t n)
{
  if (charset->pass)
    return true;
  /* Most lines of a bounce are ASCII, whatever the charset: iconv's
     cost for each line is spared where it would change nothing.  */
  if (charset->ascii < 0)
    charset->ascii = keeps_ascii (charset);
  return charset->ascii && plain_ascii (in, n);
}

size_t
mime_charset_convert (struct mime_charset *charset, const char *in, size_t n, char *out)
{
  if (mime_charset_keeps (charset, in, n))
    {
      memcpy (out, in, n);
      return n;
    }
  return convert (charset, in, n, out);
}

static size_t
convert (struct mime_charset *charset, const char *in, size_t n, char *out)
{
  char *inp = (char *) in, *outp = out;
  size_t inleft = n, outleft = MIME_CONVERT_SIZE (n);
  bool lost = false;
  iconv (charset->cd, NULL, NULL, NULL, NULL);
  while (inleft > 0)
    {
      if (iconv (charset->cd, &inp, &inleft, &outp, &outleft) != (size_t) -1)
        break;
      if (errno == E2BIG || outleft < 3)
        break;
      /* An invalid or cut sequence: one byte is lost.  */
      lost = true;
      memcpy (outp, "\xef\xbf\xbd", 3);
      outp += 3;
      outleft -= 3;
      inp++;
      inleft--;
    }
  if (lost && text_valid_utf8 (in, n))
    {
      memcpy (out, in, n);
      return n;
    }
  return (size_t) (outp - out);
}

void
mime_charset_close (struct mime_charset *charset)
{
  if (charset && !charset->pass)
    iconv_close (charset->cd);
  free (charset);
}

/* Decodes the encoded word at IN (N bytes, starting "=?") into OUT.
   Returns the bytes of IN it took, or 0 when it is not one.  */
static size_t
decode_word (const char *in, size_t n, char *out, size_t *written)
{
  const char *q1 = n > 2 ? memchr (in + 2, '?', n - 2) : NULL;
  if (q1 == NULL || q1 + 3 >= in + n || q1[2] != '?')
    return 0;
  const char *data = q1 + 3, *end = data;
  while (end + 1 < in + n && !(end[0] == '?' && end[1] == '='))
    {
      if (*end == ' ' || *end == '\t')
        return 0;
      end++;
    }
  if (end + 1 >= in + n)
    return 0;
  char enc = (char) (q1[1] | 0x20);
  char raw[1024];
  size_t len = 0, dlen = (size_t) (end - data);
  if (dlen > sizeof raw || (enc != 'b' && enc != 'q'))
    return 0;
  if (enc == 'b')
    {
      struct mime_base64 b64;
      mime_base64_start (&b64);
      len = mime_base64_decode (&b64, data, dlen, raw);
    }
  else
    {
      bool soft;
      char under[1024];
      for (size_t i = 0; i < dlen; i++)
        under[i] = data[i] == '_' ? ' ' : data[i];
      len = mime_qp_decode (under, dlen, raw, &soft);
    }
  /* "UTF-8*en": a language may follow the charset (RFC 2231).  */
  const char *star = memchr (in + 2, '*', (size_t) (q1 - in - 2));
  struct mime_charset *charset = mime_charset_open (in + 2, (size_t) ((star ? star : q1) - in - 2));
  *written = mime_charset_convert (charset, raw, len, out);
  mime_charset_close (charset);
  return (size_t) (end + 2 - in);
}

size_t
mime_decode_words (const char *in, size_t n, char *out)
{
  size_t len = 0, i = 0, gap_start = 0;
  bool after_word = false;
  while (i < n)
    {
      size_t written = 0, took = 0;
      if (in[i] == '=' && i + 1 < n && in[i + 1] == '?')
        took = decode_word (in + i, n - i, out + len, &written);
      if (took > 0)
        {
          len += written;
          i += took;
          after_word = true;
          gap_start = i;
          continue;
        }
      if (after_word && (in[i] == ' ' || in[i] == '\t'))
        {
          i++;
          continue;
        }
      /* The white space after an encoded word counts unless another
         encoded word follows it.  */
      for (size_t k = gap_start; after_word && k < i; k++)
        out[len++] = in[k];
      after_word = false;
      out[len++] = in[i++];
    }
  return len;
}
