/**
 * The output folder's index.html, the page a municipality publishes: its
 * branding and introduction, the gatherings to come (soonest first, each
 * with its date, hours, venue, audiences, registration deadline and
 * language), the past ones in an archive (newest first), and the calendars
 * to subscribe to. Made from the build record, so it also lists what
 * earlier builds of other sources left; in the language most invitations
 * are in; without a script. "Today", which parts the two lists, is the
 * build's (--today, SOURCE_DATE_EPOCH), so a build is reproducible.
 * The page is `templates/site/index.hbs` (a project's
 * `<templates>/site/index.hbs` replaces it), fed IndexView; every field is
 * described in templates/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinTemplates } from '../../base/tool-paths.js';
import { UnreadableFile } from '../../base/errors.js';
import { compileGuarded, createHandlebars, readTemplateFile } from '../../render/templates.js';
import { catalogue, type Catalogue, type Labels } from '../../base/i18n/index.js';
import type { CalendarDate } from '../../base/calendar-date.js';
import { isoOf } from '../../base/calendar-date.js';
import type { Config } from '../../model/config-schema.js';
import { fontFacesFor, needsLatinExt } from '../../render/fonts.js';
import { readImage, imageResolver } from '../../render/images.js';
import { markdownToHtml } from '../../render/markdown.js';
import { trust } from '../../render/trusted.js';
import type { Manifest } from '../build/cache.js';
import { feedsOf, majorityLanguage } from './feed.js';
import { rowsOf, type IndexRow } from './index-rows.js';
import { withoutHidden } from '../../base/hidden.js';
import { CONFIG_NAMES, withoutHiddenData } from '../../model/shown-texts.js';

export type { IndexRow } from './index-rows.js';

/** The default accent of the invitations (templates/base.css). */
export const DEFAULT_ACCENT = '#1f4e79';

export interface IndexView {
  /** The page's language (BCP 47), that of most invitations. */
  language: string;
  /** The page's title: the config's `site.title`, else "Invitasjoner" in the page's language. */
  title: string;
  /** `site.introduction` as sanitized HTML, or ''. */
  introduction: string;
  branding: { organisation: string; logo: string; accent: string; footer: string };
  /** `site.contact` as sanitized HTML, or ''. */
  contact: string;
  /** The address of the accessibility statement, or ''. */
  accessibility: string;
  /** The @font-face rules of Source Sans 3 and Source Serif 4, inlined. */
  fonts: string;
  labels: Labels;
  upcoming: IndexRow[];
  past: IndexRow[];
  /** The calendars to subscribe to: `subscribe` is a webcal: address (`webcal` true) where the public address is known, else the file. */
  feeds: { label: string; file: string; href: string; subscribe: string; webcal: boolean }[];
  /** Whether the feeds' subscribe links are plain links (no base URL), to be copied into a calendar program. */
  copyToSubscribe: boolean;
  /** Whether there is a footer, contact or accessibility statement to show at the foot. */
  hasFooter: boolean;
}

export interface IndexOptions {
  /** The project's config (branding, site, link, time-separator); {} when none. */
  config: Config;
  /** The config's folder: the logo and the introduction's images are read from inside it. */
  root: string;
  /** The build's "today", which parts upcoming from past. */
  today: CalendarDate;
  templatesDir?: string;
  /** Where a project's own `site/index.hbs` must resolve (see readTemplateFile). */
  roots?: readonly string[];
}

const builtin = join(builtinTemplates, 'site', 'index.hbs');
export const href = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/**
 * A feed's `webcal://` address: below `site.base-url`, else below the
 * folder of a `link:` that puts the output name after an http(s) address
 * (`https://x.org/inv/{name}.html`); '' when neither says where the folder is.
 */
export function webcalOf(link: string | undefined, file: string, baseUrl?: string): string {
  const base = baseUrl ? baseUrl.replace(/\/?$/, '/') : link && /^https?:\/\/[^{]*\/(?=\{name\})/i.exec(link)?.[0];
  return base ? base.replace(/^https?:/i, 'webcal:') + href(file) : '';
}

export function indexView(manifest: Manifest, options: IndexOptions): IndexView {
  // The config's texts as a reader may see them (model/shown-texts.ts); the rows' texts are cleaned as they are read from the record.
  const o = { ...options, config: withoutHiddenData(options.config, CONFIG_NAMES) };
  const cat = catalogue(majorityLanguage(Object.values(manifest.outputs)));
  const site = o.config.site ?? {};
  const { upcoming, past } = rowsOf(manifest, cat, { today: isoOf(o.today), separator: o.config['time-separator'] ?? cat.timeSeparator });
  const feeds = feedsOf(manifest).map((f) => {
    const webcal = webcalOf(o.config.link, f.file, site['base-url']);
    return { label: withoutHidden(f.audience?.label ?? cat.labels.all), file: f.file, href: href(f.file), subscribe: webcal || href(f.file), webcal: webcal !== '' };
  });
  const view: IndexView = {
    language: cat.language,
    title: site.title ?? cat.labels.invitations,
    introduction: markdown(site.introduction, o.root, cat),
    branding: brandingOf(o),
    contact: markdown(site.contact, o.root, cat),
    accessibility: site.accessibility ?? '',
    fonts: '',
    labels: cat.labels,
    upcoming,
    past,
    feeds,
    copyToSubscribe: feeds.some((f) => !f.webcal),
    hasFooter: false,
  };
  view.hasFooter = !!(view.branding.footer || view.contact || view.accessibility);
  view.fonts = trust(fontFacesFor(needsLatinExt(JSON.stringify(view))));
  return view;
}

function brandingOf(o: IndexOptions): IndexView['branding'] {
  // The index page's own branding, where the site publishes for several organisers, over the project's.
  const b = { ...o.config.branding, ...o.config.site?.branding };
  let logo = '';
  // An unreadable logo is the config's finding (logo-unreadable); the page goes without it.
  if (b.logo) {
    try {
      logo = readImage(b.logo, o.root, o.root, 'logo');
    } catch {}
  }
  return { organisation: b.organisation ?? '', logo, accent: b.accent ?? DEFAULT_ACCENT, footer: b.footer ?? b.organisation ?? '' };
}

/** Markdown from the config as the invitations' Markdown is made: sanitized, local images inlined. */
function markdown(text: string | undefined, root: string, cat: Catalogue): string {
  if (!text?.trim()) return '';
  try {
    return markdownToHtml(text, { image: imageResolver(root, root), footnoteLabel: cat.labels.footnotes, fragments: 0 });
  } catch {
    // Nested past what can be rendered (model/limits.ts): shown as the text it is.
    return trust(`<p>${text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`);
  }
}

/** The index page; a project's own `site/index.hbs` must resolve inside `roots` (see readTemplateFile). */
export function indexPage(manifest: Manifest, o: IndexOptions): string {
  const own = o.templatesDir && join(o.templatesDir, 'site', 'index.hbs');
  let text: string;
  try {
    text = own && existsSync(own) ? readTemplateFile(own, o.roots ?? [o.templatesDir!]) : readFileSync(builtin, 'utf8');
  } catch (e) {
    // Refused (a link out of the project): said as an unreadable file, as no invitation is to blame.
    throw new UnreadableFile((e as Error).message);
  }
  const template = compileGuarded(createHandlebars(), text, { strict: true });
  return template(indexView(manifest, o));
}
