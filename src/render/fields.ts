/**
 * Small views of fields that several blocks share: venues, links, points,
 * deadlines, registration and contacts.
 */
import { fill, formatDate, formatList, type Catalogue } from '../base/i18n/index.js';
import { formatTime } from '../base/calendar-date.js';
import type { Gathering, Venue } from '../model/gathering.js';
import type { PointInput } from '../model/schema.js';
import { markdownToHtml, type MarkdownContext } from './markdown.js';
import type { ContactView, DeadlineView, LinkView, PointView, RegistrationView } from './view-types.js';

export interface FieldContext {
  cat: Catalogue;
  separator: '.' | ':';
  md: MarkdownContext;
}

import { formatVenue } from '../model/venue.js';

/** A venue as a view prints it: its line, and its own address (its web page, an online meeting's link) as a link beside it. */
export function venueFields(venue: Venue | undefined): { venue: string | undefined; venueLink: LinkView | undefined } {
  return { venue: formatVenue(venue), venueLink: venue?.link?.trim() ? linkOf(venue.link) : undefined };
}

const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/;
const WEB = /^https?:\/\/[^\s<>"]+$/i;

/** An e-mail address or a web address as a link; anything else as plain text. */
export function linkOf(value: string | undefined): LinkView | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (EMAIL.test(text)) return { text, href: `mailto:${text}` };
  if (WEB.test(text)) return { text, href: text };
  if (/^www\.[^\s<>"]+$/i.test(text)) return { text, href: `https://${text}` };
  return { text, href: undefined };
}

/** Sub-points: "text", or { "text": [sub-points] }. */
export function pointsOf(points: readonly PointInput[] | undefined): PointView[] {
  return (points ?? []).map((p) => {
    if (typeof p === 'string') return { text: p, points: [] };
    const [text, children] = Object.entries(p)[0] ?? ['', []];
    return { text, points: pointsOf(typeof children === 'string' ? [children] : children) };
  });
}

/** Whether a deadline (or anything with `for`) is for the audience of an invitation: all are, in the whole gathering's. */
export function forAudience(thing: { for?: string[] }, audience: string | undefined): boolean {
  return audience === undefined || thing.for === undefined || thing.for.includes(audience);
}

/** The deadlines of the invitation: an audience's own and everyone's; in the whole gathering's, all, each naming whom it is for. */
export function deadlineViews(g: Gathering, ctx: FieldContext & { audience?: string }): DeadlineView[] {
  return (g.deadlines ?? [])
    .filter((d) => forAudience(d, ctx.audience))
    .map((d) => {
      const time = d.time ? ` ${fill(ctx.cat.labels.hours, { range: formatTime(d.time, ctx.separator) })}` : '';
      const who =
        d.for && ctx.audience === undefined
          ? formatList(
              d.for.map((id) => g.audiences?.[id]?.label ?? id),
              ctx.cat,
            )
          : undefined;
      return { date: formatDate(d.date, ctx.cat) + time, what: d.what, to: linkOf(d.to), kind: d.kind ?? 'other', who };
    });
}

export function registrationView(g: Gathering, ctx: FieldContext): RegistrationView | undefined {
  const r = g.registration;
  if (!r) return undefined;
  return {
    html: r.text ? markdownToHtml(r.text, ctx.md) : undefined,
    via: r.via,
    link: linkOf(r.link),
    email: linkOf(r.email),
  };
}

export function contactViews(g: Gathering, ctx: FieldContext): ContactView[] {
  return (g.contact ?? []).map((c) => ({
    label: c.role ?? ctx.cat.labels.contact,
    name: c.name,
    email: linkOf(c.email),
    phone: c.phone,
  }));
}
