/**
 * Colour contrast as WCAG 2.1 measures it (success criterion 1.4.3): the
 * relative luminance of sRGB colours and the ratio between two, for the
 * config's accent, which the invitations and the index set text in.
 */

type Rgb = [number, number, number];

/** "#1f4e79" or "#17a" as 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** CSS `color-mix(in srgb, a share%, b)`. */
export function mix(a: Rgb, share: number, b: Rgb): Rgb {
  return a.map((c, i) => c * share + b[i] * (1 - share)) as Rgb;
}

const WHITE: Rgb = [255, 255, 255];
/** The backgrounds the accent is text on: white, the pale tints the style sheets mix from it (up to 10 %), and the index's footer grey. */
const backgrounds = (accent: Rgb): Rgb[] => [WHITE, mix(accent, 0.1, WHITE), [246, 246, 246]];

/** AA for text of normal size. */
export const AA_TEXT = 4.5;

/** The lowest contrast of the accent as text on the backgrounds it is set on. */
export function accentContrast(hex: string): number {
  const accent = parseHex(hex);
  return Math.min(...backgrounds(accent).map((bg) => contrastRatio(accent, bg)));
}

/** The accent darkened (mixed with black, little by little) until text in it keeps AA; the accent itself when it does. */
export function readableAccent(hex: string): string {
  const accent = parseHex(hex);
  for (let black = 0; black <= 1; black += 0.02) {
    const candidate = toHex(mix([0, 0, 0], black, accent));
    if (accentContrast(candidate) >= AA_TEXT) return candidate;
  }
  return '#000000';
}
