/**
 * `agenda check` in the user's language (issue 21): a bokmål source with a
 * misspelt key and two items that overlap, checked under the locale of each
 * language agenda speaks, prints both findings, their hints and the summary
 * in that language; --lang en gives English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { run } from './run.js';

const source = `---
title: Samling for rektorer   # tittelen på invitasjonen
date: 2026-03-12
language: nb
venu: Rådhuset
hours: 09.00–11.30
programme:
  - time: 09.00–10.00
    title: Første tema
  - time: 09.45–10.30
    title: Andre tema
  - time: 10.30–11.30
    title: Oppsummering
---

Velkommen til samling.
`;

const dir = mkdtempSync(join(tmpdir(), 'agenda-check-lang-'));
const file = join(dir, 'samling.md');
writeFileSync(file, source);
writeFileSync(join(dir, 'agenda.config.yaml'), 'rules:\n  date-past: off\n');

afterAll(() => useLanguage('en'));

const cases = [
  {
    locale: 'nb_NO.UTF-8',
    key: 'Ukjent felt «venu»',
    keyHint: 'tips: mente du «venue»?',
    overlap: '«Andre tema» (09.45–10.30) går samtidig med «Første tema» (09.00–10.00)',
    overlapHint: 'tips: endre ett av klokkeslettene',
    summary: '1 fil sjekket: 2 feil, 0 advarsler',
  },
  {
    locale: 'nn_NO.UTF-8',
    key: 'Ukjent felt «venu»',
    keyHint: 'tips: meinte du «venue»?',
    overlap: '«Andre tema» (09.45–10.30) går samstundes med «Første tema» (09.00–10.00)',
    overlapHint: 'tips: endre eitt av klokkesletta',
    summary: '1 fil sjekka: 2 feil, 0 åtvaringar',
  },
  {
    locale: 'da_DK.UTF-8',
    key: 'Ukendt felt »venu«',
    keyHint: 'tip: mente du »venue«?',
    overlap: '»Andre tema« (09.45–10.30) ligger samtidig med »Første tema« (09.00–10.00)',
    overlapHint: 'tip: ret et af klokkeslættene',
    summary: '1 fil tjekket: 2 fejl, 0 advarsler',
  },
  {
    locale: 'sv_SE.UTF-8',
    key: 'Okänt fält ”venu”',
    keyHint: 'tips: menade du ”venue”?',
    overlap: '”Andre tema” (09.45–10.30) krockar med ”Första tema” (09.00–10.00)'.replace('Första', 'Første'),
    overlapHint: 'tips: ändra en av tiderna',
    summary: '1 fil kontrollerad: 2 fel, 0 varningar',
  },
];

describe('agenda check in the language of the locale', { timeout: 60_000 }, () => {
  for (const c of cases) {
    it(`LANG=${c.locale}: both findings, their hints and the summary`, async () => {
      const r = await run(['check', file], { LANG: c.locale }, dir);
      expect(r.code).toBe(1);
      for (const words of [c.key, c.keyHint, c.overlap, c.overlapHint, c.summary]) expect(r.stdout).toContain(words);
    });
  }

  it('--lang en gives English under a bokmål locale', async () => {
    const r = await run(['check', file, '--lang', 'en'], { LANG: 'nb_NO.UTF-8' }, dir);
    expect(r.stdout).toContain('Unknown key "venu"');
    expect(r.stdout).toContain('"Andre tema" (09.45–10.30) overlaps "Første tema" (09.00–10.00)');
    expect(r.stdout).toContain('1 file checked: 2 errors, 0 warnings');
  });
});
