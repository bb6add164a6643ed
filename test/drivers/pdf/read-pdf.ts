/**
 * Reads a PDF back the way a reader would: pdf.js for pages, text,
 * document information and outline; pdf-lib for structure (fonts embedded,
 * tagged, /Lang); and a strict check that every cross-reference offset
 * points at its object, which pdf.js would otherwise silently repair.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export interface ReadPdf {
  pages: number;
  text: string;
  info: Record<string, unknown>;
  outline: string[];
  /** BaseFont names of fonts with a FontFile, FontFile2 or FontFile3 ("Type3" for Type 3 fonts). */
  embeddedFonts: string[];
  /** BaseFont names of fonts without one. */
  unembeddedFonts: string[];
  tagged: boolean;
  lang: string | undefined;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of (detaches) the buffer it is given.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('') + '\n';
    }
    const { info } = await doc.getMetadata();
    const outline = ((await doc.getOutline()) ?? []).map((item) => item.title);
    return { pages: doc.numPages, text, info: info as Record<string, unknown>, outline, ...(await structure(bytes)) };
  } finally {
    await doc.destroy();
  }
}

async function structure(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const embeddedFonts: string[] = [];
  const unembeddedFonts: string[] = [];
  const name = (key: string) => PDFName.of(key);
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name('Type')) !== name('Font')) continue;
    const subtype = object.get(name('Subtype'));
    if (subtype === name('Type3')) {
      // Glyphs drawn by content streams inside the PDF (Chromium's synthetic bold, for one).
      embeddedFonts.push('Type3');
      continue;
    }
    const base = String(object.get(name('BaseFont')) ?? '?').replace(/^\//, '');
    let described: PDFDict = object;
    if (subtype === name('Type0')) {
      const descendant = object.lookup(name('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      described = descendant;
    }
    const descriptor = described.lookupMaybe(name('FontDescriptor'), PDFDict);
    const file = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(name(k)));
    (file ? embeddedFonts : unembeddedFonts).push(base);
  }
  const lang = doc.catalog.get(PDFName.of('Lang'));
  return {
    embeddedFonts,
    unembeddedFonts,
    tagged: doc.catalog.has(PDFName.of('StructTreeRoot')),
    lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
  };
}

/** Problems with the cross-reference table: every in-use entry must point at "n g obj". */
export function xrefProblems(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) return ['no startxref at the end'];
  const at = Number(start[1]);
  const head = /^xref\r?\n0 (\d+)\r?\n/.exec(text.slice(at));
  if (!head) return [`no xref table at offset ${at}`];
  const problems: string[] = [];
  for (let i = 0; i < Number(head[1]); i++) {
    const entry = text.slice(at + head[0].length + 20 * i, at + head[0].length + 20 * i + 20);
    const m = /^(\d{10}) (\d{5}) ([nf])/.exec(entry);
    if (!m) problems.push(`entry ${i} malformed: ${JSON.stringify(entry)}`);
    else if (m[3] === 'n' && !text.startsWith(`${i} ${Number(m[2])} obj`, Number(m[1]))) problems.push(`object ${i} is not at offset ${Number(m[1])}`);
  }
  return problems;
}
