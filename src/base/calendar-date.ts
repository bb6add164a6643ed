/**
 * A day of the proleptic Gregorian calendar and a time of day, the one shape
 * every layer passes around: the model's dates, the label catalogues'
 * formatters, the calendar writer and the commands' "today".
 */

/** `month` and `day` are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** February has 29 days when the year is not known. */
export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2 && year !== undefined && !isLeapYear(year)) return 28;
  return MONTH_DAYS[month - 1];
}

/** "2026-03-12". */
export function isoOf(d: CalendarDate): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.year, 4)}-${p(d.month)}-${p(d.day)}`;
}

/** Days since 1970-01-01, for ordering and distances. */
export function dayNumber(d: CalendarDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Minutes since midnight as "09.00" or "09:00"; past 24.00 (the night after the day), as the clock shows it: 1470 is "00.30". */
export function formatTime(minutes: number, separator: string): string {
  const h = Math.floor(minutes / 60) % (minutes > 24 * 60 ? 24 : 25);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}${separator}${String(m).padStart(2, '0')}`;
}
