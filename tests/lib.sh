# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh -- sourced by the shell tests: run smtpcode in a known
# environment, compare exact output and exit status.
#
# SMTPCODE_UPDATE_EXPECTED=1 rewrites the expected files instead of
# comparing (read the diff before committing it).

: "${SMTPCODE:?run through make check}" "${top_srcdir:?}"
unset LANGUAGE LC_ALL LC_MESSAGES LC_CTYPE NO_COLOR
LANG=C.UTF-8 COLUMNS=80
export LANG COLUMNS
expected_dir=$top_srcdir/tests/expected
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
failures=0 checks=0

fail () {
  printf 'FAIL: %s\n' "$*"
  failures=$((failures + 1))
}

# expect_status STATUS COMMAND... : COMMAND exits with STATUS.
expect_status () {
  want=$1; shift
  checks=$((checks + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"
  got=$?
  [ "$got" = "$want" ] || fail "$*: exit status $got, expected $want"
}

# expect_output NAME STATUS COMMAND... : standard output equals
# tests/expected/NAME and the exit status is STATUS.
expect_output () {
  name=$1; shift
  expect_status "$@"
  if [ "${SMTPCODE_UPDATE_EXPECTED-}" = 1 ]; then
    cp "$tmp/out" "$expected_dir/$name"
  elif ! diff -u "$expected_dir/$name" "$tmp/out"; then
    fail "$*: output differs from tests/expected/$name"
  fi
}

# expect_stderr PATTERN : the last command's standard error matches PATTERN (grep -E).
expect_stderr () {
  grep -E -q -- "$1" "$tmp/err" || { fail "stderr lacks /$1/:"; cat "$tmp/err"; }
}

# expect_stdout PATTERN : the last command's standard output matches PATTERN.
expect_stdout () {
  grep -E -q -- "$1" "$tmp/out" || fail "stdout lacks /$1/"
}

expect_no_stdout () {
  [ ! -s "$tmp/out" ] || fail "unexpected output on stdout"
}

# Chinese needs the catalogue, which a --disable-nls build does not have.
have_chinese () {
  [ "${USE_NLS-yes}" = yes ]
}

finish () {
  [ "$checks" -gt 0 ] || { echo "no check ran"; exit 99; }
  echo "$checks checks, $failures failed"
  [ "$failures" = 0 ]
}
