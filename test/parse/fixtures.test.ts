/**
 * One folder per kind of source error: `input.md` and the diagnostics
 * `agenda check` prints for it (`expected.txt`). UPDATE=1 rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { report } from '../../src/base/diagnostics/report.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'parse');
const update = !!process.env.UPDATE;

describe('parse fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.md'), 'utf8');
      const result = checkSource(input, 'input.md');
      const printed = report(result.diagnostics, { format: 'stylish', fileCount: 1 });
      const expectedFile = join(root, name, 'expected.txt');
      if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, printed);
      expect(printed).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
