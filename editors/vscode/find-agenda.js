// Which `agenda` the extension runs as `agenda lsp`: the one the setting
// names, else the project's own (node_modules/.bin in a workspace folder or
// a folder above it), else one on the PATH (a global install). No VS Code
// here, so that it can be tried without an editor.
const { statSync } = require('node:fs');
const path = require('node:path');

/** The package that gives the `agenda` command. */
const PACKAGE = 'agenda-invitations';

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The names npm gives a package's command on this platform. */
function commandNames(platform) {
  return platform === 'win32' ? ['agenda.cmd', 'agenda.exe', 'agenda'] : ['agenda'];
}

function inProject(folders, names, p, exists) {
  for (const folder of folders) {
    for (let dir = folder; ; dir = p.dirname(dir)) {
      for (const name of names) {
        const file = p.join(dir, 'node_modules', '.bin', name);
        if (exists(file)) return file;
      }
      if (p.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

function onPath(env, names, p, exists) {
  const dirs = (env.PATH ?? env.Path ?? '').split(p.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const file = p.join(dir, name);
      if (exists(file)) return file;
    }
  }
  return undefined;
}

/**
 * { command, from: 'setting' | 'project' | 'global' } when found, else
 * { missing } with what was looked for: 'agenda' (nowhere) or the path the
 * setting names.
 */
function findAgenda({ setting, folders = [], env = process.env, platform = process.platform, exists = isFile }) {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const wanted = (setting ?? '').trim();
  if (wanted && wanted !== 'agenda') {
    if (/[\\/]/.test(wanted)) {
      const file = p.resolve(folders[0] ?? '.', wanted);
      return exists(file) ? { command: file, from: 'setting' } : { missing: file };
    }
    const found = onPath(env, platform === 'win32' ? [`${wanted}.cmd`, `${wanted}.exe`, wanted] : [wanted], p, exists);
    return found ? { command: found, from: 'setting' } : { missing: wanted };
  }
  const names = commandNames(platform);
  const project = inProject(folders, names, p, exists);
  if (project) return { command: project, from: 'project' };
  const global = onPath(env, names, p, exists);
  return global ? { command: global, from: 'global' } : { missing: 'agenda' };
}

module.exports = { findAgenda, PACKAGE };
