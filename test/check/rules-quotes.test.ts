/**
 * The prose above an example speaks of the example in its reader's language:
 * each rule explanation, code summary and example title of the nn, da, sv
 * and en catalogues quotes only programme text (titles, places, times)
 * that the examples in that language use, and names no member, group or
 * title, quoted or not, that only the bokmål examples have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/base/i18n/index.js';
import { sourceOf } from '../../src/check/rule.js';
import { rules } from '../../src/check/rules/index.js';

const catalogue = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'base', 'messages', 'diagnostics', `${language}.json`), 'utf8'));

/** The texts this test reads: what the rules pages and `agenda explain` print above and beside the examples, and the hints beside a finding. */
const prose = (language: string) => Object.entries(catalogue(language)).filter(([key]) => /^rule\.[a-z-]+\.(explanation|example\.)|\.summary$|\.hint(\.|$)/.test(key));

/** A text's words: letters of any script, lower-cased; a YAML escape (`\\u202e`) and its notation in prose (`[U+202E]`) are the character. */
const words = (text: string) =>
  (text
    .replace(/\\u[0-9a-f]{4}|\[U\+[0-9A-F]{4}\]/gi, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) as string[];

/** Every word of every example source written in `language`. */
const sourceWords = (language: (typeof languages)[number]) => new Set(rules.flatMap((r) => [...r.ok, ...r.notOk]).flatMap((e) => words(sourceOf(e, language))));

/**
 * Quotes that are not programme text on purpose, whole: the weekday forms
 * the dates rule reads in every language (the sentence lists them all),
 * the Norwegian, Danish and Swedish field names `key-unknown` turns into
 * keys, and keys a hint names bare.
 */
const NOT_PROGRAMME_TEXT = new Set<string>([
  'tirsdag 28. januar 2020',
  'tirsdag den 28. januar',
  'tysdag 28.01.2020',
  'tisdag 28 januari',
  'Tuesday 28 January 2020',
  'sted',
  'stad',
  'lokal',
  'tid',
  'tittel',
  'titel',
  'venu',
  'venue',
  'time',
  'title',
  'until',
]);

/** What a text quotes: «…», »…«, "…", “…”, ”…”, and the Markdown of an image or link written in backticks. */
export function quotes(text: string): string[] {
  const quoted = [...text.matchAll(/«([^»]*)»|»([^«]*)«|"([^"]*)"|“([^”]*)”|”([^”]*)”/g)].map((m) => m.slice(1).find((g) => g !== undefined)!);
  const markdown = [...text.matchAll(/`(!?\[[^\]]*\]\([^)]*\))`/g)].map((m) => m[1]);
  // A placeholder (`{id}`) is what the author wrote; a key line (`until:`, `date: YYYY-MM-DD`) is the format's.
  return [...quoted, ...markdown].filter((q) => !NOT_PROGRAMME_TEXT.has(q) && !q.includes('{') && !/^[\p{Ll}-]+:/u.test(q));
}

/** Capitalised words outside code and not at a sentence's start: names of members, groups, titles written in the prose. */
const names = (text: string) => (text.replace(/`[^`]*`/g, ' ').match(/(?<![.!?]\s+|^\s*|[\p{L}\p{N}/_-])\p{Lu}\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

describe('rule explanations quote the reader’s own language', () => {
  const nb = sourceWords('nb');

  it('the check finds the bokmål quotes of the nb catalogue when read as English', () => {
    const en = sourceWords('en');
    const strays = prose('nb').flatMap(([, text]) =>
      quotes(text)
        .flatMap(words)
        .filter((w) => !en.has(w)),
    );
    expect(strays).not.toEqual([]);
  });

  for (const language of languages.filter((l) => l !== 'nb')) {
    it(`${language}: every word quoted in an explanation, summary, example title or hint is in the ${language} examples`, () => {
      const own = sourceWords(language);
      const strays = prose(language).flatMap(([key, text]) =>
        quotes(text)
          .filter((q) => words(q).some((w) => !own.has(w)))
          .map((q) => `${key}: ${q}`),
      );
      expect(strays).toEqual([]);
    });

    it(`${language}: the prose names no member, group or title that only the bokmål examples have`, () => {
      const own = sourceWords(language);
      const strays = prose(language).flatMap(([key, text]) =>
        names(text)
          .filter((w) => nb.has(w) && !own.has(w))
          .map((w) => `${key}: ${w}`),
      );
      expect(strays).toEqual([]);
    });
  }
});
