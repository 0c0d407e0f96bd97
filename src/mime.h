/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mime.h -- the decoders a mail client needs to read a bounce: base64,
   quoted-printable, charsets to UTF-8 (iconv(3)), and RFC 2047 encoded
   words in header fields.

   Every decoder is forgiving: bytes it cannot decode are skipped or
   kept as they are, never an error, because a bounce is read for what
   can be read in it.  Each works on a pointer and a length and writes
   into a buffer the caller sizes as each function says.  */

#ifndef SMTPCODE_MIME_H
#define SMTPCODE_MIME_H

#include <stdbool.h>
#include <stddef.h>

/* Base64 decoding across lines and chunks: the bits left over from one
   call are kept for the next.  */
struct mime_base64
{
  unsigned long bits;
  int nbits;
  bool ended;                   /* '=' padding seen: the rest is ignored */
};

void mime_base64_start (struct mime_base64 *state);
/* Decodes IN (N bytes) into OUT, which holds at least N bytes.  Bytes
   outside the alphabet (line ends, junk) are skipped.  Returns the number
   of bytes written.  */
size_t mime_base64_decode (struct mime_base64 *state, const char *in, size_t n, char *out);

/* Decodes one quoted-printable line IN (N bytes, without its line end)
   into OUT, which holds at least N bytes.  *SOFT tells whether the line
   ended with a soft line break ("=" at its end): the next line then goes
   on where this one stops.  A malformed escape is kept as it is.  */
size_t mime_qp_decode (const char *in, size_t n, char *out, bool *soft);

/* A conversion from a charset label to UTF-8.  */
struct mime_charset;

/* Opens the conversion for LABEL (N bytes, as a Content-Type gives it).
   UTF-8, US-ASCII, an unknown label or no label (N = 0) give a
   conversion that passes bytes through unchanged.  */
struct mime_charset *mime_charset_open (const char *label, size_t n);
/* The largest output of mime_charset_convert for N bytes of input.  */
#define MIME_CONVERT_SIZE(n) (4 * (n) + 16)
/* Converts one line IN (N bytes) into OUT (MIME_CONVERT_SIZE (N) bytes).
   Bytes that are invalid in the charset become U+FFFD, unless the line
   is valid UTF-8 as it is: then the label lied and the line is kept.  */
size_t mime_charset_convert (struct mime_charset *charset, const char *in, size_t n, char *out);

/* Whether CHARSET converts IN (N bytes) to itself, as it does plain ASCII
   in most charsets: then IN serves as it is, without a copy.  */
bool mime_charset_keeps (struct mime_charset *charset, const char *in, size_t n);
void mime_charset_close (struct mime_charset *charset);

/* Decodes the RFC 2047 encoded words ("=?UTF-8?B?...?=") of header field
   value IN (N bytes) into OUT (MIME_CONVERT_SIZE (N) bytes), as UTF-8;
   the white space between two encoded words is dropped.  Returns the
   number of bytes written.  */
size_t mime_decode_words (const char *in, size_t n, char *out);

#endif
