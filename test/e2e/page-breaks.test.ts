/**
 * Where the pages of a long programme break (issue 22, 9), read back from
 * the printed PDF as a reader sees each page: the words pdftotext finds,
 * kept only where the page shows ink (a label a white box covers is not
 * read). Every template, in a language each, with the breaks moved by
 * longer and shorter prose above the programme: no page starts with a row
 * whose day, part or audience that page does not name, no day's programme
 * leaves a row or two at the foot of a page or carries fewer than four onto
 * the next, and no part leaves its head with fewer than two of its rows or
 * carries fewer than four onto the next page.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, fill, formatDate } from '../../src/base/i18n/index.js';
import { buildIn, tempDir } from '../drivers/build/helpers.js';
import { type LongProgramme, longProgramme, type ProgrammeRow } from './long-programme.js';
import { type Line, readPages } from './pdf-pages.js';

const CASES: [template: string, language: string][] = [
  ['timetable', 'nb'],
  ['welcome', 'sv'],
  ['network', 'da'],
  ['phases', 'nn'],
  ['timetable', 'en'],
];
/** Lines of prose above the programme: each moves every page break below it (these three put breaks where each rule below matters). */
const FILLERS = [0, 5, 10];
/** The same for the programme of one day with a part within a part. */
const ONE_DAY_FILLERS = [0, 6];

interface Printed {
  name: string;
  programme: LongProgramme;
  /** Each page's visible lines, top to bottom. */
  pages: Line[][];
}

const printed: Printed[] = [];

beforeAll(async () => {
  const dir = await tempDir('agenda-page-breaks-');
  const out = await tempDir('agenda-page-breaks-out-');
  const programmes = new Map<string, LongProgramme>();
  for (const [template, language] of CASES) {
    for (const [oneDay, fillers] of [
      [false, FILLERS],
      [true, ONE_DAY_FILLERS],
    ] as const) {
      for (const filler of fillers) {
        const name = `${template}-${language}-${oneDay ? 'one-day-' : ''}${filler}`;
        const p = longProgramme(template, language, filler, oneDay);
        programmes.set(name, p);
        await writeFile(join(dir, `${name}.md`), p.source);
      }
    }
  }
  await buildIn(dir, { outDir: out, formats: ['pdf'] });
  for (const [name, programme] of programmes) {
    const file = join(out, `${name}.pdf`);
    expect(existsSync(file), `${name}.pdf was not printed`).toBe(true);
    printed.push({ name, programme, pages: readPages(file) });
  }
}, 600_000);

/** Where each row of the programme is printed: its page and line; a part's row where the part begins (not its repeats). */
function placed(p: Printed): { row: ProgrammeRow; page: number; line: number }[] {
  const found: { row: ProgrammeRow; page: number; line: number }[] = [];
  for (const row of p.programme.rows) {
    const at = p.pages.flatMap((lines, page) => {
      const line = lines.findIndex((l) => l.text.toUpperCase().includes(row.title.toUpperCase()));
      return line < 0 ? [] : [{ row, page, line }];
    });
    if (at.length) found.push(at[0]);
  }
  return found;
}

/** The first row printed on each page, and what stands above it on the page. */
function firstRows(p: Printed): { page: number; row: ProgrammeRow; above: string; own: string }[] {
  const rows = placed(p);
  const out: { page: number; row: ProgrammeRow; above: string; own: string }[] = [];
  p.pages.forEach((lines, page) => {
    const here = rows.filter((r) => r.page === page).sort((a, b) => a.line - b.line);
    if (!here.length) return;
    const first = here[0];
    const end = here[1]?.line ?? lines.length;
    out.push({
      page: page + 1,
      row: first.row,
      above: lines
        .slice(0, first.line)
        .map((l) => l.text)
        .join('\n'),
      own: lines
        .slice(first.line, end)
        .map((l) => l.text)
        .join('\n'),
    });
  });
  return out;
}

/** How a page names a day: "Dag 2 – onsdag 6. mai 2026"; the one day of a programme by its date. */
const dayLabel = (p: Printed, day: number) => {
  const cat = catalogue(p.programme.language);
  const date = formatDate(p.programme.dates[day], cat);
  return p.programme.dates.length > 1 ? `${fill(cat.labels.day, { n: day + 1 })} – ${date}` : date;
};

describe('a long programme printed (issue 22, 9)', { timeout: 120_000 }, () => {
  it('is printed on several pages in every case, with every row found', () => {
    for (const p of printed) {
      expect(p.pages.length, p.name).toBeGreaterThanOrEqual(p.programme.dates.length > 1 ? 3 : 2);
      expect(placed(p).length, p.name).toBe(p.programme.rows.length);
    }
    expect(printed).toHaveLength(CASES.length * (FILLERS.length + ONE_DAY_FILLERS.length));
  });

  it('names, on every page, the day and every part around the row the page starts with', () => {
    const unnamed: string[] = [];
    for (const p of printed) {
      for (const { page, row, above } of firstRows(p)) {
        if (!above.includes(dayLabel(p, row.day))) unnamed.push(`${p.name} page ${page}: "${row.title}" without its day "${dayLabel(p, row.day)}"`);
        // A part's row prints its title in capitals.
        for (const part of row.parts) if (!above.toUpperCase().includes(part.toUpperCase())) unnamed.push(`${p.name} page ${page}: "${row.title}" without its part "${part}"`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('names the day on every page that holds rows of it, a programme of one day too', () => {
    const unnamed: string[] = [];
    for (const p of printed) {
      const rows = placed(p);
      p.pages.forEach((lines, page) => {
        const text = lines.map((l) => l.text).join('\n');
        for (const day of new Set(rows.filter((r) => r.page === page).map((r) => r.row.day)))
          if (!text.includes(dayLabel(p, day))) unnamed.push(`${p.name} page ${page + 1}: rows of day ${day + 1} without "${dayLabel(p, day)}"`);
      });
    }
    expect(unnamed).toEqual([]);
  });

  it('starts a page inside a part within a part in some case, so that the chain of parts is tested', () => {
    const inner = printed.flatMap((p) => firstRows(p).filter((f) => f.row.parts.length > 1 || (f.row.kind === 'part' && f.row.parts.length > 0)));
    expect(inner.length).toBeGreaterThan(0);
  });

  it('names the audience of the row a page starts with', () => {
    const unnamed: string[] = [];
    for (const p of printed) {
      for (const { page, row, own } of firstRows(p)) {
        if (!new RegExp(`(^|\\s)${row.audience}($|\\s)`, 'm').test(own)) unnamed.push(`${p.name} page ${page}: "${row.title}" without "${row.audience}"`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('leaves no row or two of a day at the foot of a page, and carries no fewer than four onto the next', () => {
    const split: string[] = [];
    for (const p of printed) {
      const rows = placed(p);
      for (let day = 0; day < p.programme.dates.length; day++) {
        const pages = rows.filter((r) => r.row.day === day).map((r) => r.page);
        const counts = [...new Set(pages)].map((page) => [page, pages.filter((x) => x === page).length]);
        counts.forEach(([page, count], i) => {
          if (counts.length > 1 && i === 0 && count < 3) split.push(`${p.name}: day ${day + 1} leaves ${count} rows at the foot of page ${page + 1}`);
          if (i > 0 && count < 4) split.push(`${p.name}: day ${day + 1} carries ${count} rows onto page ${page + 1}`);
        });
      }
    }
    expect(split).toEqual([]);
  });

  it('carries no fewer than four rows of a part onto the next page', () => {
    const split: string[] = [];
    for (const p of printed) {
      const rows = placed(p);
      for (const head of rows.filter((r) => r.row.kind === 'part')) {
        const pages = rows.filter((r) => r.row.parts.includes(head.row.title)).map((r) => r.page);
        for (const page of new Set(pages)) {
          const count = pages.filter((x) => x === page).length;
          if (page !== head.page && count < Math.min(4, pages.length)) split.push(`${p.name}: "${head.row.title}" carries ${count} rows onto page ${page + 1}`);
        }
      }
    }
    expect(split).toEqual([]);
  });

  it("leaves no part's head at the foot of a page with fewer than two of its rows", () => {
    const alone: string[] = [];
    for (const p of printed) {
      const rows = placed(p);
      for (const head of rows.filter((r) => r.row.kind === 'part')) {
        const members = rows.filter((r) => r.row.parts.includes(head.row.title));
        const withIt = members.filter((r) => r.page === head.page).length;
        if (withIt < Math.min(2, members.length)) alone.push(`${p.name}: "${head.row.title}" on page ${head.page + 1} with ${withIt} of its rows`);
      }
    }
    expect(alone).toEqual([]);
  });
});
