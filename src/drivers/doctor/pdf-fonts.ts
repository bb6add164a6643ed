/**
 * Which embedded font draws each character of a printed PDF: read from the
 * fonts' ToUnicode maps (what a PDF reader's text extraction uses), so
 * `agenda doctor` sees a fallback font or a missing glyph in what Chromium
 * actually printed, not in what the CSS asked for.
 */
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

export interface EmbeddedFont {
  /** The font's name without the subset tag (`ABCDEF+SourceSans3-Regular` → `SourceSans3-Regular`). */
  name: string;
  /** The characters its ToUnicode map gives text for. */
  chars: Set<string>;
}

export async function embeddedFonts(pdf: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const out: EmbeddedFont[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    let map = object.get(PDFName.of('ToUnicode'));
    if (map instanceof PDFRef) map = doc.context.lookup(map);
    if (!(base instanceof PDFName) || !(map instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(map).decode());
    out.push({ name: base.decodeText().replace(/^[A-Z]{6}\+/, ''), chars: cmapChars(cmap) });
  }
  return out;
}

const hexText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** The Unicode text a ToUnicode CMap maps codes to (bfchar entries and bfrange ranges and arrays). */
export function cmapChars(cmap: string): Set<string> {
  const chars = new Set<string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<[0-9a-fA-F]+>\s*<([0-9a-fA-F]+)>/g)) chars.add(hexText(m[1]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      if (m[4] !== undefined) {
        for (const h of m[4].matchAll(/<([0-9a-fA-F]+)>/g)) chars.add(hexText(h[1]));
        continue;
      }
      const count = parseInt(m[2], 16) - parseInt(m[1], 16);
      const first = parseInt(m[3], 16);
      for (let i = 0; i <= count && i < 0x10000; i++) chars.add(String.fromCodePoint(first + i));
    }
  }
  return chars;
}
