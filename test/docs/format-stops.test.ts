/**
 * What docs/format.md (and each language's guide) says of a code that
 * keeps a file from being read is what `agenda check` does: a code that
 * stops the file leaves no rule finding in it; one that stops only its own
 * value leaves the rule findings of the rest; a warning stops nothing. The
 * guides' tables are generated from `stops` in the catalogue of codes
 * (test/base/diagnostics/codes.test.ts keeps them fresh); this test holds
 * the catalogue to the behaviour.
 *
 * The probe is a body line that the rules find (`link-unsafe`), added to
 * each code's fixture (test/fixtures/parse), and, for a code that stops
 * only its value, to a source where that value is one the rest does not need.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Code, codes, stopsOf } from '../../src/base/diagnostics/codes.js';
import { decodeSource } from '../../src/parse/decode.js';
import { compileSource, type Project } from '../../src/pipeline/compile.js';
import { templateNames } from '../../src/render/template-names.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'parse');
const project: Project = { root, config: {}, templateNames: templateNames(), today: { year: 2020, month: 1, day: 1 }, request: {} };
const PROBE = '\n\nSe [programmet](javascript:alert(1)).\n';

/** The codes found in `text` with the probe below it, or undefined when the bytes do not decode. */
function found(text: string): Set<string> {
  return new Set(compileSource({ file: 'input.md', text: text + PROBE }, project).diagnostics.map((d) => d.code));
}

function fixture(folder: string): string | undefined {
  const plain = join(root, folder, 'input.md');
  const bytes = existsSync(plain) ? readFileSync(plain) : gunzipSync(readFileSync(`${plain}.gz`));
  return decodeSource(bytes, 'input.md').text;
}

const readCodes = (Object.keys(codes) as Code[]).filter((c) => codes[c].stage === 'read' || codes[c].stage === 'parse');

/** For each code that stops only its own value: a source where that value is all that is wrong, and the rest needs nothing of it. */
const onlyItsValue: Partial<Record<Code, string>> = {
  'key-reserved': 'title: Samling\ndate: 2020-01-28\n__proto__: x\n',
  'key-unknown': 'title: Samling\ndate: 2020-01-28\nvenu: Lampeland\n',
  'type-mismatch': 'title: Samling\ndate: 2020-01-28\nvenue: [Lampeland, Kongsberg]\n',
  'time-invalid': 'title: Samling\ndate: 2020-01-28\nprogramme:\n  - time: 25.00\n    title: Velkommen\n',
  'value-unknown': 'title: Samling\ndate: 2020-01-28\nlanguage: no\n',
  'template-unknown': 'title: Samling\ndate: 2020-01-28\ntemplate: finnes-ikke\n',
  'rule-unknown': 'title: Samling\ndate: 2020-01-28\nrules: {finnes-ikke: off}\n',
};

describe('what stops a file, as the guides say', () => {
  it('says for every code of the read and parse stages what it stops', () => {
    for (const code of readCodes) expect(stopsOf(code), code).toMatch(/^(file|value|nothing)$/);
  });

  it.each(readdirSync(root).sort())('%s: a code that stops the file leaves no rule finding; a warning leaves them all', (folder) => {
    const text = fixture(folder);
    if (text === undefined) return; // Bytes that do not decode: nothing is read (encoding-invalid stops the file).
    const codesFound = found(text);
    const shown = readCodes.filter((c) => codesFound.has(c));
    if (shown.some((c) => stopsOf(c) === 'file')) expect([...codesFound], folder).not.toContain('link-unsafe');
    if (shown.length && shown.every((c) => stopsOf(c) === 'nothing')) expect([...codesFound], folder).toContain('link-unsafe');
  });

  it.each(readCodes.filter((c) => stopsOf(c) === 'value'))('%s stops only its own value: the rest is still checked', (code) => {
    const source = onlyItsValue[code];
    expect(source, `${code}: give a source where only its value is wrong`).toBeDefined();
    const codesFound = found(`---\n${source}---\n`);
    expect([...codesFound], code).toContain(code);
    expect([...codesFound], code).toContain('link-unsafe');
  });
});
