#!/usr/bin/perl
# SPDX-License-Identifier: GPL-3.0-or-later
# label-replies.pl -- Sisimai's reason for each reply of the wild corpus,
# for tests/reply-cause-score.py.  Needs Sisimai (p5-sisimai) on @INC:
#
#   perl -I SISIMAI/lib tests/label-replies.pl tests/data/explain/wild/X.tsv ...
#
# Each item that is no decoy is taken as the Diagnostic-Code of a bounce
# about which nothing else is known, but the SMTP command it names: its
# status and reply code are read from it as Sisimai::Fact reads them, then
# Sisimai::Reason->get decides (no provider module: no remote host).
# Prints: file, line, reason, status, reply code (tab separated).
use strict;
use warnings;
no warnings 'uninitialized';
use File::Basename qw(basename);
use Sisimai::Reason;
use Sisimai::SMTP::Command;
use Sisimai::SMTP::Reply;
use Sisimai::SMTP::Status;

local $SIG{__WARN__} = sub { };
for my $path (@ARGV) {
  open my $in, '<', $path or die "$path: $!\n";
  while (my $item = <$in>) {
    chomp $item;
    my (undef, $codes, undef, $text) = split /\t/, $item, 4;
    next if $codes eq '-';
    $text =~ s/\\(\\|n|t)/$1 eq 'n' ? "\n" : $1 eq 't' ? "\t" : "\\"/ge;
    (my $said = $text) =~ s/\s+/ /g;
    my $status = Sisimai::SMTP::Status->find($said) || '';
    my $reply = Sisimai::SMTP::Reply->find($said, $status) || '';
    my $fact = {
      'diagnosticcode' => $said, 'diagnostictype' => 'SMTP', 'reason' => '',
      'deliverystatus' => Sisimai::SMTP::Status->prefer('', $status, $reply),
      'replycode' => $reply, 'smtpcommand' => Sisimai::SMTP::Command->find($said) // '',
      'action' => 'failed', 'rhost' => '', 'lhost' => '', 'destination' => '',
      'feedbacktype' => '',
    };
    my $reason = eval { Sisimai::Reason->get($fact) } // 'error';
    print join("\t", basename($path), $., $reason, $fact->{'deliverystatus'}, $reply), "\n";
  }
  close $in;
}
