/**
 * What a link's scheme is, decided once for `check` and for the renderer's
 * sanitizer: a Markdown destination is first decoded as the Markdown parser
 * decodes it (character references `&#106;`, `&#x61;`, `&colon;` and
 * backslash escapes `javascript\:`, by micromark's own decodeString), then
 * read as a browser reads an address (spaces and controls at either end
 * cut, tabs and line breaks inside removed, the scheme in any case). A
 * link is kept when it is relative or its scheme is one of LINK_SCHEMES;
 * anything else is not made a link, and check says so: `link-unsafe` for a
 * scheme that runs code or points into a disk, `link-dropped` otherwise.
 */
import { decodeString } from 'micromark-util-decode-string';

/** The schemes a link in an invitation may have (rehype-sanitize's default list for href). */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'irc', 'ircs', 'xmpp'];

/** Schemes that run code (javascript:, vbscript:, a data: page) or point into the reader's disk (file:). */
const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'file', 'data']);

export type LinkVerdict =
  /** No scheme: a path, an anchor, a query; kept. */
  | { kind: 'relative' }
  /** A scheme of LINK_SCHEMES (lower-cased): kept. */
  | { kind: 'kept'; scheme: string }
  /** Any other scheme: the link is not made; `unsafe` when it runs code or reads the disk. */
  | { kind: 'dropped'; scheme: string; unsafe: boolean };

/** An address's scheme as a browser reads it, lower-cased; undefined when it has none (relative). */
export function schemeOf(address: string): string | undefined {
  // The URL standard cuts leading and trailing C0 controls and spaces, and removes every tab and line break.
  const url = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  const head = url.slice(0, colon);
  // A colon after a /, ? or # is in a path, a query or a fragment.
  if (/[/?#]/.test(head)) return undefined;
  return head.toLowerCase();
}

/** The verdict on an address as it reaches the page (a field's value, an href). */
export function linkVerdict(address: string): LinkVerdict {
  const scheme = schemeOf(address);
  if (scheme === undefined) return { kind: 'relative' };
  if (LINK_SCHEMES.includes(scheme)) return { kind: 'kept', scheme };
  // Percent-encoded or otherwise odd schemes are not schemes a browser follows, but not kept either.
  return { kind: 'dropped', scheme, unsafe: UNSAFE_SCHEMES.has(scheme) };
}

/** A Markdown link destination as written in the source, decoded as the parser decodes it. */
export function decodeDestination(written: string): string {
  return decodeString(written);
}

/** The verdict on a Markdown link destination as written in the source. */
export function destinationVerdict(written: string): LinkVerdict {
  return linkVerdict(decodeDestination(written));
}
