/**
 * Dates that cannot be right: a year typed wrong, a series out of order, a
 * weekday that is not the date's, a gathering already past.
 */
import type { FullDate, Located } from '../../model/gathering.js';
import { spanOf } from '../../model/gathering.js';
import { dayNumber, isoOf, weekdayOf } from '../../base/calendar-date.js';
import { wrongBareWeekday, datedPhrases, weekdayName, weekdayNamed } from '../calendar-words.js';
import type { Context } from '../context.js';
import { quoted } from '../context.js';
import { say } from '../../base/messages/index.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/dates.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { bodyText, fixAt, frontMatterStrings, spanIn, weekdayFix } from '../texts.js';
import type { CalendarDate } from '../../base/calendar-date.js';
import { sessionRuns, seriesSessions } from '../../model/sessions.js';

/** More than this many days from the file's other dates is taken for a typing slip. */
const PLAUSIBLE_DAYS = 730;

export const dates: Rule = {
  id: 'dates',
  codes: codesOf('dates'),
  ok,
  notOk,
  check(context) {
    const all = collect(context);
    const implausible = implausibleDates(context, all);
    seriesOrder(context, all, implausible);
    weekdays(context);
    past(context);
  },
};

interface Dated {
  date: FullDate;
  owner: Located;
  /** How a message names it: "Session 3 of Gruppe 1". */
  label: string;
  /** How a message about its series names it: "session 1", "day 1". */
  inSeries?: string;
  /** A day of the gathering (else a session, a deadline or the gathering). */
  day?: boolean;
  /** Its series (a group's sessions, or the days), and its place in it. */
  series?: Dated[];
}

function collect(context: Context): Dated[] {
  const { gathering } = context;
  const label = (kind: string, n = 0, group = '', what = '') => say('dates.label', { kind, n, group, what });
  const out: Dated[] = [{ date: gathering.date, owner: gathering, label: label('gathering') }];
  if (gathering.days.length > 1) {
    const series: Dated[] = [];
    gathering.days.forEach((day, i) =>
      series.push({ date: day.date, owner: day, label: label('day', i + 1), inSeries: say('dates.in-series', { kind: 'day', n: i + 1 }), series, day: true }),
    );
    out.push(...series.slice(1));
  }
  for (const deadline of gathering.deadlines ?? []) {
    const what = quoted(deadline.what.length > 40 ? deadline.what.slice(0, 39) + '…' : deadline.what);
    out.push({ date: deadline.date, owner: deadline, label: label('deadline', 0, '', what) });
  }
  // A group's sessions and a series of meetings alike: each run is a series, in the order it happens.
  for (const run of sessionRuns(gathering)) {
    const series: Dated[] = [];
    run.sessions.forEach((s, i) =>
      series.push({ date: s.date, owner: s, label: label('session', i + 1, run.label), inSeries: say('dates.in-series', { kind: 'session', n: i + 1 }), series }),
    );
    out.push(...series);
  }
  return out;
}

/** The dates more than two years from the file's median date; reports them. */
function implausibleDates(context: Context, all: Dated[]): Set<Dated> {
  const out = new Set<Dated>();
  if (all.length < 2) return out;
  const sorted = all.map((d) => dayNumber(d.date)).sort((a, b) => a - b);
  const g = dayNumber(context.gathering.date);
  const lower = sorted[(sorted.length - 1) >> 1];
  const upper = sorted[sorted.length >> 1];
  // With an even count, the middle value nearer the gathering's own date.
  const ref = Math.abs(lower - g) <= Math.abs(upper - g) ? lower : upper;
  for (const d of all) {
    const diff = dayNumber(d.date) - ref;
    if (Math.abs(diff) <= PLAUSIBLE_DAYS) continue;
    out.add(d);
    const refDate = new Date(ref * 86_400_000);
    const refIso = refDate.toISOString().slice(0, 10);
    const years = Math.round(Math.abs(diff) / 365.25);
    const fix = betterYear(d, refDate.getUTCFullYear(), out);
    const span = spanOf(d.owner, 'date');
    context.report({
      code: 'date-implausible',
      span,
      fix: fix ? fixAt(context, span, d.date.text, fix) : undefined,
      message: say('date-implausible.message', { label: d.label, date: context.date(d.date), years, direction: diff > 0 ? 'after' : 'before', around: refIso }),
      hint: fix ? say('did-you-mean', { suggestion: fix }) : say('date-implausible.hint'),
    });
  }
  return out;
}

/** The date with another year near `year` that fits its series' order, written as the author wrote the date. */
function betterYear(d: Dated, year: number, skip: Set<Dated>): string | undefined {
  const series = d.series?.filter((s) => s === d || !skip.has(s));
  const i = series?.indexOf(d) ?? -1;
  for (const y of [year, year + 1, year - 1]) {
    const candidate = { year: y, month: d.date.month, day: d.date.day };
    const n = dayNumber(candidate);
    if (series && i >= 0) {
      const before = series.slice(0, i).every((s) => dayNumber(s.date) < n);
      const after = series.slice(i + 1).every((s) => dayNumber(s.date) > n);
      if (!before || !after) continue;
    }
    return d.date.text.includes(String(d.date.year)) ? d.date.text.replace(String(d.date.year), String(y)) : isoOf(candidate);
  }
  return undefined;
}

function seriesOrder(context: Context, all: Dated[], implausible: Set<Dated>): void {
  const done = new Set<Dated[]>();
  for (const d of all) {
    const series = d.series;
    if (!series || done.has(series)) continue;
    done.add(series);
    const plausible = series.filter((s) => !implausible.has(s));
    plausible.forEach((s, i) => {
      const n = dayNumber(s.date);
      const earlier = plausible.slice(0, i).find((p) => dayNumber(p.date) >= n);
      if (!earlier) return;
      const fix = orderFix(s, plausible, i, implausible, earlier);
      const span = spanOf(s.owner, 'date');
      context.report({
        code: 'series-order',
        span,
        fix: fix && fix !== s.date.text ? fixAt(context, span, s.date.text, fix) : undefined,
        message: say('series-order.message', {
          label: s.label,
          date: context.date(s.date),
          same: dayNumber(earlier.date) === n ? 'yes' : 'no',
          earlier: earlier.inSeries!,
          earlierDate: context.date(earlier.date),
        }),
        related: [{ message: say('series-order.related', { label: earlier.label, date: context.date(earlier.date) }), span: spanOf(earlier.owner, 'date') }],
        hint: fix && fix !== s.date.text ? say('did-you-mean', { suggestion: fix }) : say('series-order.hint', { days: isDay(s) ? 'yes' : 'no' }),
      });
    });
  }
}

/**
 * The smallest plausible fix for an entry out of order, or none. A day of a
 * gathering follows the day before it. A session dated within the span of
 * those listed above it is merely listed out of order: no date to propose.
 * Only a session before all of them may have the wrong year.
 */
function orderFix(s: Dated, series: Dated[], i: number, implausible: Set<Dated>, earlier: Dated): string | undefined {
  const n = dayNumber(s.date);
  if (isDay(s)) {
    const next = new Date((dayNumber(series[i - 1].date) + 1) * 86_400_000);
    const candidate = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
    const after = series.slice(i + 1).every((d) => dayNumber(d.date) > dayNumber(candidate));
    return after ? writtenLike(s.date, candidate) : undefined;
  }
  if (series.slice(0, i).some((d) => dayNumber(d.date) <= n)) return undefined;
  return betterYear(s, earlier.date.year, implausible);
}

const isDay = (d: Dated) => d.day === true;

/** A date in the form the author wrote another: ISO, with a year, or day and month alone. */
function writtenLike(as: FullDate, d: CalendarDate): string {
  const p = (x: number) => String(x).padStart(2, '0');
  if (/^\d{4}-/.test(as.text)) return isoOf(d);
  if (as.yearInferred) return `${p(d.day)}.${p(d.month)}`;
  return `${p(d.day)}.${p(d.month)}.${d.year}`;
}

function weekdays(context: Context): void {
  const g = context.gathering;
  const anchor = dayNumber(g.date);
  for (const t of [...frontMatterStrings(context), ...bodyText(context)]) {
    for (const p of datedPhrases(t.text)) {
      let year = p.year;
      if (year === undefined) {
        // The year that puts the day nearest the gathering.
        year = [g.date.year, g.date.year + 1, g.date.year - 1].sort(
          (a, b) => Math.abs(dayNumber({ year: a, month: p.month, day: p.day }) - anchor) - Math.abs(dayNumber({ year: b, month: p.month, day: p.day }) - anchor),
        )[0];
      }
      const date = { year, month: p.month, day: p.day };
      if (new Date(Date.UTC(year, p.month - 1, p.day)).getUTCDate() !== p.day) continue;
      const actual = weekdayOf(date);
      if (actual === p.weekday) continue;
      context.report({
        code: 'weekday-mismatch',
        span: spanIn(context, t, p.index, p.length),
        message: say('weekday-mismatch.message', { phrase: quoted(p.text), date: isoOf(date), weekday: weekdayNamed(actual, p.word) }),
        fix: weekdayFix(context, t, p.index, p.word, actual),
        hint: say('weekday-mismatch.hint', { weekday: weekdayName(actual, p.word) }),
      });
    }
    // A day's or a session's title naming a weekday alone is read against its date.
    const owner = t.owner as { date?: FullDate } | undefined;
    if (t.key === 'title' && owner?.date && owner !== (g as unknown)) {
      const w = wrongBareWeekday(t.text, owner.date);
      if (!w) continue;
      context.report({
        code: 'weekday-mismatch',
        span: spanIn(context, t, w.index, w.word.length),
        message: say('weekday-mismatch.message.title', { word: quoted(w.word), date: context.date(owner.date), weekday: weekdayNamed(w.actual, w.word) }),
        fix: weekdayFix(context, t, w.index, w.word, w.actual),
        related: [{ message: say('weekday-mismatch.related', { date: context.date(owner.date) }), span: spanOf(t.owner!, 'date') }],
        hint: say('weekday-mismatch.hint', { weekday: weekdayName(w.actual, w.word) }),
      });
    }
  }
}

function past(context: Context): void {
  const today = context.today;
  if (!today) return;
  const g = context.gathering;
  // A year of meetings is past when its last meeting is.
  const lastDay = dayNumber(g.days[g.days.length - 1]?.date ?? g.date);
  const last = Math.max(lastDay, ...seriesSessions(g).map((s) => dayNumber(s.session.date)));
  if (last >= dayNumber(today)) return;
  context.report({
    code: 'date-past',
    span: spanOf(g, 'date'),
    message: say('date-past.message', { date: isoOf(g.date), today: isoOf(today) }),
    hint: say('date-past.hint'),
  });
}
