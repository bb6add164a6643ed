import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfDate, pdfTextString, rewriteInfo } from '../../src/pdf/pdf-info-rewrite.js';
import { InvalidSourceDateEpochError, sourceDateEpoch } from '../../src/output/source-date-epoch.js';
import { applyPdfMetadata, infoFields, renumberStructureIds, pdfDateFor } from '../../src/pdf/pdf-metadata.js';
import { readPdf, xrefProblems } from './read-pdf.js';

describe('dates', () => {
  it('reads SOURCE_DATE_EPOCH as seconds, and ignores it when unset or empty', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' })?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(sourceDateEpoch({})).toBeUndefined();
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '' })).toBeUndefined();
  });

  it('rejects a malformed SOURCE_DATE_EPOCH with advice', () => {
    for (const bad of ['-1', '1.5', '2024-01-01', 'now']) {
      expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: bad })).toThrow(InvalidSourceDateEpochError);
    }
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: 'now' })).toThrow(/git log -1/);
  });

  it('prefers SOURCE_DATE_EPOCH, then the caller’s date, then 1970, never the clock', () => {
    const meta = { title: 't', language: 'nb', date: new Date('2026-03-20T17:00:00Z') };
    expect(pdfDateFor(new Date(0), meta).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(pdfDateFor(undefined, meta).toISOString()).toBe('2026-03-20T17:00:00.000Z');
    expect(pdfDateFor(undefined, { title: 't', language: 'nb' }).getTime()).toBe(0);
  });

  it('writes PDF dates in UTC', () => {
    expect(pdfDate(new Date('2026-03-05T07:08:09Z'))).toBe('(D:20260305070809Z)');
  });
});

describe('text strings', () => {
  it('writes UTF-16BE with a byte-order mark', () => {
    expect(pdfTextString('Ås')).toBe('<FEFF00C50073>');
    expect(pdfTextString('😀')).toBe('<FEFFD83DDE00>');
  });
});

async function pdfLibMade(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage();
  page.drawText('Hello', { font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

describe('applyPdfMetadata', () => {
  const meta = { title: 'Årsmøte 2026', author: 'Asker Lions', subject: 'Innkalling', keywords: ['årsmøte', 'Asker'], language: 'nb' };
  const options = { creator: 'agenda', producer: 'Chrome/test', date: new Date('2026-01-02T03:04:05Z') };

  it('leaves files it does not recognise to pdf-lib (object streams here)', async () => {
    const bytes = await pdfLibMade();
    expect(rewriteInfo(bytes, infoFields(meta, options))).toBeUndefined();
    const out = await applyPdfMetadata(bytes, meta, options);
    const read = await readPdf(out);
    expect(read.info).toMatchObject({
      Title: 'Årsmøte 2026',
      Author: 'Asker Lions',
      Subject: 'Innkalling',
      Keywords: 'årsmøte, Asker',
      Creator: 'agenda',
      Producer: 'Chrome/test',
      CreationDate: 'D:20260102030405Z',
      ModDate: 'D:20260102030405Z',
      Language: 'nb',
    });
    expect(xrefProblems(out)).toEqual([]);
  });

  it('gives the same bytes for the same input', async () => {
    const bytes = await pdfLibMade();
    const a = await applyPdfMetadata(bytes, meta, options);
    const b = await applyPdfMetadata(bytes, meta, options);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('renumberStructureIds', () => {
  it('numbers Chromium\'s structure element IDs 1, 2, 3 … in their order, keeping every byte offset', () => {
    const raw = new TextEncoder().encode('<< /ID (node00000086) >> << /ID (node00000042) >> /Names [(node00000042) 1 0 R (node00000086) 2 0 R]');
    const out = new TextDecoder('latin1').decode(renumberStructureIds(raw));
    expect(out).toBe('<< /ID (node00000002) >> << /ID (node00000001) >> /Names [(node00000001) 1 0 R (node00000002) 2 0 R]');
    expect(out.length).toBe(raw.length);
  });
});
