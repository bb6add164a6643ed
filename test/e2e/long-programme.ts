/**
 * A long programme for the page-break test: three days, each with an
 * opening row, two parts of six sessions and a closing row; sessions with
 * descriptions; two audiences, the owners joining at noon, some morning
 * sessions for the principals only. Or (`oneDay`) a single day of four
 * parts, the second holding a part of its own (a part within a part)
 * between its sessions. Every row's title is unique, so that a page read
 * back says which rows it holds.
 */
import type { CalendarDate } from '../../src/base/calendar-date.js';

export interface ProgrammeRow {
  title: string;
  /** 0-based. */
  day: number;
  kind: 'part' | 'item';
  /** The innermost part's title, for a row inside a part. */
  part: string | undefined;
  /** The titles of the parts around the row, outermost first. */
  parts: string[];
  /** Whom the row is for, as the invitation prints it. */
  audience: string;
}

export interface LongProgramme {
  language: string;
  source: string;
  dates: CalendarDate[];
  /** In the order printed. */
  rows: ProgrammeRow[];
}

const WORDS: Record<string, { session: string; part: string; opening: string; closing: string; topics: string[]; details: string; all: string }> = {
  nb: {
    session: 'Økt',
    part: 'Del',
    opening: 'Kaffe og registrering',
    closing: 'Oppsummering',
    topics: ['Vurdering for læring', 'Lesing i alle fag', 'Klasseledelse', 'Tilpasset opplæring', 'Digital dømmekraft', 'Skole–hjem-samarbeid'],
    details: 'Innledning ved rådgiver, deretter arbeid i grupper på tvers av kommunene med erfaringsdeling og en kort oppsummering i plenum.',
    all: 'Alle',
  },
  nn: {
    session: 'Økt',
    part: 'Del',
    opening: 'Kaffi og registrering',
    closing: 'Oppsummering',
    topics: ['Vurdering for læring', 'Lesing i alle fag', 'Klasseleiing', 'Tilpassa opplæring', 'Digital dømmekraft', 'Samarbeid mellom skule og heim'],
    details: 'Innleiing ved rådgjevar, deretter arbeid i grupper på tvers av kommunane med erfaringsdeling og ei kort oppsummering i plenum.',
    all: 'Alle',
  },
  da: {
    session: 'Oplæg',
    part: 'Del',
    opening: 'Kaffe og registrering',
    closing: 'Opsamling',
    topics: ['Evaluering for læring', 'Læsning i alle fag', 'Klasseledelse', 'Undervisningsdifferentiering', 'Digital dannelse', 'Skole–hjem-samarbejde'],
    details: 'Oplæg ved konsulent, derefter arbejde i grupper på tværs af kommunerne med erfaringsudveksling og en kort opsamling i plenum.',
    all: 'Alle',
  },
  sv: {
    session: 'Pass',
    part: 'Del',
    opening: 'Kaffe och registrering',
    closing: 'Sammanfattning',
    topics: ['Bedömning för lärande', 'Läsning i alla ämnen', 'Ledarskap i klassrummet', 'Anpassad undervisning', 'Digital kompetens', 'Samverkan med hemmen'],
    details: 'Inledning av utvecklingsledare, därefter arbete i grupper över kommungränserna med erfarenhetsutbyte och en kort sammanfattning i helgrupp.',
    all: 'Alla',
  },
  en: {
    session: 'Session',
    part: 'Part',
    opening: 'Coffee and registration',
    closing: 'Summing up',
    topics: ['Assessment for learning', 'Reading in every subject', 'Classroom leadership', 'Adapted teaching', 'Digital judgement', 'Working with parents'],
    details: 'An introduction by the adviser, then work in groups across the municipalities, sharing experience, and a short summary in plenary.',
    all: 'All',
  },
};

const PRINCIPALS = 'Rektorer';
const OWNERS = 'Skoleeiere';
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;

/** The programme in `template` and `language`, with `filler` more lines of prose before it; of three days, or of one with a part within a part. */
export function longProgramme(template: string, language: string, filler: number, oneDay = false): LongProgramme {
  const w = WORDS[language];
  const dates: CalendarDate[] = (oneDay ? [5] : [5, 6, 7]).map((day) => ({ year: 2026, month: 5, day }));
  const rows: ProgrammeRow[] = [];
  const yaml: string[] = [];
  const parts = oneDay ? 4 : 2;
  dates.forEach((date, day) => {
    yaml.push(`  - date: 2026-05-0${date.day}`, `    hours: 08.30–${hhmm(9 * 60 + parts * 180 + 60)}`, '    programme:');
    const opening = `${w.opening} ${day + 1}`;
    yaml.push('      - time: 08.30–09.00', `        title: ${opening}`, '        kind: break');
    rows.push({ title: opening, day, kind: 'item', part: undefined, parts: [], audience: PRINCIPALS });
    for (let p = 0; p < parts; p++) {
      const start = 9 * 60 + p * 180;
      const audience = p === 0 ? PRINCIPALS : w.all;
      const part = `${w.part} ${day + 1}.${p + 1}`;
      yaml.push(`      - title: ${part}`, `        time: ${hhmm(start)}–${hhmm(start + 180)}`, '        items:');
      rows.push({ title: part, day, kind: 'part', part: undefined, parts: [], audience });
      for (let i = 0; i < 6; i++) {
        const title = `${w.session} ${day + 1}.${p + 1}.${i + 1} ${w.topics[(i + day + p) % w.topics.length]}`;
        if (oneDay && p === 1 && i === 2) {
          // A part within the part, in the hour of its third and fourth sessions: five sessions of twelve minutes.
          const inner = `${w.part} ${day + 1}.${p + 1}.A`;
          yaml.push(`          - title: ${inner}`, `            time: ${hhmm(start + 60)}–${hhmm(start + 120)}`, '            items:');
          rows.push({ title: inner, day, kind: 'part', part, parts: [part], audience });
          for (let k = 0; k < 5; k++) {
            const sub = `${w.session} ${day + 1}.${p + 1}.A${k + 1} ${w.topics[(k + 3) % w.topics.length]}`;
            yaml.push(`              - time: ${hhmm(start + 60 + k * 12)}–${hhmm(start + 72 + k * 12)}`, `                title: ${sub}`);
            if (k % 2 === 1) yaml.push(`                details: ${w.details}`);
            rows.push({ title: sub, day, kind: 'item', part: inner, parts: [part, inner], audience });
          }
          i++;
          continue;
        }
        yaml.push(`          - time: ${hhmm(start + i * 30)}–${hhmm(start + i * 30 + 30)}`, `            title: ${title}`);
        if (p === 0 && i % 2 === 1) yaml.push('            for: ledere');
        if (i % 3 === 1) yaml.push(`            details: ${w.details} ${w.details}`);
        rows.push({ title, day, kind: 'item', part, parts: [part], audience });
      }
    }
    const closing = `${w.closing} ${day + 1}`;
    const end = 9 * 60 + parts * 180;
    yaml.push(`      - time: ${hhmm(end)}–${hhmm(end + 60)}`, `        title: ${closing}`);
    rows.push({ title: closing, day, kind: 'item', part: undefined, parts: [], audience: w.all });
  });
  // A line of prose a paragraph: each moves every page break below it by a line.
  const prose = [w.details, ...Array.from({ length: filler }, (_, i) => `${w.topics[i % w.topics.length]}.`)].join('\n\n');
  const source = [
    '---',
    'title: Lederutvikling i skolen',
    'organiser: Vestfold fylkeskommune',
    `language: ${language}`,
    `template: ${template}`,
    'date: 2026-05-05',
    'venue: Quality Hotel Tønsberg',
    'audiences:',
    `  ledere: ${PRINCIPALS}`,
    `  eiere: { label: ${OWNERS}, from: 12.00 }`,
    'days:',
    ...yaml,
    '---',
    '',
    prose,
    '',
    '::programme',
    '',
  ].join('\n');
  return { language, source, dates, rows };
}
