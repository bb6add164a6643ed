/**
 * The fonts, embedded: Source Sans 3 (text) and Source Serif 4 (the title),
 * from @fontsource's woff2 files as data: URLs, so the page loads nothing.
 * Only the latin subset always (it has æøåäöé and the dashes); the
 * latin-ext subset is added only when the page has a character from it
 * (Sámi č đ ŋ š ŧ ž, Polish ł, …), to keep each HTML file small.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
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
const cache = new Map<string, string>();

function fontFile(face: Face, subset: Subset): string {
  const dir = join(dirname(require.resolve(`@fontsource/${face.pkg}/package.json`)), 'files');
  return join(dir, `${face.pkg}-${subset}-${face.weight}-${face.style}.woff2`);
}

function fontFace(face: Face, subset: Subset): string {
  const key = `${face.pkg}-${subset}-${face.weight}-${face.style}`;
  let css = cache.get(key);
  if (css === undefined) {
    const data = readFileSync(fontFile(face, subset)).toString('base64');
    css = `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: block;
  src: url(data:font/woff2;base64,${data}) format('woff2');
  unicode-range: ${subsets[subset]};
}`;
    cache.set(key, css);
  }
  return css;
}

/** The @font-face rules: the latin subset, and latin-ext when asked. */
export function fontFacesFor(latinExt: boolean): string {
  const wanted: Subset[] = latinExt ? ['latin', 'latin-ext'] : ['latin'];
  return faces.flatMap((f) => wanted.map((s) => fontFace(f, s))).join('\n');
}
