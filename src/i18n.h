/* SPDX-License-Identifier: GPL-3.0-or-later */
/* i18n.h -- the one place that defines _() and N_().

   Built with --disable-nls, _() returns its argument and the program prints
   English.  */

#ifndef SMTPCODE_I18N_H
#define SMTPCODE_I18N_H

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) ((const char *) (msgid))
#endif
#define N_(msgid) msgid

#endif
