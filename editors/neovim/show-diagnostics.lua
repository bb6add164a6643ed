-- Run by try.sh inside Neovim, once the source is open: waits for agenda
-- lsp's diagnostics on it and prints them, one a line, to stdout.
local buf = vim.api.nvim_get_current_buf()
local seconds = tonumber(vim.env.AGENDA_TRY_SECONDS or '60')
local got = vim.wait(seconds * 1000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
for _, c in ipairs(clients) do
  io.stdout:write(string.format('client %s, root %s\n', c.name, c.config.root_dir or '(none: single file)'))
end
if not got then
  io.stderr:write(string.format('no diagnostics from agenda lsp within %d s\n', seconds))
  vim.cmd('cquit 1')
end
local names = { 'error', 'warning', 'info', 'hint' }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  io.stdout:write(string.format('%s:%d:%d: %s: %s [%s]\n', vim.fn.expand('%:t'), d.lnum + 1, d.col + 1, names[d.severity], d.message, code))
end
vim.cmd('qall!')
