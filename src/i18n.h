/* SPDX-License-Identifier: GPL-3.0-or-later */
/* i18n.h -- the one place that defines _() and N_().

   Built with --disable-nls, _() returns its argument and the program prints
   English; so it does in English, without asking gettext.  */

#ifndef SMTPCODE_I18N_H
#define SMTPCODE_I18N_H

#if ENABLE_NLS
# include <libintl.h>
# include <stdbool.h>
/* Whether a catalogue is in use (language.c).  English is the program's
   own text: gettext would only hand it back, at the cost of a lookup for
   every message, so it is not asked.  */
extern bool i18n_translating;
# define _(msgid) (i18n_translating ? gettext (msgid) : (const char *) (msgid))
#else
# define _(msgid) ((const char *) (msgid))
#endif
#define N_(msgid) msgid

#endif
