/**
 * A long programme for the page-break test: three days, each with an
 * opening row, two parts of six sessions and a closing row; sessions with
 * descriptions; two audiences, the owners joining at noon, some morning
 * sessions for the principals only. Every row's title is unique, so that a
 * page read back says which rows it holds.
 */
import type { CalendarDate } from '../../src/base/calendar-date.js';

export interface ProgrammeRow {
  title: string;
  /** 0-based. */
  day: number;
  kind: 'part' | 'item';
  /** The part's title, for a row inside a part. */
  part: string | undefined;
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

/** The programme in `template` and `language`, with `filler` more lines of prose before it. */
export function longProgramme(template: string, language: string, filler: number): LongProgramme {
  const w = WORDS[language];
  const dates: CalendarDate[] = [5, 6, 7].map((day) => ({ year: 2026, month: 5, day }));
  const rows: ProgrammeRow[] = [];
  const yaml: string[] = [];
  dates.forEach((date, day) => {
    yaml.push(`  - date: 2026-05-0${date.day}`, '    hours: 08.30–16.00', '    programme:');
    const opening = `${w.opening} ${day + 1}`;
    yaml.push('      - time: 08.30–09.00', `        title: ${opening}`, '        kind: break');
    rows.push({ title: opening, day, kind: 'item', part: undefined, audience: PRINCIPALS });
    for (let p = 0; p < 2; p++) {
      const start = p === 0 ? 9 * 60 : 12 * 60;
      const part = `${w.part} ${day + 1}.${p + 1}`;
      yaml.push(`      - title: ${part}`, `        time: ${hhmm(start)}–${hhmm(start + 180)}`, '        items:');
      rows.push({ title: part, day, kind: 'part', part: undefined, audience: p === 0 ? PRINCIPALS : w.all });
      for (let i = 0; i < 6; i++) {
        const title = `${w.session} ${day + 1}.${p + 1}.${i + 1} ${w.topics[(i + day + p) % w.topics.length]}`;
        yaml.push(`          - time: ${hhmm(start + i * 30)}–${hhmm(start + i * 30 + 30)}`, `            title: ${title}`);
        if (p === 0 && i % 2 === 1) yaml.push('            for: ledere');
        if (i % 3 === 1) yaml.push(`            details: ${w.details} ${w.details}`);
        rows.push({ title, day, kind: 'item', part, audience: p === 0 ? PRINCIPALS : w.all });
      }
    }
    const closing = `${w.closing} ${day + 1}`;
    yaml.push('      - time: 15.00–16.00', `        title: ${closing}`);
    rows.push({ title: closing, day, kind: 'item', part: undefined, audience: w.all });
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
