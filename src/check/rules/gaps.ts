/**
 * Time inside the day when nothing at all is scheduled.
 */
import { spanOf } from '../../model/gathering.js';
import type { Slot } from '../../model/timeline.js';
import { listing, titled } from '../context.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/gaps.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { say } from '../../base/messages/index.js';
import { overlap, presence, uncovered, type Interval } from '../schedule.js';
import { maxOf, minOf } from '../../base/arrays.js';

export const gaps: Rule = {
  id: 'gaps',
  codes: codesOf('gaps'),
  ok,
  notOk,
  check(context) {
    const declared = context.audienceIds;
    for (const plan of context.plans) {
      const covers: { slot: Slot; interval: Interval }[] = [];
      // A point of the day, or a start time with nothing after it, marks where the day is; it covers no time.
      const points: Slot[] = [];
      const day = plan.leaves.filter((s) => s.start !== undefined && !s.evening);
      const starts = day.map((s) => s.start!);
      for (const slot of day) {
        let end = slot.end;
        // An open start runs until the next item starts.
        if (slot.open) end = minOf(starts.filter((t) => t > slot.start!));
        if (end === undefined || !Number.isFinite(end) || end <= slot.start!) {
          if (slot.timed && !slot.open && (end === undefined || end === slot.start)) points.push(slot);
          continue;
        }
        covers.push({ slot, interval: { start: slot.start!, end } });
      }
      if (covers.length + points.length < 2 || covers.length === 0) continue;
      const from = Math.min(minOf(covers.map((c) => c.interval.start)), minOf(points.map((p) => p.start!)));
      const to = Math.max(maxOf(covers.map((c) => c.interval.end)), maxOf(points.map((p) => p.start!)));
      for (const hole of uncovered(
        { start: from, end: to },
        covers.map((c) => c.interval),
      )) {
        const present = declared.filter((id) => overlap(presence(context.gathering, id, plan.index), hole) > 0);
        if (declared.length && present.length === 0) continue;
        const before = covers
          .filter((c) => c.interval.end === hole.start)
          .map((c) => c.slot)
          .pop();
        const after = covers.find((c) => c.interval.start === hole.end)?.slot ?? points.find((p) => p.start === hole.end);
        const forSome = present.length > 0 && present.length < declared.length;
        context.report({
          code: 'gap',
          span: after ? spanOf(after.item, 'time') : spanOf(plan.day, 'programme'),
          message: say('gap.message', {
            forSome: forSome ? 'yes' : 'no',
            audiences: forSome ? listing(present.map((id) => context.audience(id))) : '',
            start: context.clock(hole.start),
            end: context.clock(hole.end),
            day: context.dayLabel(plan.index),
            between: before && after ? 'yes' : 'no',
            before: before ? titled(before.item) : '',
            after: after ? titled(after.item) : '',
          }),
          related: before ? [{ message: say('gap.related', { title: titled(before.item), end: context.clock(hole.start) }), span: spanOf(before.item, 'time') }] : undefined,
          hint: say('gap.hint', { range: context.range(hole.start, hole.end) }),
        });
      }
    }
  },
};
