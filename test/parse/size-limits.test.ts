/**
 * Size without limit: a front matter and a config are measured (bytes and
 * lines) before they are parsed, and any one text has a length limit. A
 * 60 MB front matter took 18 s and 1.8 GB before it was refused, a 60 MB
 * `branding.footer` passed check, and 160,000 `rules:` keys ended in
 * "Maximum call stack size exceeded" after 43 s.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useLanguage } from '../../src/base/messages/index.js';
import { describe, expect, it } from 'vitest';
import { checkSource, readSource } from '../../src/pipeline/compile.js';
import { loadConfig, readConfigText } from '../../src/pipeline/config.js';
import { MAX_CONFIG_BYTES, MAX_CONFIG_LINES, MAX_FRONT_MATTER_BYTES, MAX_FRONT_MATTER_LINES, MAX_SOURCE_BYTES, MAX_TEXT_CHARS } from '../../src/model/limits.js';

const today = { year: 2026, month: 1, day: 1 };
const codes = (list: readonly { code: string }[]) => list.map((d) => d.code);
const config = (text: string) => readConfigText(text, join(import.meta.dirname, 'agenda.config.yaml')).diagnostics;

describe('a front matter over its size', () => {
  it('is refused before it is parsed: bytes (YAML that would not parse gives nothing else)', () => {
    const broken = ': : :\n'.repeat(Math.ceil(MAX_FRONT_MATTER_BYTES / 6) + 1);
    const { diagnostics } = checkSource(`---\ntitle: T\ndate: 2026-03-02\n${broken}---\n`, 'x.md', { today });
    expect(codes(diagnostics)).toEqual(['front-matter-too-large']);
    expect(diagnostics[0].message).toMatch(/^The front matter has [\d,]+ bytes; at most 524,288 can be read$/);
  });

  it('is refused before it is parsed: lines', () => {
    const lines = Array.from({ length: MAX_FRONT_MATTER_LINES }, (_, i) => `k${i}: v`).join('\n');
    expect(codes(checkSource(`---\ntitle: T\n${lines}\n---\n`, 'x.md', { today }).diagnostics)).toEqual(['front-matter-too-large']);
  });

  it('a text over its length is refused at its place; one at the limit is read', () => {
    const over = checkSource(`---\ntitle: ${'x'.repeat(MAX_TEXT_CHARS + 1)}\ndate: 2026-03-02\n---\n`, 'x.md', { today }).diagnostics;
    expect(over.map((d) => [d.code, d.span?.start.line])).toContainEqual(['text-too-long', 2]);
    const at = checkSource(`---\ntitle: ${'x'.repeat(MAX_TEXT_CHARS)}\ndate: 2026-03-02\n---\n`, 'x.md', { today }).diagnostics;
    expect(codes(at)).not.toContain('text-too-long');
  });
});

describe('a config over its size', () => {
  it('160,000 rules: refused before it is parsed', () => {
    const rules = Array.from({ length: 160_000 }, (_, i) => `  r${i}: off`).join('\n');
    expect(codes(config(`rules:\n${rules}\n`))).toEqual(['config-too-large']);
  });

  it('bytes and lines each', () => {
    expect(codes(config(`branding:\n  footer: ${'x'.repeat(MAX_CONFIG_BYTES)}\n`))).toEqual(['config-too-large']);
    expect(codes(config('#\n'.repeat(MAX_CONFIG_LINES)))).toEqual(['config-too-large']);
  });

  it('a footer over the length of one text, under the file size, is refused at its line', () => {
    const found = config(`rules:\n  gap: off\nbranding:\n  footer: ${'x'.repeat(MAX_TEXT_CHARS + 1)}\n`);
    expect(found.map((d) => [d.code, d.span?.start.line])).toEqual([['text-too-long', 4]]);
  });
});

describe('a file over its size on the disk', () => {
  // A log or a disk image named .md, or as agenda.config.yaml, was read whole before any limit was looked at:
  // 600 MB took 40 s and 1.1 GB and ended in "internal error: Cannot create a string longer than …",
  // and 3 GB in Node's own English words ("File size (…) is greater than 2 GiB"). Sparse files: nothing is written.
  const sparse = (name: string, size: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-size-'));
    const file = join(dir, name);
    writeFileSync(file, '---\ntitle: T\ndate: 2026-03-02\n---\n');
    truncateSync(file, size);
    return { dir, file };
  };

  it('a source of 3 GB is refused, not read, in the language spoken and in megabytes', async () => {
    const { file } = sparse('x.md', 3 * 1024 ** 3);
    const { diagnostics, text } = readSource(file);
    expect(text).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.span?.start.line])).toEqual([['source-too-large', 'error', 1]]);
    expect(diagnostics[0].message).toBe('The file is 3,072 MB; a source can be at most 2 MB, and it was not read');
    await useLanguage('nb');
    try {
      expect(readSource(file).diagnostics[0].message).toBe('Fila er på 3\u00a0072 MB; en kilde kan være på høyst 2 MB, så den ble ikke lest');
    } finally {
      await useLanguage('en');
    }
  });

  it('a source just over the limit is refused, and one at it is read', () => {
    const over = readSource(sparse('x.md', MAX_SOURCE_BYTES + 1).file).diagnostics;
    expect(codes(over)).toEqual(['source-too-large']);
    // Rounded up: one byte over does not read as the limit itself.
    expect(over[0].message).toContain('The file is 2.1 MB');
    expect(readSource(sparse('x.md', MAX_SOURCE_BYTES).file).text).toHaveLength(MAX_SOURCE_BYTES);
  });

  it('a config of 3 GB is one config-too-large finding, not a failure to read', async () => {
    const { dir } = sparse('agenda.config.yaml', 3 * 1024 ** 3);
    const loaded = await loadConfig(undefined, dir);
    expect(loaded.diagnostics.map((d) => [d.code, d.message])).toEqual([['config-too-large', 'The config has 3,221,225,472 bytes; at most 65,536 can be read']]);
  });
});
