/**
 * The README's promise: the same sources and SOURCE_DATE_EPOCH give
 * byte-identical files. Checked over a varied set (every template and
 * language, tables in the body and in the programme, parallel sets, parts,
 * groups, phases, two days, several pages, audience and group views), built
 * three times with different concurrency. Chromium's tagged-PDF structure
 * IDs used to come out in a varying order here (issue 15).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { EPOCH, envWith, listFiles, root, tempDir } from './helpers.js';

const sources = ['examples', 'test/fixtures/reproducible'];

async function buildAll(concurrency: number): Promise<string> {
  const out = await tempDir('agenda-reproducible-');
  const args = ['build', ...sources, '--out', out, '--audience', 'all', '--groups', '--concurrency', String(concurrency), '--today', '2018-01-01'];
  const r = await run(args, envWith({ SOURCE_DATE_EPOCH: EPOCH }), root);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return out;
}

const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/** Every ID tree name leads to the element that carries it, and every /Headers name is in the tree. */
async function structureProblems(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const problems: string[] = [];
  const tree = new Map<string, PDFDict>();
  const headers: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const names = object.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (names && object.has(PDFName.of('Limits'))) {
      const keys: string[] = [];
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = text(names.get(i))!;
        keys.push(key);
        tree.set(key, doc.context.lookup(names.get(i + 1) as PDFRef, PDFDict));
      }
      if (keys.join() !== [...keys].sort().join()) problems.push(`ID tree leaf not sorted: ${keys.join(' ')}`);
      const limits = object.lookup(PDFName.of('Limits'), PDFArray).asArray().map(text);
      if (limits[0] !== keys[0] || limits[1] !== keys.at(-1)) problems.push(`limits ${limits.join('–')} for ${keys[0]}–${keys.at(-1)}`);
    }
    const a = object.get(PDFName.of('A'));
    const attributes = a instanceof PDFArray ? a.asArray().map((x) => doc.context.lookup(x)) : [doc.context.lookup(a)];
    for (const attribute of attributes) {
      const list = attribute instanceof PDFDict ? attribute.lookupMaybe(PDFName.of('Headers'), PDFArray) : undefined;
      for (const h of list?.asArray() ?? []) headers.push(text(h)!);
    }
  }
  // Numbered in the order the elements are written, which does not depend on the run (Chromium's order does).
  const defined = [
    ...Buffer.from(bytes)
      .toString('latin1')
      .matchAll(/\/ID \(node(\d+)\)/g),
  ].map((m) => Number(m[1]));
  if (defined.some((n, i) => n !== i + 1)) problems.push(`IDs defined in the order ${defined.join(' ')}`);
  for (const [key, element] of tree) if (text(element.get(PDFName.of('ID'))) !== key) problems.push(`${key} leads to another element`);
  for (const h of headers) if (!tree.has(h)) problems.push(`header ${h} is not in the ID tree`);
  return problems;
}

describe('byte-identical outputs over a varied set of sources', { timeout: 600_000 }, () => {
  let builds: string[];
  let files: string[];
  beforeAll(async () => {
    builds = [await buildAll(1), await buildAll(2), await buildAll(2)];
    files = (await listFiles(builds[0])).filter((f) => /\.(pdf|ics|html)$/.test(f));
  }, 600_000);

  it('builds every template, language and view of the set', async () => {
    const languages = new Set<string>();
    const templates = new Set<string>();
    for (const dir of sources) {
      for (const f of (await listFiles(join(root, dir))).filter((f) => f.endsWith('.md'))) {
        const src = await readFile(join(root, dir, f), 'utf8');
        languages.add(/^language: (\w+)/m.exec(src)?.[1] ?? '');
        // A source that names no template has the default one.
        templates.add(/^template: (\w+)/m.exec(src)?.[1] ?? 'timetable');
      }
    }
    expect([...languages].sort()).toEqual(['da', 'en', 'nb', 'nn', 'sv']);
    expect([...templates].sort()).toEqual(['network', 'phases', 'timetable', 'welcome']);
    // No config here: a source's output name is its path below the working folder (README, output base).
    expect(files).toContain('test/fixtures/reproducible/koege-netvaerksdag-2027.ppr.pdf');
    expect(files).toContain('test/fixtures/reproducible/uppsala-natverk-2027.grupp-2.pdf');
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(15);
  });

  it('gives the same bytes for every file, build after build', async () => {
    expect(await listFiles(builds[1])).toEqual(await listFiles(builds[0]));
    const differing: string[] = [];
    for (const f of files) {
      const [a, b, c] = await Promise.all(builds.map((dir) => readFile(join(dir, f))));
      if (!a.equals(b) || !a.equals(c)) differing.push(f);
    }
    expect(differing).toEqual([]);
  });

  it('keeps the structure tree whole: IDs, the headers that name them, and the ID tree agree', async () => {
    let tables = 0;
    for (const f of files.filter((f) => f.endsWith('.pdf'))) {
      for (const dir of builds) {
        const bytes = new Uint8Array(await readFile(join(dir, f)));
        if (dir === builds[0] && Buffer.from(bytes).includes('/Headers')) tables++;
        expect(await structureProblems(bytes), f).toEqual([]);
      }
    }
    expect(tables).toBeGreaterThan(5);
  });
});
