import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfDate, pdfTextString, rewriteInfo } from '../../../src/drivers/pdf/pdf-info-rewrite.js';
import { InvalidSourceDateEpochError, sourceDateEpoch } from '../../../src/drivers/disk/source-date-epoch.js';
import { applyPdfMetadata, infoFields, pdfDateFor } from '../../../src/drivers/pdf/pdf-metadata.js';
import { renumberStructureIds } from '../../../src/drivers/pdf/structure-ids.js';
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
  /** A Chromium-like tagged table: header cells defined first, cells referring to them, and the ID tree's one leaf. */
  const tagged = (ids: [string, string, string]) =>
    new TextEncoder().encode(
      `36 0 obj\n<</S /TH /ID (node${ids[0]})>>\nendobj\n38 0 obj\n<</S /TH /ID (node${ids[1]})>>\nendobj\n` +
        `40 0 obj\n<</S /TH /ID (node${ids[2]})>>\nendobj\n43 0 obj\n<</S /TD /A [<</O /Table /Headers [(node${ids[1]}) (node${ids[2]})]>>]>>\nendobj\n` +
        `198 0 obj\n<</Limits [(node${[...ids].sort()[0]}) (node${[...ids].sort()[2]})]\n/Names [${[...ids.map((id, i) => [id, 36 + 2 * i] as const)]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([id, n]) => `(node${id}) ${n} 0 R`)
          .join(' ')}]>>\nendobj\n`,
    );
  const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

  it('numbers the elements 1, 2, 3 … in the order they are defined, and every reference with them', () => {
    const raw = tagged(['00000086', '00000042', '00000090']);
    const out = latin1(renumberStructureIds(raw));
    expect(out).toContain('36 0 obj\n<</S /TH /ID (node00000001)>>');
    expect(out).toContain('38 0 obj\n<</S /TH /ID (node00000002)>>');
    expect(out).toContain('/Headers [(node00000002) (node00000003)]');
    expect(out).toContain('/Limits [(node00000001) (node00000003)]\n/Names [(node00000001) 36 0 R (node00000002) 38 0 R (node00000003) 40 0 R]');
    expect(out.length).toBe(raw.length);
  });

  it('gives the same bytes whatever numbers and order Chromium drew', () => {
    const outs = [
      ['00000086', '00000042', '00000090'],
      ['00000003', '00000001', '00000002'],
      ['00000001', '00000002', '00000003'],
      ['00000120', '00000119', '00000007'],
    ].map((ids) => latin1(renumberStructureIds(tagged(ids as [string, string, string]))));
    expect(new Set(outs).size).toBe(1);
  });

  it('renumbers by rank, keeping the ID tree valid, where it does not know the layout (names of two widths)', () => {
    const raw = new TextEncoder().encode('<< /ID (node00000086) >> << /ID (node042) >> /Names [(node042) 1 0 R (node00000086) 2 0 R]');
    expect(latin1(renumberStructureIds(raw))).toBe('<< /ID (node00000002) >> << /ID (node001) >> /Names [(node001) 1 0 R (node00000002) 2 0 R]');
  });
});
