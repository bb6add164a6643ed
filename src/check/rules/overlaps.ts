/**
 * Two programme items that run at the same time for the same people.
 */
import { spanOf } from '../../model/gathering.js';
import type { Slot } from '../../model/timeline.js';
import { closest } from '../../base/suggest.js';
import { say } from '../../base/messages/index.js';
import type { Context } from '../context.js';
import { listing, quoted, titled } from '../context.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/overlaps.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { presence, relation, type Interval, overlap as overlapOf } from '../schedule.js';

export const overlaps: Rule = {
  id: 'overlaps',
  codes: codesOf('overlaps'),
  ok,
  notOk,
  check(context) {
    for (const plan of context.plans) {
      unknownAlongside(context, plan.slots);
      const timed = plan.leaves
        .filter((s) => !s.open && !s.point && s.start !== undefined && s.end !== undefined && s.end > s.start)
        .map((slot, order) => ({ slot, order }))
        .sort((x, y) => x.slot.start! - y.slot.start! || x.order - y.order);
      // Reported at the later item of a pair, at most PER_ITEM times; the rest of an item's pairs are counted.
      const more = new Map<Slot, number>();
      const reported = new Map<Slot, number>();
      for (let i = 0; i < timed.length; i++) {
        const a = timed[i].slot;
        for (let j = i + 1; j < timed.length && timed[j].slot.start! < a.end!; j++) {
          const b = timed[j].slot;
          if (relation(a, b) !== 'apart' || alongside(a, b) || alongside(b, a)) continue;
          const during = { start: Math.max(a.start!, b.start!), end: Math.min(a.end!, b.end!) };
          const who = sharedAudience(context, a, b, during);
          if (who === undefined) continue;
          const [first, second] = timed[i].order < timed[j].order ? [a, b] : [b, a];
          const count = reported.get(second) ?? 0;
          if (count >= PER_ITEM) {
            more.set(second, (more.get(second) ?? 0) + 1);
            continue;
          }
          reported.set(second, count + 1);
          context.report({
            code: 'overlap',
            span: spanOf(second.item, 'time'),
            message: say('overlap.message', {
              title: titled(second.item),
              when: context.when(second),
              other: titled(first.item),
              otherWhen: context.when(first),
              day: context.dayLabel(plan.index),
              forSome: who === 'everyone' ? 'no' : 'yes',
              audiences: who === 'everyone' ? '' : listing(who.map((id) => context.audience(id))),
            }),
            related: [{ message: say('overlap.related', { title: titled(first.item), when: context.when(first) }), span: spanOf(first.item, 'time') }],
            hint: say('overlap.hint', { other: first.item.title ?? '…' }),
          });
        }
      }
      for (const [slot, count] of more) {
        context.report({ code: 'overlap', span: spanOf(slot.item, 'time'), message: say('overlap.more', { item: titled(slot.item), count }) });
      }
    }
  },
};

/** Overlaps reported at one item; beyond them, one more finding counts the rest. */
export const PER_ITEM = 3;

const normal = (title: string) => title.trim().toLocaleLowerCase();

/** `a` says it runs alongside `b`, or alongside a part or set `b` is in. */
function alongside(a: Slot, b: Slot): boolean {
  const names = a.item.alongside;
  if (!names?.length) return false;
  for (let s: Slot | undefined = b; s; s = s.parent) {
    const title = s.item.title;
    if (title !== undefined && names.some((n) => normal(n) === normal(title))) return true;
  }
  return false;
}

function unknownAlongside(context: Context, slots: readonly Slot[]): void {
  const titles = slots.map((s) => s.item.title).filter((t): t is string => t !== undefined);
  const known = new Set(titles.map(normal));
  for (const slot of slots) {
    (slot.item.alongside ?? []).forEach((name, i) => {
      if (known.has(normal(name))) return;
      const suggestion = closest(
        name,
        titles.filter((t) => t !== slot.item.title),
      );
      context.report({
        code: 'alongside-unknown',
        span: spanOf(slot.item, 'alongside', i),
        message: say('alongside-unknown.message', { name: quoted(name) }),
        hint: suggestion ? say('did-you-mean', { suggestion: quoted(suggestion) }) : say('alongside-unknown.hint'),
      });
    });
  }
}

/** Who would have to be in both: everyone, some audiences, or no one. */
function sharedAudience(context: Context, a: Slot, b: Slot, during: Interval): 'everyone' | string[] | undefined {
  if (a.audiences === undefined && b.audiences === undefined) return 'everyone';
  const declared = context.audienceIds;
  // An item for no one in particular is for everyone present (everyone named, when no audiences are declared).
  const present = declared.length ? declared.filter((id) => overlapOf(presence(context.gathering, id, a.day), during) > 0) : undefined;
  const as = a.audiences ?? present;
  const bs = b.audiences ?? present;
  const both = as === undefined ? bs! : bs === undefined ? as : as.filter((id) => bs.includes(id));
  return both.length ? both : undefined;
}
