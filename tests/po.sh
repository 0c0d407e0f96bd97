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
# House style of the Chinese text (see the header of po/zh_CN.po): a space
# between Han characters and Latin letters or digits, and one wording for
# each glossary term.
msgcat --no-wrap "$top_srcdir/po/zh_CN.po" | awk '/^msgstr /' >"$tmp/msgstr"
checks=$((checks + 1))
if grep -n -P '[\x{4e00}-\x{9fff}][A-Za-z0-9]|[A-Za-z0-9][\x{4e00}-\x{9fff}]' "$tmp/msgstr" >"$tmp/spacing"; then
  fail "po/zh_CN.po: no space between Han and Latin text in $(wc -l <"$tmp/spacing") messages"
  head -5 "$tmp/spacing"
fi
for variant in 发件人的管理员 发件人一方的管理员 发送方管理员 收件人的管理员 接收方管理员 \
               接收方的管理员 接收服务器的管理员 对方管理员 允许名单 暂时性 八位组 信头 \
               速率限制 限速 限流 登记 标准状态 撑爆 变不出 宕了 微软那种 \
               发件服务器 发送服务器 提供商 密码过渡; do
  checks=$((checks + 1))
  if grep -q -- "$variant" "$tmp/msgstr"; then
    fail "po/zh_CN.po says $variant: the glossary has another wording"
  fi
done
finish
