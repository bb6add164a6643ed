/**
 * The message catalogues: every key in every language, with the same
 * parameters as the English, each message readable as ICU MessageFormat and
 * formatted in its language; params.ts up to date with en.json; the
 * language chosen from the flag, the config and the locale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/base/i18n/index.js';
import { catalogueOf, loadLanguage, sayIn } from '../../src/base/messages/index.js';
import { chooseLanguage, languageOfEnvironment, languageOfLocale } from '../../src/base/messages/language.js';

const root = join(import.meta.dirname, '..', '..');
const generator = (await import(pathToFileURL(join(root, 'bin', 'messages.mjs')).href)) as {
  paramsSource(): string;
  parametersOf(message: string): Map<string, string>;
};
const en = await catalogueOf('en');

/** The braces a message writes as text ('{name}' quoted, as in a description of YAML's {} or of the config's link), in all its branches. */
function literalBraces(elements: MessageFormatElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.type === TYPE.literal) n += (e.value.match(/[{}]/g) ?? []).length;
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) n += literalBraces(option.value);
  }
  return n;
}

describe('the message catalogues', () => {
  it('type the parameters as en.json has them (node bin/messages.mjs rewrites params.ts)', () => {
    expect(readFileSync(join(root, 'src', 'base', 'messages', 'params.ts'), 'utf8')).toBe(generator.paramsSource());
  });

  it('hold each key once: in the diagnostics catalogue or in the other one', () => {
    const face = Object.keys(JSON.parse(readFileSync(join(root, 'src', 'base', 'messages', 'en.json'), 'utf8')));
    const diagnostics = new Set(Object.keys(JSON.parse(readFileSync(join(root, 'src', 'base', 'messages', 'diagnostics', 'en.json'), 'utf8'))));
    expect(face.filter((key) => diagnostics.has(key))).toEqual([]);
  });

  for (const language of languages) {
    it(`${language}: has every message, and no other, with the English parameters`, async () => {
      const table = await catalogueOf(language);
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(Object.fromEntries(generator.parametersOf(table[key])), `${language} ${key}`).toEqual(Object.fromEntries(generator.parametersOf(en[key])));
      }
    });

    it(`${language}: formats every message with sample values`, async () => {
      await loadLanguage(language);
      for (const key of Object.keys(en)) {
        for (const n of [0, 1, 2, 5]) {
          const params = Object.fromEntries(
            [...generator.parametersOf(en[key])].map(([name, type]) => [name, type === 'number' ? n : type === 'Date' ? new Date(0) : `«${name}»`]),
          );
          const text = (sayIn as (l: string, k: string, p: object) => string)(language, key, params);
          expect(text.trim(), `${language} ${key}`).not.toBe('');
          // No argument left unformatted: any brace in the text is one the message quotes.
          const quoted = literalBraces(parse((await catalogueOf(language))[key], { ignoreTag: true }));
          expect((text.match(/[{}]/g) ?? []).length, `${language} ${key}`).toBeLessThanOrEqual(quoted);
        }
      }
    });
  }

  it('write a plural as the language does', async () => {
    await loadLanguage('nb');
    await loadLanguage('sv');
    expect(sayIn('en', 'report.summary', { files: 1, errors: 2, warnings: 1 })).toBe('1 file checked: 2 errors, 1 warning');
    expect(sayIn('nb', 'report.summary', { files: 2, errors: 1, warnings: 2 })).toBe('2 filer sjekket: 1 feil, 2 advarsler');
    expect(sayIn('sv', 'report.summary', { files: 1, errors: 0, warnings: 1 })).toBe('1 fil kontrollerad: 0 fel, 1 varning');
  });
});

describe('the language the tool speaks', () => {
  it('follows the locale as the C library reads it', () => {
    expect(languageOfLocale('nb_NO.UTF-8')).toBe('nb');
    expect(languageOfLocale('no')).toBe('nb');
    expect(languageOfLocale('nn_NO')).toBe('nn');
    expect(languageOfLocale('da_DK.utf8')).toBe('da');
    expect(languageOfLocale('sv_FI')).toBe('sv');
    expect(languageOfLocale('de_DE.UTF-8')).toBeUndefined();
    expect(languageOfEnvironment({ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'da_DK.UTF-8' })).toBe('da');
    expect(languageOfEnvironment({ LANG: 'nb_NO.UTF-8', LC_ALL: 'C' })).toBeUndefined();
    expect(languageOfEnvironment({ LANG: 'nb_NO.UTF-8', LC_ALL: '' })).toBe('nb');
  });

  it('takes the flag, else the config, else the locale, else English', () => {
    const env = { LANG: 'nn_NO.UTF-8' };
    expect(chooseLanguage({ flag: 'da', config: 'sv', env })).toBe('da');
    expect(chooseLanguage({ config: 'sv', env })).toBe('sv');
    expect(chooseLanguage({ env })).toBe('nn');
    expect(chooseLanguage({ env: {} })).toBe('en');
    expect(chooseLanguage({ flag: 'constructor', env: {} })).toBe('en');
  });
});
