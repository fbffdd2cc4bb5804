" Options for .ambt files (Vim and Neovim): comments, wrapping and folding by chapter and rule.
if exists("b:did_ftplugin")
  finish
endif
let b:did_ftplugin = 1

setlocal commentstring=//\ %s
setlocal comments=://
setlocal textwidth=0 wrap linebreak
setlocal expandtab shiftwidth=2 softtabstop=2

" A '#' chapter opens a fold of level 1; a '##' sub-heading and a '§' rule one of level 2.
function! AmbtFoldLevel(lnum) abort
  let l:line = getline(a:lnum)
  if l:line =~# '^\s*#\%(\s\|$\)'
    return '>1'
  elseif l:line =~# '^\s*##' || l:line =~# '^\s*§'
    return '>2'
  endif
  return '='
endfunction
setlocal foldmethod=expr foldexpr=AmbtFoldLevel(v:lnum) foldlevel=99

let b:undo_ftplugin = 'setlocal commentstring< comments< textwidth< wrap< linebreak< expandtab< shiftwidth< softtabstop< foldmethod< foldexpr< foldlevel<'
