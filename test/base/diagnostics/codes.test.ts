/**
 * The codes are permanent: configs, CI filters and people's habits name
 * them. The list below may grow, never lose or rename a code; a new code
 * fails the test until it is added here. The pages that document the
 * codes are generated from the catalogue (UPDATE=1 rewrites them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes } from '../../../src/base/diagnostics/codes.js';
import { markers, withCodesTable } from '../../../src/base/diagnostics/codes-doc.js';
import { rules } from '../../../src/check/rules/index.js';
import { loadLanguage } from '../../../src/base/messages/index.js';

const frozenFile = join(import.meta.dirname, 'codes.frozen.txt');

const current = () => Object.keys(codes);

describe('the codes', () => {
  it("of the rules are each reported by a rule module that exists, and only the rules' codes name one", () => {
    const modules = new Set<string>(rules.map((r) => r.id));
    for (const [code, info] of Object.entries(codes) as [string, { stage: string; rule?: string }][]) {
      if (info.stage === 'check') expect(modules.has(info.rule ?? ''), code).toBe(true);
      else expect(info.rule, code).toBeUndefined();
    }
    expect(rules.flatMap((r) => r.codes.map((c) => c.id)).sort()).toEqual(
      Object.keys(codes)
        .filter((c) => (codes as Record<string, { stage: string }>)[c].stage === 'check')
        .sort(),
    );
  });

  it('keep every frozen code, and every code is frozen (UPDATE=1 adds new ones)', () => {
    const all = current();
    const frozen = existsSync(frozenFile) ? readFileSync(frozenFile, 'utf8').split('\n').filter(Boolean) : [];
    expect(
      frozen.filter((c) => !all.includes(c)),
      'codes may be added, never renamed or removed',
    ).toEqual([]);
    const added = all.filter((c) => !frozen.includes(c)).sort();
    if (process.env.UPDATE && added.length) writeFileSync(frozenFile, [...frozen, ...added].join('\n') + '\n');
    else expect(added, 'a new code: add it to test/diagnostics/codes.frozen.txt (UPDATE=1)').toEqual([]);
  });

  it.each([
    ['en', 'format.md'],
    ['nb', 'nb/format.md'],
    ['nn', 'nn/format.md'],
    ['da', 'da/format.md'],
    ['sv', 'sv/format.md'],
  ] as const)('of the read and parse stages, with what each stops, are the table in the %s format guide', async (language, page) => {
    await loadLanguage(language);
    const file = join(import.meta.dirname, '..', '..', '..', 'docs', page);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(markers.START);
    const fresh = withCodesTable(text, ['read', 'parse'], language);
    if (process.env.UPDATE) writeFileSync(file, fresh);
    expect(readFileSync(file, 'utf8')).toBe(fresh);
  });
});
