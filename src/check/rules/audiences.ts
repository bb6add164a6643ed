/**
 * Who each item is for, against who is there: audiences named but not
 * declared, items for an audience that has not joined yet or has left, an
 * audience present with nothing to do, an audience no item is for.
 */
import type { Audience, Item } from '../../model/gathering.js';
import { spanOf } from '../../model/gathering.js';
import type { Slot } from '../../model/timeline.js';
import { keySpanOf } from '../../model/location.js';
import { presenceOf } from '../../model/presence.js';
import { closest } from '../../base/suggest.js';
import { own } from '../../base/own.js';
import type { Context } from '../context.js';
import { listing, quoted, titled } from '../context.js';
import { fixAt } from '../texts.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/audiences.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { isoOf } from '../../base/calendar-date.js';
import { say } from '../../base/messages/index.js';
import { isFor, overlap, presence, uncovered, type Interval } from '../schedule.js';

export const audiences: Rule = {
  id: 'audiences',
  codes: codesOf('audiences'),
  ok,
  notOk,
  check(context) {
    undeclared(context);
    absent(context);
    const never = unused(context);
    idle(context, never);
  },
};

/** The item whose `for` decides a slot's audiences: its own, or the nearest part's. */
function owner(slot: Slot): Item {
  for (let s: Slot | undefined = slot; s; s = s.parent) if (s.item.for) return s.item;
  return slot.item;
}

function undeclared(context: Context): void {
  const declared: Record<string, Audience> = context.gathering.audiences ?? {};
  const byLabel = new Map(Object.entries(declared).map(([id, a]) => [a.label.toLowerCase(), id]));
  for (const day of context.gathering.days) {
    for (const id of Object.keys(day.audiences ?? {})) {
      if (Object.hasOwn(declared, id)) continue;
      const suggestion = byLabel.get(id.toLowerCase()) ?? closest(id, Object.keys(declared));
      context.report({
        code: 'audience-undeclared',
        span: keySpanOf(day.audiences!, id),
        message: say('audience-undeclared.message', { id: quoted(id) }),
        hint: suggestion ? say('did-you-mean', { suggestion: quoted(suggestion) }) : say('audience-undeclared.hint.day'),
      });
    }
  }
  const owners = [...context.gathering.days, ...context.plans.flatMap((plan) => plan.slots.map((slot) => slot.item)), ...(context.gathering.deadlines ?? [])];
  for (const owner of owners) {
    (owner.for ?? []).forEach((id, i) => {
      if (Object.hasOwn(declared, id)) return;
      const suggestion = byLabel.get(id.toLowerCase()) ?? closest(id, Object.keys(declared));
      const span = spanOf(owner, 'for', i);
      context.report({
        code: 'audience-undeclared',
        span,
        fix: suggestion ? fixAt(context, span, id, suggestion) : undefined,
        message: say('audience-undeclared.message', { id: quoted(id) }),
        hint: suggestion
          ? say('did-you-mean', { suggestion: quoted(suggestion) })
          : Object.keys(declared).length
            ? say('audience-undeclared.hint.declare', { known: listing(Object.keys(declared), 'disjunction') })
            : say('audience-undeclared.hint.first', { id }),
      });
    });
  }
}

/** An item for an audience the day says is absent (`audiences: {early: absent}`). */
function absentDay(context: Context, slot: Slot, id: string, index: number, day: number): void {
  const that = context.gathering.days[day];
  // Where the day says so: its `audiences: {id: absent}`, else its `for`, which leaves the audience out.
  const said = own(that.audiences, id)?.absent ? spanOf(that.audiences![id]) : spanOf(that, 'for');
  context.report({
    code: 'audience-absent',
    span: spanOf(slot.item, 'for', index),
    message: say('check.audience-absent-day', { item: titled(slot.item), when: context.when(slot), date: isoOf(context.gathering.days[day].date), audience: context.audience(id) }),
    related: [{ message: say('check.audience-absent-day.related', { audience: context.audience(id) }), span: said }],
    hint: say('check.audience-absent-day.hint', { id }),
  });
}

function absent(context: Context): void {
  for (const plan of context.plans) {
    for (const slot of plan.slots) {
      const own = slot.item.for;
      if (!own || slot.start === undefined) continue;
      own.forEach((id, i) => {
        const audience = presenceOf(context.gathering, id, plan.index);
        if (audience?.absent) {
          absentDay(context, slot, id, i, plan.index);
          return;
        }
        if (!audience || (audience.from === undefined && audience.until === undefined)) return;
        // An untimed row is judged by its whole block: only a block wholly outside counts.
        const start = slot.timed ? slot.start! : (slot.end ?? slot.start!);
        const end = slot.timed ? (slot.end ?? slot.start!) : slot.start!;
        const edge = audience.from !== undefined && start < audience.from ? 'join' : audience.until !== undefined && end > audience.until ? 'leave' : undefined;
        if (!edge) return;
        const time = context.clock(edge === 'join' ? audience.from! : audience.until!);
        const who = context.audience(id);
        context.report({
          code: 'audience-absent',
          span: spanOf(slot.item, 'for', i),
          message: say('audience-absent.message', { title: titled(slot.item), when: context.when(slot), day: context.dayLabel(plan.index), audience: who, edge, time }),
          related: [{ message: say('audience-absent.related', { audience: who, edge, time }), span: spanOf(audience.owner, edge === 'join' ? 'from' : 'until') }],
          hint: say('audience-absent.hint', { days: context.gathering.days.length > 1 ? 'yes' : 'no', id }),
        });
      });
    }
  }
}

/** Audiences present with nothing to do while a row for others runs (an audience no item is for is reported once, as unused). */
function idle(context: Context, never: Set<string>): void {
  const ids = context.audienceIds;
  if (ids.length < 2) return;
  for (const plan of context.plans) {
    for (const id of ids) {
      if (never.has(id)) continue;
      const audience = presenceOf(context.gathering, id, plan.index)!;
      const here = presence(context.gathering, id, plan.index);
      const busy: Interval[] = [];
      for (const s of plan.leaves) {
        const share = plan.share.get(s);
        if (share && isFor(s, id)) busy.push(share);
      }
      for (const slot of plan.leaves) {
        const share = plan.share.get(slot);
        if (!share || share.end <= share.start || isFor(slot, id)) continue;
        // A row only for audiences that are not declared is reported as undeclared, not here.
        const others = slot.audiences!.filter((a) => Object.hasOwn(context.gathering.audiences!, a));
        if (!others.length) continue;
        const during = { start: Math.max(share.start, here.start), end: Math.min(share.end, here.end) };
        if (during.end - during.start < 1 || uncovered(during, busy).every((g) => g.end - g.start < 1)) continue;
        const item = owner(slot);

        context.report({
          code: 'audience-idle',
          span: spanOf(item, 'for'),
          message: say('audience-idle.message', {
            audience: context.audience(id),
            title: titled(slot.item),
            when: context.when(slot),
            day: context.dayLabel(plan.index),
            others: listing(others.map((a) => context.audience(a))),
          }),
          related: [
            {
              message: say('audience-idle.related', {
                audience: context.audience(id),
                span: audience.from !== undefined ? (audience.until !== undefined ? 'both' : 'from') : audience.until !== undefined ? 'until' : 'all',
                from: audience.from !== undefined ? context.clock(audience.from) : '',
                until: audience.until !== undefined ? context.clock(audience.until) : '',
              }),
              span: audience.owner === context.gathering.audiences![id] ? keySpanOf(context.gathering.audiences!, id) : spanOf(audience.owner),
            },
          ],
          hint: say('audience-idle.hint', { id }),
        });
      }
    }
  }
}

/** Reports the audiences no item is for, and returns them. */
function unused(context: Context): Set<string> {
  const out = new Set<string>();
  const ids = context.audienceIds;
  if (!ids.length) return out;
  const named = new Set<string>();
  const forAll: { day: number; interval: Interval }[] = [];
  let any = false;
  for (const plan of context.plans) {
    for (const slot of plan.slots) for (const id of slot.item.for ?? []) named.add(id);
    for (const deadline of context.gathering.deadlines ?? []) for (const id of deadline.for ?? []) named.add(id);
    for (const day of context.gathering.days) for (const id of day.for ?? []) named.add(id);
    for (const slot of plan.leaves) {
      any = true;
      if (slot.audiences !== undefined) continue;
      const share = plan.share.get(slot);
      forAll.push({ day: plan.index, interval: share ?? { start: -Infinity, end: Infinity } });
    }
  }
  if (!any) return out;
  for (const id of ids) {
    if (named.has(id)) continue;
    if (forAll.some((f) => overlap(f.interval, presence(context.gathering, id, f.day)) > 0)) continue;
    out.add(id);
    context.report({
      code: 'audience-unused',
      span: keySpanOf(context.gathering.audiences!, id),
      message: say('audience-unused.message', { audience: context.audience(id) }),
      hint: say('audience-unused.hint', { id }),
    });
  }
  return out;
}
