/**
 * A series' groups: members and sessions. The session this invitation is
 * for is the one at the gathering's date; the same place in every other
 * group's series is marked too (004: the programme of the second gathering,
 * which each group has on its own date).
 */
import { formatDate, formatHours } from '../base/i18n/index.js';
import type { Gathering } from '../model/gathering.js';
import { dayNumber } from '../base/calendar-date.js';
import { venueFields, type FieldContext } from './fields.js';
import { say } from '../base/messages/index.js';
import { RenderError } from './render-error.js';
import type { GroupView } from './view-types.js';
import { type SessionRun, sessionRuns, sessionTime, sessionVenue } from '../model/sessions.js';

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
  const views = sessionRuns(g)
    .filter((run) => run.group)
    .map((run) => runView(run, ctx, current));
  if (only === undefined) return { groups: views, group: undefined };
  return { groups: [views[only]], group: views[only] };
}

/** A series of meetings by kind, each kind a row with its meetings: where and when each is. */
export function seriesViews(g: Gathering, ctx: FieldContext): GroupView[] {
  return sessionRuns(g)
    .filter((run) => !run.group)
    .map((run) => runView(run, ctx, undefined));
}

/** A group or a kind of meeting, with its sessions: each at its own time and place, else its run's. `current`: the session the invitation is for. */
function runView(run: SessionRun, ctx: FieldContext, current: number | undefined): GroupView {
  const members = ('members' in run.owner && run.owner.members) || [];
  return {
    hasCurrent: current !== undefined && current < run.sessions.length,
    label: run.label,
    description: run.owner.description,
    members,
    memberList: members.join(', '),
    ...venueFields(run.owner.venue),
    sessions: run.sessions.map((s, i) => {
      const time = sessionTime(run, s);
      return {
        date: formatDate(s.date, ctx.cat),
        hours: s.time?.toCome ? ctx.cat.labels.timeToCome.toLocaleLowerCase(ctx.cat.locale) : time ? formatHours(time, ctx.cat, ctx.separator) : undefined,
        cancelled: !!s.cancelled,
        ...venueFields(sessionVenue(run, s).venue),
        title: s.title,
        titleEnds: /[?!.…]$/.test(s.title?.trim() ?? ''),
        current: i === current,
      };
    }),
  };
}
