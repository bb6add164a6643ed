/**
 * docs/rules.md is generated from the rule modules: it must equal
 * rulesMarkdown(). UPDATE=1 rewrites it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/check/rules-doc.js';
import { rules } from '../../src/check/rules/index.js';

const file = join(import.meta.dirname, '..', '..', 'docs', 'rules.md');

it('docs/rules.md is rulesMarkdown() (UPDATE=1 to regenerate)', () => {
  const text = rulesMarkdown();
  if (process.env.UPDATE) writeFileSync(file, text);
  // A missing page fails, as a changed one does: it is written on purpose, with UPDATE=1, and read.
  expect(existsSync(file), 'docs/rules.md is missing: run the test with UPDATE=1').toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(text);
});

it('names every code and shows every example', () => {
  const text = rulesMarkdown();
  for (const rule of rules) {
    expect(text).toContain(`## ${rule.id}\n`);
    for (const code of rule.codes) expect(text).toContain(`| \`${code.id}\` | ${code.severity} |`);
    for (const e of [...rule.ok, ...rule.notOk]) expect(text).toContain(e.source);
  }
});
