/**
 * A printed PDF read back as a reader sees each page: the words pdftotext
 * finds, with their boxes, kept only where the page shows ink (a label a
 * white box covers is not read), and the same words as lines top to bottom.
 */
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  x: number;
  y: number;
  x2: number;
  y2: number;
}

export interface Line {
  text: string;
  y: number;
}

/** The page's words where they show ink, as lines top to bottom. */
export function readPages(file: string): Line[][] {
  return readWords(file).map(linesOf);
}

/** Each page's words where they show ink, with their boxes (in points from the page's top left). */
export function readWords(file: string): Word[][] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pages: Word[][] = [];
  for (let n = 1; n <= count; n++) {
    const range = ['-f', String(n), '-l', String(n)];
    const xml = execFileSync('pdftotext', ['-bbox', ...range, file, '-'], { encoding: 'utf8' });
    const image = grey(execFileSync('pdftoppm', ['-r', '72', '-gray', ...range, file]));
    const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: unescape(m[5]) }))
      .filter((w) => inked(image, w));
    pages.push(words);
  }
  return pages;
}

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5) at 72 dpi: one pixel a point. */
function grey(pgm: Buffer): Grey {
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(m[1]), height: Number(m[2]), pixels: pgm.subarray(m[0].length) };
}

/** Whether the word's box shows ink (a few pixels darker than the table head's tint). */
function inked(image: Grey, w: { x: number; y: number; x2: number; y2: number }): boolean {
  let dark = 0;
  for (let y = Math.max(0, Math.floor(w.y + 1)); y < Math.min(image.height, Math.ceil(w.y2 - 1)); y++) {
    for (let x = Math.max(0, Math.floor(w.x)); x < Math.min(image.width, Math.ceil(w.x2)); x++) if (image.pixels[y * image.width + x] < 200) dark++;
  }
  return dark >= 3;
}

export function linesOf(words: { x: number; y: number; text: string }[]): Line[] {
  const lines: { y: number; words: { x: number; text: string }[] }[] = [];
  for (const w of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - w.y) < 3);
    if (line) line.words.push(w);
    else lines.push({ y: w.y, words: [w] });
  }
  return lines
    .sort((a, b) => a.y - b.y)
    .map((l) => ({
      y: l.y,
      text: l.words
        .sort((a, b) => a.x - b.x)
        .map((w) => w.text)
        .join(' '),
    }));
}

function unescape(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
