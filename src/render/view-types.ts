/**
 * The view model: what a template sees. Plain data, already localised and
 * formatted; Markdown is already sanitized HTML (the only values a template
 * prints with {{{…}}}: fields named `html`, `details`, `aside`, `styles`
 * and the CSS strings of `pageFooter`).
 *
 * Every key is always present (absent values are `undefined`), so that
 * Handlebars' strict mode catches a misspelt field in a template.
 */
import type { Labels } from '../base/i18n/index.js';

export const blockNames = ['programme', 'facts', 'deadlines', 'groups', 'series', 'phases', 'registration'] as const;
export type BlockName = (typeof blockNames)[number];

export interface ViewModel {
  /** The template's name, also the body's class (`template-timetable`). */
  template: string;
  /** BCP 47 language of the page (`nb`, `nn`, `da`, `sv`, `en`). */
  lang: string;
  labels: Labels;
  title: string;
  subtitle: string | undefined;
  organiser: string | undefined;
  /** Shown beside the logo: branding's organisation, else the organiser. */
  organisation: string | undefined;
  /** The logo as a data: URL. */
  logo: string | undefined;
  /** The whole style sheet: fonts, accent colour, base and template CSS. */
  styles: string;
  /** CSS `content` values for the page's margin boxes. */
  pageFooter: { counter: string; text: string | undefined };
  /** The header's kicker ("Velkommen til samling"), unless the title says it already. */
  welcome: string | undefined;
  when: {
    /** The (first) day in full: "tirsdag 28. januar 2020". */
    date: string;
    /** The day or days: "15.–16. august 2019" for several. */
    dates: string;
    /** "kl. 08.30–14.30"; for an audience, its own hours. */
    hours: string | undefined;
    /** The days beside the main ones, named after them: "med valfri førdag 16. april". */
    beside: string | undefined;
    /** A series' overview whose groups meet for this gathering on dates of their own: each group's session. */
    groups: { label: string; date: string; hours: string | undefined; venue: string | undefined; venueLink: LinkView | undefined }[] | undefined;
  };
  venue: string | undefined;
  /** The venue's `link` (its web page, an online meeting's address), printed beside it: `{{> link venueLink}}`. */
  venueLink: LinkView | undefined;
  /** Set in an audience's invitation. */
  /** In an audience's invitation: whom it is for, and when it is there ("kl. 18.00–19.30", "frå kl. 18.00"). */
  audience: { label: string; times: string | undefined } | undefined;
  /** Set in a group's invitation. */
  group: GroupView | undefined;
  programme: ProgrammeView;
  days: DayView[];
  multiDay: boolean;
  facts: LabelledView[];
  deadlines: DeadlineView[];
  registration: RegistrationView | undefined;
  contacts: ContactView[];
  groups: GroupView[];
  /** Some group lists members: the groups table has a Members column (else none, not an empty one). */
  membersColumn: boolean;
  /** A series of meetings by kind: a row a kind, each with its dated sessions (the groups' table, without members). */
  series: GroupView[];
  phases: PhaseView[];
  /** The Markdown body, cut where a directive places a block. */
  body: Segment[];
  /** The `:::aside` side panel, as HTML. */
  aside: string | undefined;
  /** Which blocks the body places itself; the template puts the others. */
  placed: Record<BlockName, boolean>;
  /** Default headings of the blocks, for a template that places them. */
  headings: Record<BlockName, string>;
}

export interface Segment {
  /** Prose, as sanitized HTML; or a block to place here. */
  html: string | undefined;
  block: BlockName | undefined;
  /** The heading the block prints: the directive's label, the default, or '' under an author's heading. */
  heading: string | undefined;
}

export interface ProgrammeView {
  /** Any day has a programme. */
  present: boolean;
  /** How the template lays the programme out. */
  layout: 'table' | 'ranges' | 'list' | 'agenda';
  isTable: boolean;
  isRanges: boolean;
  isList: boolean;
  isAgenda: boolean;
  /** An agenda whose every item is numbered by its author ("1. Opening", "Sak 23/26 Budget"): printed without numbers of its own, which would say "1. 1. Opening". */
  ownNumbers: boolean;
  /** Print the audience column. */
  hasAudience: boolean;
}

export interface DayView {
  /** For a gathering of several days: "Dag 1 – torsdag 15. august 2019". */
  heading: string;
  title: string | undefined;
  date: string;
  hours: string | undefined;
  venue: string | undefined;
  venueLink: LinkView | undefined;
  /** The day's label as a table continued on a new page repeats it: "Dag 2 – fredag 13. mars 2026: Samarbeid (forts.)"; of a programme of one day, its date: "fredag 13. mars 2026 (forts.)". */
  continued: string;
  /** The day's label over a part's table, which the day's heading does not cover: "Dag 2 – fredag 13. mars 2026: Samarbeid". */
  label: string;
  rows: RowView[];
  /** The rows as the tables a page prints: one for each part (outside a parallel set), one for each run of rows between. */
  tables: TableView[];
}

/** A run of a day's rows printed as one table, whose head repeats on every page it continues on. */
export interface TableView {
  /** The part the rows belong to: its row heads the table, so that a page the part continues on names it. */
  part: RowView | undefined;
  rows: RowView[];
  /** The day's first table, which its heading stands over (and covers its head's "(forts.)" label); a later one names the day. */
  first: boolean;
  /** No page break before the table: its first row is among the day's last four, or the row before it keeps with it. */
  keepWithPrevious: boolean;
  /** The label over the table: the day's, and the parts around its rows that its head row does not name ("Dag 1 – tirsdag 5. mai 2026 · Del 2"). */
  label: string;
}

export interface RowView {
  /** The time as printed: "09.00", "08.30–09.30", "" for a row that follows the row above. */
  time: string;
  title: string;
  /** Who leads it: "Anne Therese Bruserud og Anne Lise Landsverk". */
  lead: string | undefined;
  kind: 'session' | 'break' | 'meal' | 'part' | 'parallel';
  /** Breaks and meals, set in italics. */
  italic: boolean;
  details: string | undefined;
  points: PointView[];
  /** The audience cell: '' when it is the same as the row above. */
  audience: string;
  /** Whom the row is for, on every row ('' without audiences): print repeats it, so that a page the table continues on names its rows' audience. */
  who: string;
  venue: string | undefined;
  venueLink: LinkView | undefined;
  /** 0 at the top; 1 for the items of a part or parallel set. */
  depth: number;
  /** A moment rather than a stretch of time ("08.30 Velkommen"). */
  point: boolean;
  /** Its time is to come: the time column says so, in the invitation's language. */
  toCome: boolean;
  /** No page break after this row: a part's or a set's title row and the two rows after it, a set's rows but its last, the day's first two rows. */
  keepWithNext: boolean;
  /** No page break before this row: the last three rows of a day stay with the one before them. */
  keepWithPrevious: boolean;
}

export interface PointView {
  text: string;
  points: PointView[];
}

export interface LabelledView {
  label: string;
  html: string;
}

export interface DeadlineView {
  /** "fredag 14. mars 2025", with the time if any. */
  date: string;
  what: string;
  to: LinkView | undefined;
  kind: string;
  /** Whom it is for, in the whole gathering's invitation, when it is for some audiences only: "Delegater". */
  who: string | undefined;
}

export interface LinkView {
  text: string;
  /** A mailto: or http(s): address; undefined when the value is plain text. */
  href: string | undefined;
}

export interface RegistrationView {
  html: string | undefined;
  via: string | undefined;
  link: LinkView | undefined;
  email: LinkView | undefined;
}

export interface ContactView {
  /** The role, or the catalogue's "Kontaktperson". */
  label: string;
  name: string | undefined;
  email: LinkView | undefined;
  phone: string | undefined;
}

export interface GroupView {
  label: string;
  description: string | undefined;
  members: string[];
  /** "Borgen, Hovedgården og Solvang". */
  memberList: string;
  venue: string | undefined;
  venueLink: LinkView | undefined;
  sessions: SessionView[];
  /** One of the sessions is this invitation's (at the gathering's date): the masthead names it, else the gathering's own date. */
  hasCurrent: boolean;
}

export interface SessionView {
  date: string;
  hours: string | undefined;
  venue: string | undefined;
  venueLink: LinkView | undefined;
  title: string | undefined;
  /** The title ends in its own mark (?, !, .): the hours follow it without a comma ("Hva nå? kl. 13.00–16.00"). */
  titleEnds: boolean;
  /** The session this invitation is for. */
  current: boolean;
  /** The session will not be held (`cancelled: true`): printed crossed out, after the word for it. */
  cancelled: boolean;
}

export interface PhaseView {
  number: number;
  title: string;
  when: string | undefined;
  parts: LabelledView[];
  points: PointView[];
}
