" .ambt files are gedragscodes in the ambt language (for Vim; Neovim reads ambt.lua too).
autocmd BufRead,BufNewFile *.ambt setfiletype ambt
