#compdef smtpcode
# SPDX-License-Identifier: GPL-3.0-or-later
# zsh completion for smtpcode; installed as _smtpcode in site-functions.

_smtpcode_codes ()
{
  local -a codes
  codes=(${(f)"$(_call_program codes $words[1] list 2>/dev/null | awk '/^[^ ]/ {print $1}')"})
  _describe -t codes 'SMTP code' codes
}

_smtpcode ()
{
  local curcontext=$curcontext state line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-b --brief)'{-b,--brief}'[one line per code]' \
    '--json[print JSON]' \
    '(--color --colour)'{--color=,--colour=}'[when to use bold]:when:(auto always never)' \
    '(-L --lang)'{-L+,--lang=}'[language of the output]:language:(en zh)' \
    '(-e --expression)'{-e+,--expression=}'[explain this text]:text:' \
    '--full[print the whole page of each code found]' \
    '--summary[count the replies by code]' \
    '(- *)'{-h,--help}'[display help and exit]' \
    '(- *)'{-V,--version}'[output version information and exit]' \
    '1: :->first' \
    '*:: :->rest' && ret=0
  case $state in
    first)
      _alternative \
        'commands:command:((compare\:"how codes differ" list\:"list codes" search\:"codes whose text has every word" explain\:"explain the replies in files"))' \
        'codes: :_smtpcode_codes' && ret=0 ;;
    rest)
      case $words[1] in
        list) _values filter basic enhanced causes 2xx 3xx 4xx 5xx 2.X 4.X 5.X && ret=0 ;;
        search) _message word && ret=0 ;;
        explain) _files && ret=0 ;;
        *) _smtpcode_codes && ret=0 ;;
      esac ;;
  esac
  return ret
}

_smtpcode "$@"
