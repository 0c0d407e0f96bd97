#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# alloc.sh -- one policy for running out of memory: the program allocates
# only through xalloc.h (xmalloc, xcalloc, xrealloc, xreallocarray,
# xstrdup), which report it and exit with status 2.  A direct call of
# malloc, calloc, realloc, strdup or strndup anywhere else in src/ fails
# this test, named by file and line.  The generator (mk*.c) is a program of
# its own, run at build time, with its own policy; xalloc.c is where the
# policy lives.

: "${top_srcdir:?run through make check}"

# Files allowed to allocate directly (none now).  An entry no longer
# needed fails too.
known=""

found=$(cd "$top_srcdir" && grep -n -E '(^|[^_a-zA-Z0-9])(malloc|calloc|realloc|strdup|strndup|reallocarray) \(' \
          src/*.c src/*.h | grep -v -E '^src/(xalloc\.c|mk[a-z]*\.[ch]|codetable\.c):' |
          grep -v -E '^[^:]*:[0-9]+:[[:space:]]*(/\*|\*)')
failures=0
for k in $known; do
  if printf '%s\n' "$found" | grep -q "^$k:"; then
    echo "known, to be changed: $k allocates directly"
  else
    echo "FAIL: $k no longer allocates directly: take it off the known list in tests/alloc.sh"
    failures=$((failures + 1))
  fi
  found=$(printf '%s\n' "$found" | grep -v "^$k:")
done
if [ -n "$found" ]; then
  printf 'FAIL: allocation outside xalloc.h (use xmalloc and friends):\n%s\n' "$found"
  failures=$((failures + 1))
fi
[ "$failures" = 0 ] && echo "every other allocation goes through xalloc.h"
[ "$failures" = 0 ]
