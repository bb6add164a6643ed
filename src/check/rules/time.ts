/**
 * Times that contradict themselves or the day: a range that ends before it
 * starts, entries listed out of order, an entry outside the day's hours, a
 * programme that starts or ends away from the hours the invitation states.
 */
import { spanOf } from '../../model/gathering.js';
import { sessionRuns, sessionTime } from '../../model/sessions.js';
import type { Slot } from '../../model/timeline.js';
import type { Context } from '../context.js';
import { titled } from '../context.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/time.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { isoOf } from '../../base/calendar-date.js';
import { say } from '../../base/messages/index.js';

export const time: Rule = {
  id: 'time',
  codes: codesOf('time'),
  ok,
  notOk,
  check(context) {
    ranges(context);
    for (const plan of context.plans) {
      order(context, plan.slots);
      const hours = plan.day.hours;
      if (!hours || hours.end === undefined || hours.end <= hours.start) continue;
      outside(context, plan.slots, hours.start, hours.end);
      if (!plan.span) continue;
      const hoursText = context.range(hours.start, hours.end);
      const at = spanOf(plan.day, 'hours');
      if (plan.span.start > hours.start && !plan.day.hoursInherited) {
        context.report({
          code: 'hours-mismatch',
          span: at,
          message: say('hours-mismatch.message.start', {
            start: context.clock(plan.span.start),
            day: context.dayLabel(plan.index),
            duration: context.duration(plan.span.start - hours.start),
            hours: hoursText,
          }),
          hint: say('hours-mismatch.hint.start'),
        });
      }
      if (plan.span.end < hours.end && !plan.day.hoursInherited) {
        context.report({
          code: 'hours-mismatch',
          span: at,
          message: say('hours-mismatch.message.end', {
            end: context.clock(plan.span.end),
            day: context.dayLabel(plan.index),
            duration: context.duration(hours.end - plan.span.end),
            hours: hoursText,
          }),
          hint: say('hours-mismatch.hint.end'),
        });
      }
    }
  },
};

/** A session's hours, or its run's where it has none (reported once, where they are written). */
function sessionRanges(context: Context, backwards: (start: number, end: number | undefined) => boolean): void {
  const { gathering } = context;
  const seen = new Set<object>();
  for (const run of sessionRuns(gathering)) {
    for (const session of run.sessions) {
      const t = sessionTime(run, session);
      const owner = session.time ? session : run.owner;
      if (!t || seen.has(owner) || !backwards(t.start, t.end)) continue;
      seen.add(owner);
      context.report({
        code: 'time-end-before-start',
        span: spanOf(owner, 'time'),
        message: say('time-end-before-start.message.session', {
          group: run.label,
          date: context.date(session.date),
          end: context.clock(t.end!),
          start: context.clock(t.start),
        }),
        hint: say('time-end-before-start.hint', { start: context.clock(t.start) }),
      });
    }
  }
}

function ranges(context: Context): void {
  const { gathering } = context;
  const backwards = (start: number, end: number | undefined) => end !== undefined && end < start;
  const hoursSeen = new Set<object>();
  for (const plan of context.plans) {
    const hours = plan.day.hours;
    if (hours && !hoursSeen.has(hours) && backwards(hours.start, hours.end)) {
      hoursSeen.add(hours);
      context.report({
        code: 'time-end-before-start',
        span: spanOf(plan.day, 'hours'),
        message: say('time-end-before-start.message.hours', { end: context.clock(hours.end!), start: context.clock(hours.start) }),
        hint: say('time-end-before-start.hint', { start: context.clock(hours.start) }),
      });
    }
    for (const slot of plan.slots) {
      const t = slot.item.time;
      if (t && backwards(t.start, t.end)) {
        context.report({
          code: 'time-end-before-start',
          span: spanOf(slot.item, 'time'),
          message: say('time-end-before-start.message.item', { title: titled(slot.item), end: context.clock(t.end!), start: context.clock(t.start) }),
          hint: say('time-end-before-start.hint', { start: context.clock(t.start) }),
        });
      } else if (t && t.end !== undefined && t.end === t.start) {
        context.report({
          code: 'time-zero-length',
          span: spanOf(slot.item, 'time'),
          message: say('time-zero-length.message', { title: titled(slot.item), start: context.clock(t.start) }),
          hint: say('time-zero-length.hint', { start: context.clock(t.start) }),
        });
      }
    }
  }
  sessionRanges(context, backwards);
  const times = [
    ...Object.entries(gathering.audiences ?? {}).map(([id, a]) => ({ id, a, day: '', date: 'none' })),
    ...gathering.days.flatMap((d, i) => Object.entries(d.audiences ?? {}).map(([id, a]) => ({ id, a, day: context.dayLabel(i), date: isoOf(d.date) }))),
  ];
  for (const { id, a, day, date } of times) {
    // Leaving at midnight with no time of joining is no time there either: one judgement for both forms.
    if (a.from === undefined && a.until !== undefined && a.until <= 0) {
      context.report({
        code: 'time-end-before-start',
        span: spanOf(a, 'until'),
        message: say('check.presence-empty', { audience: context.audience(id), date, until: context.clock(a.until) }),
        hint: say('check.presence-empty.hint', { id }),
      });
    }
    if (a.from !== undefined && a.until !== undefined && a.until <= a.from) {
      context.report({
        code: 'time-end-before-start',
        span: spanOf(a, 'until'),
        message: say('time-end-before-start.message.audience', {
          same: a.until === a.from ? 'yes' : 'no',
          audience: context.audience(id),
          until: context.clock(a.until),
          day,
          from: context.clock(a.from),
        }),
        // No time there at all points to absent, as {until: 00.00} does: one judgement for both forms.
        hint: a.until === a.from ? say('check.presence-empty.hint', { id }) : say('time-end-before-start.hint.audience', { from: context.clock(a.from) }),
      });
    }
  }
}

/** At each level, timed entries (open starts aside) go from early to late. */
function order(context: Context, slots: readonly Slot[]): void {
  const last = new Map<unknown, Slot>();
  for (const slot of slots) {
    if (!slot.timed || slot.open || slot.parallel) continue;
    const key = slot.parent ?? 'top';
    const before = last.get(key);
    if (before && slot.start! < before.start!) {
      context.report({
        code: 'time-order',
        span: spanOf(slot.item, 'time'),
        message: say('time-order.message', {
          title: titled(slot.item),
          start: context.clock(slot.start!),
          before: titled(before.item),
          beforeStart: context.clock(before.start!),
        }),
        related: [{ message: say('time-order.related', { title: titled(before.item), start: context.clock(before.start!) }), span: spanOf(before.item, 'time') }],
        hint: say('time-order.hint'),
      });
    }
    if (!before || slot.start! >= before.start!) last.set(key, slot);
  }
}

function outside(context: Context, slots: readonly Slot[], start: number, end: number): void {
  const hours = context.range(start, end);
  for (const slot of slots) {
    if (!slot.timed || slot.start === undefined || slot.evening) continue;
    if (slot.container && (slot.item.items ?? slot.item.parallel ?? []).some((i) => i.time)) continue;
    const to = slot.end ?? slot.start;
    const where = slot.start < start ? 'before' : slot.start > end ? 'after' : to > end ? 'past' : undefined;
    if (!where) continue;
    // Over before the day begins: a meal then is the breakfast of a gathering with a night, outside the hours on purpose (as an evening meal after them is).
    const morning = where === 'before' && to <= start;
    if (morning && slot.item.kind === 'meal') continue;
    // An item that starts after the day is most often the evening programme, unmarked: say how to mark it.
    const evening = where === 'after' && slot.item.kind !== 'meal';
    context.report({
      code: 'time-outside-hours',
      span: spanOf(slot.item, 'time'),
      message: say('time-outside-hours.message', { where, title: titled(slot.item), when: context.when(slot), hours }),
      hint: evening
        ? say('time-outside-hours.hint.evening', { meal: slot.start >= 18 * 60 ? 'yes' : 'no' })
        : morning
          ? say('time-outside-hours.hint.before')
          : say('time-outside-hours.hint'),
    });
  }
}
