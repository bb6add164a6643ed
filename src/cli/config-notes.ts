/** The notes a command prints before its work about the configs it does not use. */
import { relative } from 'node:path';
import { say } from '../base/messages/index.js';
import { configsNotUsed } from '../pipeline/find-config.js';
import type { Io } from './command-io.js';

/** Says, once each, which config of the paths named this run leaves unread, and which it reads instead. */
export function noteConfigsNotUsed(paths: readonly string[], used: string | undefined, io: Io): void {
  const shown = (file: string) => relative(io.cwd, file) || file;
  for (const file of configsNotUsed(paths, used, io.cwd)) io.stderr(`agenda: ${say('config.not-used', { file: shown(file), used: used ? shown(used) : 'none' })}\n`);
}
