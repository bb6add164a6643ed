-- agenda lsp for Markdown files, Neovim 0.8 to 0.10 (vim.lsp.start and
-- vim.fs came in 0.8). vim.lsp.start reuses the server already running for
-- the same root: the folder of agenda.config.yaml, else the file's folder.
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    if file == '' then return end
    local config = vim.fs.find('agenda.config.yaml', { upward = true, path = vim.fs.dirname(file) })[1]
    vim.lsp.start({
      name = 'agenda',
      cmd = { 'agenda', 'lsp', '--stdio' },
      root_dir = vim.fs.dirname(config or file),
    })
  end,
})
