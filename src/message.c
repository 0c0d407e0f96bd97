/* SPDX-License-Identifier: GPL-3.0-or-later */
/* message.c -- the structure of mail: mbox separators, header fields,
   MIME multiparts, and which part is decoded and handed on as what.

   Not a MIME library, for the reason given in mime.c: what a bounce needs
   is small enough to write, and it must stream.  The reader works line by
   line; a multipart's boundaries are kept on a stack of fixed depth, and
   a boundary line closes whatever parts it encloses, so a missing closing
   boundary or an unterminated part loses nothing but itself.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bytesearch.h"
#include "message.h"
#include "mime.h"
#include "scanchar.h"
#include "xalloc.h"

enum mode { MODE_UNDECIDED, MODE_RAW, MODE_MAIL };
enum kind { KIND_TEXT, KIND_DSN, KIND_SKIP };
enum encoding { ENC_NONE, ENC_BASE64, ENC_QP };

/* The undecided start of the input kept to look at its first line.  */
#define PREFIX_MAX 1024
#define BOUNDARY_MAX 80

struct message_reader
{
  const struct message_handler *handler;
  void *data;
  enum mode mode;
  char prefix[PREFIX_MAX];
  size_t prefix_len;

  char *line;                   /* the line being collected */
  size_t line_len;
  bool after_cr;                /* a CR ended the last line: skip an LF */
  unsigned long line_no;

  bool mbox, prev_blank, in_message;
  unsigned long messages;

  /* Header fields of the entity being read.  */
  bool in_headers, top;
  bool wrapped;                 /* the headers are of a message/rfc822 part */
  bool returned;                /* ... that follows a report: the original */
  bool seen_report;             /* the message has a delivery status part */
  char field[4096];
  size_t field_len;
  size_t field_name_len;        /* of its name, when field_len > 0 */
  char type[64], charset[40], boundary[BOUNDARY_MAX + 1];
  enum encoding header_encoding;

  /* The body being read.  */
  enum kind kind;
  enum encoding encoding;
  struct mime_charset *converter; /* one of charsets, or NULL */
  /* The conversions opened last, kept for the parts to come: opening
     one costs more than reading most parts.  */
  struct
  {
    char label[40];
    struct mime_charset *charset;
  } charsets[4];
  size_t next_charset;
  struct mime_base64 base64;
  char *decoded;                /* a decoded line being assembled */
  size_t decoded_len;
  bool decoded_cr;
  char *converted;
  struct dsn_parser dsn;

  char boundaries[MESSAGE_DEPTH_MAX][BOUNDARY_MAX + 1];
  int depth;
};

struct message_reader *
message_new (const struct message_handler *handler, void *data)
{
  struct message_reader *r = xcalloc (1, sizeof *r);
  r->handler = handler;
  r->data = data;
  r->line = xmalloc (MESSAGE_LINE_MAX);
  r->decoded = xmalloc (MESSAGE_LINE_MAX);
  r->converted = xmalloc (MIME_CONVERT_SIZE (MESSAGE_LINE_MAX));
  return r;
}

void
message_free (struct message_reader *r)
{
  if (r == NULL)
    return;
  for (size_t i = 0; i < sizeof r->charsets / sizeof r->charsets[0]; i++)
    mime_charset_close (r->charsets[i].charset);
  free (r->line);
  free (r->decoded);
  free (r->converted);
  free (r);
}

/* A character of a field name: printable ASCII but the colon, and
   none of the specials of addresses, so that "<bob@example.com>: ..."
   in a body without a blank line before it is no header field.  */
static bool
field_name_char (char c)
{
  switch (c)
    {
    case ':': case '<': case '>': case '@': case '(': case ')': case '[': case ']':
    case ',': case ';': case '\\': case '"':
      return false;
    default:
      return c > ' ' && c < 0x7f;
    }
}

/* The length of the field name LINE starts with, when a colon follows
   it, else 0.  */
static size_t
field_name (const char *line, size_t n)
{
  size_t i = 0;
  while (i < n && field_name_char (line[i]))
    i++;
  return i > 0 && i < n && line[i] == ':' ? i : 0;
}

/* Whether a reply code ("550 ", "550-") is the first thing after the
   name of NAME bytes and its colon that start LINE (N bytes): what a
   log labels, as hMailServer's "RECEIVED: 550-5.1.1 ...", is no field
   of a message, whose Received starts with "from" or "by".  */
static bool
reply_after (const char *line, size_t n, size_t name)
{
  size_t i = name + 1;
  while (i < n && line[i] == ' ')
    i++;
  return name > 0 && i + 3 < n && line[i] >= '2' && line[i] <= '5' && is_digit (line[i + 1])
    && is_digit (line[i + 2]) && (line[i + 3] == ' ' || line[i + 3] == '-');
}

/* Whether LINE (N bytes) starts with a field a message, stored or
   received, starts with; another "Name:" is more likely a pasted DSN
   field or a log's "Error:".  */
static bool
first_field (const char *line, size_t n)
{
  static const char *const first[] = {
    "Return-Path", "Received", "Delivered-To", "Date", "From", "To", "Subject",
    "Message-ID", "MIME-Version", "Content-Type", "Sender", "Reply-To",
    "Newsgroups", "Envelope-To", "DKIM-Signature", "Authentication-Results",
    "Precedence", "Auto-Submitted",
  };
  size_t name = field_name (line, n);
  if (name >= 2 && (line[0] == 'X' || line[0] == 'x') && line[1] == '-')
    return true;
  if (reply_after (line, n, name))
    return false;
  for (size_t i = 0; i < sizeof first / sizeof first[0]; i++)
    if (strlen (first[i]) == name && strncasecmp (line, first[i], name) == 0)
      return true;
  return false;
}

/* Whether the field that starts LINE (N bytes) has a value on it.  */
static bool
has_value (const char *line, size_t n)
{
  for (size_t i = field_name (line, n) + 1; i < n && line[i] != '\n' && line[i] != '\r'; i++)
    if (line[i] != ' ' && line[i] != '\t')
      return true;
  return false;
}

/* Where the line after the first of START (N bytes) starts, or N.  */
static size_t
next_line (const char *start, size_t n)
{
  size_t i = 0;
  while (i < n && start[i] != '\n' && start[i] != '\r')
    i++;
  if (i < n && start[i] == '\r')
    i++;
  if (i < n && start[i] == '\n')
    i++;
  return i;
}

/* Where the field after the first of START (N bytes) starts, past the
   first's folded lines ("Comment: ..." then "\twhen ..."), or N.  */
static size_t
second_field (const char *start, size_t n)
{
  size_t i = next_line (start, n);
  while (i < n && (start[i] == ' ' || start[i] == '\t'))
    i += next_line (start + i, n - i);
  return i;
}

/* Whether S (N bytes) starts with the line that starts a message of an
   mbox: "From " and the envelope sender, then the date ("From
   MAILER-DAEMON Thu Jul  2 19:38:05 2009"), or a bounce's empty sender
   then the date with its day and month ("From   Fri Apr  3 11:37:28
   2009"); not prose pasted from a page ("From the provided debug logs,
   we can see ...").  */
static bool
mbox_from_line (const char *s, size_t n)
{
  static const char days[][4] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  size_t i = 5;
  while (i < n && s[i] != ' ' && s[i] != '\n')
    i++;
  bool sender = i > 5;
  while (i < n && s[i] == ' ')
    i++;
  if (sender && i < n && is_digit (s[i]))
    return true;
  for (size_t d = 0; d < sizeof days / sizeof days[0]; d++)
    if (n - i >= 3 && memcmp (s + i, days[d], 3) == 0)
      return sender || (n - i >= 8 && s[i + 3] == ' ' && is_alpha (s[i + 4])
                        && is_alpha (s[i + 5]) && is_alpha (s[i + 6]) && s[i + 7] == ' ');
  return false;
}

/* Whether the first line of S (N bytes) holds the fields of a whole
   header, as a page that lost its line breaks shows a bounce: "From:
   Mail Delivery Subsystem <...> Subject: Delivery Status Notification
   (Failure) Content-Type: ... Diagnostic-Code: smtp; 550 ...".  */
static bool
header_on_one_line (const char *s, size_t n)
{
  static const char *const fields[] = { " Subject: ", " Content-Type: ", " Message-ID: " };
  const char *end = memchr (s, '\n', n);
  size_t line = end ? (size_t) (end - s) : n;
  /* Byte by byte: the vector search may read past a short input.  */
  for (size_t i = 0; i < line; i++)
    for (size_t f = 0; s[i] == ' ' && f < sizeof fields / sizeof fields[0]; f++)
      if (line - i >= strlen (fields[f]) && strncasecmp (s + i, fields[f], strlen (fields[f])) == 0)
        return true;
  return false;
}

/* Whether LINE (N bytes) starts with a field of a delivery report's,
   which a message's header never holds.  (Oracle's Messaging Server
   puts an Original-Recipient in a message's header, and an mbox a
   Status.)  */
static bool
report_field (const char *line, size_t n)
{
  static const char fields[][18] = {
    "Reporting-MTA", "Final-Recipient", "Action", "Diagnostic-Code", "Remote-MTA",
    "Arrival-Date", "Received-From-MTA",
  };
  size_t name = field_name (line, n);
  for (size_t f = 0; name > 0 && f < sizeof fields / sizeof fields[0]; f++)
    if (strlen (fields[f]) == name && strncasecmp (line, fields[f], name) == 0)
      return true;
  return false;
}

/* Whether two of the fields that follow the first of START (N bytes),
   among the next few, are a delivery report's: a report's part pasted
   with the MIME-Version or Content-Type line above it ("MIME-Version:
   1.0" then "Final-Recipient: ...", "Action: failed", "Status: 4.2.2"),
   not a message's header.  */
static bool
report_fields_follow (const char *start, size_t n)
{
  size_t at = 0;
  int seen = 0;
  for (int line = 0; line < 6 && at < n && seen < 2; line++)
    {
      at += second_field (start + at, n - at);
      if (at < n && (start[at] == '\n' || start[at] == '\r'))
        break;                  /* the header ends; a report may be its body */
      seen += report_field (start + at, n - at);
    }
  return seen == 2;
}

bool
message_looks_like (const char *start, size_t n)
{
  if (n >= 5 && memcmp (start, "From ", 5) == 0)
    return mbox_from_line (start, n);
  if (first_field (start, n))
    return !header_on_one_line (start, n) && !report_fields_follow (start, n);
  /* A first field whose name was damaged ("eturn-path: <>") followed by
     one a message starts with is still the header of a message; but not
     a program's error pasted above its trace ("Swift_TransportException:
     ..." then "from:"): a damaged name keeps to letters, digits and '-',
     and the next field has a value.  */
  size_t name = field_name (start, n), next = second_field (start, n);
  /* A delivery-status part pasted alone starts with one of the report's
     own fields: its status is read line by line.  */
  if (report_field (start, n))
    return false;
  for (size_t i = 0; i < name; i++)
    if (!is_alnum (start[i]) && start[i] != '-')
      return false;
  return name > 0 && next < n && first_field (start + next, n - next)
    && has_value (start + next, n - next);
}

/* Copies parameter PARAM of header value V (N bytes) into OUT (SIZE
   bytes), unquoted; "" when absent.  */
static void
get_param (const char *v, size_t n, const char *param, char *out, size_t size)
{
  size_t plen = strlen (param);
  out[0] = '\0';
  for (size_t i = 0; i + plen < n; i++)
    {
      if (v[i] != ';' && v[i] != ' ' && v[i] != '\t')
        continue;
      size_t k = i + 1;
      while (k < n && (v[k] == ' ' || v[k] == '\t'))
        k++;
      if (k + plen >= n || strncasecmp (v + k, param, plen) != 0 || v[k + plen] != '=')
        continue;
      k += plen + 1;
      bool quoted = k < n && v[k] == '"';
      size_t len = 0;
      for (k += quoted; k < n && len + 1 < size; k++)
        {
          if (quoted ? v[k] == '"' : (v[k] == ';' || v[k] == ' ' || v[k] == '\t'))
            break;
          out[len++] = v[k];
        }
      out[len] = '\0';
      return;
    }
}

/* Whether V (N bytes) holds "=?", the start of an encoded word: a
   search for '=' costs less than the C library's memmem for two bytes.  */
static bool
has_encoded_word (const char *v, size_t n)
{
  for (const char *eq = v; n > 1 && (eq = memchr (eq, '=', (size_t) (v + n - 1 - eq))) != NULL;
       eq++)
    if (eq[1] == '?')
      return true;
  return false;
}

/* Takes in the header field collected: the ones that say how to read the
   body, and the message's own for the handler.  */
static void
end_field (struct message_reader *r)
{
  size_t n = r->field_len, name = n > 0 ? r->field_name_len : 0;
  r->field_len = 0;
  if (name == 0)
    return;
  const char *v = r->field + name + 1;
  size_t vn = n - name - 1;
  while (vn > 0 && (*v == ' ' || *v == '\t'))
    v++, vn--;
  if (name == 12 && strncasecmp (r->field, "Content-Type", 12) == 0)
    {
      size_t t = 0;
      while (t < vn && t + 1 < sizeof r->type && v[t] != ';' && v[t] != ' ' && v[t] != '\t')
        {
          r->type[t] = (char) (v[t] >= 'A' && v[t] <= 'Z' ? v[t] + 32 : v[t]);
          t++;
        }
      r->type[t] = '\0';
      get_param (v, vn, "boundary", r->boundary, sizeof r->boundary);
      get_param (v, vn, "charset", r->charset, sizeof r->charset);
    }
  else if (name == 25 && strncasecmp (r->field, "Content-Transfer-Encoding", 25) == 0)
    {
      if (vn >= 6 && strncasecmp (v, "base64", 6) == 0)
        r->header_encoding = ENC_BASE64;
      else if (vn >= 16 && strncasecmp (v, "quoted-printable", 16) == 0)
        r->header_encoding = ENC_QP;
    }
  if (!r->top && r->wrapped && r->handler->returned)
    r->handler->returned (r->field, name, v, vn, r->data);
  if (r->top && r->handler->header)
    {
      /* Most values hold no encoded word to decode.  */
      if (!has_encoded_word (v, vn))
        r->handler->header (r->field, name, v, vn, r->data);
      else
        r->handler->header (r->field, name, r->converted, mime_decode_words (v, vn, r->converted),
                            r->data);
    }
}

/* A new entity's header fields start.  */
static void
start_headers (struct message_reader *r, bool top)
{
  r->in_headers = true;
  r->top = top;
  r->field_len = 0;
  r->type[0] = r->charset[0] = r->boundary[0] = '\0';
  r->header_encoding = ENC_NONE;
}

/* Hands on one decoded line of the body.  */
static void
body_line (struct message_reader *r, const char *s, size_t n)
{
  if (r->kind == KIND_DSN)
    dsn_line (&r->dsn, s, n, r->line_no);
  else if (r->kind == KIND_TEXT && mime_charset_keeps (r->converter, s, n))
    /* Most lines: handed on where they lie.  */
    r->handler->text (s, n, r->line_no, r->data);
  else if (r->kind == KIND_TEXT)
    {
      size_t len = mime_charset_convert (r->converter, s, n, r->converted);
      r->handler->text (r->converted, len, r->line_no, r->data);
    }
}

/* Ends the body being read: what its decoders hold is handed on.  */
static void
end_body (struct message_reader *r)
{
  if (r->decoded_len > 0)
    body_line (r, r->decoded, r->decoded_len);
  r->decoded_len = 0;
  if (r->kind == KIND_DSN)
    dsn_finish (&r->dsn);
  r->kind = KIND_SKIP;
  r->converter = NULL;
}

static void
on_recipient (const struct dsn_recipient *recipient, void *data)
{
  struct message_reader *r = data;
  r->handler->recipient (recipient, r->data);
}

/* The conversion for the charset of the part, opened or kept from a
   part before.  */
static struct mime_charset *
open_charset (struct message_reader *r)
{
  size_t count = sizeof r->charsets / sizeof r->charsets[0];
  for (size_t i = 0; i < count; i++)
    if (r->charsets[i].charset && strcmp (r->charsets[i].label, r->charset) == 0)
      return r->charsets[i].charset;
  size_t k = r->next_charset++ % count;
  mime_charset_close (r->charsets[k].charset);
  strcpy (r->charsets[k].label, r->charset);
  r->charsets[k].charset = mime_charset_open (r->charset, strlen (r->charset));
  return r->charsets[k].charset;
}

/* The header fields have ended: the body starts.  */
static void
start_body (struct message_reader *r)
{
  const char *t = r->type;
  end_field (r);
  r->in_headers = false;
  r->kind = KIND_SKIP;
  bool wrapped = r->wrapped, returned = r->returned;
  r->wrapped = r->returned = false;
  r->encoding = r->header_encoding;
  r->decoded_len = 0;
  r->decoded_cr = false;
  mime_base64_start (&r->base64);
  /* A message/rfc822 part is the returned original, unless the message
     has no report of its own and this one is a report: a bounce that
     came back attached to another.  */
  if (wrapped && (returned || strcmp (t, "multipart/report") != 0))
    return;
  if (strcmp (t, "message/rfc822") == 0)
    {
      /* After a report, only the original's fields are told.  */
      start_headers (r, false);
      r->wrapped = true;
      r->returned = r->seen_report;
      return;
    }
  if (strncmp (t, "multipart/", 10) == 0 && r->boundary[0])
    {
      /* Parts nested deeper than the stack holds are passed over.  */
      if (r->depth == MESSAGE_DEPTH_MAX)
        return;
      strcpy (r->boundaries[r->depth++], r->boundary);
      /* The preamble is read as text: with a boundary that matches no
         line, it is all there is.  */
    }
  if (strcmp (t, "message/delivery-status") == 0
      || strcmp (t, "message/global-delivery-status") == 0)
    {
      r->kind = KIND_DSN;
      r->seen_report = true;
      dsn_start (&r->dsn, on_recipient, r);
    }
  /* A type without its subtype ("Content-Type: text", ListProcessor's)
     is no valid type: RFC 2045 5.2 reads it as text/plain.  */
  else if (strchr (t, '/') == NULL || strncmp (t, "text/", 5) == 0
           || strncmp (t, "multipart/", 10) == 0)
    {
      /* The returned original's header; ARF's drafts and AOL's reports
         name the type in the singular.  */
      if (strcmp (t, "text/rfc822-headers") == 0 || strcmp (t, "text/rfc822-header") == 0)
        return;
      r->converter = open_charset (r);
      r->kind = KIND_TEXT;
    }
}

/* Appends decoded bytes S (N) to the line being assembled, handing on
   each line they end.  */
static void
add_decoded (struct message_reader *r, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      char c = s[i];
      if (c == '\n' && r->decoded_cr)
        {
          r->decoded_cr = false;
          continue;
        }
      r->decoded_cr = c == '\r';
      if (c == '\n' || c == '\r' || r->decoded_len == MESSAGE_LINE_MAX)
        {
          body_line (r, r->decoded, r->decoded_len);
          r->decoded_len = 0;
          if (c == '\n' || c == '\r')
            continue;
        }
      r->decoded[r->decoded_len++] = c;
    }
}

/* A line of the body, as it stands in the input.  */
static void
encoded_line (struct message_reader *r, const char *s, size_t n)
{
  if (r->kind == KIND_SKIP)
    return;
  if (r->encoding == ENC_BASE64)
    {
      /* Decoded in place: base64 is never longer than what it holds.  */
      char *out = r->line;
      add_decoded (r, out, mime_base64_decode (&r->base64, s, n, out));
    }
  else if (r->encoding == ENC_QP)
    {
      bool soft;
      size_t room = MESSAGE_LINE_MAX - r->decoded_len;
      size_t len = mime_qp_decode (s, n < room ? n : room, r->decoded + r->decoded_len, &soft);
      r->decoded_len += len;
      if (!soft || r->decoded_len == MESSAGE_LINE_MAX)
        {
          body_line (r, r->decoded, r->decoded_len);
          r->decoded_len = 0;
        }
    }
  else
    body_line (r, s, n);
}

/* Whether LINE is a boundary of an open multipart; if so, the parts it
   encloses are closed, and the next part's headers start unless it is a
   closing boundary.  */
static bool
boundary_line (struct message_reader *r, const char *s, size_t n)
{
  if (n < 3 || s[0] != '-' || s[1] != '-')
    return false;
  while (n > 2 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  for (int level = r->depth - 1; level >= 0; level--)
    {
      const char *b = r->boundaries[level];
      size_t blen = strlen (b);
      if (n < blen + 2 || memcmp (s + 2, b, blen) != 0)
        continue;
      bool closing = n == blen + 4 && s[blen + 2] == '-' && s[blen + 3] == '-';
      if (n != blen + 2 && !closing)
        continue;
      if (r->in_headers)
        start_body (r);
      end_body (r);
      r->depth = closing ? level : level + 1;
      if (!closing)
        start_headers (r, false);
      return true;
    }
  return false;
}

static void
header_line (struct message_reader *r, const char *s, size_t n)
{
  if (n == 0)
    {
      start_body (r);
      return;
    }
  if ((s[0] == ' ' || s[0] == '\t') && r->field_len > 0)
    {
      size_t room = sizeof r->field - r->field_len;
      size_t k = n < room ? n : room;
      memcpy (r->field + r->field_len, s, k);
      r->field_len += k;
      return;
    }
  size_t name = field_name (s, n);
  if (name == 0)
    {
      /* No blank line after the fields: the body starts here.  */
      start_body (r);
      encoded_line (r, s, n);
      return;
    }
  end_field (r);
  r->field_len = n < sizeof r->field ? n : sizeof r->field;
  memcpy (r->field, s, r->field_len);
  /* The name is read once: a field cut before its colon has none.  */
  r->field_name_len = name < r->field_len ? name : 0;
}

static void
end_message (struct message_reader *r)
{
  if (!r->in_message)
    return;
  if (r->in_headers)
    start_body (r);
  end_body (r);
  r->depth = 0;
  r->in_message = r->seen_report = r->wrapped = false;
  r->handler->end (r->data);
}

static void
start_message (struct message_reader *r)
{
  end_message (r);
  r->in_message = true;
  r->handler->start (++r->messages, r->data);
  start_headers (r, true);
}

/* One line of mail, without its line end.  */
static void
mail_line (struct message_reader *r, const char *s, size_t n)
{
  bool blank = n == 0;
  if (r->mbox && n > 5 && memcmp (s, "From ", 5) == 0 && (r->prev_blank || !r->in_message))
    {
      r->prev_blank = false;
      start_message (r);
      return;
    }
  r->prev_blank = blank;
  if (!r->in_message)
    start_message (r);
  if (r->mbox && n > 5 && s[0] == '>')
    {
      /* ">From " quotes a "From " line of the body; one '>' is taken off
         each quoting.  */
      size_t k = 0;
      while (k < n && s[k] == '>')
        k++;
      if (n - k > 5 && memcmp (s + k, "From ", 5) == 0)
        s++, n--;
    }
  if (boundary_line (r, s, n))
    return;
  if (r->in_headers)
    header_line (r, s, n);
  else
    encoded_line (r, s, n);
}

/* The length of the line at START (N bytes left) up to its end or N:
   the first LF or CR, found by the C library's fast searches rather
   than a byte at a time; NO_CR tells that there is no CR to look for.  */
static size_t
line_length (const char *start, size_t n, bool no_cr)
{
  const char *lf = memchr (start, '\n', n);
  const char *cr = no_cr ? NULL : memchr (start, '\r', lf ? (size_t) (lf - start) : n);
  return cr ? (size_t) (cr - start) : lf ? (size_t) (lf - start) : n;
}

/* Where the next line starts after the line end at BUF + I (N bytes):
   CRLF is one line end; a CR that ends BUF sets *AFTER_CR, so that an LF
   starting the next chunk is skipped.  */
static size_t
past_line_end (const char *buf, size_t i, size_t n, bool *after_cr)
{
  if (buf[i] == '\r')
    {
      if (i + 1 == n)
        *after_cr = true;
      else if (buf[i + 1] == '\n')
        i++;
    }
  return i + 1;
}

/* Cuts BUF into lines for mail_line; a line too long is cut.  */
static void
split_lines (struct message_reader *r, const char *buf, size_t n)
{
  size_t i = 0;
  if (n == 0)
    return;
  if (r->after_cr && buf[0] == '\n')
    i = 1;
  r->after_cr = false;
  /* Most mail has LF line ends: one search of the chunk spares one for
     each line.  */
  bool no_cr = memchr (buf, '\r', n) == NULL;
  while (i < n)
    {
      const char *start = buf + i;
      size_t k = line_length (start, n - i, no_cr);
      size_t room = MESSAGE_LINE_MAX - r->line_len;
      if (r->line_len == 0 && i + k < n)
        {
          /* The whole line is in BUF: read where it lies, not copied.  */
          r->line_no++;
          mail_line (r, start, k < room ? k : room);
          i = past_line_end (buf, i + k, n, &r->after_cr);
          continue;
        }
      memcpy (r->line + r->line_len, start, k < room ? k : room);
      r->line_len += k < room ? k : room;
      i += k;
      if (i == n)
        break;
      r->line_no++;
      mail_line (r, r->line, r->line_len);
      r->line_len = 0;
      i = past_line_end (buf, i, n, &r->after_cr);
    }
}

/* The bytes of the whole lines at the start of P (N bytes) that hold
   nothing but spaces and tabs, and their number in *LINES: a message
   pasted or saved with blank lines above its header is still one.  A
   CR ends a line only where the byte after it is known.  */
static size_t
blank_lines (const char *p, size_t n, size_t *lines)
{
  size_t done = 0;
  *lines = 0;
  for (size_t i = 0; i < n; i++)
    if (p[i] == '\n' || (p[i] == '\r' && i + 1 < n))
      {
        done = p[i] == '\r' && p[i + 1] == '\n' ? ++i + 1 : i + 1;
        ++*lines;
      }
    else if (p[i] != ' ' && p[i] != '\t')
      break;
  return done;
}

/* Decides from the start of the input, kept in R's prefix, whether it is
   mail, and reads that start: mail without the blank lines above its
   header, which only count as lines.  */
static void
decide_mode (struct message_reader *r)
{
  size_t lines, blank = blank_lines (r->prefix, r->prefix_len, &lines);
  const char *start = r->prefix + blank;
  size_t n = r->prefix_len - blank;
  r->mode = message_looks_like (start, n) ? MODE_MAIL : MODE_RAW;
  r->mbox = n >= 5 && memcmp (start, "From ", 5) == 0;
  if (r->mode == MODE_MAIL)
    r->line_no += lines;
  else
    start = r->prefix, n = r->prefix_len;
  message_feed (r, start, n);
}

/* Whether the start of the input P (N bytes) is enough to tell whether
   it is mail: its first line, or its second after a field that is not
   one a message starts with; or all the room kept for it.  */
static bool
prefix_decides (const char *p, size_t n)
{
  if (n >= PREFIX_MAX)
    return true;
  size_t lines, blank = blank_lines (p, n, &lines);
  p += blank, n -= blank;
  if (!memchr (p, '\n', n) && !memchr (p, '\r', n))
    return false;
  if (message_looks_like (p, n) || field_name (p, n) == 0)
    return true;
  size_t next = second_field (p, n);
  return memchr (p + next, '\n', n - next) || memchr (p + next, '\r', n - next);
}

void
message_feed (struct message_reader *r, const char *buf, size_t n)
{
  if (r->mode == MODE_UNDECIDED)
    {
      size_t k = n < PREFIX_MAX - r->prefix_len ? n : PREFIX_MAX - r->prefix_len;
      memcpy (r->prefix + r->prefix_len, buf, k);
      r->prefix_len += k;
      buf += k;
      n -= k;
      if (!prefix_decides (r->prefix, r->prefix_len))
        return;
      decide_mode (r);
    }
  if (r->mode == MODE_RAW && n > 0)
    r->handler->raw (buf, n, r->data);
  else if (r->mode == MODE_RAW)
    return;
  else
    split_lines (r, buf, n);
}

void
message_finish (struct message_reader *r)
{
  if (r->mode == MODE_UNDECIDED)
    decide_mode (r);
  if (r->mode != MODE_MAIL)
    return;
  if (r->line_len > 0)
    {
      r->line_no++;
      mail_line (r, r->line, r->line_len);
      r->line_len = 0;
    }
  end_message (r);
}

/* A line of COUNT has ended: the rule of mail_line for a "From " line.  */
static void
count_line (struct message_count *count)
{
  count->lines++;
  if (count->len > 5 && memcmp (count->head, "From ", 5) == 0
      && (count->prev_blank || !count->in_message))
    {
      count->messages++;
      count->in_message = true;
      count->prev_blank = false;
    }
  else
    {
      count->prev_blank = count->len == 0;
      if (!count->in_message)
        count->messages++;
      count->in_message = true;
    }
  count->len = 0;
}

/* Whether the line at S (N bytes up to its LF or a later one) is a
   "From " line that count_line counts: longer than "From ".  */
static bool
from_line (const char *s, size_t n)
{
  return n > 5 && memcmp (s, "From ", 5) == 0 && s[5] != '\n';
}

/* Counts the whole lines of BUF (N bytes, no CR) from I, which starts a
   line after the LF at BUF + I - 1, in a message, as count_line would one
   by one; returns where the last line, unfinished, starts.  Only a
   "From " line after a blank line starts a message there: the lines are
   counted by their LFs, and only after each blank line is one looked at.
   This is the count of everything before a part of a large mailbox.  */
static size_t
count_lf_lines (struct message_count *count, const char *buf, size_t i, size_t n)
{
  size_t end = n;
  while (end > i && buf[end - 1] != '\n')
    end--;
  if (end == i)
    return i;
  count->lines += count_byte (buf + i, end - i, '\n');
  if (count->prev_blank && from_line (buf + i, end - i))
    count->messages++;
  for (size_t at = i - 1; (at += search_pair (buf + at, end - at, '\n')) < end; at++)
    if (from_line (buf + at + 2, end - at - 2))
      count->messages++;
  count->prev_blank = buf[end - 2] == '\n';
  return end;
}

/* Cuts BUF into lines as split_lines does.  */
void
message_count_feed (struct message_count *count, const char *buf, size_t n)
{
  size_t i = 0;
  if (n == 0)
    return;
  if (count->after_cr && buf[0] == '\n')
    i = 1;
  count->after_cr = false;
  bool no_cr = memchr (buf, '\r', n) == NULL;
  while (i < n)
    {
      if (no_cr && i > 0 && count->in_message && (i = count_lf_lines (count, buf, i, n)) == n)
        break;
      const char *start = buf + i;
      size_t k = line_length (start, n - i, no_cr);
      for (size_t j = 0; j < k && count->len < sizeof count->head; j++)
        count->head[count->len++] = start[j];
      i += k;
      if (i == n)
        break;
      count_line (count);
      i = past_line_end (buf, i, n, &count->after_cr);
    }
}

void
message_start_after (struct message_reader *r, const struct message_count *count)
{
  r->messages = count->messages;
  r->line_no = count->lines;
}
