/**
 * The field docs (hover, completion, the JSON Schema's descriptions) are
 * said in the language chosen: every field has its words in every
 * language, none of them left in English.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { configDocs, fieldDoc, frontMatterDocs } from '../../src/model/field-docs.js';

afterAll(() => useLanguage('en'));

const tables = { frontMatterDocs, configDocs };

describe('the field docs', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every field is described in nb, nn, da and sv, in words of its own`, async () => {
      await useLanguage('en');
      const english = Object.fromEntries(Object.entries(table).map(([key, doc]) => [key, doc.description]));
      for (const language of ['nb', 'nn', 'da', 'sv'] as const) {
        await useLanguage(language);
        const same = Object.entries(table)
          .filter(([key, doc]) => !doc.description || doc.description === english[key])
          .map(([key]) => key);
        expect(same, language).toEqual([]);
      }
    });
  }

  it('are read in the language spoken when they are read', async () => {
    const doc = fieldDoc(['days', 0, 'programme', 1, 'evening'])!;
    await useLanguage('nn');
    expect(doc.description).toMatch(/^Del av kveldsprogrammet/);
    await useLanguage('en');
    expect(doc.description).toMatch(/^Part of the evening programme/);
  });
});
