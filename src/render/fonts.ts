/**
 * The fonts, embedded: Source Sans 3 (text) and Source Serif 4 (the title),
 * from @fontsource's woff2 files as data: URLs, so the page loads nothing.
 * Only the latin subset always (it has æøåäöé and the dashes); the
 * latin-ext subset is added only when the page has a character from it
 * (Sámi č đ ŋ š ŧ ž, Polish ł, …), to keep each HTML file small.
 *
 * The print job names the same files by URL instead (linkFonts), answered
 * from memory by the print page: the browser then skips parsing and
 * decoding some 115 KB of base64 for every invitation it prints.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PrintAsset } from './print-job.js';

interface Face {
  family: string;
  pkg: string;
  weight: number;
  style: 'normal' | 'italic';
}

const faces: Face[] = [
  { family: 'Source Sans 3', pkg: 'source-sans-3', weight: 400, style: 'normal' },
  { family: 'Source Sans 3', pkg: 'source-sans-3', weight: 400, style: 'italic' },
  { family: 'Source Sans 3', pkg: 'source-sans-3', weight: 600, style: 'normal' },
  { family: 'Source Sans 3', pkg: 'source-sans-3', weight: 600, style: 'italic' },
  { family: 'Source Serif 4', pkg: 'source-serif-4', weight: 600, style: 'normal' },
];

// From @fontsource's index.css.
const subsets = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;
type Subset = keyof typeof subsets;

function ranges(spec: string): [number, number][] {
  return spec.split(',').map((r) => {
    const [a, b] = r.replace('U+', '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}
const latin = ranges(subsets.latin);
const latinExt = ranges(subsets['latin-ext']);
const within = (cp: number, rs: [number, number][]) => rs.some(([a, b]) => cp >= a && cp <= b);

/** Whether the text has a character that only the latin-ext subset draws. */
export function needsLatinExt(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xff && !within(cp, latin) && within(cp, latinExt)) return true;
  }
  return false;
}

const require = createRequire(import.meta.url);

/** A font face's CSS both ways: inlined for readers, by URL for the printer. */
interface LoadedFace {
  inlined: string;
  linked: string;
  url: string;
  bytes: Uint8Array;
}
const cache = new Map<string, LoadedFace>();

/** Where the print page finds the fonts: a host that never resolves (RFC 2606), answered from memory. */
export const FONT_ORIGIN = 'https://fonts.invalid/';

function fontFile(face: Face, subset: Subset): string {
  const dir = join(dirname(require.resolve(`@fontsource/${face.pkg}/package.json`)), 'files');
  return join(dir, `${face.pkg}-${subset}-${face.weight}-${face.style}.woff2`);
}

function fontFace(face: Face, subset: Subset): LoadedFace {
  const key = `${face.pkg}-${subset}-${face.weight}-${face.style}`;
  let loaded = cache.get(key);
  if (loaded === undefined) {
    const bytes = readFileSync(fontFile(face, subset));
    const url = `${FONT_ORIGIN}${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.woff2`;
    const rule = (src: string) => `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: block;
  src: url(${src}) format('woff2');
  unicode-range: ${subsets[subset]};
}`;
    loaded = { inlined: rule(`data:font/woff2;base64,${bytes.toString('base64')}`), linked: rule(url), url, bytes: new Uint8Array(bytes) };
    cache.set(key, loaded);
  }
  return loaded;
}

function facesFor(latinExt: boolean): LoadedFace[] {
  const wanted: Subset[] = latinExt ? ['latin', 'latin-ext'] : ['latin'];
  return faces.flatMap((f) => wanted.map((s) => fontFace(f, s)));
}

/** The @font-face rules: the latin subset, and latin-ext when asked. */
export function fontFacesFor(latinExt: boolean): string {
  let css = joined.get(latinExt);
  if (css === undefined)
    joined.set(
      latinExt,
      (css = facesFor(latinExt)
        .map((f) => f.inlined)
        .join('\n')),
    );
  return css;
}
const joined = new Map<boolean, string>();

/**
 * The print job's HTML: `html` with its inlined @font-face rules (as
 * fontFacesFor made them) swapped for the same rules by URL, the page's
 * Content-Security-Policy letting fonts come from FONT_ORIGIN too, and the
 * files behind those URLs. HTML without those rules, or with a policy this
 * does not know how to widen, comes back as it is (still correct, only slower).
 */
export function linkFonts(html: string): { html: string; assets: Map<string, PrintAsset> } {
  const assets = new Map<string, PrintAsset>();
  // latin-ext first: the latin-only rules are not a part of it (the faces interleave), so either order finds the one present.
  for (const latinExt of [true, false]) {
    const inlined = fontFacesFor(latinExt);
    const at = html.indexOf(inlined);
    if (at < 0) continue;
    const head = widenPolicy(html.slice(0, at));
    if (head === undefined) break;
    const used = facesFor(latinExt);
    for (const f of used) assets.set(f.url, { body: f.bytes, contentType: 'font/woff2' });
    return { html: head + used.map((f) => f.linked).join('\n') + html.slice(at + inlined.length), assets };
  }
  return { html, assets };
}

const POLICY = 'http-equiv="Content-Security-Policy"';
const FONTS_POLICY = 'font-src data:';

/** `head` with its one policy's `font-src data:` widened to FONT_ORIGIN; undefined if it has another kind of policy. */
function widenPolicy(head: string): string | undefined {
  const at = head.indexOf(POLICY);
  if (at < 0) return /content-security-policy/i.test(head) ? undefined : head;
  const end = head.indexOf('>', at);
  const meta = head.slice(at, end);
  if (end < 0 || !meta.includes(FONTS_POLICY) || /content-security-policy/i.test(head.slice(end))) return undefined;
  return head.slice(0, at) + meta.replace(FONTS_POLICY, `${FONTS_POLICY} ${FONT_ORIGIN.slice(0, -1)}`) + head.slice(end);
}
