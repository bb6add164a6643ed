/** Shared by the render tests: examples as gatherings, and HTML read back as text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gathering } from '../../src/model/gathering.js';
import { parseSource } from '../../src/parse/parse.js';

export const root = join(import.meta.dirname, '..', '..');
export const examples = [
  'ost-oppstart-2020',
  'kongsberg-samling-2025',
  'nordre-sunnmore-august',
  'roskilde-ledelseskonferencer-2020',
  'asker-ledernettverk-nov-2018',
  'vastra-natverket-2026-27',
  'aarhus-skoleledermoede-2026',
  'sogn-haustseminar-2026',
];

export function gatheringOf(text: string, file = 'test.md'): Gathering {
  const parsed = parseSource(text, file);
  if (!parsed.gathering) throw new Error(`${file} does not parse: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  return parsed.gathering;
}

export function example(name: string): Gathering {
  const file = join('examples', `${name}.md`);
  return gatheringOf(readFileSync(join(root, file), 'utf8'), file);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a reader sees: no head, no tags, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, ' ')
    .replace(/<(?:br|\/p|\/li|\/tr|\/td|\/th|\/dt|\/dd|\/h\d|\/div)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (entities[e] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** One block of the page (`programme`, `groups` …), as HTML. */
export function section(html: string, block: string): string {
  const start = html.indexOf(`<section class="block ${block}`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

/** Fails unless every needle occurs in the text, each after the one before. */
export function inOrder(text: string, needles: readonly string[]): { missing?: string; after?: string } {
  let at = 0;
  let previous: string | undefined;
  for (const needle of needles) {
    const found = text.indexOf(needle, at);
    if (found < 0) return { missing: needle, after: previous };
    at = found + needle.length;
    previous = needle;
  }
  return {};
}

/** Embedded fonts and images, shortened so goldens stay readable. */
export function readable(html: string): string {
  return html.replace(/(data:[a-z0-9/+.-]+;base64,)[A-Za-z0-9+/=]+/gi, '$1…');
}
