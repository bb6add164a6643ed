/**
 * The groups of a series: a member in two groups, groups without sessions
 * or with a different number of sessions than the others.
 */
import { spanOf } from '../../model/gathering.js';
import { listing, quoted } from '../context.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/groups.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { say } from '../../base/messages/index.js';

export const groups: Rule = {
  id: 'groups',
  codes: codesOf('groups'),
  ok,
  notOk,
  check(context) {
    const list = context.gathering.groups ?? [];
    const seen = new Map<string, { group: (typeof list)[number]; index: number }[]>();
    for (const group of list) {
      (group.members ?? []).forEach((member, index) => {
        const key = member.trim().replace(/\s+/g, ' ').toLowerCase();
        const before = seen.get(key) ?? [];
        if (before.length === 1) {
          const first = before[0];
          context.report({
            code: 'member-duplicate',
            span: spanOf(group, 'members', index),
            message: say('member-duplicate.message', { member: quoted(member), twice: first.group === group ? 'yes' : 'no', first: first.group.label, group: group.label }),
            related: [
              {
                message: say('member-duplicate.related', { member: quoted(first.group.members![first.index]), group: first.group.label }),
                span: spanOf(first.group, 'members', first.index),
              },
            ],
            hint: say('member-duplicate.hint'),
          });
        }
        before.push({ group, index });
        seen.set(key, before);
      });
    }

    const counts = list.map((g) => g.sessions?.length ?? 0);
    if (!counts.some((n) => n > 0)) return;
    const tally = new Map<number, number>();
    for (const n of counts) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    // The usual count: the most common one, the larger on a tie.
    const usual = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
    // Groups without members that meet unequally are more likely kinds of meetings: `series` is their form.
    const kinds = list.every((g) => !g.members?.length) ? 'yes' : 'no';
    list.forEach((group, i) => {
      const n = counts[i];
      if (n === usual) return;
      const others = list.filter((_, j) => counts[j] === usual).map((g) => g.label);
      context.report({
        code: n === 0 ? 'group-sessions-missing' : 'group-sessions-count',
        span: spanOf(group, 'label'),
        message:
          n === 0
            ? say('group-sessions-missing.message', { group: group.label, others: listing(others), count: others.length, usual })
            : say('group-sessions-count.message', { group: group.label, n, others: listing(others), count: others.length, usual }),
        // Groups of one series that meet unequally may be different kinds of meetings: the hint says both.
        hint: n === 0 ? say('group-sessions-missing.hint', { group: group.label, kinds }) : say('group-sessions-count.hint', { fewer: n < usual ? 'yes' : 'no', kinds }),
      });
    });
  },
};
