#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz.sh -- build the libFuzzer targets with clang and run each for a
# while: tests/fuzz.sh [SECONDS] (default 30), from a configured build
# directory.  A crash stops with the failing input saved in the build
# directory (add it to tests/fuzz/corpus/TARGET/ as a regression case).
set -eu
seconds=${1:-30}
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=.}"
CLANG=${CLANG:-clang}
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
includes="-I$top_builddir -I$top_srcdir/src -DLOCALEDIR=\"/nonexistent\""
# Every module of the library (all of src/ but the program's main and the
# generator), so that a new module needs no change here.
library=$(cd "$top_srcdir/src" && ls ./*.c | sed -e 's|^\./||' -e '/^main\.c$/d' -e '/^mk/d')

out=$top_builddir/tests/fuzz
mkdir -p "$out"

for target in code text explain message mkcodes; do
  src=$top_srcdir/tests/fuzz/fuzz_$target.c
  if [ "$target" = mkcodes ]; then
    sources="$src $top_srcdir/src/mkcauses.c $top_srcdir/src/mkvendors.c"
  else
    sources="$src $(for f in $library; do printf '%s ' "$top_srcdir/src/$f"; done)"
  fi
  # shellcheck disable=SC2086
  $CLANG $flags $includes -o "$out/fuzz_$target" $sources
  corpus=$out/corpus-$target
  mkdir -p "$corpus"
  echo "fuzz_$target: ${seconds}s"
  "$out/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -print_final_stats=0 \
    -artifact_prefix="$out/crash-$target-" "$corpus" "$top_srcdir/tests/fuzz/corpus/$target" \
    2>"$out/fuzz_$target.log" || { tail -40 "$out/fuzz_$target.log"; exit 1; }
  grep -E '^(#[0-9]+.*DONE|Done)' "$out/fuzz_$target.log" | tail -1
done
