/**
 * Runs of dated sessions: a member group's series (`groups`) and a series
 * of meetings of one kind (`series`) are read alike by the checks, the page
 * and the calendar. A session's venue and hours are its own, else its run's.
 */
import { dayNumber } from '../base/calendar-date.js';
import type { Gathering, Group, Located, Series, Session, Time, Venue } from './gathering.js';

export interface SessionRun {
  /** How the run is named: a group's label, a series' title. */
  label: string;
  /** Where the run is written: its `label` or `title` key names it. */
  owner: Group | Series;
  labelKey: 'label' | 'title';
  /** A member group of a network (its groups meet as one series), else a kind of meeting. */
  group: boolean;
  sessions: Session[];
}

export function sessionRuns(g: Pick<Gathering, 'groups' | 'series'>): SessionRun[] {
  return [
    ...(g.groups ?? []).map((owner): SessionRun => ({ label: owner.label, owner, labelKey: 'label', group: true, sessions: owner.sessions ?? [] })),
    ...(g.series ?? []).map((owner): SessionRun => ({ label: owner.title, owner, labelKey: 'title', group: false, sessions: owner.sessions ?? [] })),
  ];
}

/** Where a session is: its own venue, else its run's; and which of the two was written. */
export function sessionVenue(run: SessionRun, s: Session): { venue: Venue | undefined; owner: Located; key: 'venue' } {
  return s.venue ? { venue: s.venue, owner: s, key: 'venue' } : { venue: run.owner.venue, owner: run.owner, key: 'venue' };
}

/** A session's hours: its own, else its run's; none while its own are to come. */
export function sessionTime(run: SessionRun, s: Session): Time | undefined {
  // Hours to come ("tidspunkt følger") are none yet: not the run's either.
  if (s.time?.toCome) return undefined;
  return s.time ?? run.owner.time;
}

/** Every session of the file's series of meetings (not its groups'), in the order written; `place` is its series' among the series. */
export function seriesSessions(g: Pick<Gathering, 'groups' | 'series'>): { run: SessionRun; session: Session; index: number; place: number }[] {
  return sessionRuns(g)
    .filter((run) => !run.group)
    .flatMap((run, place) => run.sessions.map((session, index) => ({ run, session, index, place })));
}

/** A year of meetings: the file has series and no programme of its own; its meetings are its dates. */
export function isYearOfMeetings(g: Pick<Gathering, 'groups' | 'series' | 'days'>): boolean {
  return seriesSessions(g).length > 0 && g.days.every((d) => d.programme.length === 0);
}

/** The first and last meeting of a year of meetings (else undefined). */
export function meetingsSpan(g: Pick<Gathering, 'groups' | 'series' | 'days'>): { first: Session; last: Session } | undefined {
  if (!isYearOfMeetings(g)) return undefined;
  const sorted = seriesSessions(g)
    .map((s) => s.session)
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  return { first: sorted[0], last: sorted[sorted.length - 1] };
}
