/**
 * When the output folder's index page need not be made again: the key of
 * what it is made from (the record's views, the config, today, the
 * templates, the tool, the logo) is the one the last build recorded, and
 * the page is there. Making it loads and compiles its template and formats
 * every row: most of a no-op rebuild's time after checking.
 */
import { resolve } from 'node:path';
import { isoOf, type CalendarDate } from '../../base/calendar-date.js';
import type { Config } from '../../model/config-schema.js';
import { fileHash, hashTemplates, type Entry } from './cache.js';
import { hash } from './record-values.js';

export interface IndexInputs {
  config: Config;
  root: string;
  today: CalendarDate;
  templatesDir?: string;
  templatesRoot?: string;
}

/** Markdown or HTML that may show an image read from the project: such a page is made every time. */
const IMAGE = /!\[|<\s*(img|picture|source|svg|image|video|object|embed|iframe)\b|srcset/i;

/** The key, or undefined when the page reads files the key cannot follow (an image in the introduction or contact). */
export async function indexKey(outputs: Readonly<Record<string, Entry>>, o: IndexInputs, tool: string): Promise<string | undefined> {
  const site = o.config.site ?? {};
  if ([site.introduction, site.contact].some((text) => text && IMAGE.test(text))) return undefined;
  const logos = [o.config.branding?.logo, site.branding?.logo].filter((l): l is string => !!l);
  const rows = Object.entries(outputs).sort(([a], [b]) => (a < b ? -1 : 1));
  return hash(
    tool,
    JSON.stringify(rows),
    JSON.stringify(o.config),
    isoOf(o.today),
    o.root,
    await hashTemplates(o.templatesDir, [o.templatesRoot ?? o.root]),
    ...(await Promise.all(logos.map((logo) => fileHash(resolve(o.root, logo))))),
  );
}
