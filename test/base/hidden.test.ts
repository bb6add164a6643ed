/**
 * Which characters change what a reader sees without being seen, decided
 * in one place (src/base/hidden.ts) for check and for every output: the
 * Trojan Source class is found, and real text of every script, with the
 * invisible characters it needs, is left exactly as it is.
 */
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/base/diagnostics/printable.js';
import { codePointLabel, hiddenIn, revealHidden, withoutHidden } from '../../src/base/hidden.js';

/** Real text that needs no warning and must print unchanged. */
const real: [string, string][] = [
  ['Norwegian with a soft hyphen', 'Kommune\u00adstyresalen, Rådhuset'],
  ['Arabic', 'مرحبا بكم في الاجتماع السنوي'],
  ['Hebrew ending in a right-to-left mark', 'ברוכים הבאים!\u200f'],
  ['Hebrew with an English name in a closed isolate', 'הכנס \u2066Oslo 2026\u2069 מתחיל בבוקר'],
  ['Arabic with a closed right-to-left embedding', 'القاعة \u202bرقم ٣\u202c في الطابق الأول'],
  ['Arabic with the Arabic letter mark', 'الصفحة \u061c١٢'],
  ['Persian with zero-width non-joiners', 'می\u200cخواهم در این نشست\u200cها شرکت کنم'],
  ['Hindi with a joiner after a virama', 'क्\u200dष और क्\u200cष'],
  ['Sinhala with a joiner', 'ශ්\u200dරී ලංකා'],
  ['Malayalam with a joiner at the end of a word', 'അവന്\u200d വന്നു'],
  ['an emoji family', 'Familiedag 👩\u200d👩\u200d👧'],
  ['a rainbow flag and a coder with a skin tone', '🏳\ufe0f\u200d🌈 🧑🏽\u200d💻'],
  ['a keycap and a heart', '1\ufe0f\u20e3 ❤\ufe0f'],
  ["England's flag (tag characters)", 'Kamp 🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}'],
  ['Thai with zero-width spaces', 'ภาษา\u200bไทย\u200bง่าย'],
  ['Japanese with a zero-width space', '会議\u200bのお知らせ'],
  ['Mongolian with a free variation selector', 'ᠮᠣᠩᠭᠣᠯ\u180b'],
  ['Old Hangul with a choseong filler', '\u115f\u1161'],
  ['a CJK ideograph with an ideographic variation selector', '葛\u{e0100}飾区'],
  ['a tab and line breaks', 'Kl.\t09.00\r\nPause\nLunsj'],
];

/** Text that misleads, with the code points that must be found. */
const misleading: [string, string, number[]][] = [
  ['an override in a file name', 'Invoice \u202egnp.exe', [0x202e]],
  ['an override and its closer, even in Hebrew', 'שלום \u202eabc\u202c', [0x202e, 0x202c]],
  ['an embedding never closed, in Arabic', 'مرحبا \u202babc', [0x202b]],
  ['an isolate in Latin text', 'Oslo \u2067abc 12\u2069', [0x2067, 0x2069]],
  ['a closer with no opener', 'abc\u2069 def', [0x2069]],
  ['a mark in Latin text', 'Møte\u200f 1-2', [0x200f]],
  ['the Arabic letter mark in Latin text', 'a\u061cb', [0x061c]],
  ['a zero-width space inside a Latin word', 'pass\u200bord', [0x200b]],
  ['a joiner and a non-joiner in Latin', 'a\u200db\u200cc', [0x200d, 0x200c]],
  ['a joiner between an emoji and a letter', '👩\u200da', [0x200d]],
  ['a word joiner and a byte order mark inside a text', 'Råd\u2060hus\ufeffet', [0x2060, 0xfeff]],
  ['a Mongolian vowel separator in Latin', 'a\u180eb', [0x180e]],
  ['invisible operators', 'x\u2062y\u2064z', [0x2062, 0x2064]],
  ['tag characters that smuggle "hi"', 'Velkommen\u{e0068}\u{e0069}', [0xe0068, 0xe0069]],
  ['variation selectors in a row', '😀\ufe0f\u{e0100}\u{e0101}', [0xe0100, 0xe0101]],
  ['a variation selector at the start', '\ufe0fabc', [0xfe0f]],
  ['Hangul fillers used as blanks', 'navn\u3164\uffa0', [0x3164, 0xffa0]],
  ['a Hangul filler beside no jamo', 'a\u115fb', [0x115f]],
  ['a deprecated format character', 'a\u206ab', [0x206a]],
  ['interlinear annotation', '\ufff9a\ufffab\ufffb', [0xfff9, 0xfffa, 0xfffb]],
  // Control characters (a NUL from a copy out of a database, an escape sequence pasted from a terminal) reached the page and the calendar.
  ['control characters', 'Nul\u0000l \u0007bell \u001b[31mred\u0008 \u000bx\u000cy\u007f\u0085\u009b', [0, 7, 0x1b, 8, 0xb, 0xc, 0x7f, 0x85, 0x9b]],
];

describe('hidden characters', () => {
  it.each(real)('leaves %s as it is', (_, text) => {
    expect(hiddenIn(text)).toEqual([]);
    expect(withoutHidden(text)).toBe(text);
  });

  it.each(misleading)('finds %s', (_, text, codePoints) => {
    expect(hiddenIn(text).map((h) => h.codePoint)).toEqual(codePoints);
    const cleaned = withoutHidden(text);
    for (const c of codePoints) expect(cleaned).not.toContain(String.fromCodePoint(c));
    // Nothing but the hidden characters is taken out.
    expect([...cleaned].length).toBe([...text].length - codePoints.length);
  });

  it('says where each is, in UTF-16 units of the text', () => {
    expect(hiddenIn('😀 a\u200bb\u{e0068}')).toEqual([
      { index: 4, length: 1, codePoint: 0x200b },
      { index: 6, length: 2, codePoint: 0xe0068 },
    ]);
  });

  it('judges the marks in the text given as their context', () => {
    // A right-to-left mark alone (a text node after an emphasised Hebrew word) is fine in a paragraph with Hebrew.
    expect(hiddenIn('\u200f.', '*שלום*\u200f.')).toEqual([]);
    expect(hiddenIn('\u200f.')).toHaveLength(1);
  });

  it('names a code point by U+ and its Unicode name', () => {
    expect(codePointLabel(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(codePointLabel(0x200b)).toBe('U+200B ZERO WIDTH SPACE');
    expect(codePointLabel(0xfe0f)).toBe('U+FE0F VARIATION SELECTOR-16');
    expect(codePointLabel(0xe0100)).toBe('U+E0100 VARIATION SELECTOR-17');
    expect(codePointLabel(0xe0068)).toBe('U+E0068 TAG LATIN SMALL LETTER H');
    expect(codePointLabel(0x2065)).toBe('U+2065');
    expect(codePointLabel(0)).toBe('U+0000 NULL');
    expect(codePointLabel(0x1b)).toBe('U+001B ESCAPE');
  });

  it('spells out hidden characters, and every bidi control and mark, in a text quoted out of its place', () => {
    expect(revealHidden('Invoice \u202egnp.exe')).toBe('Invoice \\u{202e}gnp.exe');
    expect(revealHidden('pass\u200bord \u{e0068}')).toBe('pass\\u{200b}ord \\u{e0068}');
    // A mark that is fine in its Hebrew paragraph would reorder a terminal line around the quote.
    expect(revealHidden('ברוכים הבאים!\u200f')).toBe('ברוכים הבאים!\\u{200f}');
    // The terminal's report shows them so too (printable), beside the controls it always showed.
    expect(printable('pass\u200bord\u{e0068}\u0007')).toBe('pass\\u{200b}ord\\u{e0068}\\u{0007}');
    expect(revealHidden('Familiedag 👩\u200d👩\u200d👧 می\u200cخواهم')).toBe('Familiedag 👩\u200d👩\u200d👧 می\u200cخواهم');
  });
});
