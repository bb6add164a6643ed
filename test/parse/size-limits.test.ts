/**
 * Size without limit: a front matter and a config are measured (bytes and
 * lines) before they are parsed, and any one text has a length limit. A
 * 60 MB front matter took 18 s and 1.8 GB before it was refused, a 60 MB
 * `branding.footer` passed check, and 160,000 `rules:` keys ended in
 * "Maximum call stack size exceeded" after 43 s.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { readConfigText } from '../../src/pipeline/config.js';
import { MAX_CONFIG_BYTES, MAX_CONFIG_LINES, MAX_FRONT_MATTER_BYTES, MAX_FRONT_MATTER_LINES, MAX_TEXT_CHARS } from '../../src/model/limits.js';

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
