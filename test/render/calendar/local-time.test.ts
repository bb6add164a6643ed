import { describe, expect, it } from 'vitest';
import { localToUtc, nextDay, utcOffsetAt } from '../../../src/render/calendar/local-time.js';

const iso = (date: { year: number; month: number; day: number }, minutes: number, zone = 'Europe/Oslo') => new Date(localToUtc(date, minutes, zone)).toISOString();
const hm = (h: number, m = 0) => h * 60 + m;

describe('localToUtc in Europe/Oslo', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(iso({ year: 2024, month: 1, day: 15 }, hm(9))).toBe('2024-01-15T08:00:00.000Z');
    expect(iso({ year: 2024, month: 7, day: 15 }, hm(9))).toBe('2024-07-15T07:00:00.000Z');
    expect(iso({ year: 2018, month: 11, day: 14 }, hm(8, 30))).toBe('2018-11-14T07:30:00.000Z');
  });

  it('crosses midnight into UTC the day before', () => {
    expect(iso({ year: 2025, month: 6, day: 1 }, hm(0, 30))).toBe('2025-05-31T22:30:00.000Z');
  });

  it('reads 24:00 and later as the next day', () => {
    expect(iso({ year: 2024, month: 12, day: 31 }, hm(24))).toBe('2024-12-31T23:00:00.000Z');
    expect(iso({ year: 2024, month: 12, day: 31 }, hm(25))).toBe('2025-01-01T00:00:00.000Z');
  });

  describe('on the spring switch (2024-03-31, 02:00 CET → 03:00 CEST)', () => {
    const day = { year: 2024, month: 3, day: 31 };
    it('keeps winter time before it and summer time after it', () => {
      expect(iso(day, hm(1, 30))).toBe('2024-03-31T00:30:00.000Z');
      expect(iso(day, hm(3))).toBe('2024-03-31T01:00:00.000Z');
      expect(iso(day, hm(9))).toBe('2024-03-31T07:00:00.000Z');
    });
    it('reads a time in the gap with the offset before it (RFC 5545 §3.3.5): 02:30 → 03:30 CEST', () => {
      expect(iso(day, hm(2))).toBe('2024-03-31T01:00:00.000Z');
      expect(iso(day, hm(2, 30))).toBe('2024-03-31T01:30:00.000Z');
      expect(iso(day, hm(2, 30))).toBe(iso(day, hm(3, 30)));
    });
  });

  describe('on the autumn switch (2024-10-27, 03:00 CEST → 02:00 CET)', () => {
    const day = { year: 2024, month: 10, day: 27 };
    it('keeps summer time before it and winter time after it', () => {
      expect(iso(day, hm(1, 30))).toBe('2024-10-26T23:30:00.000Z');
      expect(iso(day, hm(3))).toBe('2024-10-27T02:00:00.000Z');
      expect(iso(day, hm(9))).toBe('2024-10-27T08:00:00.000Z');
    });
    it('reads a time that happens twice as its first occurrence (CEST)', () => {
      expect(iso(day, hm(2))).toBe('2024-10-27T00:00:00.000Z');
      expect(iso(day, hm(2, 30))).toBe('2024-10-27T00:30:00.000Z');
    });
  });
});

describe('localToUtc in other zones', () => {
  it('follows the RFC 5545 examples for America/New_York', () => {
    // "TZID=America/New_York:20070311T023000 indicates March 11, 2007 at 3:30 A.M. EDT"
    expect(iso({ year: 2007, month: 3, day: 11 }, hm(2, 30), 'America/New_York')).toBe('2007-03-11T07:30:00.000Z');
    // "TZID=America/New_York:20071104T013000 indicates November 4, 2007 at 1:30 A.M. EDT"
    expect(iso({ year: 2007, month: 11, day: 4 }, hm(1, 30), 'America/New_York')).toBe('2007-11-04T05:30:00.000Z');
  });

  it('handles half-hour offsets and UTC itself', () => {
    expect(iso({ year: 2024, month: 1, day: 15 }, hm(9), 'Asia/Kolkata')).toBe('2024-01-15T03:30:00.000Z');
    expect(iso({ year: 2024, month: 1, day: 15 }, hm(9), 'UTC')).toBe('2024-01-15T09:00:00.000Z');
  });

  it('moves a time on the day Samoa skipped (2011-12-30) past the gap', () => {
    expect(iso({ year: 2011, month: 12, day: 30 }, hm(12), 'Pacific/Apia')).toBe('2011-12-30T22:00:00.000Z');
  });

  it('rejects an unknown zone and impossible input', () => {
    expect(() => localToUtc({ year: 2024, month: 1, day: 1 }, 0, 'Europe/Atlantis')).toThrow(/not a time zone/);
    expect(() => localToUtc({ year: 2023, month: 2, day: 29 }, 0, 'Europe/Oslo')).toThrow(RangeError);
    expect(() => localToUtc({ year: 2024, month: 1, day: 1 }, -1, 'Europe/Oslo')).toThrow(RangeError);
    expect(() => localToUtc({ year: 2024, month: 1, day: 1 }, 1.5, 'Europe/Oslo')).toThrow(RangeError);
  });
});

describe('utcOffsetAt', () => {
  it('gives the offset in milliseconds', () => {
    expect(utcOffsetAt(Date.UTC(2024, 0, 15), 'Europe/Oslo')).toBe(3_600_000);
    expect(utcOffsetAt(Date.UTC(2024, 6, 15), 'Europe/Oslo')).toBe(7_200_000);
    expect(utcOffsetAt(Date.UTC(2024, 0, 15, 12, 0, 0, 999), 'America/New_York')).toBe(-18_000_000);
  });
});

describe('nextDay', () => {
  it('rolls over months, years and leap days', () => {
    expect(nextDay({ year: 2024, month: 2, day: 28 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nextDay({ year: 2023, month: 2, day: 28 })).toEqual({ year: 2023, month: 3, day: 1 });
    expect(nextDay({ year: 2024, month: 12, day: 31 })).toEqual({ year: 2025, month: 1, day: 1 });
  });
});
