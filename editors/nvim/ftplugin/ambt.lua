-- Neovim: start the ambt language server for .ambt buffers (`ambt lsp` over stdio, full-document
-- sync). It gives diagnostics from check and lint, hover, go to definition, document symbols,
-- folding ranges, formatting (vim.lsp.buf.format), code actions (the fix-its and "bevestig" for
-- an inferred @key?) and completion. Set vim.g.ambt_lsp_cmd to change the command, for example
-- { "ambt", "lsp", "--lang", "en" }.
local cmd = vim.g.ambt_lsp_cmd or { "ambt", "lsp" }
if vim.fn.executable(cmd[1]) ~= 1 then
  return
end
local file = vim.api.nvim_buf_get_name(0)
local marker = vim.fs.find({ ".ambt-lint", ".git" }, { upward = true, path = vim.fs.dirname(file) })[1]
vim.lsp.start({
  name = "ambt",
  cmd = cmd,
  root_dir = marker and vim.fs.dirname(marker) or vim.fn.getcwd(),
})
