/* SPDX-License-Identifier: GPL-3.0-or-later */
/* language.c -- which language to print, and making gettext print it.  */

#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "language.h"

static enum language current = LANGUAGE_EN;

#if ENABLE_NLS
bool i18n_translating;
#endif

/* A locale or language name maps to a catalogue: "zh", "zh_CN", "zh_SG"
   (with any codeset or modifier) to Chinese, "en*", "C" and "POSIX" to
   English; others (fr_FR, zh_TW) to none.  */
int
language_parse (const char *name)
{
  size_t len = strcspn (name, ".@");
  if (strncmp (name, "zh", len) == 0 && len == 2)
    return LANGUAGE_ZH;
  if (len == 5 && (strncmp (name, "zh_CN", 5) == 0 || strncmp (name, "zh_SG", 5) == 0))
    return LANGUAGE_ZH;
  if ((len == 2 || (len > 2 && name[2] == '_')) && strncmp (name, "en", 2) == 0)
    return LANGUAGE_EN;
  if ((len == 1 && name[0] == 'C') || (len == 5 && strncmp (name, "POSIX", 5) == 0))
    return LANGUAGE_EN;
  return -1;
}

enum language
language_from_environment (const char *(*getenv_fn) (const char *))
{
  static const char variables[][12] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *locale = NULL;

  for (size_t i = 0; i < 3 && locale == NULL; i++)
    {
      const char *value = getenv_fn (variables[i]);
      if (value && *value)
        locale = value;
    }
  if (locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0)
    return LANGUAGE_EN;

  /* LANGUAGE is a list of preferences, honoured unless the locale is C.  */
  const char *list = getenv_fn ("LANGUAGE");
  while (list && *list)
    {
      char name[64];
      size_t len = strcspn (list, ":");
      if (len > 0 && len < sizeof name)
        {
          memcpy (name, list, len);
          name[len] = '\0';
          int lang = language_parse (name);
          if (lang >= 0)
            return (enum language) lang;
        }
      list += len;
      if (*list == ':')
        list++;
    }
  int lang = language_parse (locale);
  return lang >= 0 ? (enum language) lang : LANGUAGE_EN;
}

void
language_activate (enum language lang, const char *localedir)
{
  current = lang;
#if ENABLE_NLS
  /* English is the text of the program itself: no locale, no catalogue,
     nothing to load, and gettext is not asked (i18n.h).  */
  i18n_translating = lang != LANGUAGE_EN;
  if (lang == LANGUAGE_EN)
    return;
  /* gettext translates nothing in the C locale, and LANGUAGE decides the
     catalogue otherwise: make both say what we chose.  Only LC_MESSAGES
     matters (widths are computed in text.c), and C.UTF-8 is built into
     glibc, so this works where no Chinese locale is installed.  */
  if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
    setlocale (LC_MESSAGES, "");
  /* The C library's own messages (strerror) are translated too, and
     converted to the character type's codeset: in the C locale that is
     ASCII, and every Han character would print as '?'.  */
  if (setlocale (LC_CTYPE, "C.UTF-8") == NULL)
    setlocale (LC_CTYPE, "");
  setenv ("LANGUAGE", "zh_CN", 1);
  bindtextdomain (PACKAGE, localedir);
  bind_textdomain_codeset (PACKAGE, "UTF-8");
  textdomain (PACKAGE);
#else
  (void) localedir;
#endif
}

enum language
language_current (void)
{
  return current;
}
