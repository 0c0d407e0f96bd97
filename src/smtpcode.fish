# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for smtpcode; installed in vendor_completions.d.

function __smtpcode_command
    # The first word after the options, if it names a command.
    for word in (commandline -opc)[2..-1]
        switch $word
            case compare list search explain
                echo $word
                return
        end
    end
end

function __smtpcode_codes
    smtpcode list 2>/dev/null | string match -r '^[^ ]\S*'
end

complete -c smtpcode -f
complete -c smtpcode -s b -l brief -d 'One line per code'
complete -c smtpcode -l json -d 'Print JSON'
complete -c smtpcode -l color -l colour -x -a 'auto always never' -d 'When to use bold'
complete -c smtpcode -s L -l lang -x -a 'en zh' -d 'Language of the output'
complete -c smtpcode -s e -l expression -x -d 'Explain this text'
complete -c smtpcode -l full -d 'The whole page of each code found'
complete -c smtpcode -l summary -d 'Count the replies by code'
complete -c smtpcode -s h -l help -d 'Display help and exit'
complete -c smtpcode -s V -l version -d 'Output version information and exit'

complete -c smtpcode -n 'test -z "$(__smtpcode_command)"' -a 'compare' -d 'How codes differ'
complete -c smtpcode -n 'test -z "$(__smtpcode_command)"' -a 'list' -d 'List codes'
complete -c smtpcode -n 'test -z "$(__smtpcode_command)"' -a 'search' -d 'Codes whose text has every word'
complete -c smtpcode -n 'test -z "$(__smtpcode_command)"' -a 'explain' -d 'Explain the replies in files'
complete -c smtpcode -n 'not contains -- (__smtpcode_command) list search explain' -a '(__smtpcode_codes)'
complete -c smtpcode -n 'test "$(__smtpcode_command)" = list' -a 'basic enhanced causes 2xx 3xx 4xx 5xx 2.X 4.X 5.X'
complete -c smtpcode -n 'test "$(__smtpcode_command)" = explain' -F
