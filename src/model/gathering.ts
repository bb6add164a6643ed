/**
 * The typed model of one gathering. It is the front matter as the schema
 * read it, with two additions: every object has a Location, where it and
 * each of its fields were written (location.ts: spanOf), and the day or
 * days are normalised into `days`, each with its own hours and programme.
 */
import type { Root } from 'mdast';
import type { FrontMatterOutput, ItemOutput } from './schema.js';
import type { WrittenDate, TimeSlot } from './values.js';
import type { Located } from './location.js';

export { spanOf, type Located } from './location.js';

/** A date whose year is known (filled from the gathering where the author left it out). */
export interface FullDate extends WrittenDate, Located {
  year: number;
  /** The author typed a day and month only; the year is the gathering's. */
  yearInferred?: boolean;
}

export type Time = TimeSlot & Located;

/** The located form of a schema output type. */
export type Loc<T> = T extends WrittenDate
  ? FullDate
  : T extends TimeSlot
    ? Time
    : T extends readonly (infer U)[]
      ? Loc<U>[]
      : T extends object
        ? { [K in keyof T]: Loc<T[K]> } & Located
        : T;

export type FrontMatter = Loc<FrontMatterOutput>;
export type Item = Loc<ItemOutput>;
export type Venue = NonNullable<FrontMatter['venue']>;
export type Audience = NonNullable<FrontMatter['audiences']>[string];
export type Deadline = NonNullable<FrontMatter['deadlines']>[number];
export type Group = NonNullable<FrontMatter['groups']>[number];
export type Session = NonNullable<Group['sessions']>[number];
export type Series = NonNullable<FrontMatter['series']>[number];
export type Phase = NonNullable<FrontMatter['phases']>[number];
export type Point = NonNullable<ItemOutput['points']>[number];

export interface Day extends Located {
  date: FullDate;
  title?: string;
  hours?: Time;
  /** The hours are the gathering's usual hours, not the day's own: a day may end before they do. */
  hoursInherited?: boolean;
  /** Audience id → its times on this day, where they differ from the audience's own (presence.ts). */
  audiences?: Record<string, { from?: number; until?: number; absent?: true } & Located>;
  /** The audiences this day is for: the others are absent, and it is not one of the main days (schema: Day). */
  for?: string[];
  /** An optional day, for some only: the invitation's dates are the other days (schema: Day). */
  optional?: boolean;
  venue?: Venue;
  programme: Item[];
}

export interface Gathering extends Omit<FrontMatter, 'days' | 'programme' | 'hours' | 'date' | 'timezone'> {
  /** The source's, else its language's (i18n: timezone). */
  timezone: string;
  /** The file as named on the command line (or relative to the project). */
  file: string;
  date: FullDate;
  /** One entry for a one-day gathering; several for `days:`. */
  days: Day[];
  /** The Markdown body, positions in file coordinates. */
  body: Root;
}
