/**
 * The front matter's schema: the one definition from which the parser's
 * checks, the typed model and `agenda schema`'s JSON Schema all come.
 *
 * Field names are short English words a Nordic secretary can type from
 * memory; where either a short or a full form is natural, both are accepted
 * (`venue: Lampeland` or `venue: {name: Lampeland, city: Kongsberg}`).
 * Times and dates arrive as the author's source text (see parse.ts), so
 * `09.00`, `0900` and `14.10` are read as typed, never as numbers.
 *
 * Written with zod/mini, zod's tree-shakable form: the same core, so the
 * same parse and JSON Schema, but a command loads 110 KB of zod, not 750 KB
 * (the classic API and all its locales), which took 45–60 ms of each start.
 */
import * as z from 'zod/mini';
import type { Code } from '../base/diagnostics/codes.js';
import { languages } from '../base/i18n/index.js';
import { quote, say } from '../base/messages/index.js';
import { en } from 'zod/locales';
import { parseDate, parseIsoDate, parseItemTime, parseTimeOfDay, parseSessionTime, parseTimeRange, type Result, type TimeSlot } from './values.js';

// zod/mini sets no locale; classic zod's English messages, for the few issues shown in zod's own words.
z.config(en());

export const itemKinds = ['session', 'break', 'meal'] as const;
export const deadlineKinds = ['registration', 'preparation', 'input', 'follow-up', 'other'] as const;
export const severities = ['error', 'warning', 'off'] as const;

/** YAML reads `0900` and `14.10` as numbers; the parser hands us their text, and editors may see numbers. */
const scalar = z.union([z.string(), z.number()]);

/**
 * A scalar read by a value parser: its text (as typed) through `read`,
 * a failure reported under the rule id `rule` (see catalogue). One
 * transform, not a text step and a parse step: zod pays per step, per value.
 */
export function parsedScalar<T>(rule: Code, read: (s: string) => Result<T>) {
  return z.pipe(
    scalar,
    z.transform((v, ctx): T => {
      const r = read(String(v));
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.message, params: { rule, hint: r.hint }, input: v });
      return z.NEVER;
    }),
  );
}

/**
 * A schema with a description for the JSON Schema. It registers the schema
 * itself (zod/mini has no cloning .meta()), so it is only ever given a
 * fresh one, never a shared one such as `text`.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}
const optional = z.optional;

const time = (what: string) =>
  described(parsedScalar('time-invalid', parseItemTime), `${what}: 09:00, 09.00, 0900, a range 08:30–09:30, an open start "fra 09.30", or "kommer" (TBA) for a time not set yet`);
const timeRange = (what: string) => described(parsedScalar('time-invalid', parseTimeRange), `${what}: a range such as 08:30–14:30`);
const sessionTime = (what: string) => described(parsedScalar('time-invalid', parseSessionTime), `${what}: a range such as 08:30–14:30, or "kommer" (TBA) for hours not set yet`);
const timeOfDay = (what: string) =>
  described(
    parsedScalar('time-invalid', (s) => parseTimeOfDay(s)),
    `${what}: a time of day such as 11:30`,
  );
const isoDate = described(parsedScalar('date-invalid', parseIsoDate), 'ISO date YYYY-MM-DD');
const date = (what: string) => described(parsedScalar('date-invalid', parseDate), `${what}: 2020-01-28, 28.01.2020, or 28.01 for that day nearest the gathering`);

const text = z.string();
const markdown = () => described(z.string(), 'Markdown');
const oneOrMore = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.union([schema, z.array(schema)]),
    z.transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]),
  );
/** Text read as something else: a venue's name as the venue, an e-mail address as the contact. */
const textAs = <T>(make: (s: string) => T) => z.pipe(text, z.transform(make));

const url = () => described(z.string(), 'a web address (https://…)');
const email = () => described(z.string(), 'an e-mail address');

const VenueObject = z.strictObject({
  name: text,
  address: optional(text),
  room: optional(text),
  city: optional(text),
  link: optional(url()),
});
export const Venue = z.union([textAs((name): z.output<typeof VenueObject> => ({ name })), VenueObject]);

/**
 * A sub-point: plain text; "Label: text" (YAML reads it as a one-key map,
 * kept as the text the author typed); or a text with its own sub-points
 * (`- Aktiviteter:` followed by a nested list).
 */
export type PointInput = string | { [text: string]: PointInput[] | string };
export type PointOutput = string | { [text: string]: PointOutput[] };
const oneKey = (r: Record<string, unknown>) => Object.keys(r).length === 1;
/** Said when the issue is made, in the language chosen by then (not when this module loads). */
const pointMessage = () => say('point.shape');
export const Point: z.ZodMiniType<PointOutput, PointInput> = z.union([
  text,
  z.pipe(
    z.record(text, text).check(z.refine(oneKey, { error: pointMessage })),
    z.transform((r) => Object.entries(r).map(([k, v]) => `${k}: ${v}`)[0]),
  ),
  z.record(text, z.array(z.lazy(() => Point))).check(z.refine(oneKey, { error: pointMessage })),
]);

const ItemBase = {
  time: optional(time('When the item runs')),
  title: optional(text),
  kind: described(
    optional(z.enum(itemKinds)),
    'session, break or meal: breaks and meals are set in italics; without it, a title such as "Pause" or "Lunsj" (in the gathering\'s language) makes a break or a meal',
  ),
  for: described(optional(oneOrMore(text)), 'Audience ids the item is for; none means everyone present'),
  lead: described(optional(oneOrMore(text)), 'Who leads the item'),
  alongside: described(
    optional(oneOrMore(text)),
    'The title of the item (or items) this one runs alongside on purpose, such as a standing lunch during registration: the two do not overlap',
  ),
  evening: described(
    optional(z.boolean()),
    "Part of the evening programme, after the day's hours on purpose (a dinner at 19.30); a meal from 16.00 on after the hours (from 18.00 on a day without hours) is taken as such without it",
  ),
  details: optional(markdown()),
  points: optional(z.array(Point)),
  venue: optional(Venue),
};

export interface ItemInput {
  time?: string | number;
  title?: string;
  kind?: (typeof itemKinds)[number];
  for?: string | string[];
  lead?: string | string[];
  alongside?: string | string[];
  evening?: boolean;
  details?: string;
  points?: PointInput[];
  venue?: string | { name: string; address?: string; room?: string; city?: string; link?: string };
  items?: ItemInput[];
  parallel?: ItemInput[];
}

/**
 * A programme entry: an item; a part that groups items (`items:`); or a set
 * of items that run at the same time (`parallel:`), each of which may
 * itself be a part (a track). That an entry has a title, and is not both a
 * part and a parallel set, is checked by the parser (shape.ts).
 */
export interface ItemOutput {
  time?: TimeSlot;
  /** The time is to come ("time: kommer"); set by the parser, which then leaves `time` out. */
  toCome?: boolean;
  title?: string;
  kind?: (typeof itemKinds)[number];
  for?: string[];
  lead?: string[];
  alongside?: string[];
  evening?: boolean;
  details?: string;
  points?: PointOutput[];
  venue?: z.output<typeof Venue>;
  items?: ItemOutput[];
  parallel?: ItemOutput[];
}

export const Item: z.ZodMiniType<ItemOutput, ItemInput> = z.lazy(() =>
  z.strictObject({
    ...ItemBase,
    items: described(optional(z.array(Item)), 'The items of a part ("Del 1, 12.30–14.30")'),
    parallel: described(optional(z.array(Item)), 'Items (or parts) that run at the same time'),
  }),
);

const AudienceObject = z.strictObject({
  label: text,
  from: optional(timeOfDay('When the audience joins')),
  until: optional(timeOfDay('When the audience leaves')),
});
export const Audience = z.union([textAs((label): z.output<typeof AudienceObject> => ({ label })), AudienceObject]);

/** An audience's times on one day; `{}` is all day, `absent` not at all. */
const DayPresence = z.union([
  described(
    z.pipe(
      z.literal('absent'),
      z.transform((): { absent?: true; from?: number; until?: number } => ({ absent: true })),
    ),
    'absent: the audience is not there on this day',
  ),
  z.strictObject({
    from: optional(timeOfDay('When the audience joins on this day')),
    until: optional(timeOfDay('When the audience leaves on this day')),
  }),
]);

export const Day = z.strictObject({
  date: date('The day'),
  title: optional(text),
  hours: optional(timeRange("The day's hours")),
  audiences: described(
    optional(z.record(text, DayPresence)),
    "Audience id → {from, until} on this day, where it differs from the audience's own times; {} is all day, absent not at all",
  ),
  for: described(
    optional(oneOrMore(text)),
    "Audience ids this day is for, one or a list: the others are not there (as 'absent'), and the invitation's dates are the other days, with this one named",
  ),
  optional: described(
    optional(z.boolean()),
    "An optional day, for some only (an arrival day, a day before the meeting): the invitation's dates are the other days, with this one named",
  ),
  venue: optional(Venue),
  programme: optional(z.array(Item)),
});

const daysBefore = parsedScalar('type-mismatch', (s) =>
  /^\d+$/.test(s.trim()) && +s >= 1 && +s <= 60 ? { ok: true, value: +s } : { ok: false, message: say('remind.range', { text: quote(s) }) },
);

export const Deadline = z.strictObject({
  date: date('The deadline'),
  time: optional(timeOfDay('Time of the deadline, e.g. 23:59')),
  what: described(z.string(), 'What is due'),
  to: described(optional(text), 'Where to send it: an e-mail address or a link'),
  kind: described(optional(z.enum(deadlineKinds)), 'registration and preparation fall before the gathering; input and follow-up after it'),
  for: described(optional(oneOrMore(text)), 'Audience ids the deadline is for, one or a list; none means everyone'),
  remind: described(optional(daysBefore), 'Calendars remind of the deadline this many days before it (1–60)'),
});

const ContactObject = z.strictObject({ name: optional(text), email: optional(email()), phone: optional(text), role: optional(text) });
const Contact = z.union([
  z.pipe(
    email(),
    z.transform((e): z.output<typeof ContactObject> => ({ email: e })),
  ),
  ContactObject,
]);

const RegistrationObject = z.strictObject({ text: optional(markdown()), via: optional(text), link: optional(url()), email: optional(email()) });
export const Registration = z.union([textAs((t): z.output<typeof RegistrationObject> => ({ text: t })), RegistrationObject]);

export const Session = z.strictObject({
  date: date('The session'),
  time: optional(sessionTime("The session's hours")),
  venue: optional(Venue),
  title: optional(text),
  cancelled: described(optional(z.boolean()), 'The session will not be held: the page says so, and calendars mark the event cancelled'),
});

/**
 * What a run of dated sessions has: a member group's series and a series of
 * meetings of one kind alike. The run's `venue` and `time` are its
 * sessions' unless a session names its own.
 */
const runOfSessions = {
  description: optional(text),
  venue: optional(Venue),
  time: optional(timeRange("The sessions' hours where a session names none")),
  sessions: optional(z.array(Session)),
};

export const Group = z.strictObject({
  label: text,
  members: optional(z.array(text)),
  ...runOfSessions,
});

/** A kind of meeting a network holds several times a year ("Områdeskonferens"): a run of sessions with no members. */
export const Series = z.strictObject({
  title: text,
  ...runOfSessions,
});

export const Phase = z.strictObject({
  title: text,
  when: optional(text),
  parts: described(optional(z.record(text, markdown())), "Labelled parts in the author's words: Formål, Deltagere, Ramme"),
  points: optional(z.array(Point)),
});

export const ruleSeverities = described(z.record(text, z.enum(severities)), 'Severity per validator rule for this file: error, warning or off');

export const FrontMatter = z.strictObject({
  title: text,
  subtitle: optional(text),
  organiser: optional(text),
  language: z._default(z.enum(languages), 'nb'),
  template: described(optional(text), 'timetable, welcome, network or phases, or a project template'),
  timezone: described(optional(text), "IANA time zone; without it, the language's: Europe/Oslo (nb, nn, en), Europe/Copenhagen (da), Europe/Stockholm (sv)"),
  date: isoDate,
  hours: optional(timeRange("The day's hours")),
  days: described(optional(z.array(Day)), 'For a gathering of several days: each day with its own hours and programme'),
  venue: optional(Venue),
  audiences: described(optional(z.record(text, Audience)), 'Audience id → label, or {label, from, until}'),
  programme: optional(z.array(Item)),
  facts: described(optional(z.record(text, markdown())), "Labelled facts in the author's words: Sted, Hvem, Tema …"),
  deadlines: optional(z.array(Deadline)),
  registration: optional(Registration),
  contact: optional(oneOrMore(Contact)),
  groups: optional(z.array(Group)),
  series: described(
    optional(z.array(Series)),
    'Meetings of several kinds over a year (meetings with the authority, area conferences), each kind with its dated sessions; no members',
  ),
  phases: optional(z.array(Phase)),
  rules: optional(ruleSeverities),
});

export type FrontMatterInput = z.input<typeof FrontMatter>;
export type FrontMatterOutput = z.output<typeof FrontMatter>;
