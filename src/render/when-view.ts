/**
 * What the masthead says of when and where. A gathering's dates are its
 * main days: an optional day before or after them ("valfri førdag") is
 * named after them, not folded into the span ("17.–18. april 2026, med
 * valfri førdag 16. april"). A year of meetings (`series`, no programme of
 * its own) spans its meetings, and is where they all are, if they are in
 * one place.
 */
import { fill, formatDateShort, formatDayMonth, formatDays, formatList, type Catalogue } from '../base/i18n/index.js';
import type { CalendarDate } from '../base/calendar-date.js';
import type { Day, Gathering, Venue } from '../model/gathering.js';
import { formatVenue } from '../model/venue.js';
import { own } from '../base/own.js';
import { isYearOfMeetings, meetingsSpan, seriesSessions, sessionVenue } from '../model/sessions.js';

export { isYearOfMeetings } from '../model/sessions.js';

/** A day beside the main ones: optional, or for some audiences only. */
export const isSideDay = (day: Day): boolean => day.optional === true || day.for !== undefined;

/** The days (indexes) that set the dates: those of `present` that are main days, else all of them. */
export function mainDays(g: Gathering, present: number[]): number[] {
  const main = present.filter((i) => !isSideDay(g.days[i]));
  return main.length ? main : present;
}

/** The main dates, and the days beside them named: "17.–18. april 2026" and "med valfri førdag 16. april". */
export function datesOf(g: Gathering, present: number[], cat: Catalogue): { dates: string; beside: string | undefined } {
  const span = seriesSpan(g);
  if (span) return { dates: formatDays(span.first, span.last, cat), beside: undefined };
  const main = mainDays(g, present);
  const first = g.days[main[0]].date;
  const last = g.days[main[main.length - 1]].date;
  const side = present.filter((i) => !main.includes(i)).map((i) => sideDayOf(g, i, main));
  return { dates: formatDays(first, last, cat), beside: besidePhrase(side, first, cat) };
}

/** The days beside the main ones in one phrase, "med valgfri førdag 16. april"; undefined without any. */
export function besidePhrase(side: SideDay[], first: CalendarDate, cat: Catalogue): string | undefined {
  const phrases = sidePhrases(side, first, cat);
  return phrases.length ? fill(cat.labels.withSideDays, { days: formatList(phrases, cat) }) : undefined;
}

/** A day beside the main ones, as plain facts: its date, whether it is before them, optional, or for whom (their labels). */
export interface SideDay {
  date: CalendarDate;
  before: boolean;
  optional: boolean;
  who: string[];
}

function sideDayOf(g: Gathering, index: number, main: number[]): SideDay {
  const day = g.days[index];
  const who = day.optional ? [] : (day.for ?? []).map((id) => own(g.audiences, id)?.label ?? id);
  return { date: day.date, before: index < main[0], optional: day.optional === true, who };
}

/** The day at `index` as a day beside the main ones, or undefined for a main day. */
export function sideDay(g: Gathering, index: number): SideDay | undefined {
  const main = mainDays(
    g,
    g.days.map((_, i) => i),
  );
  return main.includes(index) ? undefined : sideDayOf(g, index, main);
}

/** Days beside the main ones as phrases, those before first: the optional ones together, those for the same audiences together ("valfri førdag 16. april"). */
export function sidePhrases(days: SideDay[], year: CalendarDate, cat: Catalogue): string[] {
  return [
    ...phrasesOn(
      days.filter((d) => d.before),
      'before',
      year,
      cat,
    ),
    ...phrasesOn(
      days.filter((d) => !d.before),
      'after',
      year,
      cat,
    ),
  ];
}

function phrasesOn(days: SideDay[], side: 'before' | 'after', year: CalendarDate, cat: Catalogue): string[] {
  const { labels } = cat;
  const sets = new Map<string, SideDay[]>();
  for (const day of days) {
    const key = day.optional ? '' : day.who.join('\u0000');
    sets.set(key, [...(sets.get(key) ?? []), day]);
  }
  return [...sets].map(([key, list]) => {
    const dates = formatList(
      list.map((d) => (d.date.year === year.year ? formatDayMonth(d.date, cat) : formatDateShort(d.date, cat))),
      cat,
    );
    const many = list.length > 1;
    if (key === '') {
      return fill(side === 'before' ? (many ? labels.optionalFirstMany : labels.optionalFirst) : many ? labels.optionalExtraMany : labels.optionalExtra, { dates });
    }
    const who = formatList(list[0].who, cat);
    return fill(side === 'before' ? (many ? labels.firstForMany : labels.firstFor) : many ? labels.extraForMany : labels.extraFor, { who, dates });
  });
}

/** The first and last meeting of a year of meetings. */
function seriesSpan(g: Gathering): { first: CalendarDate; last: CalendarDate } | undefined {
  const span = meetingsSpan(g);
  return span && { first: span.first.date, last: span.last.date };
}

/** The masthead's venue: the gathering's; for a year of meetings without one, the place all its meetings are in, if one. */
export function venueOf(g: Gathering, day: Day): Venue | undefined {
  if (g.venue || !isYearOfMeetings(g)) return g.venue ?? day.venue;
  const venues = seriesSessions(g).map(({ run, session }) => sessionVenue(run, session).venue);
  return new Set(venues.map(formatVenue)).size === 1 ? venues[0] : undefined;
}

/** A day's label: "Dag 2", counting the main days only; a day beside them "Valgfri førdag", "Førdag", "Valgfri ekstradag", "Ekstradag". */
export function dayLabel(g: Gathering, index: number, cat: Catalogue): string {
  const main = mainDays(
    g,
    g.days.map((_, i) => i),
  );
  const n = main.indexOf(index);
  if (n >= 0) return fill(cat.labels.day, { n: n + 1 });
  const before = index < main[0];
  if (g.days[index].optional) return before ? cat.labels.optionalBefore : cat.labels.optionalAfter;
  return before ? cat.labels.dayBefore : cat.labels.dayAfter;
}
