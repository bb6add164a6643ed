/**
 * Whatever a source says is printed so that it cannot act: no terminal
 * escape reaches the terminal, no line of a CI log becomes a GitHub
 * workflow command the tool did not mean, and a huge text is cut.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/base/diagnostics/printable.js';
import { report } from '../../src/base/diagnostics/report.js';
import { run } from './run.js';

const forged = '\\n::error file=README.md,line=1::FORGED\\r::add-mask::x';
const terminal = '\\e]0;pwned\\a\\e[2J\\u009b31m\\u202eevil';

function sourceFile(yaml: string, name = 'a.md'): string {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-report-'));
  const file = join(dir, name);
  writeFileSync(file, `---\n${yaml}\n---\nTekst.\n`);
  return file;
}
const sourceWithKey = (key: string, name?: string) => sourceFile(`title: Samling\ndate: 2026-03-01\n"${key}": x`, name);

const formats = ['stylish', 'json', 'github'] as const;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('printing what a source says', { timeout: 60_000 }, () => {
  for (const format of formats) {
    it(`--format ${format}: a key with escapes and forged commands prints as text`, async () => {
      const file = sourceWithKey(forged + terminal);
      const { stdout, code } = await run(['check', file, '--format', format, '--today', '2026-01-01']);
      expect(code).toBe(1);
      expect(stdout).not.toMatch(CONTROL);
      for (const line of stdout.split('\n')) {
        expect(line.startsWith('::add-mask')).toBe(false);
        expect(line.startsWith('::error file=README.md')).toBe(false);
        if (format === 'github' && line) expect(line).toMatch(/^::(?:error|warning) file=/);
      }
      expect(stdout).toContain('FORGED');
      expect(stdout).toContain('\\e]0;pwned');
      expect(stdout).toContain('\\u{202e}evil');
    });
  }

  it('a file name with control characters is printed visibly, and escaped as a property', async () => {
    const file = sourceWithKey('nøkkel', 'a\u001b[2J,b:c.md');
    const github = (await run(['check', file, '--format', 'github'])).stdout;
    expect(github).not.toMatch(CONTROL);
    expect(github).toContain('a\\e[2J%2Cb%3Ac.md');
    expect((await run(['check', file])).stdout).toContain('a\\e[2J,b:c.md');
  });

  it('fifteen thousand characters of date are cut to a line', async () => {
    // Under the limits of a front matter and of one text (a megabyte is refused before it is read): the printing cuts it.
    const file = sourceFile(`title: Samling\ndate: ${'k'.repeat(15_000)}`);
    for (const format of formats) {
      const { stdout } = await run(['check', file, '--format', format]);
      expect(stdout.length).toBeLessThan(5_000);
      expect(stdout).toContain('more characters)');
    }
  });

  it('--format github escapes %, CR and LF in the message and : and , in properties', () => {
    const out = report([{ file: 'x,y:z.md', code: 'overlap', severity: 'error', message: '100% done\nnext', hint: 'a,b:c' }], { format: 'github', fileCount: 1 });
    expect(out).toBe('::error file=x%2Cy%3Az.md,title=overlap::100%25 done\\nnext%0Aa,b:c%0Asee docs/rules.md#overlaps\n');
  });
});

describe('printable', () => {
  it('shows C0 and C1 controls, line separators and bidi controls as escapes, and keeps tabs and letters', () => {
    expect(printable('a\u0007b\u0085c\u2028d\u2066e\tæøå')).toBe('a\\u{0007}b\\u{0085}c\\u{2028}d\\u{2066}e\tæøå');
    expect(printable('\r\n\u001b')).toBe('\\r\\n\\e');
  });

  it('cuts long texts without splitting a character', () => {
    const cut = printable('😀'.repeat(400), 501);
    expect(cut).toMatch(/^(?:😀)+… \(\d+ more characters\)$/);
    expect(printable('x'.repeat(10))).toBe('x'.repeat(10));
  });
});

describe('a finding with no place in a file', () => {
  it('prints no made-up 1:1 for people, and keeps the line machines need', () => {
    const d = { code: 'write-failed' as const, severity: 'error' as const, file: '/proc/nope', message: 'The folder /proc/nope cannot be made' };
    const stylish = report([d], { format: 'stylish', fileCount: 0 });
    expect(stylish).toMatch(/^\/proc\/nope\n {4}error +The folder \/proc\/nope cannot be made {2}write-failed\n/);
    expect(stylish).not.toContain('1:1');
    expect(report([d], { format: 'unix', fileCount: 0 })).toBe('/proc/nope:1:1: error: The folder /proc/nope cannot be made [write-failed]\n');
  });
});
