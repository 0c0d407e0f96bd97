#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Wrapping at 40 and 80 columns in English and Chinese: titles wrap under
# their first character (lookups, --brief, list, search, compare); Chinese
# breaks after 、，。；：） and never before closing punctuation; a code is
# never split; no line is wider than the terminal.
. "$top_srcdir/tests/lib.sh"

"$SMTPCODE" list | grep -v "^ " | cut -d" " -f1 >"$tmp/codes"
[ "$(wc -l <"$tmp/codes")" -gt 130 ] || fail "the database lists too few codes"

# The codes (2xx basic, X.7.27-like enhanced) that FILE mentions, counted.
codes_in () {
  sed -E 's/[^0-9A-Za-z.]+/\n/g' "$1" |
    grep -x -E '[2-5X]\.[0-9]{1,3}\.[0-9]{1,3}|[2-5][0-9][0-9]' | sort | uniq -c
}

# check_layout COLUMNS LANGUAGE-SETTING: every page, and the brief lines,
# laid out at that width.
check_layout () {
  width=$1; shift
  for what in pages brief; do
    opt=; [ $what = brief ] && opt=--brief
    checks=$((checks + 1))
    xargs env COLUMNS="$width" "$@" "$SMTPCODE" $opt <"$tmp/codes" >"$tmp/narrow"
    xargs env COLUMNS=100000 "$@" "$SMTPCODE" $opt <"$tmp/codes" >"$tmp/wide"
    if grep -n -E '^ *(、|，|。|；|：|）|！|？)' "$tmp/narrow" >"$tmp/bad"; then
      fail "$* $what at $width columns: a line starts with closing punctuation"
      head -3 "$tmp/bad"
    fi
    over=$(LC_ALL=C.UTF-8 wc -L <"$tmp/narrow")
    [ "$over" -le "$width" ] || fail "$* $what at $width columns: a line is $over wide"
    codes_in "$tmp/narrow" >"$tmp/n.codes"
    codes_in "$tmp/wide" >"$tmp/w.codes"
    diff "$tmp/w.codes" "$tmp/n.codes" >"$tmp/bad" ||
      { fail "$* $what at $width columns: a code is split"; head -6 "$tmp/bad"; }
  done
}
for width in 40 80; do
  check_layout $width LANG=C.UTF-8
  have_chinese && check_layout $width LANG=zh_CN.UTF-8
done

# Exact layouts: a long title in each place it is shown.
for width in 40 80; do
  for lang in en zh; do
    if [ $lang = zh ]; then
      have_chinese || continue
      set -- env LANG=zh_CN.UTF-8 COLUMNS=$width
    else
      set -- env COLUMNS=$width
    fi
    expect_output wrap-X.6.9-$width.$lang 0 "$@" "$SMTPCODE" X.6.9
    expect_output wrap-brief-$width.$lang 0 "$@" "$SMTPCODE" --brief 451 4.7.1 "550 5.1.1" 555
    expect_output wrap-list-$width.$lang 0 "$@" "$SMTPCODE" list x.6
    expect_output wrap-compare-$width.$lang 0 "$@" "$SMTPCODE" compare 252 X.6.9
  done
done
# Bold stays on the title's lines only, ended before each newline.
expect_status 0 env COLUMNS=40 "$SMTPCODE" --color=always X.6.9
checks=$((checks + 1))
printf '\033[1mX.6.9  UTF-8 header message cannot be\033[0m\n       \033[1mtransferred to one or more\033[0m\n' >"$tmp/want"
head -2 "$tmp/out" | cmp -s - "$tmp/want" || { fail "bold title lines"; head -2 "$tmp/out" | od -c | head; }
finish
