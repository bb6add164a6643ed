/**
 * What rendering hands the printer: the document's information and the
 * files the print page is given by URL. The PDF driver (src/drivers/pdf/) takes
 * these; rendering never touches a browser.
 */

/** A file the print page is given by URL, from memory: nothing is fetched. */
export interface PrintAsset {
  body: Uint8Array;
  contentType: string;
}

export type PrintAssets = ReadonlyMap<string, PrintAsset>;

/** The document information written into the PDF. */
export interface PdfMeta {
  title: string;
  /** The organiser. */
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 tag, e.g. `nb`, `da`, `en-GB`; becomes the catalog's /Lang. */
  language: string;
  /** Creation and modification date, when SOURCE_DATE_EPOCH is not set. */
  date?: Date;
}
