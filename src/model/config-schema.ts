/**
 * What `agenda.config.yaml` may say: its schema and the config's type.
 * Reading and checking the file is src/pipeline/config.ts's.
 */
import * as z from 'zod/mini';
import { languages } from '../base/i18n/index.js';
import { described, parsedScalar, ruleSeverities } from './schema.js';
import { quote, say } from '../base/messages/index.js';

const count = parsedScalar('type-mismatch', (s) => {
  const n = Number(s);
  return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, message: say('number.whole', { text: quote(s) }) };
});

const optional = z.optional;

/** Who publishes: on every invitation and the index page (`branding:`), or on the index page alone (`site: {branding:}`). */
const Branding = z.strictObject({
  organisation: optional(z.string()),
  logo: described(optional(z.string()), 'Image file, relative to the config file'),
  accent: optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/, 'the accent colour is written #RGB or #RRGGBB'))),
  footer: optional(z.string()),
});

export const ConfigSchema = z.strictObject({
  rules: optional(ruleSeverities),
  template: described(optional(z.string()), 'Default template for sources that name none'),
  templates: described(optional(z.string()), 'Folder of project templates and partials that override the built-in ones'),
  branding: optional(Branding),
  audiences: described(optional(z.union([z.literal('all'), z.array(z.string())])), 'Audience views to build: all, or a list of audience ids'),
  groups: described(optional(z.boolean()), 'Build an invitation for each group of a series'),
  concurrency: optional(count),
  browser: described(optional(z.string()), 'Path of the Chrome or Chromium to print PDFs with'),
  link: described(optional(z.string()), 'Public address of the invitations, {name} is replaced by the output name'),
  'time-separator': optional(z.enum(['.', ':'])),
  // The output folder's index page (src/drivers/site/index-page.ts).
  site: described(
    optional(
      z.strictObject({
        title: described(optional(z.string()), "The index page's title; without it, Invitasjoner (Invitations) in the page's language"),
        introduction: described(optional(z.string()), 'Markdown under the title: who publishes the invitations, and for whom'),
        'base-url': described(
          optional(z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/i, { error: () => say('config.site-base-url') }))),
          'Public address of the output folder, https://…; calendar links then subscribe (webcal:)',
        ),
        accessibility: described(
          optional(z.string().check(z.regex(/^(?:https?:\/\/\S+|[^\s:]+)$/i, { error: () => say('config.site-accessibility') }))),
          'Address of the accessibility statement (tilgjengelighetserklæring)',
        ),
        contact: described(optional(z.string()), 'Markdown at the foot of the page: who to ask, e-mail, phone'),
        branding: described(optional(Branding), "The index page's own branding, over the project's: for a site that publishes the invitations of several organisers"),
      }),
    ),
    'The index page of the output folder: title, introduction, base URL, accessibility statement, contact',
  ),
  'max-warnings': optional(count),
  messages: optional(z.enum(languages)),
  sources: described(optional(z.array(z.string())), 'Globs (relative to the config file) of the .md files that are gatherings; other Markdown found in a folder is left alone'),
  exclude: described(optional(z.array(z.string())), 'Globs of .md files that are not gatherings, even when `sources` matches them'),
  install: described(optional(z.string()), 'The agenda CI installs: a version from the npm registry (0.1.0), or a tarball or git URL'),
});

export type Config = z.output<typeof ConfigSchema>;
