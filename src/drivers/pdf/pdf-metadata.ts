/**
 * Document information for a rendered PDF, set after Chromium has printed
 * it: title, author (the organiser), subject, keywords, language, and dates
 * that come from SOURCE_DATE_EPOCH or the caller, never from the clock, so
 * the same HTML and browser give byte-identical files.
 */
import { rewriteInfo, type InfoFields } from './pdf-info-rewrite.js';
import { renumberStructureIds } from './structure-ids.js';
import type { PdfMeta } from '../../render/print-job.js';

/** The date written into a PDF: SOURCE_DATE_EPOCH, else the caller's date, else 1970-01-01. */
export function pdfDateFor(epoch: Date | undefined, meta: PdfMeta): Date {
  return epoch ?? meta.date ?? new Date(0);
}

export interface MetadataOptions {
  creator: string;
  producer: string;
  date: Date;
  /** `pdf-lib` skips the in-place rewrite (tests, or to normalise a file pdf-lib can read). */
  method?: 'auto' | 'pdf-lib';
}

export function infoFields(meta: PdfMeta, options: MetadataOptions): InfoFields {
  return {
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords?.length ? meta.keywords.join(', ') : undefined,
    creator: options.creator,
    producer: options.producer,
    date: options.date,
    language: meta.language,
  };
}

async function withPdfLib(bytes: Uint8Array, fields: InfoFields): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  // updateMetadata: false, or pdf-lib stamps its own name and the current time.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(fields.title);
  if (fields.author !== undefined) doc.setAuthor(fields.author);
  if (fields.subject !== undefined) doc.setSubject(fields.subject);
  if (fields.keywords !== undefined) doc.setKeywords([fields.keywords]);
  doc.setCreator(fields.creator);
  doc.setProducer(fields.producer);
  doc.setCreationDate(fields.date);
  doc.setModificationDate(fields.date);
  doc.setLanguage(fields.language);
  // Object streams change nothing for reproducibility; without them the file stays readable by older tools.
  return doc.save({ useObjectStreams: false });
}

export async function applyPdfMetadata(raw: Uint8Array, meta: PdfMeta, options: MetadataOptions): Promise<Uint8Array> {
  const bytes = renumberStructureIds(raw);
  const fields = infoFields(meta, options);
  const fast = options.method === 'pdf-lib' ? undefined : rewriteInfo(bytes, fields);
  return fast ?? withPdfLib(bytes, fields);
}
