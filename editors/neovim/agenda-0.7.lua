-- agenda lsp for Markdown files, Neovim 0.7 and later (Debian 12 has 0.7.2).
-- One server for each project: the folder of the agenda.config.yaml found
-- from the file's folder upwards, else the file's own folder.
local function project_root(file)
  local start = vim.fn.fnamemodify(file, ':p:h')
  local dir = start
  while true do
    if vim.loop.fs_stat(dir .. '/agenda.config.yaml') then return dir end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then return start end
    dir = parent
  end
end

local agenda_clients = {}
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    if file == '' then return end
    local root = project_root(file)
    local id = agenda_clients[root]
    if not (id and vim.lsp.get_client_by_id(id)) then
      id = vim.lsp.start_client({ name = 'agenda', cmd = { 'agenda', 'lsp', '--stdio' }, root_dir = root })
      agenda_clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
