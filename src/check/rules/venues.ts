/**
 * Where things happen: sessions without a venue, one room booked twice.
 */
import type { Venue } from '../../model/gathering.js';
import { spanOf } from '../../model/gathering.js';
import { dayNumber, isoOf } from '../../base/calendar-date.js';
import { say } from '../../base/messages/index.js';
import { titled } from '../context.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/venues.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { relation } from '../schedule.js';
import { sessionRuns, sessionTime, sessionVenue } from '../../model/sessions.js';

export const venues: Rule = {
  id: 'venues',
  codes: codesOf('venues'),
  ok,
  notOk,
  check(context) {
    const { gathering } = context;
    const booked: { group: string; venue: Venue; date: number; start: number; end: number; span: ReturnType<typeof spanOf> }[] = [];
    // A group's sessions and a series' meetings alike: each needs a place, and two runs cannot share a room at once.
    for (const run of sessionRuns(gathering)) {
      for (const session of run.sessions) {
        const { venue, owner } = sessionVenue(run, session);
        if (!venue) {
          context.report({
            code: 'venue-missing',
            span: spanOf(session, 'date'),
            message: say('venue-missing.message.session', { group: run.label, date: context.date(session.date) }),
            hint: say('venue-missing.hint.session', { group: run.label }),
          });
          continue;
        }
        const time = sessionTime(run, session);
        const start = time?.start ?? 0;
        const end = time?.end ?? 24 * 60;
        const span = spanOf(owner, 'venue');
        const date = dayNumber(session.date);
        for (const other of booked) {
          if (other.group === run.label || other.date !== date || !sameRoom(other.venue, venue)) continue;
          if (Math.min(end, other.end) <= Math.max(start, other.start)) continue;
          context.report({
            code: 'venue-conflict',
            span,
            message: say('venue-conflict.message.groups', {
              group: run.label,
              other: other.group,
              venue: venue.room ? `${venue.name}, ${venue.room}` : venue.name,
              date: isoOf(session.date),
              range: context.range(start, end),
              otherRange: context.range(other.start, other.end),
            }),
            related: [{ message: say('venue-conflict.related', { who: other.group, when: context.range(other.start, other.end) }), span: other.span }],
            hint: say('venue-conflict.hint'),
          });
        }
        booked.push({ group: run.label, venue, date, start, end, span });
      }
    }
    if (gathering.days.length > 1 && gathering.days.some((d) => d.venue)) {
      gathering.days.forEach((day, i) => {
        if (day.venue) return;
        context.report({
          code: 'venue-missing',
          span: spanOf(day, 'date'),
          message: say('venue-missing.message.day', { n: i + 1, date: isoOf(day.date) }),
          hint: say('venue-missing.hint.day'),
        });
      });
    }
    for (const plan of context.plans) {
      const placed = plan.leaves.filter((s) => s.item.venue && s.start !== undefined && s.end !== undefined && s.end > s.start);
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          const [a, b] = [placed[i], placed[j]];
          if (!sameRoom(a.item.venue!, b.item.venue!) || Math.min(a.end!, b.end!) <= Math.max(a.start!, b.start!)) continue;
          if (relation(a, b) === 'rows') continue;
          context.report({
            code: 'venue-conflict',
            span: spanOf(b.item, 'venue'),
            message: say('venue-conflict.message.items', {
              title: titled(b.item),
              other: titled(a.item),
              venue: b.item.venue!.name,
              when: context.when(b),
              otherWhen: context.when(a),
            }),
            related: [{ message: say('venue-conflict.related', { who: titled(a.item), when: context.when(a) }), span: spanOf(a.item, 'venue') }],
            hint: say('venue-conflict.hint'),
          });
        }
      }
    }
  },
};

function sameRoom(a: Venue, b: Venue): boolean {
  const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return norm(a.name) === norm(b.name) && norm(a.room) === norm(b.room);
}
