/**
 * A view of a gathering as calendar events: each day (or, for a group's
 * view, each of its sessions; for the overview, every session of every
 * group), and each deadline. An audience's calendar starts when it joins.
 */
import type { CalendarEvent, Calendar } from '../ics/calendar-event.js';
import { stableUid } from '../ics/uid.js';
import type { Day, Gathering } from '../model/gathering.js';
import { presenceOf } from '../model/presence.js';
import { timeline } from '../model/timeline.js';
import { formatVenue } from '../model/venue.js';
import { isoOf } from '../source/values.js';
import { viewTitle, type View } from './views.js';

export interface CalendarLabels {
  deadline: string;
  day: (n: number) => string;
}

export interface CalendarContext {
  /** The source's path relative to the project, with forward slashes: the root of every UID. */
  sourceId: string;
  labels: CalendarLabels;
  /** The published invitation's address, if configured. */
  url?: string;
}

/** When a day runs: its hours, else the span of its timed programme. */
function dayTimes(day: Day): { start?: number; end?: number } {
  if (day.hours) return { start: day.hours.start, end: day.hours.end };
  const slots = timeline(day).filter((s) => s.timed && !s.open);
  const starts = slots.map((s) => s.start!).filter((n) => n !== undefined);
  const ends = slots.map((s) => s.end ?? s.start!).filter((n) => n !== undefined);
  if (!starts.length) return {};
  return { start: Math.min(...starts), end: Math.max(...ends) };
}

export function calendarOf(g: Gathering, view: View, ctx: CalendarContext): Calendar {
  const events: CalendarEvent[] = [];
  const organizerEmail = g.contact?.find((c) => c.email)?.email;
  const organizer = g.organiser || organizerEmail ? { name: g.organiser, email: organizerEmail } : undefined;
  const common = { timezone: g.timezone, organizer, url: ctx.url };
  const uid = (...parts: string[]) => stableUid([ctx.sourceId, view.audience ? `audience:${view.audience}` : '', ...parts]);

  const groups = (g.groups ?? []).map((group, i) => ({ group, i })).filter(({ i }) => view.group === undefined || view.group === i);
  const sessions = groups.flatMap(({ group, i }) => (group.sessions ?? []).map((s, j) => ({ group, i, s, j })));

  if (view.group === undefined || sessions.length === 0) {
    g.days.forEach((day, n) => {
      let { start, end } = dayTimes(day);
      const audience = view.audience ? presenceOf(g, view.audience, n) : undefined;
      if (audience?.from !== undefined && start !== undefined) start = Math.max(start, audience.from);
      if (audience?.until !== undefined && end !== undefined) end = Math.min(end, audience.until);
      // A day the audience is not there for is no event of its calendar.
      if (audience && start !== undefined && end !== undefined && end <= start) return;
      const title = g.days.length > 1 ? `${g.title} (${day.title ?? ctx.labels.day(n + 1)})` : g.title;
      events.push({
        ...common,
        uid: uid('day', isoOf(day.date)),
        date: day.date,
        start,
        end,
        allDay: start === undefined,
        summary: title,
        description: g.subtitle,
        location: formatVenue(day.venue),
      });
    });
  }
  for (const { group, s, j } of sessions) {
    events.push({
      ...common,
      uid: uid('session', group.label, String(j + 1)),
      date: s.date,
      start: s.time?.start,
      end: s.time?.end,
      allDay: s.time === undefined,
      summary: `${s.title ?? g.title} – ${group.label}`,
      location: formatVenue(s.venue ?? group.venue),
    });
  }
  for (const [n, d] of (g.deadlines ?? []).entries()) {
    events.push({
      ...common,
      uid: uid('deadline', String(n + 1), isoOf(d.date)),
      date: d.date,
      start: d.time,
      allDay: d.time === undefined,
      summary: `${ctx.labels.deadline}: ${d.what}`,
      description: d.to ? `${d.what}\n${d.to}` : d.what,
      categories: ['deadline'],
    });
  }
  return { name: viewTitle(g.title, view), language: g.language, events };
}
