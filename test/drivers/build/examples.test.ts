/**
 * `agenda build examples`: every invitation as HTML, PDF and calendar, read
 * back the way a reader or a calendar program would; two builds of the
 * same sources give the same bytes; audience and group views.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { checkSource } from '../../../src/pipeline/compile.js';
import type { Gathering } from '../../../src/model/gathering.js';
import { readPdf, type ReadPdf } from '../pdf/read-pdf.js';
import { EPOCH, envWith, examples, examplesDir, inOrder, listFiles, readIcs, tempDir, type IcsEvent } from './helpers.js';

const gatherings = new Map<string, Gathering>();
for (const name of examples) {
  const file = join(examplesDir, `${name}.md`);
  const { gathering } = checkSource(await readFile(file, 'utf8'), file);
  gatherings.set(name, gathering!);
}

/** `agenda build examples --out DIR` with the options given; the build must succeed. */
async function buildExamples(args: string[] = [], env = envWith()): Promise<{ out: string; stdout: string }> {
  const out = await tempDir('agenda-examples-');
  // From the examples' own project (examples/agenda.config.yaml): output names start there.
  const r = await run(['build', examplesDir, '--out', out, '--concurrency', '2', '--today', '2018-01-01', ...args], env, examplesDir);
  // stderr has the progress ("wrote …" lines when not on a terminal) and nothing else.
  expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('wrote '))).toEqual([]);
  expect(r.code).toBe(0);
  return { out, stdout: r.stdout };
}

let main: { out: string; stdout: string };
const pdfs = new Map<string, ReadPdf>();
const calendars = new Map<string, IcsEvent[]>();

beforeAll(async () => {
  main = await buildExamples();
  for (const name of examples) {
    pdfs.set(name, await readPdf(new Uint8Array(await readFile(join(main.out, `${name}.pdf`)))));
    calendars.set(name, await readIcs(join(main.out, `${name}.ics`)));
  }
}, 120_000);

describe('agenda build examples', { timeout: 60_000 }, () => {
  it('writes HTML, PDF and a calendar for each example, an index linking them, and says so', async () => {
    const expected = examples.flatMap((n) => ['html', 'ics', 'pdf'].map((ext) => `${n}.${ext}`));
    const feeds = ['calendar.ics', ...['bestyrelser', 'ledere', 'owners', 'principals', 'rektorar', 'styringsgruppa'].map((id) => `calendar.${id}.ics`)];
    expect(await listFiles(main.out)).toEqual(['.agenda-build.json', ...expected, ...feeds, 'index.html'].sort());
    const index = await readFile(join(main.out, 'index.html'), 'utf8');
    for (const file of expected) expect(index).toContain(`href="${file}"`);
    for (const g of gatherings.values()) expect(index).toContain(`>${g.title}</a>`);
    // The examples' config publishes them as a network would: its own name, logo and colour, calendars to subscribe to, no script.
    expect(index).toMatch(/<img class="logo" src="data:image\/svg\+xml;base64,[^"]+" alt="Skolenettverk i Norden">/);
    expect(index).toContain('<h1>Samlinger i skolenettverket</h1>');
    expect(index).toContain('--accent: #2d5f3a;');
    expect(index).toContain('href="webcal://eksempel.no/samlinger/calendar.principals.ics"');
    expect(index).not.toMatch(/<script|\son\w+=/i);
    expect(main.stdout).toContain(`${examples.length} files checked: 0 errors, 0 warnings`);
    expect(main.stdout).toMatch(new RegExp(`${examples.length} invitations: ${examples.length} built, 0 up to date → .*index\\.html`));
  });

  it.each(examples)('%s.pdf has pages, metadata, tags, embedded fonts and the programme in order', (name) => {
    const g = gatherings.get(name)!;
    const pdf = pdfs.get(name)!;
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.info.Title).toBe(g.title);
    expect(pdf.info.Author).toBe(g.organiser);
    expect(pdf.lang).toBe(g.language);
    expect(pdf.tagged).toBe(true);
    expect(pdf.embeddedFonts.length).toBeGreaterThan(0);
    expect(pdf.unembeddedFonts).toEqual([]);
    // The programme's titles, and a year of meetings' kinds; its meetings' own titles (a column the PDF's text holds apart) anywhere.
    const meetings = (g.series ?? []).flatMap((s) => (s.sessions ?? []).map((m) => m.title)).filter((t): t is string => !!t);
    for (const title of meetings) expect(pdf.text).toContain(title);
    const titles = [...g.days.flatMap((d) => d.programme.map((item) => item.title)), ...(g.series ?? []).map((s) => s.title)].filter((t): t is string => !!t);
    expect(titles.length + meetings.length).toBeGreaterThanOrEqual(5);
    expect(inOrder(pdf.text, [g.title, ...titles])).toEqual({});
  });

  it.each(examples)('%s.ics has an event per day, deadline, group session and meeting, each with a unique UID', (name) => {
    const g = gatherings.get(name)!;
    const events = calendars.get(name)!;
    const sessions = [...(g.groups ?? []), ...(g.series ?? [])].flatMap((run) => run.sessions ?? []);
    // A year of meetings with no programme of its own is its meetings: no event for its date besides them.
    const days = g.series?.length && g.days.every((d) => d.programme.length === 0) ? 0 : g.days.length;
    expect(events).toHaveLength(days + (g.deadlines?.length ?? 0) + sessions.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const day of g.days.filter((d) => d.venue)) {
      expect(events.some((e) => e.location?.includes(day.venue!.name))).toBe(true);
    }
    expect(events.filter((e) => e.categories.includes('deadline'))).toHaveLength(g.deadlines?.length ?? 0);
  });

  it('names the main dates at the top of each page that has days beside them, and a year of meetings by its span', () => {
    const top = (name: string) => pdfs.get(name)!.text;
    expect(top('aarhus-skoleledermoede-2026')).toContain('16.–17. april 2026, med valgfri forudgående dag 15. april');
    expect(top('sogn-haustseminar-2026')).toContain('21.–22. oktober 2026, med førdag for Styringsgruppa 20. oktober');
    expect(top('vastra-natverket-2026-27')).toContain('17 september 2026 – 6 maj 2027');
  });

  it('gives each meeting of vastra-natverket-2026-27 an event at its own date, hour and place', () => {
    const events = calendars.get('vastra-natverket-2026-27')!.filter((e) => !e.categories.includes('deadline'));
    const uddevalla = events.find((e) => e.location?.includes('Uddevalla'))!;
    // 09.00 in Stockholm on 8 October 2026 (summer time, UTC+2).
    expect(uddevalla.start.toISOString()).toBe('2026-10-08T07:00:00.000Z');
    expect(uddevalla.summary).toBe('Fyrbodal – Områdeskonferenser');
    expect(new Set(events.map((e) => e.start.toISOString().slice(0, 10))).size).toBe(8);
  });

  it('puts the Oslo start of ost-oppstart-2020 at the right moment in UTC', () => {
    const [day] = calendars.get('ost-oppstart-2020')!;
    // 09.00 in Oslo on 28 January 2020 (winter time, UTC+1) is 08.00 UTC.
    expect(day.start.toISOString()).toBe('2020-01-28T08:00:00.000Z');
    expect(day.location).toBe('Nationalteatret Konferansesenter, KS Agenda, Oslo');
  });

  it('dates the PDF and calendar by the source when SOURCE_DATE_EPOCH is not set', async () => {
    const mtime = (await stat(join(examplesDir, 'ost-oppstart-2020.md'))).mtime;
    const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    const pdfDate = `D:${seconds.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
    expect(pdfs.get('ost-oppstart-2020')!.info.CreationDate).toBe(pdfDate);
    const ics = await readFile(join(main.out, 'ost-oppstart-2020.ics'), 'utf8');
    expect(ics).toContain(`DTSTAMP:${pdfDate.slice(2, 10)}T${pdfDate.slice(10, 16)}Z`);
  });
});

describe('reproducible builds', { timeout: 120_000 }, () => {
  const same = async (a: string, b: string) => {
    for (const name of examples) {
      for (const ext of ['pdf', 'ics', 'html']) {
        const [x, y]: Buffer[] = await Promise.all([readFile(join(a, `${name}.${ext}`)), readFile(join(b, `${name}.${ext}`))]);
        expect(x.equals(y), `${name}.${ext} differs between two builds`).toBe(true);
      }
    }
  };

  it('gives byte-identical PDFs and calendars with SOURCE_DATE_EPOCH, dated by it', async () => {
    const env = envWith({ SOURCE_DATE_EPOCH: EPOCH });
    const a = await buildExamples(['--force'], env);
    const b = await buildExamples(['--force'], env);
    await same(a.out, b.out);
    const pdf = await readPdf(new Uint8Array(await readFile(join(a.out, 'ost-oppstart-2020.pdf'))));
    expect(pdf.info.CreationDate).toBe('D:20231114221320Z');
    expect(pdf.info.ModDate).toBe('D:20231114221320Z');
    expect(await readFile(join(a.out, 'ost-oppstart-2020.ics'), 'utf8')).toContain('DTSTAMP:20231114T221320Z');
  });

  it('gives byte-identical outputs without it too, and the same UIDs', async () => {
    const again = await buildExamples(['--force']);
    await same(main.out, again.out);
    for (const name of examples) {
      const uids = (await readIcs(join(again.out, `${name}.ics`))).map((e) => e.uid);
      expect(uids).toEqual(calendars.get(name)!.map((e) => e.uid));
    }
  });

  // Chromium numbers structure elements (/ID (node…)) from a counter that timing and earlier pages advance;
  // applyPdfMetadata renumbers them. Before it did, two builds differed now and then: hence two more pairs.
  it('gives byte-identical PDFs, structure IDs included, build after build', async () => {
    const env = envWith({ SOURCE_DATE_EPOCH: EPOCH });
    for (let i = 0; i < 2; i++) await same((await buildExamples([], env)).out, (await buildExamples([], env)).out);
  });
});

describe('audience and group views', { timeout: 120_000 }, () => {
  let out: string;
  beforeAll(async () => {
    ({ out } = await buildExamples(['--audience', 'all', '--groups']));
  }, 120_000);

  it('writes an invitation per audience and per group, listed in the index', async () => {
    const files = await listFiles(out);
    for (const view of ['ost-oppstart-2020.principals', 'ost-oppstart-2020.owners', 'asker-ledernettverk-nov-2018.gruppe-1', 'asker-ledernettverk-nov-2018.gruppe-3']) {
      for (const ext of ['html', 'pdf', 'ics']) expect(files).toContain(`${view}.${ext}`);
    }
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="ost-oppstart-2020.principals.pdf"');
    expect(index).toContain('href="asker-ledernettverk-nov-2018.gruppe-1.ics"');
  });

  it("starts the principals' day at lunch, when they join", async () => {
    const from = gatherings.get('ost-oppstart-2020')!.audiences!.principals.from!;
    expect(from).toBe(11 * 60 + 30);
    const events = await readIcs(join(out, 'ost-oppstart-2020.principals.ics'));
    expect(events).toHaveLength(1);
    // 11.30 in Oslo, UTC+1 in January.
    expect(events[0].start.toISOString()).toBe(new Date(Date.UTC(2020, 0, 28, 0, from - 60)).toISOString());
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'ost-oppstart-2020.principals.pdf'))));
    expect(pdf.text).toContain('Om å bli bedre gjennom samarbeid');
    expect(pdf.text).not.toContain('Intensjoner og rammer for skoleeiersamarbeidet');
  });

  it("leaves the day beside the main ones out of the board members' invitation and calendar, who are absent on it", async () => {
    const events = await readIcs(join(out, 'aarhus-skoleledermoede-2026.bestyrelser.ics'));
    expect(events.filter((e) => !e.categories.includes('deadline')).map((e) => e.start.toISOString().slice(0, 10))).toEqual(['2026-04-16', '2026-04-17']);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'aarhus-skoleledermoede-2026.bestyrelser.pdf'))));
    expect(pdf.text).not.toContain('Studiebesøg');
    expect(pdf.text).toContain('16.–17. april 2026');
    expect(pdf.text).not.toContain('forudgående');
  });

  it("holds only Gruppe 1's sessions in Gruppe 1's calendar", async () => {
    const group = gatherings.get('asker-ledernettverk-nov-2018')!.groups!.find((gr) => gr.label === 'Gruppe 1')!;
    const events = await readIcs(join(out, 'asker-ledernettverk-nov-2018.gruppe-1.ics'));
    expect(events).toHaveLength(group.sessions!.length);
    for (const e of events) expect(e.summary).toMatch(/– Gruppe 1$/);
    const days = events.map((e) => e.start.toISOString().slice(0, 10));
    const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    expect(days).toEqual(group.sessions!.map((s) => iso(s.date)));
    expect(events.map((e) => e.location)).toEqual(['Festsalen Kulturhuset', 'Kunnskapssenteret', 'Festsalen Kulturhuset']);
  });
});
