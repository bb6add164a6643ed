/**
 * Weekday-and-date phrases in prose: what is found, and that the fast scan
 * (phraseMatches tries the expression only where a word ending in "dag" or
 * "day" begins) finds exactly what a plain scan of every position finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datedPhrases, PHRASE_SOURCE, phraseMatches, weekdayWordList } from '../../src/check/calendar-words.js';

const root = join(import.meta.dirname, '..', '..');
const plainScan = (text: string) => [...text.matchAll(new RegExp(PHRASE_SOURCE, 'giu'))].map((m) => [m.index, m[0]]);
const fastScan = (text: string) => [...phraseMatches(text)].map((m) => [m.index, m[0]]);

function mdFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

describe('datedPhrases', () => {
  it.each([
    ['tirsdag den 28. januar 2020', { weekday: 2, day: 28, month: 1, year: 2020 }],
    ['Onsdag 29.01.2020 kl. 9', { weekday: 3, day: 29, month: 1, year: 2020 }],
    ['frist **fredag** 31/1', { weekday: 5, day: 31, month: 1, year: undefined }],
    ['Sunday, January 28, 2020', { weekday: 0, day: 28, month: 1, year: 2020 }],
    ['på laurdag 14. mars', { weekday: 6, day: 14, month: 3, year: undefined }],
    ['TORSDAG 2020-03-12', { weekday: 4, day: 12, month: 3, year: 2020 }],
    ['dagsorden for måndag 3 februari', { weekday: 1, day: 3, month: 2, year: undefined }],
  ])('reads %j', (text, expected) => {
    expect(datedPhrases(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    'mandagen 3. mars', // not the weekday word itself
    '2020tirsdag 3.4.', // glued to a number
    'tirsdagsmøte 28.01',
    'Fredag 31.02.2021', // no such date
    'dag 1 og dag 2, holiday 3 May',
  ])('finds nothing in %j', (text) => {
    expect(datedPhrases(text)).toEqual([]);
  });

  it('finds every phrase of a text, in order', () => {
    const text = 'Samling tirsdag 28. januar og onsdag 29. januar; frist fredag 31/1-2020.';
    expect(datedPhrases(text).map((p) => [p.word, p.day, p.month])).toEqual([
      ['tirsdag', 28, 1],
      ['onsdag', 29, 1],
      ['fredag', 31, 1],
    ]);
  });
});

describe('phraseMatches', () => {
  it('finds what a plain scan finds, in every source of the repository and variants of them', () => {
    const texts: string[] = [];
    for (const file of [...mdFiles(join(root, 'examples')), ...mdFiles(join(root, 'test', 'fixtures'))]) {
      const text = readFileSync(file, 'utf8');
      texts.push(text, text.toUpperCase(), text.replace(/dag/g, 'dagdag'), text.replace(/ (\d)/g, '$1'));
    }
    texts.push('tirsdagtirsdag 1.2. tirsdag tirsdag 1.2.', 'onsdag 1.2.onsdag 3.4.', 'Monday 1 May Tuesday 2 May', 'ſøndag 3. mai');
    // Every weekday word of every language, in each way of writing a date, glued and spaced.
    const words = weekdayWordList.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
    const dates = [' 28. januar 2020', ', 28/1', ' den 3. mars', ' 2020-03-12', ' March 4, 2021', '*, 1.2.', 'en 1.2', ' 12.03.-25'];
    for (const [i, word] of words.entries()) {
      const date = dates[i % dates.length];
      texts.push(`${word}${date}`, `x${word}${date}`, `${word.toUpperCase()}${date} og ${words[(i + 1) % words.length]}${dates[(i + 3) % dates.length]}`, `(${word})${date}`);
    }
    let phrases = 0;
    for (const text of texts) {
      const expected = plainScan(text);
      expect(fastScan(text)).toEqual(expected);
      phrases += expected.length;
    }
    expect(phrases).toBeGreaterThan(100);
  });
});
