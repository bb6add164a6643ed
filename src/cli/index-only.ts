/** `agenda build --index-only`: the index of a folder the shards' outputs were merged into. */
import { resolve } from 'node:path';
import type { LoadedConfig } from '../pipeline/config.js';
import type { CalendarDate } from '../base/calendar-date.js';
import type { CommandIo } from './command-io.js';
import { say } from '../base/messages/index.js';

/** The page made as a build makes it: the config's branding and site, the templates folder, and "today" (--today, SOURCE_DATE_EPOCH). */
export async function runIndexOnly(out: string, loaded: LoadedConfig, today: CalendarDate, io: CommandIo): Promise<number> {
  const { writeMergedIndex } = await import('../drivers/site/index-only.js');
  const page = { config: loaded.config, root: loaded.root, today, templatesDir: loaded.templatesDir, roots: [loaded.templatesRoot] };
  const { records, listed } = await writeMergedIndex(resolve(io.cwd, out), page);
  io.stdout(`${say('index-only.wrote', { file: `${out}/index.html`, listed, records: records.length })}\n`);
  return 0;
}
