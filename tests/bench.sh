#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench.sh -- how fast smtpcode is, side by side with its floor and peers.
# Run by hand or by `make bench` (never by make check):
#   tests/bench.sh [LOG_MIB]      (default 1024: a 1 GiB generated log)
# Needs valgrind (callgrind), hyperfine, GNU time and moreutils' errno;
# a missing tool leaves its column as "-".
set -u
: "${SMTPCODE:=src/smtpcode}"
log_mib=${1:-1024}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
export SMTPCODE_LOCALEDIR="${SMTPCODE_LOCALEDIR:-tests/locale}" COLUMNS=80 NO_COLOR=1
have () { command -v "$1" >/dev/null 2>&1; }

instructions () { # ENV COMMAND... -> instructions executed (callgrind)
  have valgrind || { echo -; return; }
  env $1 valgrind --tool=callgrind --callgrind-out-file="$work/cg" "${@:2}" >/dev/null 2>"$work/cg.err"
  awk '/^summary:/{print $2}' "$work/cg"
}
wall_ms () { # COMMAND... -> mean wall time in ms (hyperfine)
  have hyperfine || { echo -; return; }
  hyperfine -N --warmup 20 --runs 200 --export-json "$work/h.json" "$*" >/dev/null 2>&1 &&
    awk -F: '/"mean"/{gsub(/[ ,]/,"",$2); printf "%.3f\n", $2*1000; exit}' "$work/h.json"
}
peak_kib () { # COMMAND... -> peak resident memory in KiB (GNU time)
  [ -x /usr/bin/time ] || { echo -; return; }
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
}

printf '%-34s %14s %10s %10s\n' command instructions wall_ms peak_KiB
row () { # LABEL ENV COMMAND...
  label=$1 env=$2; shift 2
  printf '%-34s %14s %10s %10s\n' "$label" \
    "$(instructions "$env" "$@")" \
    "$(wall_ms env $env "$@")" "$(peak_kib env $env "$@")"
}
row "/bin/true (floor)" LANG=C.UTF-8 /bin/true
if have errno; then row "errno ENOENT (peer)" LANG=C.UTF-8 errno ENOENT; fi
for lang in en zh; do
  case $lang in en) env=LANG=C.UTF-8 ;; zh) env=LANG=zh_CN.UTF-8 ;; esac
  row "smtpcode 251 ($lang)" "$env" "$SMTPCODE" 251
  row "smtpcode compare 214 251 ($lang)" "$env" "$SMTPCODE" compare 214 251
  row "smtpcode 5.7.26 ($lang)" "$env" "$SMTPCODE" 5.7.26
done

# Every relocation is work at each start; the table has none (issue 13).
if have readelf; then
  printf 'relative relocations in %s: %s\n' "${SMTPCODE##*/}" \
    "$(readelf -r "$SMTPCODE" | grep -c R_X86_64_RELATIVE)"
fi

# explain --summary over a generated Postfix-style log, against wc -l and grep -c.
awk -v mib="$log_mib" 'BEGIN {
  n = split("550 5.1.1|451 4.7.1|421 4.7.0|552 5.2.2|554 5.7.1|450 4.2.1", r, "|")
  target = mib * 1048576; size = 0; i = 0
  while (size < target) {
    i++
    if (i % 3) line = sprintf("Nov 28 03:%02d:%02d mx postfix/smtp[%d]: %X: to=<user%d@example.com>, relay=mx.example.net[192.0.2.%d]:25, delay=%d.%d, delays=0.1/0/0.2/0.3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %X)", i%60, i%60, 1000+i%9000, i, i, i%250, i%9, i%10, i*7)
    else {
      # Every third line a failure, each code of r in turn.
      reply = r[int(i / 3) % n + 1]
      line = sprintf("Nov 28 03:%02d:%02d mx postfix/smtp[%d]: %X: to=<user%d@example.com>, relay=mx.example.net[192.0.2.%d]:25, delay=%d, delays=0.1/0/0.2/0.3, dsn=%s, status=%s (host mx.example.net[192.0.2.%d] said: %s Try again later (in reply to RCPT TO command))", i%60, i%60, 1000+i%9000, i, i, i%250, i%9, substr(reply,5), substr(reply,1,1) == "4" ? "deferred" : "bounced", i%250, reply)
    }
    print line; size += length(line) + 1
  }
}' >"$work/mail.log"
bytes=$(wc -c <"$work/mail.log")
seconds () { # COMMAND... -> wall seconds, the best of three runs (cached file)
  best=
  for run in 1 2 3; do
    # Not to /dev/null: GNU grep stops at the first match when it sees it.
    start=$(date +%s.%N); "$@" >"$work/out" 2>&1; end=$(date +%s.%N)
    best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
  done
  echo "$best"
}
cat "$work/mail.log" >/dev/null
t_wc=$(seconds wc -l "$work/mail.log")
t_grep=$(seconds grep -c 'status=deferred' "$work/mail.log")
t_sc=$(seconds "$SMTPCODE" explain --summary "$work/mail.log")
# A pipe is read in one piece, on one thread.
t_one=$(seconds sh -c 'cat "$2" | "$1" explain --summary' sh "$SMTPCODE" "$work/mail.log")
echo
awk -v b="$bytes" -v wc="$t_wc" -v gr="$t_grep" -v sc="$t_sc" -v one="$t_one" \
    -v cpus="$(getconf _NPROCESSORS_ONLN)" 'BEGIN {
  mib = b / 1048576
  printf "explain --summary on %.0f MiB: %.2f s (%.0f MiB/s) on %d processors\n", mib, sc, mib / sc, cpus
  printf "  the same through a pipe, on one thread: %.2f s (%.0f MiB/s)\n", one, mib / one
  printf "wc -l: %.2f s (%.0f MiB/s); grep -c: %.2f s (%.0f MiB/s)\n", wc, mib / wc, gr, mib / gr
  printf "throughput ratio: %.2f of wc -l, %.2f of grep -c (one thread: %.2f, %.2f)\n",
    wc / sc, gr / sc, wc / one, gr / one
}'
"$SMTPCODE" explain --summary "$work/mail.log" | head -8
# Processor time, which other jobs on the machine change less than wall
# time: with N free processors, the wall time of a scan in parts would be
# about its Nth part.
cpu_seconds () { # COMMAND... -> user + system seconds, the best of three (GNU time)
  [ -x /usr/bin/time ] || { echo -; return; }
  best=
  for run in 1 2 3; do
    t=$(/usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2 }')
    best=$(awk -v t="$t" -v b="$best" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  echo "$best"
}
c_wc=$(cpu_seconds wc -l "$work/mail.log")
c_sc=$(cpu_seconds "$SMTPCODE" explain --summary --by=code "$work/mail.log")
awk -v wc="$c_wc" -v sc="$c_sc" -v cpus="$(getconf _NPROCESSORS_ONLN)" 'BEGIN {
  if (wc == "-" || sc <= 0) exit
  printf "processor time: explain --summary --by=code %.2f s, wc -l %.2f s: %.2f of wc -l on one processor, about %.2f on %d\n",
    sc, wc, wc / sc, wc / sc * (cpus > 8 ? 8 : cpus), cpus
}'

# explain over a mailbox of bounces: Sisimai's corpus (tests/data/sisimai)
# as an mbox, repeated to MAIL_MIB (default 256) MiB, against wc -l; then
# peak memory on a 1 GiB mailbox (MAILBOX_BIG_MIB) and on a message with a
# 100 MiB attachment, base64 and quoted-printable text.
corpus=$(dirname "$0")/data/sisimai
if [ -d "$corpus/maildir" ]; then
  for f in "$corpus"/maildir/*.eml; do
    printf 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'
    sed 's/^\(>*From \)/>\1/' "$f" | tr -d '\r'
    printf '\n'
  done >"$work/one.mbox"
  cat "$corpus/mbox-0" >>"$work/one.mbox"
  mailbox () { # MIB FILE: the corpus repeated to MIB MiB
    : >"$2"
    while [ "$(wc -c <"$2")" -lt $(($1 * 1048576)) ]; do
      for _ in 1 2 3 4 5 6 7 8; do cat "$work/one.mbox"; done >>"$2"
    done
  }
  mailbox "${MAIL_MIB:-256}" "$work/bounces.mbox"
  mbytes=$(wc -c <"$work/bounces.mbox")
  cat "$work/bounces.mbox" >/dev/null
  t_mwc=$(seconds wc -l "$work/bounces.mbox")
  t_mail=$(seconds "$SMTPCODE" explain "$work/bounces.mbox")
  t_msum=$(seconds "$SMTPCODE" explain --summary "$work/bounces.mbox")
  # Through a pipe, on one thread, as on one processor.
  t_mail1=$(seconds sh -c 'cat "$2" | "$1" explain' sh "$SMTPCODE" "$work/bounces.mbox")
  t_msum1=$(seconds sh -c 'cat "$2" | "$1" explain --summary' sh "$SMTPCODE" "$work/bounces.mbox")
  echo
  awk -v b="$mbytes" -v wc="$t_mwc" -v m="$t_mail" -v s="$t_msum" -v m1="$t_mail1" -v s1="$t_msum1" \
      -v cpus="$(getconf _NPROCESSORS_ONLN)" 'BEGIN {
    mib = b / 1048576
    printf "explain on a %.0f MiB mailbox of bounces, %d processors: %.2f s (%.0f MiB/s); --summary %.2f s (%.0f MiB/s)\n", mib, cpus, m, mib / m, s, mib / s
    printf "  the same through a pipe, on one thread: explain %.2f s (%.0f MiB/s); --summary %.2f s (%.0f MiB/s)\n", m1, mib / m1, s1, mib / s1
    printf "wc -l: %.2f s (%.0f MiB/s); throughput ratio: explain %.3f, --summary %.3f of wc -l (one thread: %.3f, %.3f)\n", wc, mib / wc, wc / m, wc / s, wc / m1, wc / s1
  }'
  "$SMTPCODE" explain --summary "$work/bounces.mbox" | head -5
  rm -f "$work/bounces.mbox"
  if [ -x /usr/bin/time ]; then
    mailbox "${MAILBOX_BIG_MIB:-1024}" "$work/big.mbox"
    printf 'peak memory, explain --summary on a %s MiB mailbox: %s KiB\n' \
      "$(($(wc -c <"$work/big.mbox") / 1048576))" "$(peak_kib "$SMTPCODE" explain --summary "$work/big.mbox")"
    rm -f "$work/big.mbox"
    for kind in application/pdf:base64 text/plain:base64 text/plain:quoted-printable; do
      { printf 'From: MAILER-DAEMON@example.org\nSubject: big\nContent-Type: multipart/mixed; boundary=B\n\n--B\n\n550 5.1.1 <a@example.com> unknown\n--B\n'
        printf 'Content-Type: %s\nContent-Transfer-Encoding: %s\n\n' "${kind%%:*}" "${kind#*:}"
        head -c $((75 * 1048576)) /dev/zero | tr '\0' 'a' | base64 -w 76
        printf '\n--B--\n'; } >"$work/attachment.eml"
      printf 'peak memory, a %s MiB %s attachment (%s): %s KiB\n' \
        "$(($(wc -c <"$work/attachment.eml") / 1048576))" "${kind%%:*}" "${kind#*:}" \
        "$(peak_kib "$SMTPCODE" explain "$work/attachment.eml")"
    done
    rm -f "$work/attachment.eml"
  fi
fi
