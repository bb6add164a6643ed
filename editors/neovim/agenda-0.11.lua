-- agenda lsp for Markdown files, Neovim 0.11 and later.
vim.lsp.config('agenda', {
  cmd = { 'agenda', 'lsp', '--stdio' },
  filetypes = { 'markdown' },
  root_markers = { 'agenda.config.yaml', '.git' },
})
vim.lsp.enable('agenda')
