/**
 * One folder per kind of source error: `input.md` (or `input.md.gz`, for
 * the size limits) and the diagnostics `agenda check` prints for it
 * (`expected.txt`). UPDATE=1 rewrites them; a missing one fails, here as
 * in CI: a golden is written by someone who reads it. Every code of the
 * read and parse stages has a folder whose golden shows it, as every
 * rule's code has an example in its rule.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/base/diagnostics/codes.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';
import { report } from '../../src/base/diagnostics/report.js';
import { decodeSource } from '../../src/parse/decode.js';
import { compileSource, type Project, sourceTooLarge } from '../../src/pipeline/compile.js';
import { templateNames } from '../../src/render/template-names.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'parse');
const update = !!process.env.UPDATE;
const folders = readdirSync(root).sort();
const project: Project = { root, config: {}, templateNames: templateNames(), today: { year: 2020, month: 1, day: 1 }, request: {} };

/** What `agenda check input.md` finds: the bytes decoded, then parsed and checked. */
function diagnosticsOf(folder: string): Diagnostic[] {
  const plain = join(root, folder, 'input.md');
  const bytes = existsSync(plain) ? readFileSync(plain) : gunzipSync(readFileSync(`${plain}.gz`));
  // readSource asks the file's size before reading it; the fixture's size is its bytes unzipped.
  const tooLarge = sourceTooLarge('input.md', bytes.length);
  if (tooLarge) return [tooLarge];
  const decoded = decodeSource(bytes, 'input.md');
  return decoded.diagnostic ? [decoded.diagnostic] : compileSource({ file: 'input.md', text: decoded.text }, project).diagnostics;
}

const printed = (folder: string) => report(diagnosticsOf(folder), { format: 'stylish', fileCount: 1 });

describe('parse fixtures', () => {
  for (const name of folders) {
    it(name, () => {
      const expectedFile = join(root, name, 'expected.txt');
      if (update) writeFileSync(expectedFile, printed(name));
      expect(existsSync(expectedFile), `${name} has no expected.txt: run the test with UPDATE=1 and read what it wrote`).toBe(true);
      expect(printed(name)).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('show every code of the read and parse stages', () => {
    const shown = new Set(folders.flatMap((f) => diagnosticsOf(f).map((d) => d.code)));
    const stages = Object.entries(codes).filter(([, c]) => c.stage === 'read' || c.stage === 'parse');
    expect(stages.map(([code]) => code).filter((code) => !shown.has(code as Diagnostic['code']))).toEqual([]);
  });
});
