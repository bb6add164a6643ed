/**
 * What `agenda new` and `agenda init` write, in every language, byte for
 * byte: the starter in each template and init's files with and without
 * Pages, against golden.json (UPDATE=1 rewrites it; a missing one fails).
 * Their words and layouts are template files (templates/starter,
 * templates/init), read at run time: this holds what a secretary gets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/base/i18n/index.js';
import { initFiles } from '../../../src/drivers/starter/init-files.js';
import { starterSource } from '../../../src/drivers/starter/starter.js';

const golden = join(import.meta.dirname, 'golden.json');
const today = { year: 2026, month: 3, day: 5 };

function written(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const language of languages) {
    for (const template of ['timetable', 'welcome', 'network', 'phases']) out[`new ${language} ${template}`] = starterSource({ language, template, today });
    for (const pages of [true, false]) {
      for (const f of initFiles({ language, organisation: 'Kommunen "X"', pages, today, version: '0.1.0', configSchema: { type: 'object' } })) {
        out[`init ${language}${pages ? ' pages' : ''} ${f.path}`] = f.text;
      }
    }
  }
  return out;
}

describe('the starter and init files', () => {
  it('are what golden.json holds, in every language', () => {
    const now = written();
    if (process.env.UPDATE) writeFileSync(golden, `${JSON.stringify(now, null, 1)}\n`);
    expect(existsSync(golden), 'golden.json is missing: run the test with UPDATE=1 and read what it wrote').toBe(true);
    expect(now).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    expect(Object.keys(now)).toHaveLength(languages.length * (4 + 2 * 6));
  });
});
