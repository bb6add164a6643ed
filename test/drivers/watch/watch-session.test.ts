/**
 * The watch session against what a `git checkout` and an editor do to the
 * paths it was given (issue 25.8): a folder removed and back, removed and
 * made again in the same instant, a file named directly that an editor
 * replaces by renaming, that file's folder removed and back; and a save
 * made while the first build runs (issue 23.6). Each waits for the new
 * invitation to be written: a session gone deaf never writes it.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/pipeline/config.js';
import { type WatchEvent, WatchSession } from '../../../src/drivers/watch/watch-session.js';
import { envWith, project, source } from '../build/helpers.js';

const sessions: WatchSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

interface Watched {
  session: WatchSession;
  events: WatchEvent[];
  /** Waits until `test` holds of the events so far (or of the disk), checking on each event and every 50 ms. */
  until: (what: string, test: () => boolean | Promise<boolean>) => Promise<void>;
}

/** A session over `paths` (HTML only), started; `onEvent` sees each event as it comes. */
async function watch(dir: string, paths: string[], onEvent: (e: WatchEvent) => void = () => undefined): Promise<Watched> {
  const events: WatchEvent[] = [];
  const session = new WatchSession({
    build: { paths, outDir: join(dir, 'out'), cwd: dir, formats: ['html'], today: { year: 2020, month: 1, day: 1 }, env: envWith() },
    loadConfig: () => loadConfig(undefined, dir),
    onEvent: (e) => {
      events.push(e);
      onEvent(e);
    },
    quietMs: 50,
    rootCheckMs: 100,
  });
  sessions.push(session);
  await session.start();
  const until = async (what: string, test: () => boolean | Promise<boolean>) => {
    const end = Date.now() + 60_000;
    while (!(await test())) {
      if (Date.now() > end) throw new Error(`no ${what}: ${JSON.stringify(events.map((e) => (e.kind === 'progress' ? e.event.kind : e)))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { session, events, until };
}

const page = (dir: string, name: string) => readFile(join(dir, 'out', `${name}.html`), 'utf8').catch(() => '');
const builds = (w: Watched) => w.events.filter((e) => e.kind === 'built').length;

describe('the watch session when the paths it watches go and come back', { timeout: 120_000 }, () => {
  it('watches a folder again once it is back after being removed, says so, and builds what it holds', async () => {
    const dir = await project({});
    const folder = join(dir, 'samlinger');
    mkdirSync(folder);
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa' }));
    const w = await watch(dir, [folder]);
    expect(await page(dir, 'samlinger/alfa')).toContain('Alfa');

    // git checkout of a branch without the folder, then back.
    rmSync(folder, { recursive: true });
    await w.until('word that the folder is gone', () => w.events.some((e) => e.kind === 'path' && e.state === 'gone' && e.path === folder));
    mkdirSync(folder);
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa tilbake' }));
    await w.until('word that the folder is back', () => w.events.some((e) => e.kind === 'path' && e.state === 'back' && e.path === folder));
    await w.until('the page built from the folder that is back', async () => (await page(dir, 'samlinger/alfa')).includes('Alfa tilbake'));

    // A save after that is seen: the folder is watched, not only built once.
    writeFileSync(join(folder, 'beta.md'), source({ title: 'Beta' }));
    // Its findings are the ones printed: the build says it touched beta.
    const touched = () => w.events.some((e) => e.kind === 'built' && e.affected.some((f) => f.endsWith('beta.md')));
    await w.until('the new source built', touched);
    expect(await page(dir, 'samlinger/beta')).toContain('Beta');
  });

  it('follows a folder removed and made again in the same instant, which gives no event for the folder', async () => {
    const dir = await project({});
    const folder = join(dir, 'samlinger');
    mkdirSync(folder);
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa' }));
    const w = await watch(dir, [folder]);
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa igjen' }));
    await w.until('the page built from the new folder', async () => (await page(dir, 'samlinger/alfa')).includes('Alfa igjen'));
    // A new source in the new folder, which chokidar alone does not see: the new folder is watched.
    writeFileSync(join(folder, 'beta.md'), source({ title: 'Beta' }));
    await w.until('the new source built', async () => (await page(dir, 'samlinger/beta')).includes('Beta'));
  });

  it('follows a file named directly through an editor’s renames and its folder removed and back', async () => {
    const dir = await project({});
    const folder = join(dir, 'samlinger');
    mkdirSync(folder);
    const file = join(folder, 'alfa.md');
    writeFileSync(file, source({ title: 'Alfa' }));
    const w = await watch(dir, [file]);
    for (const title of ['Alfa én', 'Alfa to']) {
      writeFileSync(join(folder, '.alfa.md.swp'), source({ title }));
      renameSync(join(folder, '.alfa.md.swp'), file);
      await w.until(`the page saying ${title}`, async () => (await page(dir, 'samlinger/alfa')).includes(title));
    }
    rmSync(folder, { recursive: true });
    await w.until('word that the file is gone', () => w.events.some((e) => e.kind === 'path' && e.state === 'gone' && e.path === file));
    mkdirSync(folder);
    writeFileSync(file, source({ title: 'Alfa tre' }));
    await w.until('the page built from the file that is back', async () => (await page(dir, 'samlinger/alfa')).includes('Alfa tre'));
    writeFileSync(file, source({ title: 'Alfa fire' }));
    await w.until('a save after that, built', async () => (await page(dir, 'samlinger/alfa')).includes('Alfa fire'));
  });

  it('builds again a save made while the first build runs', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    let saved = false;
    // Once the first build has written alfa's page, before it ends: only a rebuild can make the saved text.
    const w = await watch(dir, [dir], (e) => {
      if (e.kind !== 'progress' || e.event.kind !== 'view' || saved) return;
      saved = true;
      writeFileSync(join(dir, 'alfa.md'), source({ title: 'Alfa lagret under byggingen' }));
    });
    expect(saved).toBe(true);
    expect(await page(dir, 'alfa')).not.toContain('Alfa lagret under byggingen');
    await w.until('the save built', async () => builds(w) >= 2 && (await page(dir, 'alfa')).includes('Alfa lagret under byggingen'));
    expect(w.events.filter((e) => e.kind === 'changed')).toEqual([{ kind: 'changed', paths: [join(dir, 'alfa.md')] }]);
  });
});
