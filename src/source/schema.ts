/**
 * The front matter's schema: the one definition from which the parser's
 * checks, the typed model and `agenda schema`'s JSON Schema all come.
 *
 * Field names are short English words a Nordic secretary can type from
 * memory; where either a short or a full form is natural, both are accepted
 * (`venue: Lampeland` or `venue: {name: Lampeland, city: Kongsberg}`).
 * Times and dates arrive as the author's source text (see parse.ts), so
 * `09.00`, `0900` and `14.10` are read as typed, never as numbers.
 */
import { z } from 'zod';
import {
  parseDate,
  parseIsoDate,
  parseTimeOfDay,
  parseTimeRange,
  parseTimeSlot,
  type Result,
  type TimeSlot,
} from './values.js';

export const languages = ['nb', 'nn', 'da', 'sv', 'en'] as const;
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
function parsedScalar<T>(rule: string, read: (s: string) => Result<T>) {
  return scalar.transform((v, ctx): T => {
    const r = read(String(v));
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message, params: { rule, hint: r.hint } });
    return z.NEVER;
  });
}

const time = (what: string) =>
  parsedScalar('time-invalid', parseTimeSlot).meta({ description: `${what}: 09:00, 09.00, 0900, a range 08:30–09:30, or an open start "fra 09.30"` });
const timeRange = (what: string) => parsedScalar('time-invalid', parseTimeRange).meta({ description: `${what}: a range such as 08:30–14:30` });
const timeOfDay = (what: string) =>
  parsedScalar('time-invalid', (s) => parseTimeOfDay(s)).meta({ description: `${what}: a time of day such as 11:30` });
const isoDate = parsedScalar('date-invalid', parseIsoDate).meta({ description: 'ISO date YYYY-MM-DD' });
const date = (what: string) =>
  parsedScalar('date-invalid', parseDate).meta({ description: `${what}: 2020-01-28, 28.01.2020, or 28.01 for a day in the gathering's year` });

const text = z.string();
const markdown = z.string().meta({ description: 'Markdown' });
const oneOrMore = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

const url = z.string().meta({ description: 'a web address (https://…)' });
const email = z.string().meta({ description: 'an e-mail address' });

const VenueObject = z.strictObject({
  name: text,
  address: text.optional(),
  room: text.optional(),
  city: text.optional(),
  link: url.optional(),
});
export const Venue = z.union([text.transform((name): z.output<typeof VenueObject> => ({ name })), VenueObject]);

/**
 * A sub-point: plain text; "Label: text" (YAML reads it as a one-key map,
 * kept as the text the author typed); or a text with its own sub-points
 * (`- Aktiviteter:` followed by a nested list).
 */
export type PointInput = string | { [text: string]: PointInput[] | string };
export type PointOutput = string | { [text: string]: PointOutput[] };
const oneKey = (r: Record<string, unknown>) => Object.keys(r).length === 1;
const pointMessage = 'a sub-point with sub-points of its own is written "- text:" followed by its list';
export const Point: z.ZodType<PointOutput, PointInput> = z.union([
  text,
  z
    .record(text, text)
    .refine(oneKey, { message: pointMessage })
    .transform((r) => Object.entries(r).map(([k, v]) => `${k}: ${v}`)[0]),
  z.record(text, z.array(z.lazy(() => Point))).refine(oneKey, { message: pointMessage }),
]);

const ItemBase = {
  time: time('When the item runs').optional(),
  title: text.optional(),
  kind: z.enum(itemKinds).optional().meta({ description: 'session (default), break or meal: breaks and meals are set in italics' }),
  for: oneOrMore(text).optional().meta({ description: 'Audience ids the item is for; none means everyone present' }),
  lead: oneOrMore(text).optional().meta({ description: 'Who leads the item' }),
  details: markdown.optional(),
  points: z.array(Point).optional(),
  venue: Venue.optional(),
};

export interface ItemInput {
  time?: string | number;
  title?: string;
  kind?: (typeof itemKinds)[number];
  for?: string | string[];
  lead?: string | string[];
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
  title?: string;
  kind?: (typeof itemKinds)[number];
  for?: string[];
  lead?: string[];
  details?: string;
  points?: PointOutput[];
  venue?: z.output<typeof Venue>;
  items?: ItemOutput[];
  parallel?: ItemOutput[];
}

export const Item: z.ZodType<ItemOutput, ItemInput> = z.lazy(() =>
  z.strictObject({
    ...ItemBase,
    items: z.array(Item).optional().meta({ description: 'The items of a part ("Del 1, 12.30–14.30")' }),
    parallel: z.array(Item).optional().meta({ description: 'Items (or parts) that run at the same time' }),
  }),
);

const AudienceObject = z.strictObject({
  label: text,
  from: timeOfDay('When the audience joins').optional(),
  until: timeOfDay('When the audience leaves').optional(),
});
export const Audience = z.union([text.transform((label): z.output<typeof AudienceObject> => ({ label })), AudienceObject]);

export const Day = z.strictObject({
  date: date('The day'),
  title: text.optional(),
  hours: timeRange("The day's hours").optional(),
  venue: Venue.optional(),
  programme: z.array(Item).optional(),
});

export const Deadline = z.strictObject({
  date: date('The deadline'),
  time: timeOfDay('Time of the deadline, e.g. 23:59').optional(),
  what: text.meta({ description: 'What is due' }),
  to: text.optional().meta({ description: 'Where to send it: an e-mail address or a link' }),
  kind: z.enum(deadlineKinds).optional().meta({
    description: 'registration and preparation fall before the gathering; input and follow-up after it',
  }),
});

const ContactObject = z.strictObject({ name: text.optional(), email: email.optional(), phone: text.optional(), role: text.optional() });
const Contact = z.union([email.transform((e): z.output<typeof ContactObject> => ({ email: e })), ContactObject]);

const RegistrationObject = z.strictObject({ text: markdown.optional(), via: text.optional(), link: url.optional(), email: email.optional() });
export const Registration = z.union([text.transform((t): z.output<typeof RegistrationObject> => ({ text: t })), RegistrationObject]);

export const Session = z.strictObject({
  date: date('The session'),
  time: timeRange('The session\'s hours').optional(),
  venue: Venue.optional(),
  title: text.optional(),
});

export const Group = z.strictObject({
  label: text,
  description: text.optional(),
  members: z.array(text).optional(),
  venue: Venue.optional(),
  sessions: z.array(Session).optional(),
});

export const Phase = z.strictObject({
  title: text,
  when: text.optional(),
  parts: z.record(text, markdown).optional().meta({ description: 'Labelled parts in the author\'s words: Formål, Deltagere, Ramme' }),
  points: z.array(Point).optional(),
});

export const ruleSeverities = z.record(text, z.enum(severities)).meta({
  description: 'Severity per validator rule for this file: error, warning or off',
});

export const FrontMatter = z.strictObject({
  title: text,
  subtitle: text.optional(),
  organiser: text.optional(),
  language: z.enum(languages).default('nb'),
  template: text.optional().meta({ description: 'timetable, welcome, network or phases, or a project template' }),
  timezone: text.default('Europe/Oslo'),
  date: isoDate,
  hours: timeRange("The day's hours").optional(),
  days: z.array(Day).optional().meta({ description: 'For a gathering of several days: each day with its own hours and programme' }),
  venue: Venue.optional(),
  audiences: z.record(text, Audience).optional().meta({ description: 'Audience id → label, or {label, from, until}' }),
  programme: z.array(Item).optional(),
  facts: z.record(text, markdown).optional().meta({ description: 'Labelled facts in the author\'s words: Sted, Hvem, Tema …' }),
  deadlines: z.array(Deadline).optional(),
  registration: Registration.optional(),
  contact: oneOrMore(Contact).optional(),
  groups: z.array(Group).optional(),
  phases: z.array(Phase).optional(),
  rules: ruleSeverities.optional(),
});

export type FrontMatterInput = z.input<typeof FrontMatter>;
export type FrontMatterOutput = z.output<typeof FrontMatter>;

/** The JSON Schema of the front matter, for editors and other tools. */
export function frontMatterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FrontMatter, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://agenda.invalid/schema/front-matter.json',
    title: 'agenda gathering front matter',
    ...schema,
  };
}
