/**
 * Deadlines on the wrong side of the gathering, and deadlines whose text
 * names a weekday their date is not.
 */
import { spanOf } from '../../model/gathering.js';
import { meetingsSpan } from '../../model/sessions.js';
import { dayNumber, isoOf } from '../../base/calendar-date.js';
import { wrongBareWeekday, weekdayName, weekdayNamed } from '../calendar-words.js';
import { md, type Rule } from '../rule.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { say } from '../../base/messages/index.js';
import { quoted } from '../context.js';
import { frontMatterStrings, spanIn, weekdayFix } from '../texts.js';

export const deadlines: Rule = {
  id: 'deadlines',
  codes: codesOf('deadlines'),
  ok: [
    {
      title: 'rule.deadlines.example.preparation-due-week',
      source: md`
        ---
        title: Samling
        date: 2025-03-21
        deadlines:
          - date: 14.03.-25
            what: Forarbeid sendes innen fredag
            kind: preparation
          - date: 2025-04-04
            what: Tilbakemelding
            kind: follow-up
        ---
      `,
    },
    {
      title: 'rule.deadlines.example.registration-year-before',
      source: md`
        ---
        title: Samling
        date: 2026-01-20
        deadlines:
          - date: 10.12
            what: Påmelding
            kind: registration
        ---
      `,
    },
  ],
  notOk: [
    {
      title: 'rule.deadlines.example.registration-after-gathering',
      source: md`
        ---
        title: Samling
        date: 2025-03-21
        deadlines:
          - date: 2025-03-24
            what: Påmelding
            kind: registration
          - date: 2025-03-20
            what: Tilbakemelding innen torsdag
            kind: follow-up
          - date: 2025-03-14
            what: Forarbeid innen torsdag
            kind: preparation
        ---
      `,
      expected: [
        '5:11 deadline-order The registration deadline 2025-03-24 is 3 days after the gathering (2025-03-21)',
        '8:11 deadline-order The follow-up deadline 2025-03-20 is 1 day before the gathering (2025-03-21)',
        '12:27 deadline-weekday The deadline says "torsdag", but 2025-03-14 is a fredag (Friday)',
      ],
    },
  ],
  check(context) {
    const { gathering } = context;
    const first = dayNumber(gathering.days[0]?.date ?? gathering.date);
    // A year of meetings: a registration falls before its last meeting (the one it is for), a follow-up after its first.
    const meetings = meetingsSpan(gathering);
    const last = meetings ? dayNumber(meetings.last.date) : first;
    for (const deadline of gathering.deadlines ?? []) {
      const d = dayNumber(deadline.date);
      const kind = deadline.kind;
      const late = (kind === 'registration' || kind === 'preparation') && d >= last;
      const early = (kind === 'input' || kind === 'follow-up') && d < first;
      if (!late && !early) continue;
      const against = late && meetings ? meetings.last : undefined;
      const kindName = say('deadline.kind', { kind: kind! });
      context.report({
        code: 'deadline-order',
        span: spanOf(deadline, 'date'),
        message: say('deadline-order.message', {
          late: late ? 'yes' : 'no',
          kind: kindName,
          date: context.date(deadline.date),
          days: Math.abs(d - (against ? last : first)),
          gathering: isoOf(against?.date ?? gathering.date),
        }),
        related: [
          {
            message: say('deadline-order.related', { date: isoOf(against?.date ?? gathering.date) }),
            span: against ? spanOf(against, 'date') : spanOf(gathering, 'date'),
          },
        ],
        hint: say('deadline-order.hint', { late: late ? 'yes' : 'no', kind: kindName }),
      });
    }
    for (const t of frontMatterStrings(context)) {
      if (t.key !== 'what' || !t.owner || !(gathering.deadlines ?? []).includes(t.owner as never)) continue;
      const deadline = t.owner as (typeof gathering.deadlines & object)[number];
      const w = wrongBareWeekday(t.text, deadline.date);
      if (!w) continue;
      context.report({
        code: 'deadline-weekday',
        span: spanIn(context, t, w.index, w.word.length),
        message: say('deadline-weekday.message', { word: quoted(w.word), date: context.date(deadline.date), weekday: weekdayNamed(w.actual, w.word) }),
        fix: weekdayFix(context, t, w.index, w.word, w.actual),
        related: [{ message: say('deadline-weekday.related', { date: context.date(deadline.date) }), span: spanOf(deadline, 'date') }],
        hint: say('weekday-mismatch.hint', { weekday: quoted(weekdayName(w.actual, w.word)) }),
      });
    }
  },
};
