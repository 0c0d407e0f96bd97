/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkcodes -- turn the records of the data files into src/codetable.c.

   Runs on the build machine.  Every problem in the data is reported as
   FILE:LINE: message and makes the exit status non-zero, so a bad record
   fails the build instead of reaching users.  The format is described in
   data/README.  This file reads the data, owns the code records and the
   string blob, and hands the cause records to mkcauses.c, the provider
   records to mkvendors.c.  */

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codekey.h"
#include "mkcodes.h"
#include "utf8.h"

/* What each kind of record needs and allows, in output order.  */
static const char *const code_fields[] = {
  "code", "title", "gist", "standing", "stages", "actor", "refs", "related",
  "description", "when", "fix", "send", "client", NULL
};
static const char *const enhanced_extra_fields[] = { "basic", "classes", NULL };
static const char *const class_fields[] = { "code", "title", "description", NULL };
static const char *const translated_fields[] = {
  "title", "gist", "description", "when", "fix", "send", "client", NULL
};

/* The vocabulary, from the file the library builds its enums from.  */
#define N_(text) text
static const struct word standings[] = {
#define STANDING(id, name, label) { name, "STANDING_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
static const struct word stages[] = {
#define STAGE(id, name, label) { name, "STAGE_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
const struct word actors[] = {
#define ACTOR(id, name, label) { name, "ACTOR_" #id },
#include "vocabulary.def"
  { NULL, NULL }
};
static const struct word class_digits[] = {
  { "2", NULL }, { "4", NULL }, { "5", NULL }, { NULL, NULL }
};

/* The code records, sorted by key once checked; the cause records.  */
static struct record *records;
static size_t nrecords, records_cap;
static struct record *cause_records, *vendor_records;
static size_t ncause_records, nvendor_records;
static unsigned errors;

void
error_at (const char *file, unsigned line, const char *fmt, ...)
{
  va_list ap;
  fprintf (stderr, "%s:%u: ", file, line);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  errors++;
}

void *
xrealloc (void *p, size_t n)
{
  p = realloc (p, n);
  if (p == NULL)
    {
      perror ("mkcodes");
      exit (2);
    }
  return p;
}

char *
xstrdup (const char *s)
{
  return strcpy (xrealloc (NULL, strlen (s) + 1), s);
}

const struct word *
find_word (const char *name, const struct word *list)
{
  for (; list->name; list++)
    if (strcmp (name, list->name) == 0)
      return list;
  return NULL;
}

static bool
in_list (const char *word, const char *const *list)
{
  for (; *list; list++)
    if (strcmp (word, *list) == 0)
      return true;
  return false;
}

/* Length of the valid UTF-8 prefix of S (N bytes); N when all valid.  */
static size_t
utf8_valid_prefix (const char *s, size_t n)
{
  size_t i = 0;
  unsigned c;
  for (size_t len; i < n; i += len)
    if ((len = utf8_decode (s + i, n - i, &c)) == 0)
      return i;
  return n;
}

struct field *
find_field (struct record *r, const char *name)
{
  for (size_t i = 0; i < r->nfields; i++)
    if (strcmp (r->fields[i].name, name) == 0)
      return &r->fields[i];
  return NULL;
}

static const char *
intern_field_name (const char *name)
{
  const char *const *lists[] = { code_fields, enhanced_extra_fields, cause_fields,
                                 cause_optional_fields, provider_fields, vendor_fields,
                                 vendor_optional_fields };
  for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
    for (const char *const *f = lists[l]; *f; f++)
      if (strcmp (*f, name) == 0)
        return *f;
  return NULL;
}

static void
finish_record (struct record *r)
{
  if (r->nfields == 0)
    return;
  if (nrecords == records_cap)
    {
      records_cap = records_cap ? 2 * records_cap : 64;
      records = xrealloc (records, records_cap * sizeof *records);
    }
  r->seq = nrecords;
  records[nrecords++] = *r;
}

static void
append_text (struct field *f, const char *text, size_t len)
{
  size_t old = strlen (f->value);
  f->value = xrealloc (f->value, old + 1 + len + 1);
  f->value[old] = ' ';
  memcpy (f->value + old + 1, text, len);
  f->value[old + 1 + len] = '\0';
}

/* LINE (N bytes, its newline taken off) checked and trimmed of its CR and
   trailing blanks in place; false, with the error given, if it is not
   text.  */
static bool
clean_line (const char *file, unsigned lineno, char *line, size_t n)
{
  if (n > 0 && line[n - 1] == '\r')
    n--;
  if (memchr (line, '\0', n))
    {
      error_at (file, lineno, "NUL byte in line");
      return false;
    }
  size_t valid = utf8_valid_prefix (line, n);
  if (valid != n)
    {
      error_at (file, lineno, "invalid UTF-8 at byte %zu", valid + 1);
      return false;
    }
  line[n] = '\0';
  while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
    line[--n] = '\0';
  return true;
}

/* Adds the field that LINE ("name: value") starts to CUR.  */
static void
add_field (struct record *cur, const char *file, unsigned lineno, char *line)
{
  char *colon = strchr (line, ':');
  if (colon == NULL)
    {
      error_at (file, lineno, "expected 'name: value'");
      return;
    }
  *colon = '\0';
  const char *name = intern_field_name (line);
  if (name == NULL)
    {
      error_at (file, lineno, "unknown field '%s'", line);
      return;
    }
  if (cur->nfields == 0)
    cur->line = lineno;
  if (find_field (cur, name))
    {
      error_at (file, lineno, "field '%s' given twice", name);
      return;
    }
  if (cur->nfields == MAX_FIELDS)
    {
      error_at (file, lineno, "too many fields");
      return;
    }
  char *value = colon + 1;
  while (*value == ' ' || *value == '\t')
    value++;
  struct field *f = &cur->fields[cur->nfields++];
  f->name = name;
  f->line = lineno;
  f->value = xrealloc (NULL, strlen (value) + 1);
  strcpy (f->value, value);
}

/* Split BUF (NUL-terminated, LEN bytes) of FILE into records.  */
static void
parse_buffer (const char *file, char *buf, size_t len)
{
  struct record cur = { .file = file };
  unsigned lineno = 0;
  char *p = buf, *end = buf + len;

  while (p < end)
    {
      char *nl = memchr (p, '\n', (size_t) (end - p));
      char *line = p;
      size_t n = (size_t) ((nl ? nl : end) - line);
      p = nl ? nl + 1 : end;
      lineno++;
      if (!clean_line (file, lineno, line, n) || line[0] == '#')
        continue;
      if (line[0] == '\0')
        {
          finish_record (&cur);
          cur = (struct record) { .file = file };
        }
      else if (line[0] == ' ' || line[0] == '\t')
        {
          if (cur.nfields == 0)
            {
              error_at (file, lineno, "continuation line outside a field");
              continue;
            }
          char *text = line;
          while (*text == ' ' || *text == '\t')
            text++;
          append_text (&cur.fields[cur.nfields - 1], text, strlen (text));
        }
      else
        add_field (&cur, file, lineno, line);
    }
  finish_record (&cur);
}

static void
read_file (const char *file)
{
  FILE *fp = fopen (file, "rb");
  if (fp == NULL)
    {
      fprintf (stderr, "%s: %s\n", file, strerror (errno));
      errors++;
      return;
    }
  char *buf = NULL;
  size_t len = 0, cap = 0, got;
  do
    {
      if (cap - len < 4096)
        buf = xrealloc (buf, cap = cap ? 2 * cap : 65536);
      got = fread (buf + len, 1, cap - len - 1, fp);
      len += got;
    }
  while (got > 0);
  if (ferror (fp))
    {
      fprintf (stderr, "%s: read error\n", file);
      errors++;
    }
  fclose (fp);
  buf[len] = '\0';
  parse_buffer (file, buf, len);
  free (buf);
}

/* Checks each space-separated word of F against LIST.  */
void
check_words (struct record *r, const char *name, const struct word *list)
{
  struct field *f = find_field (r, name);
  if (f == NULL)
    return;
  char *copy = xrealloc (NULL, strlen (f->value) + 1);
  strcpy (copy, f->value);
  unsigned n = 0;
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "), n++)
    if (!find_word (w, list))
      error_at (r->file, f->line, "%s: unknown value '%s'", name, w);
  if (n == 0)
    error_at (r->file, f->line, "%s: empty", name);
  free (copy);
}

static void
check_fields (struct record *r)
{
  enum codekey_kind kind = codekey_kind (r->key);
  const char *const *required = kind == CODEKEY_CLASS ? class_fields : code_fields;

  for (const char *const *f = required; *f; f++)
    {
      struct field *fl = find_field (r, *f);
      if (fl == NULL)
        error_at (r->file, r->line, "%s: missing field '%s'", r->code, *f);
      else if (fl->value[0] == '\0' && strcmp (*f, "related") != 0)
        error_at (r->file, fl->line, "%s: field '%s' is empty", r->code, *f);
    }
  if (kind == CODEKEY_ENHANCED)
    for (const char *const *f = enhanced_extra_fields; *f; f++)
      if (find_field (r, *f) == NULL)
        error_at (r->file, r->line, "%s: missing field '%s'", r->code, *f);

  for (size_t i = 0; i < r->nfields; i++)
    {
      const char *name = r->fields[i].name;
      bool allowed = in_list (name, required)
        || (kind == CODEKEY_ENHANCED && in_list (name, enhanced_extra_fields));
      if (!allowed)
        error_at (r->file, r->fields[i].line,
                  "%s: field '%s' does not belong in this record", r->code, name);
    }
  if (kind == CODEKEY_CLASS)
    return;
  check_words (r, "standing", standings);
  check_words (r, "stages", stages);
  check_words (r, "actor", actors);
  struct field *standing = find_field (r, "standing");
  if (standing && strchr (standing->value, ' '))
    error_at (r->file, standing->line, "standing: give exactly one");
  else if (standing && strcmp (standing->value, "vendor-specific") == 0)
    error_at (r->file, standing->line,
              "standing: vendor-specific belongs to data/vendor-*.txt, not to codes");
  if (kind == CODEKEY_ENHANCED)
    {
      struct field *classes = find_field (r, "classes");
      if (classes && strcmp (classes->value, "any") != 0)
        check_words (r, "classes", class_digits);
    }
}

static int
compare_records (const void *a, const void *b)
{
  const struct record *ra = a, *rb = b;
  if (ra->key != rb->key)
    return (ra->key > rb->key) - (ra->key < rb->key);
  return (ra->seq > rb->seq) - (ra->seq < rb->seq);
}

struct record *
lookup_code (long key)
{
  for (size_t lo = 0, hi = nrecords; lo < hi;)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (records[mid].key < key)
        lo = mid + 1;
      else if (records[mid].key > key)
        hi = mid;
      else
        return &records[mid];
    }
  return NULL;
}

/* Every word of the field must name a code record.  */
static void
check_references (struct record *r, const char *name, bool basic_only)
{
  struct field *f = find_field (r, name);
  if (f == NULL)
    return;
  if (strcmp (name, "basic") == 0
      && (strcmp (f->value, "any") == 0 || strcmp (f->value, "none") == 0))
    return;
  char *copy = xrealloc (NULL, strlen (f->value) + 1);
  strcpy (copy, f->value);
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "))
    {
      long key = codekey_of_code (w);
      struct record *target = key < 0 ? NULL : lookup_code (key);
      /* The registry gives some codes a whole class, "5XX".  */
      bool reply_class = basic_only && codekey_is_reply_class (key);
      if (target == NULL || (codekey_kind (key) == CODEKEY_CLASS && !reply_class)
          || (basic_only && codekey_kind (key) != CODEKEY_BASIC && !reply_class))
        error_at (r->file, f->line, "%s: %s code '%s' does not exist",
                  r->code, name, w);
      else if (target == r)
        error_at (r->file, f->line, "%s: %s names the code itself", r->code, name);
    }
  free (copy);
}

void
emit_string (const char *s)
{
  putchar ('"');
  for (; *s; s++)
    {
      if (*s == '"' || *s == '\\')
        putchar ('\\');
      putchar (*s);
    }
  putchar ('"');
}

/* The enum constants of the words of field NAME, joined with "|".  */
void
emit_flags (struct record *r, const char *name, const struct word *list)
{
  struct field *f = find_field (r, name);
  bool any = false;
  char copy[512];
  snprintf (copy, sizeof copy, "%s", f->value);
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "))
    {
      printf ("%s%s", any ? " | " : "", find_word (w, list)->constant);
      any = true;
    }
  if (!any)
    putchar ('0');
}

static unsigned
class_mask (struct record *r)
{
  const char *v = find_field (r, "classes")->value;
  if (strcmp (v, "any") == 0)
    return 1u << 2 | 1u << 4 | 1u << 5;
  unsigned mask = 0;
  for (; *v; v++)
    if (*v >= '2' && *v <= '5')
      mask |= 1u << (*v - '0');
  return mask;
}

/* The string blob: every string of the table, each ended by a NUL, in
   one array that the entries refer to by offset.  An array of pointers
   would need one relocation per pointer each time the program starts.  */
static unsigned long blob_size;
static struct field **plain_strings;  /* untranslated, shared when equal */
static size_t nplain, plain_cap;

/* Appends F's value as a translatable string with its TRANSLATORS comment
   (OWNER, NAME), to be found by xgettext; translations are never shared, so
   that each keeps its comment.  */
void
blob_text (const char *owner, struct field *f)
{
  printf ("  /* TRANSLATORS: %s, %s */\n  N_(", owner, f->name);
  emit_string (f->value);
  printf (") \"\\0\"\n");
  f->offset = blob_size;
  blob_size += strlen (f->value) + 1;
}

/* Appends F's value, or gives it the offset of an equal one appended
   before.  */
void
blob_plain (struct field *f)
{
  for (size_t i = 0; i < nplain; i++)
    if (strcmp (plain_strings[i]->value, f->value) == 0)
      {
        f->offset = plain_strings[i]->offset;
        return;
      }
  if (nplain == plain_cap)
    {
      plain_cap = plain_cap ? 2 * plain_cap : 256;
      plain_strings = xrealloc (plain_strings, plain_cap * sizeof *plain_strings);
    }
  plain_strings[nplain++] = f;
  printf ("  ");
  emit_string (f->value);
  printf (" \"\\0\"\n");
  f->offset = blob_size;
  blob_size += strlen (f->value) + 1;
}

/* The offsets of the fields named in LIST, comma-separated.  */
static void
emit_offsets (struct record *r, const char *const *list)
{
  for (; *list; list++)
    printf (", %lu", find_field (r, *list)->offset);
}

static void
emit_blob (void)
{
  static struct field empty = { .name = "", .value = "" };
  static const char *const plain_fields[] = { "basic", "refs", "related", NULL };
  printf ("const char codedb_strings[] =\n");
  nplain = 0;
  blob_size = 0;
  blob_plain (&empty);
  /* Codes before class-level records, in the order of the entries.  */
  for (int classes = 0; classes < 2; classes++)
    for (size_t i = 0; i < nrecords; i++)
      {
        struct record *r = &records[i];
        const char *const *texts = translated_fields;
        if ((codekey_kind (r->key) == CODEKEY_CLASS) != classes)
          continue;
        if (classes)
          texts = class_fields + 1;
        else
          for (const char *const *f = plain_fields; *f; f++)
            if (find_field (r, *f))
              blob_plain (find_field (r, *f));
        for (; *texts; texts++)
          blob_text (r->code, find_field (r, *texts));
      }
  causes_blob ();
  vendors_blob ();
  printf ("  ;\n\n/* The compiler counts the bytes as the generator did.  */\n"
          "_Static_assert (sizeof codedb_strings == %lu + 1, \"string blob\");\n\n",
          blob_size);
  free (plain_strings);
  plain_strings = NULL;
  plain_cap = 0;
}

static void
emit (void)
{
  static const char *const code_offsets[] = { "refs", "related", "title", "gist",
    "description", "when", "fix", "send", "client", NULL };
  printf ("/* Generated by src/mkcodes from the files in data/. Do not edit: edit the data.  */\n\n"
          "#include <config.h>\n#include \"codedb.h\"\n#include \"i18n.h\"\n\n");
  emit_blob ();
  printf ("const struct code_entry codedb_entries[] = {\n");
  size_t ncodes = 0, nclasses = 0;
  for (size_t i = 0; i < nrecords; i++)
    {
      struct record *r = &records[i];
      if (codekey_kind (r->key) == CODEKEY_CLASS)
        continue;
      bool enhanced = codekey_kind (r->key) == CODEKEY_ENHANCED;
      printf ("  { \"%s\", %ld, ", r->code, r->key);
      emit_flags (r, "standing", standings);
      printf (",\n    ");
      emit_flags (r, "stages", stages);
      printf (",\n    ");
      emit_flags (r, "actor", actors);
      printf (",\n    %uu, %lu", enhanced ? class_mask (r) : 1u << (r->code[0] - '0'),
              enhanced ? find_field (r, "basic")->offset : 0);
      emit_offsets (r, code_offsets);
      printf (" },\n");
      ncodes++;
    }
  printf ("};\n\nconst size_t codedb_entry_count = %zu;\n\n", ncodes);
  printf ("const struct class_entry codedb_classes[] = {\n");
  for (size_t i = 0; i < nrecords; i++)
    {
      struct record *r = &records[i];
      if (codekey_kind (r->key) != CODEKEY_CLASS)
        continue;
      printf ("  { \"%s\", %ld", r->code, r->key);
      emit_offsets (r, class_fields + 1);
      printf (" },\n");
      nclasses++;
    }
  printf ("};\n\nconst size_t codedb_class_count = %zu;\n", nclasses);
  causes_emit ();
  vendors_emit ();
}

void
check_shape (struct record *r, const char *what, const char *const *required,
             const char *const *optional)
{
  for (const char *const *f = required; *f; f++)
    {
      struct field *fl = find_field (r, *f);
      if (fl == NULL)
        error_at (r->file, r->line, "%s: missing field '%s'", what, *f);
      else if (fl->value[0] == '\0')
        error_at (r->file, fl->line, "%s: field '%s' is empty", what, *f);
    }
  for (size_t i = 0; i < r->nfields; i++)
    if (!in_list (r->fields[i].name, required)
        && (optional == NULL || !in_list (r->fields[i].name, optional)))
      error_at (r->file, r->fields[i].line,
                "%s: field '%s' does not belong in this record", what, r->fields[i].name);
}

size_t
split_alternatives (const char *value, void (*each) (const char *part, void *data),
                    void *data)
{
  size_t n = 0;
  char *copy = xstrdup (value);
  for (char *part = copy, *next; part; part = next)
    {
      char *bar = strstr (part, " | ");
      next = bar ? bar + 3 : NULL;
      if (bar)
        *bar = '\0';
      while (*part == ' ')
        part++;
      size_t len = strlen (part);
      while (len > 0 && part[len - 1] == ' ')
        part[--len] = '\0';
      each (part, data);
      n++;
    }
  free (copy);
  return n;
}

bool
check_alternative (struct record *r, struct field *f, const char *part)
{
  if (part[0] != '\0' && strchr (part, '|') == NULL)
    return true;
  error_at (r->file, f->line, "%s: %s: empty alternative, or '|' without a space on each side",
            r->code, f->name);
  return false;
}

/* Moves the records that are not code records to arrays of their own.  */
static void
set_apart_others (void)
{
  size_t kept = 0;
  for (size_t i = 0; i < nrecords; i++)
    if (find_field (&records[i], "code"))
      records[kept++] = records[i];
    /* A provider's entry may name a cause too.  */
    else if (find_field (&records[i], "provider"))
      {
        vendor_records = xrealloc (vendor_records,
                                   (nvendor_records + 1) * sizeof *vendor_records);
        vendor_records[nvendor_records++] = records[i];
      }
    else if (find_field (&records[i], "cause"))
      {
        cause_records = xrealloc (cause_records,
                                  (ncause_records + 1) * sizeof *cause_records);
        cause_records[ncause_records++] = records[i];
      }
    else
      records[kept++] = records[i];
  nrecords = kept;
}

static void
free_fields (struct record *r)
{
  for (size_t f = 0; f < r->nfields; f++)
    free (r->fields[f].value);
}

/* Checks every record read so far and sorts the code records for lookup.  */
static void
check_records (void)
{
  set_apart_others ();
  for (size_t i = 0; i < nrecords; i++)
    {
      struct record *r = &records[i];
      struct field *code = find_field (r, "code");
      r->key = -1;
      if (code == NULL)
        {
          error_at (r->file, r->line, "record has no 'code', 'cause' or 'provider' field");
          continue;
        }
      r->code = code->value;
      r->key = codekey_of_code (code->value);
      if (r->key < 0)
        {
          error_at (r->file, code->line, "malformed code '%s'", code->value);
          continue;
        }
      check_fields (r);
    }

  /* Records without a usable code are dropped (and freed).  */
  size_t kept = 0;
  for (size_t i = 0; i < nrecords; i++)
    if (records[i].key >= 0)
      records[kept++] = records[i];
    else
      free_fields (&records[i]);
  nrecords = kept;
  if (nrecords > 1)
    qsort (records, nrecords, sizeof *records, compare_records);
  for (size_t i = 1; i < nrecords; i++)
    if (records[i].key == records[i - 1].key)
      error_at (records[i].file, records[i].line,
                "duplicate code '%s' (first at %s:%u)", records[i].code,
                records[i - 1].file, records[i - 1].line);

  for (size_t i = 0; i < nrecords; i++)
    {
      check_references (&records[i], "related", false);
      check_references (&records[i], "basic", true);
    }
  causes_check (cause_records, ncause_records);
  vendors_check (vendor_records, nvendor_records);
}

static void
free_records (void)
{
  for (size_t i = 0; i < nrecords; i++)
    free_fields (&records[i]);
  for (size_t i = 0; i < ncause_records; i++)
    free_fields (&cause_records[i]);
  for (size_t i = 0; i < nvendor_records; i++)
    free_fields (&vendor_records[i]);
  causes_free ();
  vendors_free ();
  free (records);
  free (cause_records);
  free (vendor_records);
  records = cause_records = vendor_records = NULL;
  nrecords = records_cap = ncause_records = nvendor_records = 0;
  errors = 0;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: mkcodes DATAFILE... > codetable.c\n");
      return 2;
    }
  for (int i = 1; i < argc; i++)
    read_file (argv[i]);
  check_records ();
  if (errors)
    {
      fprintf (stderr, "mkcodes: %u error%s\n", errors, errors == 1 ? "" : "s");
      free_records ();
      return 1;
    }
  emit ();
  free_records ();
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      perror ("mkcodes: write error");
      return 1;
    }
  return 0;
}
