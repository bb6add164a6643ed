/** `agenda build --index-only`: the index of a folder the shards' outputs were merged into. */
import { resolve } from 'node:path';
import type { CommandIo } from './command-io.js';

export async function runIndexOnly(out: string, templatesDir: string | undefined, io: CommandIo): Promise<number> {
  const { writeMergedIndex } = await import('../drivers/site/index-only.js');
  const { records, listed } = await writeMergedIndex(resolve(io.cwd, out), templatesDir);
  io.stdout(`${out}/index.html: ${listed} invitation${listed === 1 ? '' : 's'} from ${records.length} build record${records.length === 1 ? '' : 's'}\n`);
  return 0;
}
