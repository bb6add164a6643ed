import { describe, expect, it } from 'vitest';
import { escapeText, fold, joinLines, paramValue } from '../../../src/render/calendar/content-line.js';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('fold', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(fold('x'.repeat(75))).toBe('x'.repeat(75));
    expect(fold('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    const cases = ['æøå'.repeat(60), `SUMMARY:${'Ærlig talt, søndag på Øya '.repeat(8)}`, '日本語'.repeat(40), '🙂a'.repeat(50)];
    for (const line of cases) {
      const folded = fold(line);
      const physical = folded.split('\r\n');
      expect(physical.length).toBeGreaterThan(1);
      for (const [i, p] of physical.entries()) {
        expect(octets(p)).toBeLessThanOrEqual(75);
        if (i > 0) expect(p[0]).toBe(' ');
        expect(p).not.toContain('\ufffd');
        // A broken multi-byte character would not survive a round trip through UTF-8.
        expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
      }
      expect(unfold(folded)).toBe(line);
    }
  });

  it('fills each physical line as far as a whole character allows', () => {
    const physical = fold('æ'.repeat(100)).split('\r\n');
    expect(octets(physical[0])).toBe(74); // 37 × 2; the 38th would make 76
    expect(octets(physical[1])).toBe(75); // space + 37 × 2
  });
});

describe('joinLines', () => {
  it('ends every line with CRLF', () => {
    expect(joinLines(['A:1', 'B:2'])).toBe('A:1\r\nB:2\r\n');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('leaves colons and quotes as they are and drops other control characters', () => {
    expect(escapeText('kl. 09:00 "Åpning"\tsal\u0007')).toBe('kl. 09:00 "Åpning"\tsal');
  });
});

describe('paramValue', () => {
  it('quotes a value with : ; or , and encodes " ^ and newlines as RFC 6868 does', () => {
    expect(paramValue('Kari Nordmann')).toBe('Kari Nordmann');
    expect(paramValue('Nordmann, Kari')).toBe('"Nordmann, Kari"');
    expect(paramValue('Kari "KN" ^ N')).toBe("Kari ^'KN^' ^^ N");
  });
});
