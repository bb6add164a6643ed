import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Calendar, CalendarEvent } from '../../../src/render/calendar/calendar-event.js';
import { stableUid } from '../../../src/render/calendar/uid.js';
import { sequenceAt } from '../../../src/render/calendar/sequence.js';
import { writeIcs } from '../../../src/render/calendar/write-ics.js';

const dtstamp = new Date('2024-05-06T07:08:09.123Z');
const oslo = 'Europe/Oslo';

const opening: CalendarEvent = {
  uid: stableUid(['gatherings/asker-nov.md', '2024-01-15', 'opening']),
  date: { year: 2024, month: 1, day: 15 },
  start: 9 * 60,
  end: 10 * 60 + 30,
  timezone: oslo,
  summary: 'Åpning og velkommen',
  description: 'Kaffe fra 08.30.\nVi starter presis.',
  location: 'Asker rådhus, sal 1',
  url: 'https://example.org/samling?dag=1&sal=1',
  organizer: { name: 'Nordmann, Kari', email: 'kari@example.org' },
  sequence: 2,
  categories: ['Samling', 'Ledernettverk'],
};

const summer: CalendarEvent = {
  uid: 'summer@agenda.invalid',
  date: { year: 2024, month: 7, day: 15 },
  start: 9 * 60,
  end: 11 * 60,
  timezone: oslo,
  summary: 'Sommermøte',
};

const deadline: CalendarEvent = {
  uid: 'registration@agenda.invalid',
  date: { year: 2024, month: 1, day: 8 },
  timezone: oslo,
  summary: 'Påmeldingsfrist',
};

const cal: Calendar = { name: 'Ledernettverk Asker', language: 'nb', events: [opening, summer, deadline] };

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { root, events, byUid: (uid: string) => events.find((e) => e.uid === uid)! };
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('writeIcs, read back with ical.js', () => {
  const text = writeIcs(cal, { dtstamp });
  const { root, events, byUid } = parse(text);

  it('writes the calendar properties', () => {
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//agenda//agenda//EN');
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Ledernettverk Asker');
    expect(root.getAllSubcomponents('vtimezone')).toHaveLength(0);
    expect(events.map((e) => e.uid)).toEqual([opening.uid, summer.uid, deadline.uid]);
  });

  it('takes a custom PRODID', () => {
    const other = parse(writeIcs(cal, { dtstamp, prodId: '-//Example, Inc.//agenda 1.0//NB' })).root;
    expect(other.getFirstPropertyValue('prodid')).toBe('-//Example, Inc.//agenda 1.0//NB');
  });

  it('writes summary, description, location, url, sequence and categories', () => {
    const e = byUid(opening.uid);
    expect(e.summary).toBe(opening.summary);
    expect(e.description).toBe(opening.description);
    expect(e.location).toBe(opening.location);
    expect(e.sequence).toBe(2);
    expect(e.component.getFirstPropertyValue('url')).toBe(opening.url);
    expect(e.component.getFirstProperty('categories')!.getValues()).toEqual(['Samling', 'Ledernettverk']);
    expect(e.component.getFirstProperty('summary')!.getParameter('language')).toBe('nb');
    expect(byUid(summer.uid).sequence).toBe(0);
  });

  it('writes the organizer as mailto: with a quoted CN', () => {
    const e = byUid(opening.uid);
    expect(e.organizer).toBe('mailto:kari@example.org');
    expect(e.component.getFirstProperty('organizer')!.getParameter('cn')).toBe('Nordmann, Kari');
    expect(unfold(text)).toContain('ORGANIZER;CN="Nordmann, Kari":mailto:kari@example.org\r\n');
  });

  it('writes Oslo wall-clock times as UTC: 09:00 is 08:00Z in winter, 07:00Z in summer', () => {
    const winter = byUid(opening.uid);
    expect(winter.startDate.zone.tzid).toBe('UTC');
    expect(utc(winter.startDate)).toBe('2024-01-15T08:00:00.000Z');
    expect(utc(winter.endDate)).toBe('2024-01-15T09:30:00.000Z');
    expect(utc(byUid(summer.uid).startDate)).toBe('2024-07-15T07:00:00.000Z');
    expect(utc(byUid(summer.uid).endDate)).toBe('2024-07-15T09:00:00.000Z');
    expect(text).toContain('\r\nDTSTART:20240115T080000Z\r\n');
  });

  it('writes a deadline without a time as an all-day, free event', () => {
    const e = byUid(deadline.uid);
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2024-01-08');
    expect(e.endDate.toString()).toBe('2024-01-09');
    expect(e.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20240108\r\nDTEND;VALUE=DATE:20240109\r\n');
  });

  it('stamps every event with the given date, in UTC, to the second', () => {
    for (const e of events) {
      expect((e.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2024-05-06T07:08:09.000Z');
    }
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(Array(3).fill('DTSTAMP:20240506T070809Z'));
  });
});

describe('writeIcs: events without an end', () => {
  const at2359: CalendarEvent = { uid: 'd@x', date: { year: 2024, month: 3, day: 1 }, start: 23 * 60 + 59, timezone: oslo, summary: 'Frist for innspill' };

  it('makes a point in time by default (DTEND = DTSTART)', () => {
    const e = parse(writeIcs({ events: [at2359] }, { dtstamp })).events[0];
    expect(utc(e.startDate)).toBe('2024-03-01T22:59:00.000Z');
    expect(utc(e.endDate)).toBe('2024-03-01T22:59:00.000Z');
  });

  it('uses the default duration the caller gives', () => {
    const e = parse(writeIcs({ events: [{ ...at2359, start: 9 * 60 }] }, { dtstamp, defaultDuration: 45 })).events[0];
    expect(utc(e.endDate)).toBe('2024-03-01T08:45:00.000Z');
  });

  it('turns an explicit allDay into a date even with times', () => {
    const e = parse(writeIcs({ events: [{ ...at2359, allDay: true }] }, { dtstamp })).events[0];
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2024-03-01');
  });

  it('runs an end of 24:00 to the next midnight', () => {
    const e = parse(writeIcs({ events: [{ ...at2359, start: 22 * 60, end: 24 * 60 }] }, { dtstamp })).events[0];
    expect(utc(e.endDate)).toBe('2024-03-01T23:00:00.000Z');
  });

  it('refuses an end before the start and a bad sequence', () => {
    expect(() => writeIcs({ events: [{ ...at2359, start: 600, end: 540 }] }, { dtstamp })).toThrow(/before it starts/);
    expect(() => writeIcs({ events: [{ ...at2359, sequence: -1 }] }, { dtstamp })).toThrow(/SEQUENCE/);
    expect(() => writeIcs({ events: [at2359] }, { dtstamp: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('writeIcs: text', () => {
  const tricky = 'Mål; plan, budsjett \\ "vedtak"\nLinje to\r\nLinje tre: ferdig';
  // No character that needs escaping, so the unfolded line holds the text exactly.
  const long = `Ærlig talt: søndagsmøte på Øya med æøå og ÆØÅ — ${'blåbærsyltetøy og rødgrøt med fløte og 🫐 '.repeat(6)}slutt`;
  const event: CalendarEvent = {
    uid: 'text@x',
    date: { year: 2024, month: 1, day: 15 },
    start: 600,
    end: 660,
    timezone: oslo,
    summary: long,
    description: tricky,
    location: 'Sal A; 2. etg., bygg "Ø"',
    organizer: { name: 'Åse "ÅØ" Ødegård; leder', email: 'ase@example.org' },
    categories: ['a,b', 'c;d', 'e\\f'],
  };
  const text = writeIcs({ name: 'Møter; høst, 2024', events: [event] }, { dtstamp });
  const { root, events } = parse(text);

  it('escapes ; , \\ and newlines so that they come back unchanged', () => {
    expect(events[0].description).toBe(tricky.replace(/\r\n/g, '\n'));
    expect(events[0].location).toBe(event.location);
    expect(events[0].component.getFirstProperty('categories')!.getValues()).toEqual(['a,b', 'c;d', 'e\\f']);
    expect(events[0].component.getFirstProperty('organizer')!.getParameter('cn')).toBe('Åse "ÅØ" Ødegård; leder');
    // ical.js leaves properties it does not know (X-WR-CALNAME, RFC 7986 NAME) undecoded:
    // decode them as the TEXT they are by default (RFC 5545 §3.8.8.2) with its own text decoder.
    const asText = (name: string) => ICAL.design.icalendar.value.text.fromICAL(root.getFirstPropertyValue(name) as string);
    expect(asText('x-wr-calname')).toBe('Møter; høst, 2024');
    expect(asText('name')).toBe('Møter; høst, 2024');
    expect(unfold(text)).toContain('DESCRIPTION:Mål\\; plan\\, budsjett \\\\ "vedtak"\\nLinje to\\nLinje tre: ferdig\r\n');
  });

  it('keeps every physical line within 75 octets and unfolds back to the same text', () => {
    const lines = text.split('\r\n');
    const summaryLines = lines.slice(lines.findIndex((l) => l.startsWith('SUMMARY:')));
    expect(summaryLines[1][0]).toBe(' '); // the summary was folded
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`\r\nSUMMARY:${long}\r\n`);
    expect(events[0].summary).toBe(long);
  });

  it('never splits a character between lines', () => {
    for (const line of text.split('\r\n')) {
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
  });
});

describe('writeIcs: bytes', () => {
  it('uses CRLF for every line, including the last', () => {
    const text = writeIcs(cal, { dtstamp });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the same bytes for the same input', () => {
    const a = writeIcs(cal, { dtstamp });
    const b = writeIcs(structuredClone(cal), { dtstamp: new Date(dtstamp.getTime()) });
    expect(Buffer.from(a, 'utf8').equals(Buffer.from(b, 'utf8'))).toBe(true);
  });

  it('writes an empty calendar ical.js can read', () => {
    const text = writeIcs({ events: [] }, { dtstamp });
    expect(text).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agenda//agenda//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
    expect(parse(text).events).toHaveLength(0);
  });
});

describe('writeIcs: reminders', () => {
  const trigger = (event: CalendarEvent) => /^TRIGGER:(.*)\r$/m.exec(writeIcs({ events: [event] }, { dtstamp }))?.[1];

  it('reminds of an all-day event at 09:00 the days before, and of a timed one that many days before', () => {
    expect(trigger({ ...deadline, remindDaysBefore: 3 })).toBe('-P2DT15H');
    expect(trigger({ ...deadline, remindDaysBefore: 1 })).toBe('-PT15H');
    expect(trigger({ ...opening, remindDaysBefore: 3 })).toBe('-P3D');
    expect(trigger(deadline)).toBeUndefined();
  });

  it('refuses a reminder that is not a whole number of days from 1', () => {
    for (const bad of [0, -1, 1.5]) expect(() => writeIcs({ events: [{ ...deadline, remindDaysBefore: bad }] }, { dtstamp })).toThrow(/reminder/);
  });
});

describe('sequenceAt', () => {
  it('counts the minutes from 2000, so a later change gives a higher SEQUENCE within 32 bits', () => {
    expect(sequenceAt(new Date('2000-01-01T00:00:00Z'))).toBe(0);
    expect(sequenceAt(new Date('1999-06-01T00:00:00Z'))).toBe(0);
    expect(sequenceAt(new Date('2026-11-29T16:00:59Z')) - sequenceAt(new Date('2026-11-29T15:59:00Z'))).toBe(1);
    expect(sequenceAt(new Date('9999-12-31T23:59:59Z'))).toBeLessThan(2 ** 31);
  });
});
