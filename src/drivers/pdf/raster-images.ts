/**
 * Whether printing a document may make Chromium decode a raster image.
 *
 * Chromium in one process (`--single-process`) crashes, whole, on the first
 * raster image (PNG, JPEG, GIF, WebP, or the broken-image icon of a refused
 * `<img>`) it decodes after its first print; SVG is drawn without it
 * (docs/performance.md, "One browser process"). The renderer prints such
 * documents in a browser of separate processes instead. The answer errs on
 * "may": a document is called free of raster images only when nothing in
 * its markup can show one. Should one slip through all the same, the browser
 * crashes and the document is printed again in a browser of separate
 * processes: slower, never a wrong PDF.
 */
import type { PrintAssets } from '../../render/print-job.js';

/** A data: URL of an image that is not SVG. */
const RASTER_DATA = /data:\s*image\/(?!svg\+xml[;,])/i;
/** Elements that show what a URL names (a refused one as the broken-image icon, or an error page). */
const IMAGE_TAG = /<(?:img|image|input|video|object|embed|iframe|frame|source|feimage)\b[^>]*>/gi;
/** The attributes of such an element that name what it shows. */
const URL_ATTR = /(?:^|\s)(?:src|srcset|href|xlink:href|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
/** A data: URL of an SVG image, up to its payload. */
const SVG_DATA = /data:\s*image\/svg\+xml([^,"'()]*),/gi;
/** In an SVG: anything that may bring in another image (a fragment, `url(#gradient)`, is fine). */
const SVG_IMPORTS = /<(?:image|img|feimage|foreignobject)\b|url\(\s*["']?(?!#)/i;
/** Nested SVG images looked into; deeper counts as raster. */
const MAX_DEPTH = 3;

export function mayDecodeRaster(html: string, assets?: PrintAssets): boolean {
  for (const asset of assets?.values() ?? []) if (/^image\//i.test(asset.contentType) && !/^image\/svg\+xml/i.test(asset.contentType)) return true;
  return rasterIn(html, 0);
}

function rasterIn(text: string, depth: number): boolean {
  if (depth > MAX_DEPTH || RASTER_DATA.test(text)) return true;
  for (const tag of text.matchAll(IMAGE_TAG)) {
    const urls = [...tag[0].replace(/^<\w+/, ' ').matchAll(URL_ATTR)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
    // An image element naming nothing, or anything but an SVG given inline (looked into below).
    if (urls.length === 0 || urls.some((url) => !/^data:\s*image\/svg\+xml[;,]/i.test(url))) return true;
  }
  for (const svg of svgImages(text)) if (svg === undefined || SVG_IMPORTS.test(svg) || rasterIn(svg, depth + 1)) return true;
  return false;
}

/** The SVG documents given as data: URLs in `text`, decoded (undefined when one cannot be read). */
function* svgImages(text: string): Generator<string | undefined> {
  for (const match of text.matchAll(SVG_DATA)) {
    const start = (match.index ?? 0) + match[0].length;
    // The URL ends where its quotes, or its url( … ), end.
    const before = text[(match.index ?? 0) - 1];
    const end = text.slice(start).search(before === '"' ? /"/ : before === "'" ? /'/ : before === '(' ? /\)/ : /[\s>"']/);
    const payload = end < 0 ? text.slice(start) : text.slice(start, start + end);
    yield decode(payload, /;\s*base64/i.test(match[1] ?? ''));
  }
}

function decode(payload: string, base64: boolean): string | undefined {
  try {
    if (base64) return Buffer.from(decodeURIComponent(payload), 'base64').toString('utf8');
    return decodeURIComponent(
      payload
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    );
  } catch {
    return undefined;
  }
}
