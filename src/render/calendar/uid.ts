/**
 * Stable event UIDs: the same source item gives the same UID on every
 * compilation, on every machine, so that a calendar replaces the event it
 * already has instead of adding a second one.
 */

import { createHash } from 'node:crypto';

/**
 * `<32 hex digits of sha256>@<domain>` from stable parts, e.g. the source
 * path relative to the project (with `/`), the gathering's date and the
 * item's key. Never pass anything that changes when the event is edited
 * (its title or time): that is what SEQUENCE is for.
 *
 * Parts are NFC-normalised (a path read on macOS may come decomposed) and
 * length-prefixed before hashing, so `['a,b']` and `['a', 'b']` differ.
 */
export function stableUid(parts: string[], domain = 'agenda.invalid'): string {
  if (parts.length === 0) throw new RangeError('stableUid needs at least one part');
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = Buffer.from(part.normalize('NFC'), 'utf8');
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return `${hash.digest('hex').slice(0, 32)}@${domain}`;
}
