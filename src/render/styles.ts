/**
 * The page's style sheet, all inline: fonts, base.css, the template's CSS,
 * then the project's accent colour; and the CSS strings of the page footer.
 */
import type { Labels } from '../base/i18n/index.js';
import { fontFacesFor, needsLatinExt } from './fonts.js';
import { quote, say } from '../base/messages/index.js';
import { RenderError } from './render-error.js';
import type { TemplateSet } from './templates.js';

const ACCENT = /^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/;

/** Made once per template set, template, accent and font subsets: the fonts make it some 100 KB. */
const sheets = new WeakMap<TemplateSet, Map<string, string>>();

export function styleSheet(set: TemplateSet, template: string, accent: string | undefined, text: string): string {
  if (accent !== undefined && !ACCENT.test(accent)) {
    throw new RenderError(say('render.accent', { accent: quote(accent) }));
  }
  const latinExt = needsLatinExt(text);
  let made = sheets.get(set);
  if (!made) sheets.set(set, (made = new Map()));
  const key = `${template}\n${accent ?? ''}\n${latinExt}`;
  let sheet = made.get(key);
  if (sheet === undefined) {
    sheet = [fontFacesFor(latinExt), set.css('base.css'), set.css(`${template}.css`), accent ? `:root { --accent: ${accent}; }` : ''].filter(Boolean).join('\n');
    made.set(key, sheet);
  }
  return sheet;
}

/** A CSS string literal that cannot end the string, the rule or the <style> element. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** "Side {page} av {pages}" as CSS content: "Side " counter(page) " av " counter(pages). */
export function pageCounter(labels: Labels): string {
  return labels.page
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}
