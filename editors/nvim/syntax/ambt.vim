" Vim syntax for .ambt files (gedragscodes, docs/language.md). Line-oriented like the language:
" what a line starts with decides what it is. Mirrors editors/vscode/syntaxes/ambt.tmLanguage.json
" without the explanation blocks (their text is shown as ordinary text).
if exists("b:current_syntax")
  finish
endif
syntax case match
syntax sync fromstart

syntax match ambtListMarker "^\s*\%([-•*–]\|[a-z][.)]\|\d\{1,3}[.)]\|(\%(\d\{1,3}\|[a-z]\))\)\ze\%(\s\|$\)"
syntax match ambtLabel "^\s*\c\%(uitleg\|toelichting\|voorbeelden\=\|controlevragen\|noot\|let\s\+op\)\s*:\s*$"
syntax match ambtHeading2 "^\s*##.*$"
syntax match ambtHeading1 "^\s*#\%(\s.*\)\=$"
syntax match ambtRule "^\s*§" nextgroup=ambtRuleNumber skipwhite
syntax match ambtRuleNumber "\%(\a\+\.\=\s\+\)\=\d[0-9A-Za-z.]*" contained nextgroup=ambtRuleTitle skipwhite
syntax match ambtRuleTitle "\[[^]]*\]" contained
syntax match ambtUnknownAnnotation "^\s*@\a\S*"
syntax match ambtAnnotation "^\s*@\c\%(onderwerp\|norm\|drempel\|termijn\|binnen\|melden[ -]\+bij\|wie\|uitzondering[ -]\+op\|zie\|wet\|regeling\|dekt\|concept\|negeer\)\ze\%(?\|\s\|$\)" nextgroup=ambtInferred,ambtAnnotationValue
" The value first: of two groups that match at one place, Vim takes the one defined last.
syntax match ambtAnnotationValue ".*$" contained contains=ambtQuantity
syntax match ambtInferred "?" contained nextgroup=ambtAnnotationValue
syntax match ambtQuantity "€\s*\d[0-9.,]*-\=" contained
syntax match ambtEscape "^\s*\\"
syntax match ambtComment "^\s*//.*$"
syntax match ambtMetaKey "^\s*[^:/ \t][^:]*\ze:" contained
syntax match ambtDate "\<\d\{4}-\d\{2}\%(-\d\{2}\)\=\>" contained
syntax region ambtMetadata matchgroup=ambtFence start="^---\s*$" end="^---\s*$" end="^\ze\s*[#§]" contains=ambtComment,ambtMetaKey,ambtDate keepend

highlight default link ambtComment Comment
highlight default link ambtEscape SpecialChar
highlight default link ambtHeading1 Title
highlight default link ambtHeading2 Title
highlight default link ambtRule Statement
highlight default link ambtRuleNumber Number
highlight default link ambtRuleTitle Identifier
highlight default link ambtAnnotation PreProc
highlight default link ambtInferred Todo
highlight default link ambtAnnotationValue String
highlight default link ambtQuantity Number
highlight default link ambtUnknownAnnotation Error
highlight default link ambtLabel Special
highlight default link ambtListMarker Delimiter
highlight default link ambtFence Delimiter
highlight default link ambtMetaKey Type
highlight default link ambtDate Number

let b:current_syntax = "ambt"
