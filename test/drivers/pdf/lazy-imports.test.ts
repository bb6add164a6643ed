/**
 * puppeteer (~0.25 s to import) and pdf-lib (~0.2 s) load only when a PDF is
 * asked for: no module of src/drivers/pdf may import them statically. zod is used
 * as zod/mini, imported as a namespace, so the bundle keeps only what the
 * schemas use: classic zod brought 750 KB (45–60 ms) into every command.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../../src/drivers/pdf/', import.meta.url));
const allSrc = fileURLToPath(new URL('../../../src/', import.meta.url));

describe('heavy modules', () => {
  it('are imported only dynamically (type-only imports are erased)', async () => {
    const files = (await readdir(src)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(src, file), 'utf8');
      const statics = text.match(/^import\s+(?!type\b)[^;]*?from\s+['"](puppeteer|puppeteer-core|pdf-lib)['"]/gm) ?? [];
      offenders.push(...statics.map((line) => `${file}: ${line}`));
    }
    expect(offenders).toEqual([]);
  });

  it('zod is zod/mini, imported as a namespace (classic zod cannot be tree-shaken)', async () => {
    const files = (await readdir(allSrc, { recursive: true })).filter((f) => f.endsWith('.ts'));
    const imports: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(allSrc, file), 'utf8');
      imports.push(...(text.match(/^import\s[^;]*?from\s+['"]zod(?:\/[^'"]*)?['"]/gm) ?? []).map((line) => `${file}: ${line}`));
    }
    expect(imports.length).toBeGreaterThan(2);
    expect(imports.filter((line) => !/import (?:type )?\* as z from 'zod\/mini'$|import \{ en \} from 'zod\/locales'$/.test(line))).toEqual([]);
  });
});
