/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dsn.c -- reading the fields of a delivery status notification
   (RFC 3464) group by group.  */

#include <config.h>

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "dsn.h"

void
dsn_start (struct dsn_parser *parser, dsn_callback callback, void *data)
{
  memset (parser, 0, sizeof *parser);
  parser->callback = callback;
  parser->data = data;
}

/* Copies S (N bytes) into DEST (SIZE bytes), cut and NUL-ended, white
   space at both ends and a "type;" prefix removed when SKIP_TYPE.  */
static void
copy_value (char *dest, size_t size, const char *s, size_t n, int skip_type)
{
  const char *semi = skip_type ? memchr (s, ';', n) : NULL;
  if (semi)
    {
      n -= (size_t) (semi + 1 - s);
      s = semi + 1;
    }
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  /* An address may come in angle brackets.  */
  if (skip_type && n >= 2 && s[0] == '<' && s[n - 1] == '>')
    s++, n -= 2;
  /* A source route before it is no part of it (RFC 5321, 4.1.2):
     "@relay.example.net:bob@example.com".  */
  const char *colon = skip_type && n > 0 && s[0] == '@' ? memchr (s, ':', n) : NULL;
  if (colon && memchr (colon, '@', n - (size_t) (colon - s)))
    {
      n -= (size_t) (colon + 1 - s);
      s = colon + 1;
    }
  if (n >= size)
    n = size - 1;
  memcpy (dest, s, n);
  dest[n] = '\0';
}

static void
end_group (struct dsn_parser *parser)
{
  if (parser->has_recipient)
    {
      strcpy (parser->current.reporter, parser->reporter);
      parser->callback (&parser->current, parser->data);
    }
  memset (&parser->current, 0, sizeof parser->current);
  parser->has_recipient = parser->has_final = 0;
}

/* Takes in the field collected.  */
static void
end_field (struct dsn_parser *parser)
{
  const char *f = parser->field;
  size_t n = parser->field_len;
  const char *colon = memchr (f, ':', n);
  struct dsn_recipient *r = &parser->current;
  parser->field_len = 0;
  if (colon == NULL)
    return;
  size_t name = (size_t) (colon - f), vn = n - name - 1;
  const char *v = colon + 1;
  bool final = name == 15 && strncasecmp (f, "Final-Recipient", 15) == 0;
  /* A report that leaves out the blank line between groups.  */
  if (final && parser->has_final)
    end_group (parser);
  if (r->line == 0)
    r->line = parser->field_line;
#define IS(s) (name == sizeof s - 1 && strncasecmp (f, s, name) == 0)
  if (final)
    {
      /* An empty one ("system; <>", CommuniGate's) leaves the
         Original-Recipient's address in its place.  */
      char address[sizeof r->recipient];
      copy_value (address, sizeof address, v, vn, 1);
      if (address[0] || !parser->has_recipient)
        strcpy (r->recipient, address);
      parser->has_recipient = parser->has_final = 1;
    }
  else if (IS ("Original-Recipient") || IS ("X-Actual-Recipient"))
    {
      if (!parser->has_recipient || !r->recipient[0])
        copy_value (r->recipient, sizeof r->recipient, v, vn, 1);
      parser->has_recipient = 1;
    }
  else if (IS ("Action"))
    {
      /* The action is one word; a comment may follow it ("failed (Bad
         destination mailbox address)").  */
      copy_value (r->action, sizeof r->action, v, vn, 0);
      for (char *c = r->action; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
          *c = (char) (*c + 32);
        else if (*c < 'a' || *c > 'z')
          {
            *c = '\0';
            break;
          }
    }
  else if (IS ("Status"))
    copy_value (r->status, sizeof r->status, v, vn, 0);
  else if (IS ("Remote-MTA"))
    copy_value (r->remote, sizeof r->remote, v, vn, 1);
  else if (IS ("Reporting-MTA"))
    copy_value (parser->reporter, sizeof parser->reporter, v, vn, 1);
  else if (IS ("Diagnostic-Code"))
    copy_value (r->diagnostic, sizeof r->diagnostic, v, vn, 0);
#undef IS
}

/* Whether the line S (N bytes) starts with a field's name and its
   colon ("Status:").  */
static bool
starts_field (const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')
                   || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
    i++;
  return i > 0 && i < n && s[i] == ':';
}

/* Whether the line S (N bytes) goes on the field collected: a folded
   line, indented; or, after a Diagnostic-Code, any line that is no
   field of its own, as servers that wrap a multiline reply write it
   ("smtp; 550-Verification failed for" over "<a@b> 550-The mail
   server ...").  */
static bool
goes_on_field (const struct dsn_parser *parser, const char *s, size_t n)
{
  if (parser->field_len == 0)
    return false;
  if (s[0] == ' ' || s[0] == '\t')
    return true;
  return parser->field_len >= 16 && strncasecmp (parser->field, "Diagnostic-Code:", 16) == 0
    && !starts_field (s, n);
}

void
dsn_line (struct dsn_parser *parser, const char *line, size_t n, unsigned long line_no)
{
  size_t room = sizeof parser->field - parser->field_len;
  if (n == 0 || (n == 1 && line[0] == '\r'))
    {
      end_field (parser);
      end_group (parser);
      return;
    }
  if (goes_on_field (parser, line, n))
    {
      /* A folded line: joined with one space.  */
      while (n > 0 && (*line == ' ' || *line == '\t'))
        line++, n--;
      if (room > 1)
        {
          parser->field[parser->field_len++] = ' ';
          room--;
        }
    }
  else
    {
      end_field (parser);
      room = sizeof parser->field;
      parser->field_line = line_no;
    }
  if (n > room)
    n = room;
  memcpy (parser->field + parser->field_len, line, n);
  parser->field_len += n;
}

void
dsn_finish (struct dsn_parser *parser)
{
  end_field (parser);
  end_group (parser);
}
