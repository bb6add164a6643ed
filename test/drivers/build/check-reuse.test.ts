/**
 * A build reuses the last build's check of each unchanged source, checks
 * the whole set's contract again, keeps parsed sources only up to a
 * budget, and makes the index page only when what it shows changed. None
 * of it may change what a build gives: the diagnostics, the exit code and
 * the files are those of `--force`, edit after edit.
 */
import { writeFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildOptions, BuildReport } from '../../../src/drivers/build/build.js';
import { MANIFEST } from '../../../src/drivers/build/cache.js';
import { checkSources } from '../../../src/drivers/build/check-sources.js';
import { collectSourceSet } from '../../../src/drivers/sources/files.js';
import { loadConfig } from '../../../src/pipeline/config.js';
import { buildIn, listFiles, png, project, source, tempDir } from './helpers.js';

type Options = Partial<BuildOptions> & { outDir?: string };

/** What a user sees of a build: its diagnostics, what exits 1, and what is in the folder (the record aside). */
async function seen(report: BuildReport, out: string) {
  const files: Record<string, string> = {};
  for (const f of await listFiles(out)) if (f !== MANIFEST) files[f] = await readFile(join(out, f), 'utf8');
  return {
    diagnostics: report.diagnostics.map(({ code, severity, file, message, span, hint }) => ({ code, severity, file, message, span, hint })),
    exitsOne: report.diagnostics.some((d) => d.severity === 'error'),
    invalid: report.invalid,
    views: report.views,
    failed: report.failed,
    files,
  };
}

/** The same build of `dir` incrementally into one folder and with --force into another: both as the user sees them. */
async function both(dir: string, inc: string, full: string, o: Options = {}) {
  const options = { formats: ['html', 'ics'] as const, audiences: 'all' as const, ...o };
  const a = await buildIn(dir, { ...options, formats: [...options.formats], outDir: inc });
  const b = await buildIn(dir, { ...options, formats: [...options.formats], outDir: full, force: true });
  return { incremental: await seen(a, inc), force: await seen(b, full), report: a };
}

describe('an incremental build gives what --force gives', { timeout: 120_000 }, () => {
  it('edit after edit: a clash of names, an image changed and gone, another day, a source removed', async () => {
    const dir = await project({
      'a.md': source({ title: 'Alfa' }),
      'a.owners.md': source({ title: 'Beta' }),
      'c.md': source({ title: 'Gamma', body: 'Med logo:\n\n![Logoen vår](logo.png)' }),
      'd.md': source({ title: 'Delta' }),
      'logo.png': png(255, 0, 0),
    });
    const [inc, full] = [await tempDir('agenda-reuse-inc-'), await tempDir('agenda-reuse-full-')];
    const step = async (o: Options = {}) => {
      const r = await both(dir, inc, full, o);
      expect(r.incremental).toEqual(r.force);
      return r;
    };
    expect((await step()).report.built).toBe(4);
    // a.md, changed, now also makes a.owners: the unchanged a.owners.md is the one refused.
    await writeFile(join(dir, 'a.md'), source({ title: 'Alfa', extra: 'audiences:\n  owners: Eiere\n' }));
    const clash = await step();
    expect(clash.incremental.diagnostics.map((d) => [d.code, d.file])).toContainEqual(['output-clash', join(dir, 'a.owners.md')]);
    // c.md's text is unchanged: its image is what changes, and then goes.
    await writeFile(join(dir, 'logo.png'), png(0, 0, 255));
    await step();
    await rm(join(dir, 'logo.png'));
    const gone = await step();
    expect(gone.incremental.diagnostics.map((d) => [d.code, d.file])).toContainEqual(['image-unreadable', join(dir, 'c.md')]);
    await writeFile(join(dir, 'logo.png'), png(0, 255, 0));
    await step();
    // A later "today": every gathering is past, a warning each.
    const later = await step({ today: { year: 2031, month: 1, day: 1 } });
    expect(later.incremental.diagnostics.filter((d) => d.code === 'date-past')).toHaveLength(4);
    await step();
    // The clash mended, and a source removed.
    await writeFile(join(dir, 'a.md'), source({ title: 'Alfa' }));
    await rm(join(dir, 'd.md'));
    const last = await step();
    expect(last.incremental.diagnostics).toEqual([]);
    expect(Object.keys(last.incremental.files)).toEqual(['a.html', 'a.ics', 'a.owners.html', 'a.owners.ics', 'c.html', 'c.ics', 'calendar.ics', 'index.html']);
  });

  it('reuses the check of an unchanged source, and checks an edited one again', async () => {
    const dir = await project({ 'a.md': source({ title: 'Alfa', date: '2019-03-05' }), 'b.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-reuse-out-');
    await buildIn(dir, { outDir: out, formats: ['html'] });
    const record = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'));
    expect(Object.keys(record.checks)).toEqual(['a.md', 'b.md']);
    expect(record.checks['a.md'].diagnostics.map((d: { code: string }) => d.code)).toEqual(['date-past']);
    // What the record says of a.md's check is what the next build reports: it was not checked again.
    record.checks['a.md'].diagnostics[0].message = 'the recorded check';
    await writeFile(join(out, MANIFEST), JSON.stringify(record));
    const again = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(again.diagnostics.map((d) => d.message)).toEqual(['the recorded check']);
    // Edited: checked again.
    await writeFile(join(dir, 'a.md'), source({ title: 'Alfa 2', date: '2019-03-05' }));
    const edited = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(edited.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/2019/)]);
    // Another day is checked again, but makes no invitation again: their keys are their texts', not the checks'.
    const later = await buildIn(dir, { outDir: out, formats: ['html'], today: { year: 2031, month: 1, day: 1 } });
    expect(later).toMatchObject({ built: 0, upToDate: 2 });
    expect(later.diagnostics.map((d) => d.code)).toEqual(['date-past', 'date-past']);
  });
});

describe('a record that cannot be trusted', { timeout: 60_000 }, () => {
  it('is not believed about a check: a control character, an unknown code or a view outside the source’s names', async () => {
    const dir = await project({ 'a.md': source({ title: 'Alfa', date: '2019-03-05' }) });
    const out = await tempDir('agenda-reuse-hostile-');
    await buildIn(dir, { outDir: out, formats: ['html'] });
    const honest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'));
    const tampered = [
      (c: { diagnostics: { message: string; code: string }[] }) => (c.diagnostics[0].message = '\u001b[2J\u001b[31mAll is well'),
      (c: { diagnostics: { message: string; code: string }[] }) => (c.diagnostics[0].code = 'no-such-code'),
      (c: { diagnostics: unknown[] }) => (c.diagnostics = [{ code: 'date-past', severity: 'warning', file: '/etc/passwd', message: 'elsewhere' }]),
      (c: { views: { name: string }[] }) => (c.views = [{ name: '../../escaped' }]),
      (c: { views: { name: string }[] }) => (c.views = [{ name: 'a.x/../../../escaped' }]),
    ];
    for (const tamper of tampered) {
      const record = structuredClone(honest);
      tamper(record.checks['a.md']);
      await writeFile(join(out, MANIFEST), JSON.stringify(record));
      await rm(join(out, 'a.html'));
      const r = await buildIn(dir, { outDir: out, formats: ['html'] });
      expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['date-past', join(dir, 'a.md')]]);
      expect(r.diagnostics[0].message).toMatch(/2019/);
      expect(await listFiles(out)).toEqual([MANIFEST, 'a.html', 'index.html']);
    }
  });
});

describe('parsed sources kept up to a budget', { timeout: 60_000 }, () => {
  it('a source parsed again to be made gives the same files', async () => {
    const dir = await project({
      'a.md': source({ title: 'Alfa', extra: 'audiences:\n  owners: Eiere\n' }),
      'b.md': source({ title: 'Beta', body: '![Logo](logo.png)' }),
      'logo.png': png(255, 0, 0),
    });
    const [kept, again] = [await tempDir('agenda-budget-kept-'), await tempDir('agenda-budget-again-')];
    await buildIn(dir, { outDir: kept, formats: ['html', 'ics'], audiences: 'all' });
    await buildIn(dir, { outDir: again, formats: ['html', 'ics'], audiences: 'all', keepParsedChars: 0 });
    const read = async (out: string) => Promise.all((await listFiles(out)).filter((f) => f !== MANIFEST).map(async (f) => [f, await readFile(join(out, f), 'utf8')]));
    expect(await read(again)).toEqual(await read(kept));
    expect((await read(kept)).map(([f]) => f)).toContain('a.owners.html');
  });

  it('a source edited between its check and its making is not made from the new text: source-changed, made by the next build', async () => {
    const dir = await project({ 'a.md': source({ title: 'Alfa' }), 'b.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-budget-changed-');
    const edit = () => writeFileSync(join(dir, 'a.md'), source({ title: 'Alfa endret', extra: 'nonsense: 1\n' }));
    // Between the check and the first view: the build's onChecked runs then.
    const r = await buildIn(dir, { outDir: out, formats: ['html'], keepParsedChars: 0, onChecked: edit });
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['source-changed', join(dir, 'a.md')]]);
    expect(r.diagnostics[0].message).toMatch(/a\.md changed while the build was running/);
    expect(r).toMatchObject({ built: 1, failed: 1 });
    expect(await listFiles(out)).toEqual([MANIFEST, 'b.html', 'index.html']);
    // The next build checks the new text (an error now), and a mended one is made.
    const next = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(next.diagnostics.map((d) => d.code)).toContain('key-unknown');
    await writeFile(join(dir, 'a.md'), source({ title: 'Alfa endret' }));
    const mended = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(mended).toMatchObject({ built: 1, upToDate: 1, diagnostics: [] });
    expect(await readFile(join(out, 'a.html'), 'utf8')).toContain('Alfa endret');
  });
});

describe('checkSources keeps parsed sources up to its budget', () => {
  it('the first sources within it keep their parse; the rest are parsed again when made', async () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [`${n}.md`, source({ title: n })]));
    const dir = await project(files);
    const loaded = await loadConfig(undefined, dir);
    const set = await collectSourceSet([dir], { root: dir, base: dir, keep: () => true });
    const project_ = { root: dir, config: loaded.config, templateNames: loaded.templateNames, today: { year: 2020, month: 1, day: 1 }, request: {} };
    const check = (keepChars: number) => checkSources(set, project_, { previous: {}, tool: 't', idOf: (f) => f, keepChars });
    const size = files['a.md'].length;
    expect((await check(2 * size)).results.map((r) => !!r.gathering)).toEqual([true, true, false, false]);
    expect((await check(10 * size)).results.map((r) => !!r.gathering)).toEqual([true, true, true, true]);
    expect((await check(0)).results.map((r) => [!!r.gathering, r.views?.map((v) => v.name)])).toEqual(['a', 'b', 'c', 'd'].map((n) => [false, [n]]));
  });
});

describe('the index page', { timeout: 60_000 }, () => {
  it('is made again when what it shows changes, though no invitation does: the logo, the site’s texts, today, a hand edit', async () => {
    const dir = await project({ 'a.md': source({ title: 'Alfa' }), 'logo.png': png(255, 0, 0) });
    // The index page's own logo: no invitation shows it.
    const config = (title: string) => `site:\n  title: ${title}\n  branding:\n    logo: logo.png\n`;
    await writeFile(join(dir, 'agenda.config.yaml'), config('Samlinger'));
    const out = await tempDir('agenda-index-out-');
    const index = async (o: Options = {}) => {
      const r = await buildIn(dir, { outDir: out, formats: ['html'], ...o });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return readFile(join(out, 'index.html'), 'utf8');
    };
    const first = await index();
    expect(await index()).toBe(first);
    await writeFile(join(dir, 'logo.png'), png(0, 0, 255));
    const logo = await index();
    expect(logo).not.toBe(first);
    await writeFile(join(dir, 'agenda.config.yaml'), config('Våre samlinger'));
    expect(await index()).toContain('Våre samlinger');
    const upcoming = await index();
    await writeFile(join(out, 'index.html'), 'edited by hand');
    expect(await index()).toBe(upcoming);
    // Alfa (2030) is upcoming in 2020, past in 2031.
    expect(await index({ today: { year: 2031, month: 1, day: 1 } })).not.toBe(upcoming);
  });
});
