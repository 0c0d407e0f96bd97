# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for smtpcode                      -*- shell-script -*-

_smtpcode ()
{
  local cur prev words cword
  _init_completion || return

  case $prev in
    -L | --lang)
      COMPREPLY=($(compgen -W 'en zh' -- "$cur"))
      return ;;
    --color | --colour)
      COMPREPLY=($(compgen -W 'auto always never' -- "$cur"))
      return ;;
    -e | --expression)
      return ;;
  esac
  if [[ $cur == --color=* || $cur == --colour=* ]]; then
    COMPREPLY=($(compgen -W 'auto always never' -- "${cur#*=}"))
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W '--brief --json --color= --lang= --help --version
      --expression --full --summary' -- "$cur"))
    [[ ${COMPREPLY-} == *= ]] && compopt -o nospace
    return
  fi
  local command= i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      compare | list | search | explain) command=${words[i]}; break ;;
    esac
  done
  case $command in
    list)
      COMPREPLY=($(compgen -W 'basic enhanced causes 2xx 3xx 4xx 5xx 2.X 4.X 5.X' -- "$cur")) ;;
    search) ;;
    explain) _filedir ;;
    *)
      local codes
      codes=$("${words[0]}" list 2>/dev/null | awk '/^[^ ]/ {print $1}')
      if [[ -z $command && $cword -eq 1 ]]; then
        codes="compare list search explain $codes"
      fi
      COMPREPLY=($(compgen -W "$codes" -- "$cur")) ;;
  esac
} && complete -F _smtpcode smtpcode
