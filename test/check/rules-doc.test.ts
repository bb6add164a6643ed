/**
 * docs/rules.md and docs/<language>/rules.md are generated from the rule
 * modules and the message catalogue: below its marker, each page must
 * equal rulesMarkdown() in its language, the examples' findings checked in
 * that language. UPDATE=1 rewrites them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codes } from '../../src/base/diagnostics/codes.js';
import { languages } from '../../src/base/i18n/index.js';
import { sayIn, useLanguage } from '../../src/base/messages/index.js';
import { sourceOf, titleOf } from '../../src/check/rule.js';
import { RULES_MARKER, rulesMarkdown, withRulesMarkdown } from '../../src/check/rules-doc.js';
import { rules } from '../../src/check/rules/index.js';
import { exampleReports } from '../../src/pipeline/examples.js';

const docs = join(import.meta.dirname, '..', '..', 'docs');
const pageOf = (language: string) => join(docs, ...(language === 'en' ? [] : [language]), 'rules.md');

describe('the rules pages', () => {
  afterAll(() => useLanguage('en'));

  for (const language of languages) {
    it(`${language}: ${pageOf(language).slice(docs.length - 4)} is its own opening and rulesMarkdown() below the marker (UPDATE=1 to regenerate)`, async () => {
      const file = pageOf(language);
      // A missing page fails, as a changed one does: it is written on purpose (its opening by hand, the rest with UPDATE=1) and read.
      expect(existsSync(file), `${file} is missing`).toBe(true);
      await useLanguage(language);
      const fresh = withRulesMarkdown(readFileSync(file, 'utf8'), language, exampleReports);
      expect(fresh, `${file} has no line ${RULES_MARKER}`).toBeDefined();
      if (process.env.UPDATE) writeFileSync(file, fresh!);
      expect(readFileSync(file, 'utf8')).toBe(fresh);
    });
  }

  it('name every code and show every example, with its title and its findings in the language of the page', async () => {
    for (const language of languages) {
      await useLanguage(language);
      const text = rulesMarkdown(language, exampleReports);
      for (const code of Object.keys(codes)) expect(text, `${language} ${code}`).toContain(`| \`${code}\` |`);
      for (const rule of rules) {
        expect(text).toContain(`## ${rule.id}\n`);
        for (const e of [...rule.ok, ...rule.notOk]) expect(text, `${language} ${e.title}`).toContain(`${titleOf(e, language)}`);
        for (const e of rule.notOk) for (const line of exampleReports(e, new Set(rule.codes.map((c) => c.id)), language)) expect(text).toContain(line);
      }
      expect(text).toContain(`## ${sayIn(language, 'docs.beyond.heading')}\n`);
    }
  });

  it('show in English the codes each not-ok example lists, at its lines, found in the English source', async () => {
    await useLanguage('en');
    const text = rulesMarkdown('en', exampleReports);
    for (const rule of rules) {
      for (const e of rule.notOk) {
        for (const line of e.expected ?? []) {
          const [, at, code] = /^(\d+):\d+ (\S+) /.exec(line)!;
          expect(text, line).toMatch(new RegExp(`\\n${at}:\\d+ ${code} `));
        }
        expect(text).toContain(sourceOf(e, 'en'));
      }
    }
  });

  it('show each example in the language of the page', async () => {
    for (const language of languages) {
      await useLanguage(language);
      const text = rulesMarkdown(language, exampleReports);
      for (const rule of rules) for (const e of [...rule.ok, ...rule.notOk]) expect(text, `${language} ${e.title}`).toContain(sourceOf(e, language));
    }
    await useLanguage('da');
    // A Danish word of a source, and none of its bokmål one.
    expect(rulesMarkdown('da', exampleReports)).toContain('title: Gruppearbejde');
    expect(rulesMarkdown('da', exampleReports)).not.toContain('title: Gruppearbeid');
  });
});
