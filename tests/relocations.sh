#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The program starts without much relocating (issue 13): the code table is
# one string blob with offsets and the word lists are arrays of characters,
# so fewer than 150 relative relocations remain, most of them the option
# table.  A sanitizer or coverage build adds its own and is not measured.
. "$top_srcdir/tests/lib.sh"
command -v readelf >/dev/null && command -v nm >/dev/null || exit 77
nm "$SMTPCODE" 2>/dev/null | grep -q -E '__(asan|tsan|ubsan|gcov|llvm_gcov|msan)' && exit 77
checks=$((checks + 1))
count=$(readelf -r "$SMTPCODE" | grep -c '_RELATIVE')
[ "$count" -lt 150 ] || fail "$count relative relocations, 150 or more"
echo "relative relocations: $count"
finish
