/** Sources are strict UTF-8: a Latin-1 or UTF-16 file gets one diagnostic at its first bad byte. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, readSource } from '../../src/pipeline/compile.js';
import { decodeSource, firstInvalidByte } from '../../src/parse/decode.js';

const valid = '---\ntitle: Årsmøte\ndate: 2020-01-28\n---\n';

/** Read, then parse and check, as the commands do. */
function checkPath(file: string) {
  const read = readSource(file);
  return read.text === undefined ? { gathering: undefined, text: undefined, diagnostics: read.diagnostics } : checkSource(read.text, file);
}

function write(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-encoding-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('source encoding', () => {
  it('reads UTF-8, with or without a byte order mark', async () => {
    for (const bytes of [Buffer.from(valid, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid, 'utf8')])]) {
      const r = checkPath(write('a.md', bytes));
      expect(r.diagnostics).toEqual([]);
      expect(r.gathering?.title).toBe('Årsmøte');
      expect(r.text).toBe(valid);
    }
  });

  it('refuses Latin-1 at the first byte that is not UTF-8, with line, column and context', async () => {
    const text = '---\ntitle: Members\ndate: 2020-01-28\nvenue:\n  name: Bjørnsonhuset, Ørsta\n---\n';
    const file = write('latin1.md', Buffer.from(text, 'latin1'));
    const r = checkPath(file);
    expect(r.gathering).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        file,
        code: 'encoding-invalid',
        severity: 'error',
        span: { start: { line: 5, column: 11, offset: 53 }, end: { line: 5, column: 12, offset: 54 } },
        message: 'The file is not UTF-8: byte 0xF8 at 5:11 ("  name: Bjørnsonhuset, Ørsta")',
        hint: 'save it as UTF-8 (in most editors: Save with encoding → UTF-8)',
      },
    ]);
  });

  it('counts columns in characters over valid UTF-8 before the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: «Året» ', 'utf8'), Buffer.from([0xd8]), Buffer.from('\n', 'utf8')]);
    const d = decodeSource(bytes, 'x.md').diagnostic!;
    expect(d.span?.start).toEqual({ line: 2, column: 15, offset: 18 });
    expect(d.message).toBe('The file is not UTF-8: byte 0xD8 at 2:15 ("title: «Året» Ø")');
  });

  it('names UTF-16, either byte order, at 1:1', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const d = decodeSource(Buffer.concat([Buffer.from(bom), Buffer.from(valid, 'utf16le')]), 'x.md').diagnostic!;
      expect(d.code).toBe('encoding-invalid');
      expect(d.message).toBe('The file is UTF-16; save it as UTF-8');
      expect(d.span?.start).toEqual({ line: 1, column: 1, offset: 0 });
    }
  });

  it('names UTF-16 and UTF-32 without a byte order mark, and UTF-32 with one, at 1:1', () => {
    // Without a mark these are valid UTF-8 (zero bytes and ASCII): they were read as a file without front matter.
    const text = `${valid}\nSámi čálli, Åse og Øystein møtes.\n`;
    const utf32 = (le: boolean) => {
      const out = Buffer.alloc(text.length * 4);
      [...text].forEach((c, i) => (le ? out.writeUInt32LE(c.codePointAt(0)!, i * 4) : out.writeUInt32BE(c.codePointAt(0)!, i * 4)));
      return out;
    };
    const cases: [Buffer, string][] = [
      [Buffer.from(text, 'utf16le'), 'UTF-16'],
      [Buffer.from(text, 'utf16le').swap16(), 'UTF-16'],
      [utf32(true), 'UTF-32'],
      [utf32(false), 'UTF-32'],
      [Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(true)]), 'UTF-32'],
    ];
    for (const [bytes, encoding] of cases) {
      const d = decodeSource(bytes, 'x.md').diagnostic!;
      expect(d?.code).toBe('encoding-invalid');
      expect(d.message).toBe(`The file is ${encoding}; save it as UTF-8`);
      expect(d.span?.start).toEqual({ line: 1, column: 1, offset: 0 });
    }
  });

  it('reads a UTF-8 file with a zero byte in it as UTF-8', () => {
    expect(decodeSource(Buffer.from(`${valid}\nTekst\u0000.\n`), 'x.md').text).toContain('Tekst');
  });

  it('finds the first invalid byte as the strict decoder does', () => {
    const cases: [number[], number][] = [
      [[0x41, 0xc3, 0xa5], -1],
      [[0x41, 0xc3, 0x41], 1], // truncated sequence
      [[0xc0, 0x80], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
      [[0x41, 0xe2, 0x82], 1], // cut at the end
      [[0xf0, 0x9f, 0x98, 0x80, 0x92], 4],
    ];
    for (const [bytes, at] of cases) {
      expect(firstInvalidByte(Uint8Array.from(bytes))).toBe(at);
      let strictFails = false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
      } catch {
        strictFails = true;
      }
      expect(strictFails).toBe(at !== -1);
    }
  });
});
