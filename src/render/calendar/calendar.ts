/**
 * A view of a gathering as calendar events: each day (or, for a group's
 * view, each of its sessions; for the overview, every session of every
 * group), and each deadline. An audience's calendar starts when it joins.
 *
 * An event's UID names the source and the day, session or deadline by its
 * place (the first day, the second deadline), never its date or the view:
 * a postponed day or deadline replaces the old one in a calendar, and the
 * deadline in `name.ics` and in `name.ppr.ics` is one event, so importing
 * both does not double it. SEQUENCE comes from when
 * the source changed (ics/sequence.ts), so a moved item replaces the old.
 */
import type { CalendarEvent, Calendar } from './calendar-event.js';
import { sequenceAt } from './sequence.js';
import { stableUid } from './uid.js';
import { writeIcs } from './write-ics.js';
import { catalogue } from '../../base/i18n/index.js';
import type { Day, Gathering } from '../../model/gathering.js';
import { presenceOf } from '../../model/presence.js';
import { timeline } from '../../model/timeline.js';
import { shown } from '../programme-view.js';
import { locationOf } from '../../model/venue.js';
import { dayDescription, paragraphs, type DescriptionContext } from './calendar-description.js';
import { viewTitle, type View } from '../views.js';
import { maxOf, minOf } from '../../base/arrays.js';
import { seriesSessions, sessionRuns, sessionTime, sessionVenue } from '../../model/sessions.js';
import { dayLabel, isSideDay, isYearOfMeetings, mainDays, sideDay, sidePhrases } from '../when-view.js';

export interface CalendarContext {
  /** The source's path relative to the project, with forward slashes: the root of every UID. */
  sourceId: string;
  /** The config's `link:`, `{name}` standing for the output name. */
  link?: string;
  /** When the source last changed: SOURCE_DATE_EPOCH, else its modification time. DTSTAMP and SEQUENCE. */
  changed: Date;
  /** The config's time separator, over the language's. */
  timeSeparator?: '.' | ':';
}

/** The view's published address, where `link:` is configured. */
export function viewLink(link: string | undefined, view: View): string | undefined {
  return link?.replace(/\{name\}/g, encodeURI(view.name));
}

/**
 * When a day runs: its hours, else the span of its timed programme. An
 * evening that runs on past them with times of its own ("22.30–01.00
 * Efterfest") is part of the day's event, which then ends on the next date.
 */
function dayTimes(day: Day): { start?: number; end?: number } {
  const slots = timeline(day).filter((s) => s.timed && !s.open && s.start !== undefined);
  if (day.hours) {
    const evening = slots.filter((s) => s.evening && s.explicitEnd).map((s) => s.end!);
    return { start: day.hours.start, end: Math.max(day.hours.end ?? day.hours.start, ...evening) };
  }
  const starts = slots.map((s) => s.start!);
  const ends = slots.map((s) => s.end ?? s.start!);
  if (!starts.length) return {};
  return { start: minOf(starts), end: maxOf(ends) };
}

/** How a day's event names it: its title, else "Dag 2"; a day beside the main ones always says it is one ("Valgfri førdag: Ankomst"). */
function dayName(g: Gathering, n: number, ctx: DescriptionContext): string {
  const day = g.days[n];
  const label = dayLabel(g, n, ctx.cat);
  if (!isSideDay(day)) return day.title ?? label;
  return day.title ? `${label}: ${day.title}` : label;
}

/**
 * What a day beside the main ones is to this calendar's reader, as the
 * masthead names it ("Valgfri førdag 16. april", "Førdag for Styret 16.
 * april"): said first in the event's description, and the event shown as
 * free, for the reader may not come. An optional day is so to everyone;
 * a day for some only is so in the whole gathering's calendar, and is the
 * own day of the audience it is for, whose calendar treats it as any other.
 */
function besideNote(g: Gathering, n: number, view: View, ctx: DescriptionContext): string | undefined {
  const side = sideDay(g, n);
  if (!side || (!side.optional && view.audience !== undefined)) return undefined;
  const first =
    g.days[
      mainDays(
        g,
        g.days.map((_, i) => i),
      )[0]
    ].date;
  const phrase = sidePhrases([side], first, ctx.cat)[0];
  return phrase.charAt(0).toLocaleUpperCase(ctx.cat.locale) + phrase.slice(1);
}

function dayEvents(g: Gathering, view: View, common: Omit<CalendarEvent, 'uid' | 'date' | 'summary'>, uid: (...p: string[]) => string, ctx: DescriptionContext): CalendarEvent[] {
  return g.days.flatMap((day, n) => {
    let { start, end } = dayTimes(day);
    const audience = view.audience ? presenceOf(g, view.audience, n) : undefined;
    // A day the audience's own invitation lists nothing on (it is absent, or no row is for it) is no event of its calendar.
    if (view.audience !== undefined && (audience?.absent || (day.programme.length > 0 && shown(timeline(day, n), g, view.audience).length === 0))) return [];
    if (audience?.from !== undefined && start !== undefined) start = Math.max(start, audience.from);
    if (audience?.until !== undefined && end !== undefined) end = Math.min(end, audience.until);
    // A day the audience is not there for is no event of its calendar.
    if (audience && start !== undefined && end !== undefined && end <= start) return [];
    const title = g.days.length > 1 ? `${g.title} (${dayName(g, n, ctx)})` : g.title;
    const beside = besideNote(g, n, view, ctx);
    return {
      ...common,
      uid: uid('day', String(n + 1)),
      date: day.date,
      start,
      end,
      allDay: start === undefined,
      summary: title,
      description: paragraphs(beside, dayDescription(g, day, n, ctx)),
      location: locationOf(day.venue),
      ...(beside ? { transparent: true } : {}),
    } satisfies CalendarEvent;
  });
}

/** Each meeting of a series its own event, with its own date, hours and place; named by its place in the file. */
function meetingEvents(g: Gathering, common: Omit<CalendarEvent, 'uid' | 'date' | 'summary'>, uid: (...p: string[]) => string, url: string | undefined): CalendarEvent[] {
  return seriesSessions(g).map(({ run, session, index, place }) => {
    const time = sessionTime(run, session);
    return {
      ...common,
      uid: uid('series', String(place + 1), String(index + 1)),
      date: session.date,
      start: time?.start,
      end: time?.end,
      allDay: time === undefined,
      summary: session.title ? `${session.title} – ${run.label}` : run.label,
      description: paragraphs(run.owner.description, g.title, url),
      location: locationOf(sessionVenue(run, session).venue),
      ...(session.cancelled ? { cancelled: true } : {}),
    } satisfies CalendarEvent;
  });
}

export function calendarOf(g: Gathering, view: View, ctx: CalendarContext): Calendar {
  const cat = catalogue(g.language ?? 'nb');
  const url = viewLink(ctx.link, view);
  const described: DescriptionContext = { cat, separator: ctx.timeSeparator ?? cat.timeSeparator, audience: view.audience, url };
  const events: CalendarEvent[] = [];
  const organizerEmail = g.contact?.find((c) => c.email)?.email;
  const organizer = g.organiser || organizerEmail ? { name: g.organiser, email: organizerEmail } : undefined;
  const common = { timezone: g.timezone, organizer, url, sequence: sequenceAt(ctx.changed) };
  const uid = (...parts: string[]) => stableUid([ctx.sourceId, ...parts]);

  const groups = sessionRuns(g)
    .filter((run) => run.group)
    .filter((_, i) => view.group === undefined || view.group === i);
  const sessions = groups.flatMap((run) => run.sessions.map((s, j) => ({ run, s, j })));

  // A year of meetings with no programme of its own is its meetings: no event for its date besides them.
  if ((view.group === undefined || sessions.length === 0) && !isYearOfMeetings(g)) events.push(...dayEvents(g, view, common, uid, described));
  for (const { run, s, j } of sessions) {
    const time = sessionTime(run, s);
    events.push({
      ...common,
      uid: uid('session', run.label, String(j + 1)),
      date: s.date,
      start: time?.start,
      end: time?.end,
      allDay: time === undefined,
      summary: `${s.title ?? g.title} – ${run.label}`,
      description: paragraphs(run.owner.description, url),
      location: locationOf(sessionVenue(run, s).venue),
      ...(s.cancelled ? { cancelled: true } : {}),
    });
  }
  if (view.group === undefined) events.push(...meetingEvents(g, common, uid, url));
  for (const [n, d] of (g.deadlines ?? []).entries()) {
    // An audience's calendar has its own deadlines and everyone's, not another audience's.
    if (view.audience !== undefined && d.for !== undefined && !d.for.includes(view.audience)) continue;
    events.push({
      ...common,
      uid: uid('deadline', String(n + 1)),
      date: d.date,
      start: d.time,
      allDay: d.time === undefined,
      summary: `${cat.labels.deadline}: ${d.what}`,
      description: paragraphs(d.to ? `${d.what}\n${d.to}` : d.what, url),
      categories: ['deadline'],
      remindDaysBefore: d.remind,
    });
  }
  return { name: viewTitle(g.title, view), language: g.language, events };
}

/** The view's calendar as iCalendar text. */
export function calendarText(g: Gathering, view: View, ctx: CalendarContext): string {
  return writeIcs(calendarOf(g, view, ctx), { dtstamp: ctx.changed });
}
