/**
 * `agenda doctor`'s sandbox lines, said in the language spoken for each
 * case of docs/reliability.md: the sandbox starts, --no-sandbox, root, a
 * machine that refuses it (with and without the browser's own words), and
 * AGENDA_SANDBOX=require on such a machine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../../src/base/messages/index.js';
import { sandboxFinding } from '../../../src/drivers/doctor/doctor.js';
import type { BrowserChoice } from '../../../src/drivers/pdf/sandbox.js';

afterEach(() => useLanguage('en'));

const chromium = { path: '/usr/bin/chromium', source: 'system' };
const chrome = { path: '/opt/google/chrome/chrome', source: 'system' };
const choice = (cause: BrowserChoice['sandbox']['cause'], detail?: string): BrowserChoice => ({
  browser: chromium,
  sandbox: { on: cause === 'works', cause, ...(detail ? { detail } : {}) },
});
const lines = (c: BrowserChoice, env: NodeJS.ProcessEnv = {}) => sandboxFinding(c, env).map((f) => [f.topic, f.status, f.says]);

describe("doctor's sandbox lines", () => {
  it('are said in bokmål, each case in its own words', async () => {
    await useLanguage('nb');
    expect(lines(choice('works'))).toEqual([['sandbox', 'ok', 'på: prøvd, nettleseren starter med sandkassen sin']]);
    expect(lines(choice('asked'))).toEqual([['sandbox', 'ok', 'av: --no-sandbox er gitt']]);
    expect(lines(choice('root'))).toEqual([['sandbox', 'ok', 'av: agenda kjører som root, og der har Chromium ingen sandkasse; siden kjører ikke JavaScript og henter ingenting']]);
    expect(lines({ ...choice('works'), insteadOf: chrome })).toEqual([
      ['browser', 'ok', '/usr/bin/chromium skriver ut i stedet: sandkassen til /opt/google/chrome/chrome får ikke startet her'],
      ['sandbox', 'ok', 'på: prøvd, nettleseren starter med sandkassen sin'],
    ]);
  });

  it('say a refused sandbox in Swedish, with the browser’s own words when it gave any, and the fix', async () => {
    await useLanguage('sv');
    const refused = sandboxFinding(choice('refused', 'No usable sandbox!'), {});
    expect(refused.map((f) => [f.status, f.says])).toEqual([
      ['warning', 'av: sandlådan kan inte starta här (No usable sandbox!); PDF-filerna skrivs ut utan den: sidan kör inget JavaScript och hämtar ingenting'],
    ]);
    expect(refused[0].fix).toMatch(/^låt webbläsaren använda användarnamnrymder/);
    expect(lines(choice('refused'), { AGENDA_SANDBOX: 'require' })).toEqual([
      ['sandbox', 'problem', 'sandlådan kan inte starta här, och AGENDA_SANDBOX=require tillåter inte utskrift utan den'],
    ]);
  });

  it('keep the English for English', () => {
    expect(lines(choice('refused'), {})).toEqual([
      ['sandbox', 'warning', 'off: the sandbox cannot start here; PDFs are printed without it: the page runs no JavaScript and loads nothing'],
    ]);
    expect(lines(choice('refused', 'No usable sandbox!'), { AGENDA_SANDBOX: 'require' })).toEqual([
      ['sandbox', 'problem', 'the sandbox cannot start here (No usable sandbox!), and AGENDA_SANDBOX=require forbids printing without it'],
    ]);
  });
});
