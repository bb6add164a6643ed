/**
 * Deadlines on the wrong side of the gathering, and deadlines whose text
 * names a weekday their date is not.
 */
import { spanOf } from '../../model/gathering.js';
import { meetingsSpan } from '../../model/sessions.js';
import { dayNumber, isoOf } from '../../base/calendar-date.js';
import { wrongBareWeekday, weekdayName, weekdayNamed } from '../calendar-words.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/deadlines.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { say } from '../../base/messages/index.js';
import { quoted } from '../context.js';
import { frontMatterStrings, spanIn, weekdayFix } from '../texts.js';

export const deadlines: Rule = {
  id: 'deadlines',
  codes: codesOf('deadlines'),
  ok,
  notOk,
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
