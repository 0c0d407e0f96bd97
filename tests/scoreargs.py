# SPDX-License-Identifier: GPL-3.0-or-later
"""scoreargs.py -- the command line of the scoring scripts of tests/:
[-v] [--half tune|heldout|all] SMTPCODE [DIR]."""
import sys


def parse(usage):
    """Returns (half, verbose, positional arguments); exits with USAGE on
    a bad --half or without SMTPCODE."""
    argv = sys.argv[1:]
    half = "all"
    if "--half" in argv:
        i = argv.index("--half")
        if i + 1 >= len(argv) or argv[i + 1] not in ("tune", "heldout", "all"):
            sys.exit(usage)
        half = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if a != "-v"]
    if not args:
        sys.exit(usage)
    return half, "-v" in argv, args
