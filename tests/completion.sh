#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Shell completions: each parses, and fish's completes what it should.
. "$top_srcdir/tests/lib.sh"

expect_status 0 bash -n "$top_srcdir/src/smtpcode.bash"
if command -v zsh >/dev/null; then
  expect_status 0 zsh -n "$top_srcdir/src/smtpcode.zsh"
else
  echo "SKIP: no zsh: the zsh completion was not parsed"
fi
if command -v fish >/dev/null; then
  expect_status 0 fish -n "$top_srcdir/src/smtpcode.fish"
  bindir=$(dirname "$SMTPCODE")
  # complete_fish WORDS EXPECTED: completing WORDS offers EXPECTED.
  complete_fish () {
    expect_status 0 env PATH="$bindir:$PATH" fish --no-config -c \
      "source '$top_srcdir/src/smtpcode.fish'; complete -C '$1'"
    cut -f1 "$tmp/out" | grep -qx -- "$2" || fail "fish: '$1' does not offer '$2': $(tr '\n' ' ' <"$tmp/out")"
  }
  complete_fish 'smtpcode li' list
  complete_fish 'smtpcode ex' explain
  complete_fish 'smtpcode 25' 251
  complete_fish 'smtpcode X.7.2' X.7.26
  complete_fish 'smtpcode compare 214 25' 251
  complete_fish 'smtpcode list ' enhanced
  complete_fish 'smtpcode --lang=' --lang=zh
  complete_fish 'smtpcode --color=' --color=never
  complete_fish 'smtpcode --su' --summary
  # Wrapped titles are not codes.
  expect_status 0 env PATH="$bindir:$PATH" fish --no-config -c \
    "source '$top_srcdir/src/smtpcode.fish'; __smtpcode_codes"
  if grep -v -E '^([2-5][0-9][0-9]|X\.[0-9]+\.[0-9]+)$' "$tmp/out" | grep -q .; then
    fail "fish offers what is not a code: $(grep -v -E '^([2-5][0-9][0-9]|X\.[0-9]+\.[0-9]+)$' "$tmp/out" | head -3 | tr '\n' ' ')"
  fi
else
  echo "SKIP: no fish: the fish completion was not tried"
fi
finish
