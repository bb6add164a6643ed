import { describe, expect, it } from 'vitest';
import { rfc5545Problems } from './rfc5545.js';

const crlf = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');
const event = (...props: string[]) =>
  crlf([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//t//t//EN',
    'BEGIN:VEVENT',
    'UID:a@b',
    'DTSTAMP:20260101T000000Z',
    'DTSTART:20260102T090000Z',
    ...props,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);

describe('the RFC 5545 checker the calendar tests rely on', () => {
  it('accepts a well-formed calendar, alarm and folded lines included', () => {
    const text = event(
      'DTEND:20260102T100000Z',
      'SUMMARY;LANGUAGE=nb:Møte\\, og mer',
      `DESCRIPTION:${'x'.repeat(60)}\r\n ${'y'.repeat(60)}`,
      'CATEGORIES:a,b',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Frist',
      'TRIGGER:-P2DT15H',
      'END:VALARM',
    );
    expect(rfc5545Problems(text)).toEqual([]);
  });

  it.each([
    ['a line over 75 octets', event(`DESCRIPTION:${'ø'.repeat(40)}`), /more than 75/],
    ['an LF line ending', event().replace(/\r\n/g, '\n'), /CRLF|bare/],
    ['an unescaped comma in TEXT', event('SUMMARY:a, b'), /not TEXT/],
    ['a local DTSTAMP', event().replace('DTSTAMP:20260101T000000Z', 'DTSTAMP:20260101T000000'), /UTC DATE-TIME/],
    ['a missing UID', event().replace('UID:a@b\r\n', ''), /no UID/],
    ['DTEND before DTSTART', event('DTEND:20260102T080000Z'), /not after/],
    ['an all-day DTEND equal to DTSTART', event('DTEND;VALUE=DATE:20260102').replace('DTSTART:20260102T090000Z', 'DTSTART;VALUE=DATE:20260102'), /not after/],
    ['a negative SEQUENCE', event('SEQUENCE:-1'), /INTEGER/],
    ['a bad TRIGGER', event('BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:x', 'TRIGGER:-3D', 'END:VALARM'), /DURATION/],
    ['a DISPLAY alarm without DESCRIPTION', event('BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P3D', 'END:VALARM'), /without DESCRIPTION/],
    ['an unclosed component', event().replace('END:VEVENT\r\n', ''), /closes|never closed/],
    ['SUMMARY twice', event('SUMMARY:a', 'SUMMARY:b'), /2 times/],
    ['a day that does not exist', event().replace('DTSTART:20260102T090000Z', 'DTSTART:20260230T090000Z'), /no real day/],
  ])('rejects %s', (_, text, problem) => {
    const problems = rfc5545Problems(text);
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
