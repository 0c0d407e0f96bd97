/* SPDX-License-Identifier: GPL-3.0-or-later */
/* language.h -- which language to print, and making gettext print it.

   The choice follows gettext's rules (LANGUAGE, then LC_ALL, LC_MESSAGES,
   LANG) but is made here, so that Chinese works where no Chinese locale is
   installed (containers, fresh Debian and Ubuntu machines have only
   C.UTF-8, and glibc would then ignore LANG=zh_CN.UTF-8).

   Simplified Chinese is chosen for zh, zh_CN and zh_SG.  zh_TW, zh_HK and
   zh_MO are Traditional Chinese locales: we have no Traditional catalogue,
   and we do not push Simplified text on their users, so they get English
   unless they ask for Chinese (--lang=zh, or LANGUAGE=zh_CN).  */

#ifndef SMTPCODE_LANGUAGE_H
#define SMTPCODE_LANGUAGE_H

enum language { LANGUAGE_EN, LANGUAGE_ZH };

/* Reads "en", "zh" (and locale names like "zh_CN.UTF-8"); -1 if unknown.  */
int language_parse (const char *name);

/* The language the environment asks for, read through GETENV.  */
enum language language_from_environment (const char *(*getenv_fn) (const char *));

/* Sets the locale and the message catalogue for LANG.  LOCALEDIR is where
   the catalogues are.  Output is UTF-8 whatever the locale.  */
void language_activate (enum language lang, const char *localedir);

/* The language activated last.  */
enum language language_current (void);

#endif
