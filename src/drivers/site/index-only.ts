/**
 * `agenda build --index-only`: the index page of an output folder from every
 * build record in it, after the shards of a CI matrix (`--shard K/N`, each
 * with its own record) were merged into one folder, and the calendar
 * feeds of all of them. Builds nothing.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EnvironmentError, UsageError } from '../../base/errors.js';
import { systemCode, writeFailed } from '../../base/diagnostics/io-problem.js';
import { say } from '../../base/messages/index.js';
import { writeFileAtomic } from '../disk/atomic-write.js';
import { readManifest, type Manifest } from '../build/cache.js';
import { writeFeeds } from './feed.js';
import { indexPage, type IndexOptions } from './index-page.js';

const RECORD = /^\.agenda-build(\.\d+-of-\d+)?\.json$/;

/** Writes outDir/index.html from the records there; returns how many invitations it lists. */
export async function writeMergedIndex(outDir: string, page: IndexOptions): Promise<{ records: string[]; listed: number }> {
  const names = await readdir(outDir).catch(() => {
    throw new UsageError(say('index-only.no-folder', { out: outDir }));
  });
  const records = names.filter((n) => RECORD.test(n)).sort();
  if (!records.length) throw new UsageError(say('index-only.no-record', { out: outDir }));
  const merged: Manifest = { version: 2, outputs: Object.create(null) };
  for (const name of records) Object.assign(merged.outputs, (await readManifest(outDir, join(outDir, name), name)).manifest.outputs);
  // The feeds span every shard's gatherings, so they are made here, with the index.
  const refused = (file: string, e: unknown, what: 'feed' | 'index') => {
    if (!systemCode(e)) throw e;
    throw new EnvironmentError([writeFailed(join(outDir, file), e, what)]);
  };
  await writeFeeds(outDir, merged, (file, e) => refused(file, e, 'feed'));
  await writeFileAtomic(join(outDir, 'index.html'), indexPage(merged, page)).catch((e: unknown) => refused('index.html', e, 'index'));
  return { records, listed: Object.keys(merged.outputs).length };
}
