/**
 * A side panel (the welcome template's side column, every template's
 * :::aside) beside a block that holds a table: read back from the printed
 * PDF, each block's heading stands right above its table (no gap the height
 * of the panel between them), and the table does not run into the panel.
 * A table beside the panel does not fit, so without care the heading stays
 * beside the panel while its table drops below it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIn, tempDir } from '../drivers/build/helpers.js';
import { readWords, type Word } from './pdf-pages.js';

/** A side column of some height: deadlines, registration, a contact and the :::aside text. */
const SIDE = `deadlines:
  - date: 2026-08-10
    what: Påmelding til første samling
    kind: registration
  - date: 2026-08-20
    what: Innsending av mellomarbeid fra hver skole
  - date: 2026-09-01
    what: Påmelding til andre samling
    kind: registration
registration:
  text: Påmelding er bindende. Reise og opphold dekkes av hver kommune. Gi beskjed om allergier ved påmelding.
contact:
  name: Kari Nordmann
  email: kari.nordmann@example.no`;

const ASIDE = `:::aside
Alle skoler deltar med rektor og minst én lærer.

Ta med resultatene fra egen skole og planen for mellomarbeidet.

Samlingene er en del av satsingen på inkluderende læringsmiljø.
:::`;

const SERIES = `series:
  - title: Fagsamlinger
    description: For rektorer og lærere
    time: 09.00–15.00
    venue: Rådhuset
    sessions:
      - date: 2026-09-17
      - date: 2026-10-22
      - date: 2026-11-19
  - title: Nettverksmøter
    time: 13.00–15.00
    venue: Biblioteket
    sessions:
      - date: 2026-09-30
      - date: 2026-10-28`;

const GROUPS = `groups:
  - label: Gruppe 1
    description: Ungdomsskolene
    members: [Borgen, Hovedgården, Solvang]
    sessions:
      - {date: 2026-09-17, time: 08.30–13.00, venue: Festsalen}
      - {date: 2026-10-22, time: 08.30–13.00, venue: Festsalen}
  - label: Gruppe 2
    description: Barneskolene
    members: [Arnestad, Blakstad, Drengsrud]
    sessions:
      - {date: 2026-09-18, time: 08.30–13.00, venue: Festsalen}
      - {date: 2026-10-23, time: 08.30–13.00, venue: Festsalen}`;

const PROGRAMME = `hours: 09.00–15.00
venue: Rådhuset
programme:
  - time: 09.00–10.00
    title: Velkommen og innledning
  - time: 10.00–11.30
    title: Arbeid i grupper
  - time: 11.30–12.00
    title: Lunsj
  - time: 12.00–15.00
    title: Erfaringsdeling`;

const PROSE = 'Vi inviterer til samling for skoleledere i regionen.';

interface Case {
  name: string;
  template: string;
  front: string;
  body: string;
  /** The block's heading, and a word of its table that heads it (a column head, or its first row). */
  heading: string;
  table: string;
}

const CASES: Case[] = [
  { name: 'welcome-series', template: 'welcome', front: `${SIDE}\n${SERIES}`, body: `${PROSE}\n\n::series`, heading: 'Møteplan', table: 'Fagsamlinger' },
  { name: 'welcome-groups', template: 'welcome', front: `${SIDE}\n${GROUPS}`, body: `${PROSE}\n\n::groups`, heading: 'Grupper', table: 'Ungdomsskolene' },
  { name: 'welcome-programme', template: 'welcome', front: `${SIDE}\n${PROGRAMME}`, body: `${PROSE}\n\n${ASIDE}\n\n::programme`, heading: 'Program', table: 'innledning' },
  // The author's own heading right before the block: it goes with the table too.
  { name: 'welcome-own-heading', template: 'welcome', front: `${SIDE}\n${SERIES}`, body: `${PROSE}\n\n## Datoene\n\n::series`, heading: 'Datoene', table: 'Fagsamlinger' },
  // A table in the prose, under its heading.
  {
    name: 'welcome-prose-table',
    template: 'welcome',
    front: SIDE,
    body: `${PROSE}\n\n## Skolene\n\n| Skole | Kontakt |\n| --- | --- |\n| Borgen | Rektor |\n| Solvang | Inspektør |`,
    heading: 'Skolene',
    table: 'Borgen',
  },
  { name: 'timetable-aside', template: 'timetable', front: PROGRAMME, body: `${PROSE}\n\n${ASIDE}\n\n::programme`, heading: 'Program', table: 'innledning' },
  { name: 'network-aside', template: 'network', front: `${PROGRAMME}\n${GROUPS}`, body: `${PROSE}\n\n${ASIDE}\n\n::groups`, heading: 'Grupper', table: 'Ungdomsskolene' },
  { name: 'phases-aside', template: 'phases', front: SERIES, body: `${PROSE}\n\n${ASIDE}\n\n::series`, heading: 'Møteplan', table: 'Fagsamlinger' },
];

const pages = new Map<string, Word[][]>();

beforeAll(async () => {
  const dir = await tempDir('agenda-side-panel-');
  const out = await tempDir('agenda-side-panel-out-');
  for (const c of CASES) {
    const text = ['---', `title: Samling for skoleledere`, 'organiser: Testkommune', 'language: nb', `template: ${c.template}`, 'date: 2026-09-17', c.front, '---', '', c.body, ''];
    await writeFile(join(dir, `${c.name}.md`), text.join('\n'));
  }
  const report = await buildIn(dir, { outDir: out, formats: ['pdf'] });
  expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.message}`)).toEqual([]);
  for (const c of CASES) pages.set(c.name, readWords(join(out, `${c.name}.pdf`)));
}, 600_000);

/** The first word on any page that is `text`, with its page. */
function find(words: Word[][], text: string): { page: number; word: Word } | undefined {
  for (const [page, list] of words.entries()) {
    const word = list.find((w) => w.text === text);
    if (word) return { page, word };
  }
  return undefined;
}

describe('a block with a table beside a side panel', { timeout: 120_000 }, () => {
  it('keeps its heading right above its table, in every template', () => {
    const apart: string[] = [];
    for (const c of CASES) {
      const words = pages.get(c.name)!;
      const heading = find(words, c.heading);
      const table = find(words, c.table);
      if (!heading || !table) {
        apart.push(`${c.name}: "${c.heading}" or "${c.table}" not printed`);
        continue;
      }
      // A heading, a column head row, a row: within 60 pt; the panel is over 150 pt high.
      const gap = table.word.y - heading.word.y2;
      if (table.page !== heading.page || gap > 60)
        apart.push(`${c.name}: "${c.table}" ${table.page === heading.page ? `${Math.round(gap)} pt` : 'a page'} below its heading "${c.heading}"`);
    }
    expect(apart).toEqual([]);
  });
});
