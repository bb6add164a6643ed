/**
 * Every rule's not-ok examples in every message language: the same codes at
 * the same places as in English, and each message, hint and related note in
 * that language: not the English text, not empty, and with none of the
 * English words a message is built of once what the author wrote (quoted
 * titles, keys, addresses) is taken out.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/base/i18n/index.js';
import { useLanguage } from '../../src/base/messages/index.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { probeImage } from '../../src/render/image-check.js';
import { rules } from '../../src/check/rules/index.js';
import { parseIsoDate } from '../../src/model/values.js';
import type { Example } from '../../src/check/rule.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';

async function run(example: Example, language: (typeof languages)[number]): Promise<Diagnostic[]> {
  await useLanguage(language);
  const today = example.today ? (parseIsoDate(example.today) as { ok: true; value: { year: number; month: number; day: number } }).value : undefined;
  const images = example.images ?? {};
  const probe = (path: string, base: string) => (path in images ? { bytes: images[path] } : probeImage(path, base, process.cwd(), 'image'));
  return checkSource(example.source, 'example.md', { today, probeImage: probe }).diagnostics;
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
    it(`${language}: each not-ok example gives the English codes at the English places, in ${language}`, async () => {
      for (const rule of rules) {
        for (const example of rule.notOk) {
          const english = await run(example, 'en');
          const local = await run(example, language);
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
