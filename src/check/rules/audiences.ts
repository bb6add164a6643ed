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
import { md, type Rule } from '../rule.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { isoOf } from '../../base/calendar-date.js';
import { say } from '../../base/messages/index.js';
import { isFor, overlap, presence, uncovered, type Interval } from '../schedule.js';

export const audiences: Rule = {
  id: 'audiences',
  codes: codesOf('audiences'),
  ok: [
    {
      title: 'rule.audiences.example.principals-join-lunch',
      source: md`
        ---
        title: Oppstartsamling
        date: 2020-01-28
        audiences:
          owners: Administrative skoleeiere
          principals:
            label: Rektorer
            from: 11:30
        programme:
          - time: 0900
            title: Intensjoner og rammer
            for: owners
          - time: 1130
            title: Lunsj
            kind: meal
          - time: 1215
            title: Om å bli bedre gjennom samarbeid
          - title: Pause
            kind: break
          - title: Intensjoner og rammer presenteres rektorene
            for: [owners, principals]
          - time: 1530
            title: Avslutning
        ---
      `,
    },
    {
      title: 'rule.audiences.example.two-days-general',
      source: md`
        ---
        title: Nettverkssamling
        date: 2026-03-12
        audiences:
          reps: Utvalgte representanter
          general:
            label: Alle deltakere
            from: 13.00
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–13.00
                title: Representantskapsmøte
                for: reps
              - time: 13.00–16.00
                title: Åpning og foredrag
          - date: 13.03
            audiences:
              general: {}
            programme:
              - time: 09.00–12.00
                title: Seminar om samarbeid
                for: [reps, general]
        ---
      `,
    },
    {
      title: 'rule.audiences.example.arrival-day-those',
      source: md`
        ---
        title: Landskonferanse
        date: 2026-04-16
        audiences:
          early: Tidlig ankomst
          all: Alle deltakere
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Omvisning
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferanse
        ---
      `,
    },
  ],
  notOk: [
    {
      title: 'rule.audiences.example.item-on-absent-day',
      source: md`
        ---
        title: Landskonferanse
        date: 2026-04-16
        audiences:
          early: Tidlig ankomst
          all: Alle deltakere
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Omvisning
                for: [early, all]
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferanse
        ---
      `,
      expected: ['14:22 audience-absent "Omvisning" (18.00–20.00, 2026-04-16) is for Alle deltakere (all), who are not there on that day'],
    },
    {
      title: 'rule.audiences.example.row-principals-only',
      source: md`
        ---
        title: Oppstartsamling
        date: 2020-01-28
        audiences:
          owners: Administrative skoleeiere
          principals:
            label: Rektorer
            from: 11:30
        programme:
          - time: 1130
            title: Lunsj
          - time: 1215
            title: Om å bli bedre gjennom samarbeid
          - title: Intensjoner og rammer presenteres rektorene
            for: principals
          - time: 1530
            title: Avslutning
        ---
      `,
      expected: [
        '15:10 audience-idle Nothing is scheduled for Administrative skoleeiere (owners) during "Intensjoner og rammer presenteres rektorene" (in the 12.15 block), which is only for Rektorer (principals)',
      ],
    },
    {
      title: 'rule.audiences.example.undeclared-audience-item',
      source: md`
        ---
        title: Samling
        date: 2020-01-28
        audiences:
          owners: Skoleeiere
          principals:
            label: Rektorer
            from: 12:00
          teachers: Lærere
        programme:
          - time: 09.00–10.00
            title: Velkommen
            for: [owners, principals]
          - time: 10.00–11.00
            title: Skoleeiermøte
            for: owner
        ---
      `,
      expected: [
        '9:3 audience-unused The audience Lærere (teachers) is listed, but no item is for it',
        '13:19 audience-absent "Velkommen" (09.00–10.00) is for Rektorer (principals), who join at 12.00',
        '16:10 audience-undeclared "owner" is not one of the audiences under "audiences:"',
      ],
    },
    {
      title: 'rule.audiences.example.day-names-undeclared',
      source: md`
        ---
        title: Nettverkssamling
        date: 2026-03-12
        audiences:
          general: Alle deltakere
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–16.00
                title: Åpning og foredrag
          - date: 13.03
            audiences:
              general: {from: 10.00}
              genral: {}
            programme:
              - time: 09.00–12.00
                title: Seminar
                for: general
        ---
      `,
      expected: [
        '14:7 audience-undeclared "genral" is not one of the audiences under "audiences:"',
        '18:14 audience-absent "Seminar" (09.00–12.00 on 2026-03-13) is for Alle deltakere (general), who join at 10.00',
      ],
    },
  ],
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
