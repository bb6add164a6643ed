/**
 * The config a command works with: the file --config names, else the one
 * found from the working folder, with the folder --templates names over its
 * templates; and, for the paths named, a note for each config of theirs it
 * does not use.
 */
import { relative, resolve } from 'node:path';
import { say } from '../base/messages/index.js';
import type { LoadedConfig } from '../pipeline/config.js';
import { configsNotUsed } from '../pipeline/find-config.js';
import type { Io } from './command-io.js';

export async function commandConfig(flags: { config?: string; templates?: string }, io: Io, paths?: readonly string[]): Promise<LoadedConfig> {
  const { loadConfig } = await import('../pipeline/config.js');
  const loaded = await loadConfig(flags.config, io.cwd, flags.templates ? { templatesDir: resolve(io.cwd, flags.templates) } : undefined);
  if (paths && !flags.config) noteConfigsNotUsed(paths, loaded.file, io);
  return loaded;
}

/** Says, once each, which config of the paths named this run leaves unread, and which it reads instead. */
function noteConfigsNotUsed(paths: readonly string[], used: string | undefined, io: Io): void {
  const shown = (file: string) => relative(io.cwd, file) || file;
  for (const file of configsNotUsed(paths, used, io.cwd)) io.stderr(`agenda: ${say('config.not-used', { file: shown(file), used: used ? shown(used) : 'none' })}\n`);
}
