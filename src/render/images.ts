/**
 * Images read in Node and inlined as data: URLs: the logo from the branding
 * and the images the body names by a relative path. Only files inside the
 * project folder are read (symbolic links resolved first), and only images.
 */
import { say } from '../base/messages/index.js';
import { statSync } from 'node:fs';
import { readBoundedSync } from '../base/bounded-read.js';
import { resolve } from 'node:path';
import { containedPath } from '../base/containment.js';
import { RenderError } from './render-error.js';
import { MAX_IMAGE_BYTES } from '../model/limits.js';

const MAX_BYTES = 5 * 1024 * 1024;

/** The image type from its first bytes, or undefined if it is not an image we inline. */
export function imageType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if ((head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--')) && head.includes('<svg')) return 'image/svg+xml';
  return undefined;
}

/**
 * At most this many pixels (64 million, 8,000 × 8,000): a PNG of 388 KB can
 * say 20,000 × 20,000 pixels, which the browser decodes into 1.6 GB and
 * never prints. A page needs a few million.
 */
const MAX_PIXELS = 64_000_000;

/** Width and height as the image's header says them (PNG, GIF, JPEG, WebP); undefined for SVG or a header not understood. */
export function imageSize(type: string, b: Buffer): { width: number; height: number } | undefined {
  if (type === 'image/png' && b.length >= 24) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (type === 'image/gif' && b.length >= 10) return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (type === 'image/jpeg') {
    // The first start-of-frame segment (SOF0–SOF15 but DHT, JPG, DAC) holds the size.
    for (let i = 2; i + 9 < b.length; ) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
      i += 2 + b.readUInt16BE(i + 2);
    }
    return undefined;
  }
  if (type === 'image/webp' && b.length >= 30) {
    const chunk = b.subarray(12, 16).toString('latin1');
    if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
    if (chunk === 'VP8L') {
      const bits = b.readUInt32LE(21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  }
  return undefined;
}

/** What an image is to the invitation, for the messages that name it. */
export type ImageRole = 'image' | 'logo';

/** The image at `path` (relative to `base`): its type and bytes; throws a RenderError saying why not. */
export function imageFile(path: string, base: string, root: string, what: ImageRole): { type: string; bytes: Buffer } {
  const found = containedPath(resolve(base, path), [root]);
  if (!found.ok && found.reason === 'missing') throw new RenderError(say('image.missing', { what, path }));
  if (!found.ok) throw new RenderError(say('image.outside', { what, path, root }));
  const real = found.real;
  const info = statSync(real);
  if (!info.isFile()) throw new RenderError(say('image.not-file', { what, path, folder: info.isDirectory() ? 'yes' : 'no' }));
  // Measured on the open file, so that what is read is the file that was measured.
  const read = readBoundedSync(real, MAX_BYTES);
  if (read.tooLarge !== undefined) throw new RenderError(say('image.too-large', { what, path, kb: Math.round(read.tooLarge / 1024), mb: MAX_BYTES / 1024 / 1024 }));
  const bytes = read.bytes;
  const type = imageType(bytes);
  if (!type) throw new RenderError(say('image.not-image', { what, path }));
  const size = imageSize(type, bytes);
  if (size && size.width * size.height > MAX_PIXELS) throw new RenderError(say('image.too-many-pixels', { what, path, ...size, max: MAX_PIXELS / 1_000_000 }));
  return { type, bytes };
}

const dataUrl = (image: { type: string; bytes: Buffer }) => `data:${image.type};base64,${image.bytes.toString('base64')}`;

/** The image at `path` (relative to `base`) as a data: URL; throws a RenderError saying why not. */
export function readImage(path: string, base: string, root: string, what: ImageRole): string {
  return dataUrl(imageFile(path, base, root, what));
}

/** For Markdown images: a data: URL, or undefined (the image is then shown as its alt text). */
export function imageResolver(base: string, root: string, read?: Set<string>): (src: string) => string | undefined {
  let total = 0;
  return (src) => {
    let path: string;
    try {
      path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    } catch {
      return undefined;
    }
    read?.add(resolve(base, path));
    let image: { type: string; bytes: Buffer };
    try {
      image = imageFile(path, base, root, 'image');
    } catch {
      return undefined;
    }
    total += image.bytes.length;
    // `check` reports this (images-too-large); a page rendered unchecked must not grow without bound either.
    if (total > MAX_IMAGE_BYTES) throw new RenderError(say('image.total', { mb: MAX_IMAGE_BYTES / 1024 / 1024 }));
    return dataUrl(image);
  };
}
