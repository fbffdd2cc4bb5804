-- .ambt files are gedragscodes in the ambt language.
vim.filetype.add({ extension = { ambt = "ambt" } })
