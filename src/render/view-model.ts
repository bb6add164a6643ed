/**
 * Gathering → view model: everything a template prints, localised and
 * formatted. The gathering is valid by now; nothing here checks the source.
 */
import { fill, formatDate, formatHours, type Catalogue } from '../base/i18n/index.js';
import { formatTime } from '../base/calendar-date.js';
import { quote, say, sayList } from '../base/messages/index.js';
import type { Gathering } from '../model/gathering.js';
import { daysOf, presenceOf, samePresence } from '../model/presence.js';
import { splitBody } from './body.js';
import { contactViews, deadlineViews, pointsOf, registrationView, venueFields, type FieldContext } from './fields.js';
import { groupsView, seriesViews } from './groups-view.js';
import { datesOf, isYearOfMeetings, mainDays, venueOf } from './when-view.js';
import { markdownToHtml, type MarkdownContext } from './markdown.js';
import { dayViews, hasTimes } from './programme-view.js';
import { RenderError } from './render-error.js';
import { cssString, pageCounter, styleSheet } from './styles.js';
import type { TemplateSet } from './templates.js';
import type { BlockName, GroupView, ProgrammeView, ViewModel } from './view-types.js';
import { own } from '../base/own.js';
import { forgetTrusted, trust } from './trusted.js';

export interface ViewOptions {
  template: string;
  templates: TemplateSet;
  cat: Catalogue;
  separator: '.' | ':';
  md: MarkdownContext;
  audience?: string;
  group?: number;
  branding: { organisation?: string; logo?: string; accent?: string; footer?: string };
}

/** How each built-in template lays out a timed programme; project templates get a table. */
const layouts: Record<string, ProgrammeView['layout']> = { timetable: 'table', welcome: 'ranges', network: 'list', phases: 'table' };

export function buildViewModel(g: Gathering, o: ViewOptions): ViewModel {
  forgetTrusted();
  const { cat, separator, md } = o;
  const labels = cat.labels;
  const ctx: FieldContext & { audience?: string } = { cat, separator, md, audience: o.audience };
  if (o.audience !== undefined && !own(g.audiences, o.audience)) {
    const known = Object.keys(g.audiences ?? {});
    throw new RenderError(say('render.audience-unknown', { audience: quote(o.audience), file: g.file, count: known.length, known: sayList(known) }));
  }

  const timed = hasTimes(g);
  const layout = timed ? (own(layouts, o.template) ?? 'table') : 'agenda';
  const days = dayViews(g, ctx);
  const deadlines = deadlineViews(g, ctx);
  const headings = headingsOf(labels, timed, deadlines.length);
  const body = splitBody(g.body, headings, md);
  const { groups, group } = groupsView(g, ctx, o.group);
  const organisation = o.branding.organisation ?? g.organiser;
  const footer = o.branding.footer ?? organisation;
  // An audience's invitation is dated by the days it is there; an optional day is named beside the main ones.
  const present = daysOf(g, o.audience);
  const main = mainDays(g, present.length ? present : [0]);
  const first = g.days[main[0]];
  const { dates, beside } = datesOf(g, present.length ? present : [0], cat);
  const title = g.title.trim();

  const view: ViewModel = {
    template: o.template,
    lang: cat.language,
    labels,
    title,
    subtitle: g.subtitle,
    organiser: g.organiser,
    organisation,
    logo: o.branding.logo,
    styles: '',
    pageFooter: { counter: trust(pageCounter(labels)), text: footer ? trust(cssString(footer)) : undefined },
    welcome: title.toLocaleLowerCase(cat.locale).startsWith(labels.welcome.toLocaleLowerCase(cat.locale)) ? undefined : labels.welcome,
    when: {
      date: formatDate(first.date, cat),
      dates,
      beside,
      hours: main.length > 1 || isYearOfMeetings(g) ? undefined : hoursOf(g, o, main[0]),
      groups: group ? undefined : groupDates(groups),
    },
    ...venueFields(venueOf(g, first)),
    audience: audienceBanner(g, o),
    group,
    programme: programmeOf(g, layout, days),
    days,
    multiDay: g.days.length > 1,
    facts: Object.entries(g.facts ?? {}).map(([label, text]) => ({ label, html: markdownToHtml(text, md) })),
    deadlines,
    registration: registrationView(g, ctx),
    contacts: contactViews(g, ctx),
    groups,
    membersColumn: groups.some((group) => group.members.length > 0),
    series: seriesViews(g, ctx),
    phases: phaseViews(g, md),
    body: body.segments,
    aside: body.aside,
    placed: body.placed,
    headings,
  };
  view.styles = trust(styleSheet(o.templates, o.template, o.branding.accent, JSON.stringify(view)));
  return view;
}

/** The headings the body's blocks get, in the gathering's language. */
function headingsOf(labels: Catalogue['labels'], timed: boolean, deadlines: number): Record<BlockName, string> {
  return {
    programme: timed ? labels.programme : labels.agenda,
    facts: '',
    deadlines: deadlines === 1 ? labels.deadline : labels.deadlines,
    groups: labels.groups,
    series: labels.series,
    phases: labels.phases,
    registration: '',
  };
}

/** How the programme is laid out, and whether it has anything to show. */
function programmeOf(g: Gathering, layout: ProgrammeView['layout'], days: ViewModel['days']): ViewModel['programme'] {
  return {
    present: days.some((d) => d.rows.length > 0),
    layout,
    isTable: layout === 'table',
    isRanges: layout === 'ranges',
    isList: layout === 'list',
    isAgenda: layout === 'agenda',
    ownNumbers: layout === 'agenda' && numberedByAuthor(days),
    hasAudience: Object.keys(g.audiences ?? {}).length > 0,
  };
}

/** "1. …", "2) …", "12/26 …", "Sak 23/26 …", "§ 4 …": a title that begins with its own item number. */
const OWN_NUMBER = /^\s*(?:§\s*|\p{L}+\s+)?\d+(?:[./]\d+)*[.):]?\s/u;

/** Every top-level item of the agenda begins with its author's own number. */
function numberedByAuthor(days: ViewModel['days']): boolean {
  const top = days.flatMap((d) => d.rows.filter((r) => r.depth === 0));
  return top.length > 0 && top.every((r) => OWN_NUMBER.test(r.title));
}

/** Each group's session of this gathering, when more than one group has one and they are not all on one date. */
function groupDates(groups: GroupView[]): ViewModel['when']['groups'] {
  const current = groups.flatMap((g) => g.sessions.filter((s) => s.current).map((s) => ({ label: g.label, date: s.date, hours: s.hours, venue: s.venue, venueLink: s.venueLink })));
  return current.length > 1 && new Set(current.map((c) => c.date)).size > 1 ? current : undefined;
}

/** The phases of a gathering in phases, numbered. */
function phaseViews(g: Gathering, md: ViewOptions['md']): ViewModel['phases'] {
  return (g.phases ?? []).map((p, i) => ({
    number: i + 1,
    title: p.title,
    when: p.when,
    parts: Object.entries(p.parts ?? {}).map(([label, text]) => ({ label, html: markdownToHtml(text, md) })),
    points: pointsOf(p.points),
  }));
}

/** The day's hours; in an audience's invitation, from when it joins until it leaves. */
function hoursOf(g: Gathering, o: ViewOptions, day: number): string | undefined {
  const hours = g.days[day].hours;
  const who = o.audience !== undefined ? presenceOf(g, o.audience, day) : undefined;
  const start = who?.from ?? hours?.start;
  const end = who?.until ?? hours?.end;
  if (start !== undefined && end !== undefined) return formatHours({ start, end }, o.cat, o.separator);
  if (start !== undefined) return fill(o.cat.labels.fromTime, { time: formatTime(start, o.separator) });
  return undefined;
}

function audienceBanner(g: Gathering, o: ViewOptions): ViewModel['audience'] {
  if (o.audience === undefined) return undefined;
  const label = g.audiences![o.audience].label;
  // Times that differ between days are the days' to say, not the banner's.
  const who = samePresence(g, o.audience);
  const at = (pattern: string, t: number | undefined) => (t !== undefined ? fill(pattern, { time: formatTime(t, o.separator) }) : undefined);
  // Both ends: one range, as the hours are written ("kl. 18.00–19.30"); one end: "frå kl. 18.00", "til kl. 19.30".
  if (who?.from !== undefined && who.until !== undefined) return { label, times: formatHours({ start: who.from, end: who.until }, o.cat, o.separator) };
  return { label, times: at(o.cat.labels.fromTime, who?.from) ?? at(o.cat.labels.untilTime, who?.until) };
}
