/**
 * What each field of the front matter and of the project config means, with
 * an example: one table read by `agenda schema` (descriptions, examples and
 * patterns in the JSON Schema), and by the language server's hover and
 * completion. Keyed by a field's path with list items as `[]` and the keys
 * of a map the author names (audience ids, rule ids, fact labels) as `*`;
 * docKey turns any path in a source into such a key.
 */
import { type MessageKey, say } from '../base/messages/index.js';
import { own } from '../base/own.js';
import { TO_COME } from './values.js';

export interface FieldDoc {
  /** What the field means and how it is written, in the language say() speaks (read at each use). */
  readonly description: string;
  /** A value as the author writes it (as YAML reads it). */
  example: unknown;
  /** The form the written text takes (times and dates), as a JSON Schema pattern. */
  pattern?: string;
}

const KL = '(?:[Kk][Ll](?:[Oo](?:[Kk][Kk](?:[Aa]|[Ee][Nn]))?)?\\.?\\s*)?';
const CLOCK = `${KL}(?:\\d{1,2}(?:[:.]\\d{2})?|\\d{4})`;
const DASH = '\\s*[-–—‒−]\\s*';
const OPEN = '(?:(?:[Ff]ra|[Ff]rå|[Ff]rån|[Ff]rom)\\s+)';
/** A word in any case, without the flags a JSON Schema pattern cannot have: "tba" → "[tT][bB][aA]". */
const anyCase = (word: string) => [...word].map((c) => (c === ' ' ? '\\s+' : c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
const TO_COME_WORDS = `(?:${TO_COME.map(anyCase).join('|')})[.!…]*`;

/** The written forms values.ts reads, as JSON Schema patterns (ECMA-262, no flags). */
export const patterns = {
  timeOfDay: `^\\s*${CLOCK}\\s*$`,
  timeSlot: `^\\s*(?:${KL}(?:${OPEN}${CLOCK}|${CLOCK}(?:${DASH}${CLOCK})?)|${TO_COME_WORDS})\\s*$`,
  timeRange: `^\\s*${CLOCK}${DASH}${CLOCK}\\s*$`,
  sessionTime: `^\\s*(?:${CLOCK}${DASH}${CLOCK}|${TO_COME_WORDS})\\s*$`,
  isoDate: '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$',
  date: '^\\s*(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\s?\\d{1,2}\\.?(?:\\s?-?(?:\\d{4}|\\d{2}))?)\\s*$',
};

/** A field's doc: its description is the catalogue's message `key`, said in the current language when read. */
function doc(key: string, example: unknown, pattern?: string): FieldDoc {
  return {
    get description() {
      return say(key as MessageKey);
    },
    example,
    pattern,
  };
}

const venue: Record<string, FieldDoc> = {
  venue: doc('field.venue', { name: 'Nationalteatret Konferansesenter', city: 'Oslo' }),
  'venue.name': doc('field.venue.name', 'Lampeland hotell'),
  'venue.address': doc('field.venue.address', 'Johanne Dybwads plass 1'),
  'venue.room': doc('field.venue.room', 'Store sal'),
  'venue.city': doc('field.venue.city', 'Kongsberg'),
  'venue.link': doc('field.venue.link', 'https://example.no/kart'),
};

const item: Record<string, FieldDoc> = {
  programme: doc('field.programme', [{ time: '09:00', title: 'Velkommen' }]),
  'programme[]': doc('field.programme[]', { time: '09:00', title: 'Velkommen', for: 'owners' }),
  'programme[].time': doc('field.programme[].time', '09.00–09.30', patterns.timeSlot),
  'programme[].title': doc('field.programme[].title', 'Intensjoner og rammer'),
  'programme[].kind': doc('field.programme[].kind', 'break'),
  'programme[].for': doc('field.programme[].for', ['owners', 'principals']),
  'programme[].lead': doc('field.programme[].lead', 'Kari Nordmann'),
  'programme[].details': doc('field.programme[].details', 'Ta med *egen* PC.'),
  'programme[].points': doc('field.programme[].points', ['Presentasjon av samordningsgruppa', 'Økonomi']),
  'programme[].points[].*': doc('field.programme[].points[].*', ['Gruppearbeid', 'Oppsummering']),
  'programme[].venue': venue.venue,
  'programme[].alongside': doc('field.programme[].alongside', 'Registrering'),
  'programme[].evening': doc('field.programme[].evening', true),
  'programme[].items': doc('field.programme[].items', [{ time: '12:30', title: 'Gruppearbeid' }]),
  'programme[].parallel': doc('field.programme[].parallel', [{ title: 'Spor A' }, { title: 'Spor B' }]),
};

export const frontMatterDocs: Record<string, FieldDoc> = {
  title: doc('field.title', 'Oppstartsamling i Regionalt skoleeiersamarbeid ØST'),
  subtitle: doc('field.subtitle', 'Samling 1 av 3'),
  organiser: doc('field.organiser', 'Regionalt skoleeiersamarbeid ØST'),
  language: doc('field.language', 'nb'),
  template: doc('field.template', 'timetable'),
  timezone: doc('field.timezone', 'Europe/Oslo'),
  date: doc('field.date', '2020-01-28', patterns.isoDate),
  hours: doc('field.hours', '09:00–15:30', patterns.timeRange),
  days: doc('field.days', [{ date: '2025-08-21', hours: '10:00–16:00' }]),
  'days[]': doc('field.days[]', { date: '2025-08-21', title: 'Dag 1', hours: '10:00–16:00' }),
  'days[].date': doc('field.days[].date', '21.08', patterns.date),
  'days[].title': doc('field.days[].title', 'Torsdag: fagdag'),
  'days[].hours': doc('field.days[].hours', '10:00–16:00', patterns.timeRange),
  'days[].audiences': doc('field.days[].audiences', { principals: {}, owners: { from: '13:00' }, guests: 'absent' }),
  'days[].audiences.*': doc('field.days[].audiences.*', { from: '13:00' }),
  'days[].audiences.*.from': doc('field.days[].audiences.*.from', '13:00', patterns.timeOfDay),
  'days[].audiences.*.until': doc('field.days[].audiences.*.until', '15:00', patterns.timeOfDay),
  'days[].optional': doc('field.days[].optional', true),
  'days[].for': doc('field.days[].for', 'styret'),
  ...venue,
  audiences: doc('field.audiences', { owners: 'Administrative skoleeiere', principals: { label: 'Rektorer', from: '11:30' } }),
  'audiences.*': doc('field.audiences.*', { label: 'Rektorer', from: '11:30' }),
  'audiences.*.label': doc('field.audiences.*.label', 'Rektorer'),
  'audiences.*.from': doc('field.audiences.*.from', '11:30', patterns.timeOfDay),
  'audiences.*.until': doc('field.audiences.*.until', '14:00', patterns.timeOfDay),
  ...item,
  facts: doc('field.facts', { Hvem: 'Skoleeiere og rektorer', Tema: 'Samarbeid' }),
  'facts.*': doc('field.facts.*', 'Skoleeiere og rektorer'),
  deadlines: doc('field.deadlines', [{ date: '14.01.2020', what: 'Påmelding', kind: 'registration' }]),
  'deadlines[]': doc('field.deadlines[]', { date: '14.01.2020', what: 'Påmelding', to: 'post@example.no', kind: 'registration' }),
  'deadlines[].date': doc('field.deadlines[].date', '14.01.2020', patterns.date),
  'deadlines[].time': doc('field.deadlines[].time', '12:00', patterns.timeOfDay),
  'deadlines[].what': doc('field.deadlines[].what', 'Påmelding'),
  'deadlines[].to': doc('field.deadlines[].to', 'post@example.no'),
  'deadlines[].for': doc('field.deadlines[].for', 'delegates'),
  'deadlines[].remind': doc('field.deadlines[].remind', 3),
  'deadlines[].kind': doc('field.deadlines[].kind', 'registration'),
  registration: doc('field.registration', { via: 'skjema', link: 'https://example.no/påmelding' }),
  'registration.text': doc('field.registration.text', 'Påmelding innen 14. januar.'),
  'registration.via': doc('field.registration.via', 'påmeldingsskjema'),
  'registration.link': doc('field.registration.link', 'https://example.no/påmelding'),
  'registration.email': doc('field.registration.email', 'post@example.no'),
  contact: doc('field.contact', { name: 'Kari Nordmann', email: 'kari@example.no' }),
  'contact.name': doc('field.contact.name', 'Kari Nordmann'),
  'contact.email': doc('field.contact.email', 'kari@example.no'),
  'contact.phone': doc('field.contact.phone', '+47 900 00 000'),
  'contact.role': doc('field.contact.role', 'Koordinator'),
  groups: doc('field.groups', [{ label: 'Gruppe 1', members: ['Asker', 'Bærum'] }]),
  'groups[]': doc('field.groups[]', { label: 'Gruppe 1', members: ['Asker', 'Bærum'], sessions: [{ date: '12.10.2018' }] }),
  'groups[].label': doc('field.groups[].label', 'Gruppe 1'),
  'groups[].description': doc('field.groups[].description', 'Skoler i nord'),
  'groups[].members': doc('field.groups[].members', ['Asker', 'Bærum']),
  'groups[].sessions': doc('field.groups[].sessions', [{ date: '12.10.2018', time: '09:00–12:00' }]),
  'groups[].sessions[]': doc('field.groups[].sessions[]', { date: '12.10.2018', time: '09:00–12:00' }),
  'groups[].sessions[].date': doc('field.groups[].sessions[].date', '12.10.2018', patterns.date),
  'groups[].sessions[].time': doc('field.groups[].sessions[].time', '09:00–12:00', patterns.sessionTime),
  'groups[].sessions[].cancelled': doc('field.sessions[].cancelled', true),
  'groups[].sessions[].title': doc('field.groups[].sessions[].title', 'Oppstart'),
  'groups[].time': doc('field.groups[].time', '08:30–13:00', patterns.timeRange),
  series: doc('field.series', [{ title: 'Områdesamlinger', time: '09:00–15:30', sessions: [{ date: '08.10.2026', venue: 'Kongsberg' }] }]),
  'series[]': doc('field.series[]', { title: 'Møter med Udir', time: '10:00–12:00', sessions: [{ date: '17.09.2026' }, { date: '21.01.2027' }] }),
  'series[].title': doc('field.series[].title', 'Områdesamlinger'),
  'series[].description': doc('field.series[].description', 'Kommunalsjefer og rektorer, én samling i hvert område'),
  'series[].time': doc('field.series[].time', '09:00–15:30', patterns.timeRange),
  'series[].sessions': doc('field.series[].sessions', [
    { date: '08.10.2026', venue: 'Kongsberg' },
    { date: '11.02.2027', venue: 'Notodden' },
  ]),
  'series[].sessions[]': doc('field.series[].sessions[]', { date: '08.10.2026', title: 'Numedal', venue: 'Kongsberg' }),
  'series[].sessions[].date': doc('field.series[].sessions[].date', '08.10.2026', patterns.date),
  'series[].sessions[].time': doc('field.series[].sessions[].time', '10:00–12:00', patterns.sessionTime),
  'series[].sessions[].cancelled': doc('field.sessions[].cancelled', true),
  'series[].sessions[].title': doc('field.series[].sessions[].title', 'Numedal'),
  phases: doc('field.phases', [{ title: 'Fase 1', when: 'Høsten 2020' }]),
  'phases[]': doc('field.phases[]', { title: 'Fase 1', when: 'Høsten 2020', parts: { Formål: 'Felles forståelse' } }),
  'phases[].title': doc('field.phases[].title', 'Fase 1: Kartlegging'),
  'phases[].when': doc('field.phases[].when', 'Høsten 2020'),
  'phases[].parts': doc('field.phases[].parts', { Formål: 'Felles forståelse', Ramme: 'To dager' }),
  'phases[].parts.*': doc('field.phases[].parts.*', 'Felles forståelse'),
  'phases[].points': doc('field.phases[].points', ['Kartlegging', 'Analyse']),
  'phases[].points[].*': doc('field.phases[].points[].*', ['Kartlegging', 'Analyse']),
  rules: doc('field.rules', { 'member-duplicate': 'off', gap: 'error' }),
  'rules.*': doc('field.rules.*', 'off'),
};

export const configDocs: Record<string, FieldDoc> = {
  rules: doc('configField.rules', { 'member-duplicate': 'off', gap: 'error' }),
  'rules.*': doc('configField.rules.*', 'warning'),
  template: doc('configField.template', 'timetable'),
  templates: doc('configField.templates', 'maler'),
  branding: doc('configField.branding', { organisation: 'Asker kommune', accent: '#1a4f8b' }),
  'branding.organisation': doc('configField.branding.organisation', 'Asker kommune'),
  'branding.logo': doc('configField.branding.logo', 'logo.png'),
  'branding.accent': doc('configField.branding.accent', '#1a4f8b'),
  'branding.footer': doc('configField.branding.footer', 'Asker kommune – oppvekst'),
  audiences: doc('configField.audiences', 'all'),
  groups: doc('configField.groups', true),
  concurrency: doc('configField.concurrency', 2),
  browser: doc('configField.browser', '/usr/bin/chromium'),
  link: doc('configField.link', 'https://example.no/samlinger/{name}.html'),
  'time-separator': doc('configField.time-separator', '.'),
  'max-warnings': doc('configField.max-warnings', 0),
  messages: doc('configField.messages', 'nb'),
  site: doc('configField.site', { title: 'Samlinger for skoleledere', 'base-url': 'https://example.no/samlinger/' }),
  'site.title': doc('configField.site.title', 'Samlinger for skoleledere'),
  'site.introduction': doc('configField.site.introduction', 'Her finner du samlingene i **skolenettverket**.'),
  'site.base-url': doc('configField.site.base-url', 'https://example.no/samlinger/'),
  'site.accessibility': doc('configField.site.accessibility', 'https://uustatus.no/nb/erklaringer/publisert/0000'),
  'site.contact': doc('configField.site.contact', 'Spørsmål: [post@example.no](mailto:post@example.no)'),
  'site.branding': doc('configField.site.branding', { organisation: 'Kompetansenettverket Øst', accent: '#2d5f3a' }),
  'site.branding.organisation': doc('configField.branding.organisation', 'Kompetansenettverket Øst'),
  'site.branding.logo': doc('configField.branding.logo', 'nettverk.svg'),
  'site.branding.accent': doc('configField.branding.accent', '#2d5f3a'),
  'site.branding.footer': doc('configField.branding.footer', 'Kompetansenettverket Øst'),
  sources: doc('configField.sources', ['gatherings/**/*.md']),
  exclude: doc('configField.exclude', ['gatherings/drafts/**']),
  install: doc('configField.install', '0.1.0'),
};

/** Maps named by their author: the key after one of these is any name. */
const NAMED_KEYS = /^(?:audiences|facts|rules|phases\[\]\.parts)$|points\[\]$/;

/**
 * The doc key of a path in a source (`['days', 0, 'programme', 2, 'items',
 * 0, 'venue', 'name']` → `venue.name`): list indexes become `[]`, names in
 * author-named maps `*`, nested items `programme[]`, any venue `venue`,
 * a list of one-or-more values (`for`, `contact`) its field, and anything
 * inside a sub-point its label (`points[].*`).
 */
export function docKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const step of path) {
    if (typeof step === 'number') key += '[]';
    else key += (key ? '.' : '') + (NAMED_KEYS.test(key) ? '*' : step);
  }
  key = key.replace(/^days\[\]\.programme/, 'programme');
  while (/programme\[\]\.(?:items|parallel)\[\]/.test(key)) key = key.replace(/programme\[\]\.(?:items|parallel)\[\]/, 'programme[]');
  key = key.replace(/^.+\.(venue(?:\.|$))/, '$1');
  key = key.replace(/^contact\[\]/, 'contact');
  key = key.replace(/(points\[\])\..*$/, '$1.*');
  return key;
}

/** The doc of a path, or of the field whose value it is an item of (`for[]` → `for`). */
export function fieldDoc(path: readonly (string | number)[], table: Record<string, FieldDoc> = frontMatterDocs): FieldDoc | undefined {
  const key = docKey(path);
  return own(table, key) ?? (key.endsWith('[]') ? own(table, key.slice(0, -2)) : undefined);
}
