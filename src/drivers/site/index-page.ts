/**
 * The output folder's index.html: every invitation built there, by date,
 * with links to its HTML, PDF and calendar, and the calendars to
 * subscribe to (`webcal:` and plain links). Made from the build manifest,
 * so it also lists what earlier builds of other sources left; in the
 * language most invitations are in. The page is `templates/site/index.hbs`
 * (a project's `<templates>/site/index.hbs` replaces it), fed this view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinTemplates } from '../../base/tool-paths.js';
import { UnreadableFile } from '../../base/errors.js';
import { createHandlebars, readTemplateFile } from '../../render/templates.js';
import { catalogue, formatDateShort } from '../../base/i18n/index.js';
import { parseIsoDate } from '../../model/values.js';
import type { Manifest } from '../build/cache.js';
import { feedsOf, majorityLanguage } from './feed.js';
import type { CalendarDate } from '../../base/calendar-date.js';

export interface IndexView {
  language: string;
  heading: string;
  /** The calendars to subscribe to (feed.ts); `webcal` is '' where the page's address must supply it. */
  feeds: { label: string; file: string; href: string; webcal: string }[];
  calendarHeading: string;
  subscribe: string;
  rows: { when: string; title: string; language: string; main: string; links: { href: string; label: string }[] }[];
}

const builtin = join(builtinTemplates, 'site', 'index.hbs');
const href = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/**
 * A feed's `webcal://` address, known when `link:` puts the output name
 * after a folder of an http(s) address (`https://x.org/inv/{name}.html`);
 * otherwise the page turns its plain link into one when it is served.
 */
export function webcalOf(link: string | undefined, file: string): string {
  const base = link && /^https?:\/\/[^{]*\/(?=\{name\})/i.exec(link)?.[0];
  return base ? base.replace(/^https?:/i, 'webcal:') + href(file) : '';
}

export function indexView(manifest: Manifest, link?: string): IndexView {
  const entries = Object.entries(manifest.outputs).sort(([an, a], [bn, b]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : an < bn ? -1 : an > bn ? 1 : 0));
  const cat = catalogue(majorityLanguage(entries.map(([, e]) => e)));
  const rows = entries.map(([, e]) => {
    const date = parseIsoDate(e.date);
    const file = (ext: string) => e.files.find((f) => f.endsWith(`.${ext}`));
    const main = file('html') ?? file('pdf');
    const links = (
      [
        ['pdf', 'PDF'],
        ['html', 'HTML'],
        ['ics', cat.labels.calendar],
      ] as const
    )
      .filter(([ext]) => file(ext))
      .map(([ext, label]) => ({ href: href(file(ext)!), label }));
    return {
      when: date.ok ? formatDateShort(date.value as CalendarDate, cat) : e.date,
      title: e.title,
      language: e.language,
      main: main ? href(main) : '',
      links,
    };
  });
  const feeds = feedsOf(manifest).map((f) => ({ label: f.audience?.label ?? cat.labels.all, file: f.file, href: href(f.file), webcal: webcalOf(link, f.file) }));
  return { language: cat.language, heading: cat.labels.invitations, rows, feeds, calendarHeading: cat.labels.calendar, subscribe: cat.labels.subscribe };
}

/** The index page; a project's own `site/index.hbs` must resolve inside `roots` (see readTemplateFile). */
export function indexPage(manifest: Manifest, templatesDir?: string, roots: readonly string[] = templatesDir ? [templatesDir] : [], link?: string): string {
  const own = templatesDir && join(templatesDir, 'site', 'index.hbs');
  let text: string;
  try {
    text = own && existsSync(own) ? readTemplateFile(own, roots) : readFileSync(builtin, 'utf8');
  } catch (e) {
    // Refused (a link out of the project): said as an unreadable file, as no invitation is to blame.
    throw new UnreadableFile((e as Error).message);
  }
  const template = createHandlebars().compile(text, { strict: true });
  return template(indexView(manifest, link));
}
