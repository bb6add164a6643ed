-- agenda lsp for Markdown files through nvim-lspconfig's own framework
-- (require('lspconfig')): nvim-lspconfig 0.1.4 to 1.x, on the Neovim each
-- of those asks for (0.7 and later). On Neovim 0.11, use vim.lsp.config.
local lspconfig = require('lspconfig')
local configs = require('lspconfig.configs')
if not configs.agenda then
  configs.agenda = {
    default_config = {
      cmd = { 'agenda', 'lsp', '--stdio' },
      filetypes = { 'markdown' },
      root_dir = lspconfig.util.root_pattern('agenda.config.yaml', '.git'),
      -- A source outside any project is checked on its own.
      single_file_support = true,
    },
  }
end
lspconfig.agenda.setup({})
