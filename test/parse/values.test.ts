import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/model/location.js';
import { parseSource } from '../../src/parse/parse.js';
import { parseDate, parseTimeSlot } from '../../src/model/values.js';

describe('times as typed', () => {
  it.each([
    ['09:00', { start: 540 }],
    ['09.00', { start: 540 }],
    ['0900', { start: 540 }],
    ['9:00', { start: 540 }],
    ['kl. 9', { start: 540 }],
    ['klokka 09.00', { start: 540 }],
    ['klokken 09.00', { start: 540 }],
    ['klo 9.00', { start: 540 }],
    ['kl 09.00–klokka 10.00', { start: 540, end: 600 }],
    ['fra klokken 9.30', { start: 570, open: true }],
    ['08.30–09.30', { start: 510, end: 570 }],
    ['08:30 - 09:30', { start: 510, end: 570 }],
    ['0830-0930', { start: 510, end: 570 }],
    ['fra 09.30', { start: 570, open: true }],
    ['12.00 – 24.00', { start: 720, end: 1440 }],
  ])('%s', (text, expected) => {
    const r = parseTimeSlot(text);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it.each(['25:00', '09:75', '24:00', 'ni', '9-', 'fra 9-10'])('rejects %s with a reason', (text) => {
    const r = parseTimeSlot(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(text);
  });
});

describe('dates as typed', () => {
  it.each([
    ['2020-01-28', { year: 2020, month: 1, day: 28 }],
    ['28.01.2020', { year: 2020, month: 1, day: 28 }],
    ['28.1.20', { year: 2020, month: 1, day: 28 }],
    ['14.03.-25', { year: 2025, month: 3, day: 14 }],
    ['14.10', { month: 10, day: 14 }],
  ])('%s', (text, expected) => {
    const r = parseDate(text);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it.each(['30.02.2020', '2020-13-01', '14.1O', '1/2/2020'])('rejects %s', (text) => {
    expect(parseDate(text).ok).toBe(false);
  });
});

describe('YAML that would misread a time or a date', () => {
  const source = [
    '---',
    'title: Samling',
    'date: 2018-11-01',
    'hours: 08.30 - 13.00',
    'programme:',
    '  - time: 0900',
    '    title: Start',
    '  - time: 14.10',
    '    title: Slutt',
    'deadlines:',
    '  - date: 14.10',
    '    what: Påmelding',
    '    kind: registration',
    '---',
    '',
  ].join('\n');
  const { gathering, diagnostics } = parseSource(source, 'x.md');

  it('reads unquoted 0900 and 14.10 from their source text, never as numbers', () => {
    expect(diagnostics).toEqual([]);
    const [start, end] = gathering!.days[0].programme;
    expect(start.time).toMatchObject({ start: 9 * 60, text: '0900' });
    expect(end.time).toMatchObject({ start: 14 * 60 + 10, text: '14.10' });
    expect(gathering!.days[0].hours).toMatchObject({ start: 510, end: 780 });
  });

  it("reads an unquoted 14.10 date as 14 October in the gathering's year", () => {
    expect(gathering!.deadlines![0].date).toMatchObject({ year: 2018, month: 10, day: 14, yearInferred: true });
  });

  it('keeps the position of every value', () => {
    const deadline = gathering!.deadlines![0];
    expect(spanOf(deadline.date).start).toMatchObject({ line: 11, column: 11 });
    expect(spanOf(deadline, 'what').start).toMatchObject({ line: 12, column: 11 });
    expect(spanOf(gathering!.days[0].programme[1].time!).start).toMatchObject({ line: 8, column: 11 });
  });

  it('never reads no, yes or on as booleans (YAML 1.2)', () => {
    const r = parseSource('---\ntitle: no\ndate: 2020-01-28\nvenue: on\n---\n', 'x.md');
    expect(r.gathering?.title).toBe('no');
    expect(r.gathering?.venue?.name).toBe('on');
  });
});

describe('the time zone, from the language unless the source names one', () => {
  it.each([
    ['nb', 'Europe/Oslo'],
    ['nn', 'Europe/Oslo'],
    ['da', 'Europe/Copenhagen'],
    ['sv', 'Europe/Stockholm'],
    ['en', 'Europe/Oslo'],
  ])('%s: %s', (language, zone) => {
    const parsed = parseSource(`---\ntitle: x\ndate: 2026-02-12\nlanguage: ${language}\n---\n`, 'x.md');
    expect(parsed.gathering?.timezone).toBe(zone);
  });

  it('a named zone wins', () => {
    const parsed = parseSource('---\ntitle: x\ndate: 2026-02-12\nlanguage: da\ntimezone: Europe/Oslo\n---\n', 'x.md');
    expect(parsed.gathering?.timezone).toBe('Europe/Oslo');
  });
});

describe('dates without a year: one rule', () => {
  const read = (fm: string) => {
    const parsed = parseSource(`---\ntitle: x\n${fm}---\n`, 'x.md');
    if (!parsed.gathering) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
    return parsed.gathering;
  };

  it("a January gathering's registration deadline 10.12 is the December before", () => {
    const g = read('date: 2026-01-20\ndeadlines:\n  - date: 10.12\n    what: Påmelding\n    kind: registration\n');
    expect(g.deadlines![0].date).toMatchObject({ year: 2025, month: 12, day: 10 });
  });

  it("a December gathering's follow-up 15.01 is the January after", () => {
    const g = read('date: 2025-12-02\ndeadlines:\n  - date: 15.01\n    what: Tilbakemelding\n    kind: follow-up\n');
    expect(g.deadlines![0].date.year).toBe(2026);
  });

  it('a registration deadline almost a year before is a slip the deadline rule reports, not last year', () => {
    const g = read('date: 2026-01-20\ndeadlines:\n  - date: 25.01\n    what: Påmelding\n    kind: registration\n');
    expect(g.deadlines![0].date.year).toBe(2026);
  });

  it("a second day and a group's session take the year nearest the gathering, like dates in the text", () => {
    const g = read('date: 2025-12-31\ndays:\n  - date: 2025-12-31\n  - date: 01.01\ngroups:\n  - label: A\n    sessions:\n      - date: 05.01\n');
    expect(g.days[1].date.year).toBe(2026);
    expect(g.groups![0].sessions![0].date.year).toBe(2026);
  });

  it('a deadline without a kind, too', () => {
    const g = read('date: 2026-01-20\ndeadlines:\n  - date: 28.12\n    what: Noe\n');
    expect(g.deadlines![0].date.year).toBe(2025);
  });
});
