/**
 * A series' groups: members and sessions. The session this invitation is
 * for is the one at the gathering's date; the same place in every other
 * group's series is marked too (004: the programme of the second gathering,
 * which each group has on its own date).
 */
import { formatDate, formatHours } from '../base/i18n/index.js';
import type { Gathering } from '../model/gathering.js';
import { dayNumber } from '../base/calendar-date.js';
import { formatVenue, type FieldContext } from './fields.js';
import { say } from '../base/messages/index.js';
import { RenderError } from './render-error.js';
import type { GroupView } from './view-types.js';
import { sessionRuns, sessionTime, sessionVenue } from '../model/sessions.js';

export interface GroupsView {
  groups: GroupView[];
  /** The group of a group's invitation. */
  group: GroupView | undefined;
}

/** The index of the session at the gathering's date in its group's series, if one is. */
function currentIndex(g: Gathering): number | undefined {
  const day = dayNumber(g.date);
  for (const group of g.groups ?? []) {
    const i = (group.sessions ?? []).findIndex((s) => dayNumber(s.date) === day);
    if (i >= 0) return i;
  }
  return undefined;
}

export function groupsView(g: Gathering, ctx: FieldContext, only?: number): GroupsView {
  const all = g.groups ?? [];
  if (only !== undefined && !(Number.isInteger(only) && only >= 0 && only < all.length)) {
    throw new RenderError(say('render.group-unknown', { group: String(only), file: g.file, count: all.length, last: all.length - 1 }));
  }
  const current = currentIndex(g);
  const views = all.map(
    (group): GroupView => ({
      hasCurrent: current !== undefined && current < (group.sessions ?? []).length,
      label: group.label,
      description: group.description,
      members: group.members ?? [],
      memberList: (group.members ?? []).join(', '),
      venue: formatVenue(group.venue),
      sessions: (group.sessions ?? []).map((s, i) => ({
        date: formatDate(s.date, ctx.cat),
        hours: (s.time ?? group.time) ? formatHours((s.time ?? group.time)!, ctx.cat, ctx.separator) : undefined,
        venue: formatVenue(s.venue ?? group.venue),
        title: s.title,
        current: i === current,
      })),
    }),
  );
  if (only === undefined) return { groups: views, group: undefined };
  return { groups: [views[only]], group: views[only] };
}

/** A series of meetings by kind, each kind a row with its meetings: where and when each is. */
export function seriesViews(g: Gathering, ctx: FieldContext): GroupView[] {
  return sessionRuns(g)
    .filter((run) => !run.group)
    .map((run) => ({
      hasCurrent: false,
      label: run.label,
      description: run.owner.description,
      members: [],
      memberList: '',
      venue: formatVenue(run.owner.venue),
      sessions: run.sessions.map((s) => {
        const time = sessionTime(run, s);
        return {
          date: formatDate(s.date, ctx.cat),
          hours: time ? formatHours(time, ctx.cat, ctx.separator) : undefined,
          venue: formatVenue(sessionVenue(run, s).venue),
          title: s.title,
          current: false,
        };
      }),
    }));
}
