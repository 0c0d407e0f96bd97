#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Chinese catalogue is complete and the template is up to date.
. "$top_srcdir/tests/lib.sh"
command -v msgfmt >/dev/null && command -v xgettext >/dev/null || exit 77

checks=$((checks + 1))
stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$top_srcdir/po/zh_CN.po" 2>&1)
case $stats in
  *untranslated* | *fuzzy*) fail "po/zh_CN.po is not complete: $stats" ;;
  *" translated messages"*) ;;
  *) fail "msgfmt: $stats" ;;
esac

# Extract again with the options of po/Makevars and compare the messages.
checks=$((checks + 1))
(cd "$top_srcdir" && sed -e '/^#/d' -e '/^$/d' po/POTFILES.in |
   xargs xgettext --language=C --from-code=UTF-8 --add-comments=TRANSLATORS: --keyword=_ \
     --keyword=N_ --omit-header --no-location -o "$tmp/fresh.pot") || fail "xgettext"
msgcat --no-location --sort-output --no-wrap "$tmp/fresh.pot" | sed '/^#/d' >"$tmp/a"
msgcat --no-location --sort-output --no-wrap "$top_srcdir/po/smtpcode.pot" |
  sed '/^#/d' | awk 'BEGIN{h=1} h&&/^$/{h=0;next} !h' >"$tmp/b"
diff -u "$tmp/b" "$tmp/a" >"$tmp/diff" ||
  { fail "po/smtpcode.pot is out of date: run make -C po update-po"; head -20 "$tmp/diff"; }
finish
