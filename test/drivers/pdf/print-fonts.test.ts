/**
 * The print job names the fonts by URL while the HTML written for readers
 * keeps them inlined: the two differ in the @font-face rules and the
 * policy's font-src only, and every URL the print job names comes with it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../../src/pipeline/compile.js';
import { compile } from '../../pipeline/in-memory.js';
import { FONT_ORIGIN, fontFacesFor, linkFonts } from '../../../src/render/fonts.js';
import { loadMarkdown } from '../../../src/parse/markdown-body.js';
import { templateNames } from '../../../src/render/template-names.js';

const root = join(import.meta.dirname, '..', '..', '..');
const project: Project = { root, config: {}, templateNames: templateNames(), today: { year: 2019, month: 1, day: 1 }, request: { audiences: 'all' } };

function viewsOf(example: string, edit: (text: string) => string = (t) => t) {
  const file = join(root, 'examples', example);
  return compile(edit(readFileSync(file, 'utf8')), file, project, 'x', { sourceId: example, date: new Date(0) }).views;
}

const fontUrls = (html: string) => [...html.matchAll(/url\((https:\/\/fonts\.invalid\/[^)]+)\)/g)].map((m) => m[1]);

beforeAll(() => loadMarkdown());

describe('the print job', () => {
  it('names the fonts by URL and carries their bytes; the reader keeps them inlined', () => {
    const [view] = viewsOf('ost-oppstart-2020.md');
    expect(view.html).toContain(fontFacesFor(false));
    expect(view.html).not.toContain(FONT_ORIGIN);
    expect(view.print.html).not.toMatch(/base64/);
    expect(view.print.html.length).toBeLessThan(view.html.length / 4);
    const urls = fontUrls(view.print.html);
    expect(urls).toHaveLength(5);
    expect([...view.print.assets.keys()].sort()).toEqual([...urls].sort());
    for (const [url, asset] of view.print.assets) {
      expect(asset.contentType).toBe('font/woff2');
      expect(url).toBe(`${FONT_ORIGIN}${createHash('sha256').update(asset.body).digest('hex').slice(0, 32)}.woff2`);
    }
  });

  it('differs from the HTML written for readers only in the font rules and the font-src it allows', () => {
    for (const [view] of [viewsOf('ost-oppstart-2020.md'), viewsOf('roskilde-ledelseskonferencer-2020.md')]) {
      let back = view.print.html.replace('font-src data: https://fonts.invalid;', 'font-src data:;');
      for (const latinExt of [false, true]) back = back.replace(linkFonts(fontFacesFor(latinExt)).html, fontFacesFor(latinExt));
      expect(back).toBe(view.html);
    }
  });

  it('carries the latin-ext fonts when the page needs them', () => {
    const [view] = viewsOf('ost-oppstart-2020.md', (t) => t.replace(/^title: .*$/m, 'title: Čálliid Ŋuorra'));
    expect(view.html).toContain(fontFacesFor(true));
    expect(view.print.assets.size).toBe(10);
    expect(fontUrls(view.print.html)).toHaveLength(10);
  });

  it('keeps fonts inlined under a policy it does not know how to widen', () => {
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="font-src data:"><style>${fontFacesFor(false)}</style></head><body>x</body></html>`;
    expect(linkFonts(html)).toEqual({ html, assets: new Map() });
    const noPolicy = html.replace(/<meta[^>]*>/, '');
    expect(linkFonts(noPolicy).assets.size).toBe(5);
  });
});
