/**
 * Front matter and config written to hurt, or by bad luck: each ends in a
 * diagnostic at its place, in bounded time, and never stops the other
 * files from being checked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { loadConfig } from '../../src/pipeline/config.js';
import { parseSource } from '../../src/parse/parse.js';
import { run } from '../cli/run.js';
import { readManyKeys, readQuotedKeys } from './many-keys.js';

const source = (yaml: string) => `---\ntitle: Samling\ndate: 2026-03-01\n${yaml}\n---\nTekst.\n`;
const codes = (text: string) => parseSource(text, 'x.md').diagnostics.map((d) => d.code);
const only = (text: string) => {
  const { diagnostics, gathering } = parseSource(text, 'x.md');
  expect(gathering).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0];
};

describe('aliases', { timeout: 60_000 }, () => {
  it('an alias whose anchor does not exist is one error at the alias', () => {
    const d = only(source('venue: *a'));
    expect(d.code).toBe('yaml-alias');
    expect(d.span?.start).toMatchObject({ line: 4, column: 8 });
    expect(d.message).toContain('*a');
  });

  it('an alias used before its anchor is set is refused the same way', () => {
    expect(only(source('venue: *v\norganiser: &v Kommunen')).code).toBe('yaml-alias');
  });

  it('an alias inside the block its anchor names is refused, not followed for ever', () => {
    const d = only(source('venue: &v\n  name: [*v]'));
    expect(d.code).toBe('yaml-alias');
    expect(d.span?.start.line).toBe(5);
  });

  it('a billion-laughs bomb is refused before it is expanded', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const n of 'bcdefghij')
      levels.push(
        `${n}: &${n} [${Array(10)
          .fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    expect(codes(source(levels.join('\n')))).toEqual(['yaml-too-large']);
  });

  it('aliases nested through each other count their depth as they expand', () => {
    const lines = ['a0: &a0 [[[[[[[[[[x]]]]]]]]]]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [[[[[[[[[[*a${i - 1}]]]]]]]]]]`);
    expect(codes(source(lines.join('\n')))).toEqual(['yaml-too-deep']);
  });

  it('a well-meant alias still works', () => {
    const { gathering, diagnostics } = parseSource(source('venue: &v\n  name: Rådhuset\ndays:\n  - date: 2026-03-01\n    venue: *v'), 'x.md');
    expect(diagnostics).toEqual([]);
    expect(gathering?.days[0].venue?.name).toBe('Rådhuset');
  });
});

// Heavy inputs: given time on a loaded machine (the tests assert results, not speed).
describe('depth', { timeout: 60_000 }, () => {
  const deep: [string, string][] = [
    ['5,000 nested [', `venue: ${'['.repeat(5000)}`],
    ['5,000 closed nested [', `venue: ${'['.repeat(5000)}${']'.repeat(5000)}`],
    // 100,000 nested [: hostile-yaml.volume.test.ts.
    ['5,000 nested {', `venue: ${'{a: '.repeat(5000)}`],
    ['5,000 "- " on a line', `venue:\n  ${'- '.repeat(5000)}x`],
    // Inside a flow collection the package's parser itself recurses, and threw "Maximum call stack size exceeded" (check-failed).
    ['3,000 "- " inside a flow map', `venue: {name:\n  ${'- '.repeat(3000)}}`],
    ['3,000 "- " inside a flow list', `venue: [\n  ${'- '.repeat(3000)}]`],
    // 1,000 levels (500 KB): 3,000 are over the front matter's size, refused before they are read.
    ['1,000 levels of indentation', `venue:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}`],
  ];
  for (const [name, yaml] of deep) {
    it(`${name}: one yaml-too-deep error inside the front matter`, () => {
      const text = source(yaml);
      const d = only(text);
      expect(d.code).toBe('yaml-too-deep');
      const lines = text.split('\n');
      expect(d.span!.start.line).toBeGreaterThanOrEqual(4);
      expect(d.span!.start.column).toBeLessThanOrEqual(lines[d.span!.start.line - 1].length + 1);
    });
  }

  it('64 levels are still read', () => {
    expect(codes(source(`facts:\n  a: x\nextra: ${'['.repeat(63)}${']'.repeat(63)}`))).not.toContain('yaml-too-deep');
  });
});

describe('one mistake, one diagnostic', () => {
  it('a comment line broken in two gives one error, not a hundred', () => {
    const text = `---\n# A note:\nthat ran onto a line of its own\n${'k: v\n'.repeat(100)}title: T\ndate: 2026-03-01\n---\n`;
    const d = only(text);
    expect(d.code).toBe('yaml-syntax');
    expect(d.span?.start.line).toBe(3);
  });

  it('an unclosed quote is placed inside its line', () => {
    const d = only('---\ntitle: "Samling\ndate: 2026-03-01\n---\n');
    expect(d.span?.start).toMatchObject({ line: 3, column: 17 });
  });

  it('a repeated key is one error per repeat, at the key', () => {
    const d = only(source('title: Igjen'));
    expect(d).toMatchObject({ code: 'yaml-syntax', message: '"title" is written twice at this level' });
    expect(d.span?.start).toMatchObject({ line: 4, column: 1 });
  });
});

describe('large maps are read in linear time', () => {
  // With a search per key (the simple reader's keys.includes, the package's uniqueKeys, a find per
  // key when locating) these take minutes; read once with an index per map they take a second or two.
  // 200,000 keys, where a search per key shows most: hostile-yaml.volume.test.ts.
  it('20,000 facts keys', { timeout: 60_000 }, () => {
    expect(readManyKeys(20_000)).toEqual({ diagnostics: [], keys: 20_000 });
  });

  // 19,000, the most under the front matter's size (MAX_FRONT_MATTER_LINES): hostile-yaml.volume.test.ts.
  it('2,000 quoted facts keys (the full road)', () => {
    expect(readQuotedKeys(2_000)).toEqual([['yaml-syntax', 2_005]]);
  });
});

describe('one hostile file among others', () => {
  it('the others are still checked and the hostile one is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-hostile-'));
    writeFileSync(join(dir, 'a.md'), source('venue: *a'));
    writeFileSync(join(dir, 'b.md'), source(`venue: ${'['.repeat(5000)}`));
    writeFileSync(join(dir, 'c.md'), source('venue:\n  name: Rådhuset\n  city: Oslo'));
    writeFileSync(join(dir, 'd.md'), source('organiser: Kommunen\norganiser: igjen'));
    const { code, stdout, stderr } = await run(['check', dir, '--today', '2026-01-01', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as { file: string; code: string }[]).map((d) => `${d.file.slice(dir.length + 1)} ${d.code}`);
    expect(found).toEqual(['a.md yaml-alias', 'b.md yaml-too-deep', 'd.md yaml-syntax']);
  });

  it("a fault while checking one file becomes that file's diagnostic", () => {
    // Rule severities that throw when read: a stand-in for a fault in the tool.
    const rules = new Proxy(
      {},
      {
        get: () => {
          throw new Error('a fault');
        },
      },
    );
    const result = checkSource(source('venue:\n  name: Rådhuset'), 'x.md', { rules });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['check-failed']);
    expect(result.diagnostics[0].message).toContain('the other files were checked');
  });
});

describe('the config', () => {
  const config = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-config-'));
    writeFileSync(join(dir, 'agenda.config.yaml'), yaml);
    return loadConfig(undefined, dir);
  };

  it('an alias whose anchor does not exist is a diagnostic, not a crash', async () => {
    const loaded = await config('template: *a\n');
    expect(loaded.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([['yaml-alias', 1, 11]]);
  });

  it('3,000 "- " inside a flow map is one diagnostic, at their line', async () => {
    const loaded = await config(`branding: {organisation:\n  ${'- '.repeat(3000)}}\n`);
    expect(loaded.diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([['yaml-too-deep', 2]]);
  });

  it('5,000 nested [ is one diagnostic', async () => {
    const loaded = await config(`rules: ${'['.repeat(5000)}\n`);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['yaml-too-deep']);
  });
});
