/**
 * Breaks and meals by their real names (issue 22, 7): every title of the
 * table of real titles (test/fixtures/item-kinds/titles.tsv, five
 * languages) is taken for what a reader takes it for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/base/i18n/index.js';
import { kindFromTitle } from '../../src/model/item-kinds.js';

const table = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'item-kinds', 'titles.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [Language, string, 'meal' | 'break' | 'session']);

describe('the kind of a real title', () => {
  it('the table has at least 40 titles, in all five languages, sessions among them', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(new Set(table.map(([language]) => language))).toEqual(new Set(['nb', 'nn', 'da', 'sv', 'en']));
    expect(table.filter(([, , kind]) => kind === 'session').length).toBeGreaterThanOrEqual(10);
  });

  it.each(table)('%s: "%s" is a %s', (language, title, kind) => {
    expect(kindFromTitle(title, language) ?? 'session').toBe(kind);
  });

  it('case does not matter, nor a hyphen in a compound', () => {
    expect(kindFromTitle('FESTMIDDAG', 'nb')).toBe('meal');
    expect(kindFromTitle('Gala-middag', 'nb')).toBe('meal');
  });

  it("a word of another language is not the gathering's", () => {
    expect(kindFromTitle('Fika', 'nb')).toBeUndefined();
    expect(kindFromTitle('Festmiddag', 'en')).toBeUndefined();
  });
});
