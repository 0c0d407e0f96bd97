/* SPDX-License-Identifier: GPL-3.0-or-later */
/* text.c -- UTF-8 display width and word wrapping.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "out.h"
#include "text.h"
#include "utf8.h"

static const char replacement[] = "\xEF\xBF\xBD";

/* The decoder with text.h's rule for invalid input, static so that the
   wrapping loop can inline it.  */
static inline size_t
decode (const char *s, size_t n, unsigned *codepoint)
{
  size_t len = utf8_decode (s, n, codepoint);
  if (len == 0)
    {
      *codepoint = 0xFFFD;
      return 1;
    }
  return len;
}

size_t
text_decode (const char *s, size_t n, unsigned *codepoint)
{
  return decode (s, n, codepoint);
}

int
text_char_width (unsigned c)
{
  /* The CJK ideographs and full-width punctuation first: they are most
     of any Chinese text.  */
  static const unsigned wide[][2] = {
    { 0x4E00, 0x9FFF }, { 0xFF00, 0xFF60 }, { 0x2E80, 0x303E },
    { 0x1100, 0x115F }, { 0x3041, 0x33FF }, { 0x3400, 0x4DBF }, { 0xA000, 0xA4CF },
    { 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE30, 0xFE4F },
    { 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 }, { 0x1F300, 0x1F64F },
    { 0x1F900, 0x1F9FF }, { 0x20000, 0x3FFFD },
  };
  if (c >= 0x20 && c < 0x7F)
    return 1;
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return 0;
  if (c < 0x300)
    return 1;
  if ((c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200F)
      || (c >= 0xFE00 && c <= 0xFE0F))
    return 0;
  for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
    if (c >= wide[i][0] && c <= wide[i][1])
      return 2;
  return 1;
}

size_t
text_width (const char *s, size_t n)
{
  size_t width = 0;
  while (n > 0 && (unsigned char) *s >= 0x20 && (unsigned char) *s < 0x7F)
    width++, s++, n--;
  while (n > 0)
    {
      unsigned c;
      size_t len = text_decode (s, n, &c);
      width += (size_t) text_char_width (c);
      s += len;
      n -= len;
    }
  return width;
}

bool
text_valid_utf8 (const char *s, size_t n)
{
  while (n > 0)
    {
      unsigned c;
      size_t len = text_decode (s, n, &c);
      if (c == 0xFFFD && len == 1)
        return false;
      s += len;
      n -= len;
    }
  return true;
}

/* Writes S, with invalid sequences replaced.  */
static void
write_clean (const char *s, size_t n)
{
  size_t ascii = 0;
  while (ascii < n && (unsigned char) s[ascii] < 0x80)
    ascii++;
  out_write (s, ascii);
  s += ascii;
  n -= ascii;
  while (n > 0)
    {
      unsigned c;
      size_t len = text_decode (s, n, &c);
      if (c == 0xFFFD && len == 1)
        out_write (replacement, 3);
      else
        out_write (s, len);
      s += len;
      n -= len;
    }
}

void
text_write_escaped (const char *s, size_t n)
{
  while (n > 0)
    {
      /* Printable ASCII, most of a reply, is written a run at a time.  */
      size_t run = 0;
      while (run < n && s[run] >= 0x20 && s[run] < 0x7F && s[run] != '\\')
        run++;
      if (run > 0)
        {
          out_write (s, run);
          s += run;
          n -= run;
          continue;
        }
      unsigned c;
      size_t len = text_decode (s, n, &c);
      if (c == 0xFFFD && len == 1)
        out_write (replacement, 3);
      else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        {
          char esc[8];
          snprintf (esc, sizeof esc, "\\x%02X", c);
          out_puts (esc);
        }
      else if (c == '\\')
        out_puts ("\\\\");
      else
        out_write (s, len);
      s += len;
      n -= len;
    }
}

/* Punctuation that must not start a line, and that must not end one.  */
static bool
closing_punctuation (unsigned c)
{
  static const unsigned list[] = {
    0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09, 0x300B,
    0x300D, 0x300F, 0x3011, 0x201D, 0x2019, 0x3009, 0xFF0E,
    ',', '.', ';', ':', '!', '?', ')', ']', '}', '"', '\'',
  };
  /* Han characters, most of Chinese text, lie between the punctuation
     blocks: answer them without a search.  */
  if (c >= 0x3400 && c < 0xFF00)
    return false;
  for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
    if (c == list[i])
      return true;
  return false;
}

static bool
opening_punctuation (unsigned c)
{
  return c == 0xFF08 || c == 0x300A || c == 0x300C || c == 0x300E
    || c == 0x3010 || c == 0x201C || c == 0x2018 || c == 0x3008;
}

struct wrapper
{
  size_t indent, width, column;
  bool line_empty;
  const char *on, *off;         /* a style, ended before each newline */
};

static void
new_line (struct wrapper *w)
{
  out_puts (w->off);
  out_putc ('\n');
  for (size_t i = 0; i < w->indent; i++)
    out_putc (' ');
  out_puts (w->on);
  w->column = w->indent;
  w->line_empty = true;
}

/* Places one unbreakable piece of text, with a space before it if asked.  */
static void
place (struct wrapper *w, const char *s, size_t n, size_t width, bool clean,
       bool space_before)
{
  size_t space = space_before && !w->line_empty ? 1 : 0;

  if (n == 0)
    return;
  if (!w->line_empty && w->column + space + width > w->width)
    {
      new_line (w);
      space = 0;
    }
  if (space)
    {
      out_putc (' ');
      w->column++;
    }
  if (w->column + width <= w->width)
    {
      if (clean)
        out_write (s, n);
      else
        write_clean (s, n);
      w->column += width;
      w->line_empty = false;
      return;
    }
  /* Wider than a whole line: break between characters, but let closing
     punctuation hang past the edge rather than start a line.  */
  while (n > 0)
    {
      unsigned c;
      size_t len = text_decode (s, n, &c);
      size_t cw = (size_t) text_char_width (c);
      if (!w->line_empty && w->column + cw > w->width
          && !(cw == 2 && closing_punctuation (c)))
        new_line (w);
      write_clean (s, len);
      w->column += cw;
      w->line_empty = false;
      s += len;
      n -= len;
    }
}

void
text_wrap (const char *text, size_t indent, size_t width)
{
  /* On a very narrow terminal the indentation would leave no room.  */
  if (width < indent + 10)
    indent = 0;
  for (size_t i = 0; i < indent; i++)
    out_putc (' ');
  text_wrap_from (text, indent, indent, width);
}

void
text_wrap_from (const char *text, size_t column, size_t hang, size_t width)
{
  text_wrap_styled (text, column, hang, width, "", "");
}

void
text_wrap_styled (const char *text, size_t column, size_t hang, size_t width,
                  const char *on, const char *off)
{
  struct wrapper w = { .indent = hang, .width = width, .column = column, .on = on, .off = off };
  const char *atom = NULL;
  size_t atom_len = 0;
  size_t atom_width = 0;
  bool atom_wide = false, atom_clean = true, space_before = false, glue_next = false;
  /* After full-width closing punctuation (、，。；：）) a line may break,
     even before Latin text: "X.7.25、X.7.27" breaks after 、, never inside
     a code.  */
  bool break_after = false;

  if (w.width < w.indent + 10)
    w.indent = 0;
  if (w.width < w.indent + 2)
    w.width = w.indent + 2;
  w.line_empty = true;

  const char *end = text + strlen (text);
  for (const char *p = text; p < end;)
    {
      /* Most text is ASCII words: extend the current word in one go.  */
      if (atom != NULL && !atom_wide && !glue_next && !break_after)
        {
          const char *q = p;
          while (q < end && (unsigned char) *q > ' ' && (unsigned char) *q < 0x7F)
            q++;
          if (q > p)
            {
              atom_len += (size_t) (q - p);
              atom_width += (size_t) (q - p);
              p = q;
              continue;
            }
        }
      unsigned c = (unsigned char) *p;
      size_t len = 1;
      if (c >= 0x80)
        len = decode (p, (size_t) (end - p), &c);
      size_t cw = c >= 0x20 && c < 0x7F ? 1 : (size_t) text_char_width (c);
      bool wide = cw == 2, clean = !(c == 0xFFFD && len == 1);

      if (c == ' ' || c == '\t' || c == '\n')
        {
          place (&w, atom, atom_len, atom_width, atom_clean, space_before);
          atom = NULL, atom_len = 0;
          space_before = true;
          glue_next = break_after = false;
        }
      else if (atom == NULL)
        atom = p, atom_len = len, atom_width = cw, atom_wide = wide, atom_clean = clean;
      else if (glue_next || closing_punctuation (c) || (!wide && !atom_wide && !break_after))
        atom_len += len, atom_width += cw, atom_wide = atom_wide && wide,
          atom_clean = atom_clean && clean;
      else
        {
          /* A break is allowed next to a wide character.  */
          place (&w, atom, atom_len, atom_width, atom_clean, space_before);
          space_before = false;
          atom = p, atom_len = len, atom_width = cw, atom_wide = wide, atom_clean = clean;
        }
      if (c != ' ' && c != '\t' && c != '\n')
        {
          glue_next = c >= 0x2018 && opening_punctuation (c);
          break_after = wide && closing_punctuation (c);
        }
      p += len;
    }
  place (&w, atom, atom_len, atom_width, atom_clean, space_before);
  out_puts (off);
  out_putc ('\n');
}
