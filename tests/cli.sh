#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# list, search, --json, --brief, --color, --help and --version.
. "$top_srcdir/tests/lib.sh"

count () { # FILTER COUNT FIRST-CODE
  expect_status 0 "$SMTPCODE" list "$1"
  [ "$(grep -vc "^ " "$tmp/out")" = "$2" ] || fail "list $1: $(grep -vc "^ " "$tmp/out") codes, expected $2"
  [ "$(head -1 "$tmp/out" | cut -d' ' -f1)" = "$3" ] || fail "list $1 starts with $(head -1 "$tmp/out")"
}
count basic 62 211
count enhanced 81 X.0.0
count 2xx 9 211
count 5 29 500
count 55x 7 550
count 5.7 30 5.7.0
count 'x.7.*' 31 X.7.0
count X.1 11 X.1.0
expect_status 0 "$SMTPCODE" list
[ "$(grep -vc "^ " "$tmp/out")" = 143 ] || fail "list: $(grep -vc "^ " "$tmp/out") codes"
expect_status 1 "$SMTPCODE" list 4.2.2
expect_status 2 "$SMTPCODE" list 5 6
expect_stderr '^smtpcode: list takes at most one filter$'

expect_status 0 "$SMTPCODE" search RELAY denied
expect_stdout '^X\.7\.1   Delivery not authorized, message refused$'
expect_stdout '^554 '
# Ranked: a code whose title holds the words first, then the codes with the
# words in more of their texts; ties in code order.
expect_status 0 "$SMTPCODE" search mailbox full
[ "$(head -1 "$tmp/out")" = "X.2.2   Mailbox full" ] || fail "search mailbox full starts with $(head -1 "$tmp/out")"
expect_status 0 "$SMTPCODE" search relay
[ "$(head -1 "$tmp/out" | cut -d' ' -f1)" = X.1.9 ] || fail "search relay starts with $(head -1 "$tmp/out")"
if have_chinese; then
  expect_status 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" search 灰名单
  expect_stdout '^450     请求的邮件操作未执行：邮箱不可用$'
  # English words are found under a Chinese locale too.
  expect_status 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" search greylisting
  expect_stdout '^450 '
fi

# JSON: valid, and with the documented shape.
# jq checks the shape; python3 only the syntax; with neither the JSON is
# not validated at all, and the log says so (CI installs jq).
if command -v jq >/dev/null; then json_tool=jq
elif command -v python3 >/dev/null; then json_tool=python3; echo "NOTE: no jq: JSON syntax checked, not its shape"
else json_tool=; echo "SKIP: no jq or python3: JSON output not validated"; fi
json_ok () {
  case $json_tool in
    jq) jq -e "$1" "$tmp/out" >/dev/null ;;
    python3) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out" ;;
    *) return 0 ;;
  esac
}
expect_status 0 "$SMTPCODE" --json "550 5.1.1" 251
json_ok '.[0].query == "550 5.1.1" and (.[0].codes | length) == 2 and .[0].codes[1].basic_codes == ["451","550"] and .[1].codes[0].stages == ["RCPT","ETRN"] and .[0].warning == null' ||
  fail "lookup --json"
expect_status 1 "$SMTPCODE" --json 299 5.9.9
json_ok '.[0].registered == false and .[0].codes[0].class.code == "2xx" and .[1].codes[0].about == null' ||
  fail "unregistered --json"
expect_status 0 "$SMTPCODE" --json 550-4.1.1
json_ok '.[0].warning | startswith("Warning: 550 is a 5xx reply")' || fail "warning --json"
expect_status 0 "$SMTPCODE" --json compare 214 251
json_ok '.summary == "Both 214 and 251 belong to the 2xx Positive Completion class." and (.differences | length) == 4 and (.differences[1] | startswith("2. What 251 means: The recipient is not local")) and (.differences[2] | startswith("3. About:")) and (.codes[0].gist | startswith("The server answers HELP")) and .when_to_use[1].code == "251"' ||
  fail "compare --json"
expect_status 0 "$SMTPCODE" --json list 2xx
json_ok 'length == 9 and .[0] == {"code":"211","title":"System status, or system help reply"}' ||
  fail "list --json"
if have_chinese; then
  expect_status 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" --json 251
  json_ok '.[0].codes[0].title == "非本地用户，将代为转发"' || fail "Chinese --json"
fi

# Bold headings only when asked or on a terminal.
expect_status 0 "$SMTPCODE" --color=always 251
grep -q "$(printf '^\033\\[1mDescription\033\\[0m$')" "$tmp/out" || fail "--color=always is not bold"
for how in --color=never --color=auto ""; do
  expect_status 0 "$SMTPCODE" $how 251
  ! grep -q "$(printf '\033')" "$tmp/out" || fail "'$how' into a file is bold"
done
expect_status 0 "$SMTPCODE" --json --color=always 251
! grep -q "$(printf '\033')" "$tmp/out" || fail "--json contains escapes"

expect_status 0 "$SMTPCODE" --help
expect_stdout '^Usage: smtpcode \[OPTION\]\.\.\. CODE\.\.\.$'
expect_stdout '^  or:  smtpcode explain \[OPTION\]\.\.\. \[FILE\]\.\.\.$'
expect_stdout '^Exit status: 0 if every code was found'
expect_status 0 "$SMTPCODE" --version
expect_stdout '^smtpcode [0-9]'
expect_stdout '^Code data: IANA SMTP Enhanced Status Codes registry X\.0\.0-X\.7\.30'
# The providers' data names the oldest date it was checked, once there is some.
checked=$(sed -n 's/^checked: *//p' "$top_srcdir"/data/vendor-*.txt 2>/dev/null | sort | head -1)
if [ -n "$checked" ]; then
  expect_stdout "^Provider codes: [0-9]+ entries from [0-9]+ providers, checked $checked\.\$"
else
  checks=$((checks + 1))
  ! grep -q '^Provider codes' "$tmp/out" || fail "--version names provider data where there is none"
fi
if have_chinese; then
  expect_status 0 env LANG=zh_CN.UTF-8 "$SMTPCODE" --help
  expect_stdout '^用法：smtpcode'
fi
finish
