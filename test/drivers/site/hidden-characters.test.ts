/**
 * The index page and the feeds show the gatherings' titles, venues and
 * audience labels from the build record (untrusted: it may be planted, or
 * written by an older version) and the config's site texts: each is shown
 * without the hidden characters check warns about (src/base/hidden.ts),
 * and real text of other scripts as it is.
 */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Entry, Manifest } from '../../../src/drivers/build/cache.js';
import { feedName, feedsOf } from '../../../src/drivers/site/feed.js';
import { indexPage } from '../../../src/drivers/site/index-page.js';

const entry = (name: string, e: Partial<Entry> & { date: string; title: string }): [string, Entry] => [
  name,
  { source: `${name}.md`, key: 'k', deps: {}, files: [`${name}.html`, `${name}.ics`], language: 'nb', ...e },
];

const manifest: Manifest = {
  version: 2,
  outputs: Object.fromEntries([
    entry('a', { date: '2026-03-12', title: 'Invoice \u202egnp.exe', listing: { venue: 'Rådhu\u200bset' }, audiences: { rektorer: 'Rek\u2067torer' } }),
    entry('a.rektorer', {
      source: 'a.md',
      date: '2026-03-12',
      title: 'Invoice \u202egnp.exe',
      label: 'Rek\u2067torer',
      audience: 'rektorer',
      files: ['a.rektorer.html', 'a.rektorer.ics'],
    }),
    entry('b', { date: '2026-04-01', title: 'ברוכים הבאים!\u200f 👩\u200d👩\u200d👧' }),
  ]),
};

const HIDDEN = /[\u202e\u2067\u200b]/;

describe('hidden characters on the index page', () => {
  it('are left out of titles, venues, audience labels and the config’s site texts; real text is kept', () => {
    const html = indexPage(manifest, {
      config: {
        site: { title: 'Invitasjoner\u202e', introduction: 'Her\u200b er de.', branding: { footer: 'Kontakt\u2067 oss' } },
        branding: { organisation: 'Asker\u200b kommune' },
      },
      root: tmpdir(),
      today: { year: 2026, month: 2, day: 10 },
    });
    expect(HIDDEN.exec(html)?.[0]).toBeUndefined();
    for (const words of ['Invoice gnp.exe', 'Rådhuset', 'Rektorer', 'Invitasjoner', 'Her er de.', 'Asker kommune', 'Kontakt oss', 'ברוכים הבאים!\u200f 👩\u200d👩\u200d👧']) {
      expect(html).toContain(words);
    }
  });

  it('are left out of a feed’s name', () => {
    const names = feedsOf(manifest).map((f) => feedName(f, 'nb'));
    expect(names).toContain('Invitasjoner – Rektorer');
  });
});
