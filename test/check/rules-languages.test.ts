/**
 * Every rule's not-ok examples in every message language, each in its
 * source in that language: the same codes at the same places as in
 * English, and each message, hint and related note in that language: not
 * the English text, not empty, and with none of the English words a
 * message is built of once what the author wrote (quoted titles, keys,
 * addresses) is taken out. And every example's source in every language:
 * written, the nb source's lines, clean where the example is ok, the nb
 * source's codes at its lines where it is not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/base/i18n/index.js';
import { useLanguage } from '../../src/base/messages/index.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { probeImage } from '../../src/render/image-check.js';
import { rules } from '../../src/check/rules/index.js';
import { parseIsoDate } from '../../src/model/values.js';
import { type Example, sourceOf } from '../../src/check/rule.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';

/** An example's findings in `language`, in its source in `written` (the nb one unless told). */
async function run(example: Example, language: (typeof languages)[number], written: (typeof languages)[number] = 'nb'): Promise<Diagnostic[]> {
  await useLanguage(language);
  const today = example.today ? (parseIsoDate(example.today) as { ok: true; value: { year: number; month: number; day: number } }).value : undefined;
  const images = example.images ?? {};
  const probe = (path: string, base: string) => (path in images ? { bytes: images[path] } : probeImage(path, base, process.cwd(), 'image'));
  return checkSource(sourceOf(example, written), 'example.md', { today, probeImage: probe }).diagnostics;
}

/** The words of the tool's own English, outside what the author wrote. */
const ENGLISH =
  /\b(the|is|are|and|with|before|after|overlaps|has|have|not|which|from|until|of|on|nothing|scheduled|session|sessions|deadline|item|write|change|day|image|images)\b/i;

/** What is left of a message when quoted text, keys and addresses are taken out. */
export function ownWords(text: string): string {
  return text
    .replace(/"[^"]*"|«[^»]*»|»[^«]*«|”[^”]*”|`[^`]*`/g, ' ')
    .replace(/\([a-z][a-z-]*\)/g, ' ')
    .replace(/\S*[/@.:]\S*/g, ' ');
}

const place = (d: Diagnostic) => `${d.span?.start.line}:${d.span?.start.column} ${d.code}`;
const texts = (d: Diagnostic) => [d.message, d.hint, ...(d.related ?? []).map((r) => r.message)];

describe('every rule speaks every language', () => {
  afterAll(() => useLanguage('en'));

  it('the check for English words finds them in English', async () => {
    const english = (await Promise.all(rules.flatMap((r) => r.notOk).map((e) => run(e, 'en')))).flat();
    const found = english.filter((d) => ENGLISH.test(ownWords(d.message)));
    expect(found.length).toBeGreaterThan(english.length * 0.8);
  });

  for (const language of languages.filter((l) => l !== 'en')) {
    it(`${language}: each not-ok example, in its ${language} source, gives the English codes at the English places, in ${language}`, async () => {
      for (const rule of rules) {
        for (const example of rule.notOk) {
          const english = await run(example, 'en', language);
          const local = await run(example, language, language);
          expect(local.map(place), `${language} ${rule.id}: ${example.title}`).toEqual(english.map(place));
          local.forEach((d, i) => {
            const en = english[i];
            const pairs = texts(d).map((text, j) => [text, texts(en)[j]] as const);
            for (const [text, was] of pairs) {
              if (was === undefined) continue;
              const where = `${language} ${d.code}: ${text}`;
              expect(text, where).toBeTruthy();
              expect(text, where).not.toBe(was);
              expect(ownWords(text!), where).not.toMatch(ENGLISH);
            }
          });
        }
      }
    });
  }
});

/** Examples whose source is the same in every language on purpose: what they show is one country's gathering. */
const ONE_LANGUAGE = new Set<string>(['rule.timezone.example.danish-gathering-copenhagen']);

/**
 * Sources not written yet in a language, as `<title> <language>`: they fall
 * back to the `nb` one. The list may only shrink: a source written here
 * fails the test until its line is taken out.
 */
const NOT_YET_WRITTEN = new Set<string>([]);

const examples = rules.flatMap((rule) => [...rule.ok.map((e) => ({ rule, e, ok: true })), ...rule.notOk.map((e) => ({ rule, e, ok: false }))]);

/** An example's findings in its source in `language`, checked in English. */
async function runIn(example: Example, language: (typeof languages)[number]): Promise<Diagnostic[]> {
  await useLanguage('en');
  const today = example.today ? (parseIsoDate(example.today) as { ok: true; value: { year: number; month: number; day: number } }).value : undefined;
  const images = example.images ?? {};
  const probe = (path: string, base: string) => (path in images ? { bytes: images[path] } : probeImage(path, base, process.cwd(), 'image'));
  return checkSource(sourceOf(example, language), 'example.md', { today, probeImage: probe }).diagnostics;
}

describe('every example has its source in every language', () => {
  afterAll(() => useLanguage('en'));
  const others = languages.filter((l) => l !== 'nb');

  it('each example is written in nn, da, sv and en, or listed as not yet written', () => {
    for (const { e } of examples) {
      for (const language of others) {
        const where = `${e.title} ${language}`;
        if (NOT_YET_WRITTEN.has(where)) {
          expect(e.source[language], `${where} is written: take it out of NOT_YET_WRITTEN`).toBeUndefined();
          continue;
        }
        expect(e.source[language], `${where} is missing`).toBeTruthy();
        if (!ONE_LANGUAGE.has(e.title)) expect(e.source[language], `${where} is the nb source`).not.toBe(e.source.nb);
      }
    }
  });

  it('each language has the lines of the nb source: same count, same keys in the same places', () => {
    const keys = (source: string) => source.split('\n').map((l) => /^\s*(?:- )?([a-z-]+:)?/.exec(l)![0]);
    for (const { e } of examples) for (const language of others) expect(keys(sourceOf(e, language)), `${e.title} ${language}`).toEqual(keys(e.source.nb));
  });

  for (const language of languages) {
    it(`${language}: each ok example is clean, each not-ok one reports the nb source's codes at the same lines`, async () => {
      for (const { rule, e, ok } of examples) {
        const codes = new Set<string>(rule.codes.map((c) => c.id));
        const where = `${language} ${e.title}`;
        const found = await runIn(e, language);
        if (ok) {
          expect(
            found.map((d) => `${d.span?.start.line}:${d.span?.start.column} ${d.code} ${d.message}`),
            where,
          ).toEqual([]);
          continue;
        }
        const others = found.filter((d) => !codes.has(d.code) && d.severity === 'error').map((d) => `${d.code} ${d.message}`);
        expect(others, where).toEqual([]);
        const atLines = (ds: Diagnostic[]) => ds.filter((d) => codes.has(d.code)).map((d) => `${d.span?.start.line} ${d.code}`);
        expect(atLines(found), where).toEqual(atLines(await runIn(e, 'nb')));
      }
    });
  }
});
