/**
 * SEQUENCE (RFC 5545 §3.8.7.4) without a record of earlier builds: the
 * minutes from 2000-01-01 to the time the source last changed (the
 * build's SOURCE_DATE_EPOCH, or the source file's modification time, as
 * for DTSTAMP). A source edited later — an item moved, a venue changed —
 * gives every event of it a higher SEQUENCE, so a calendar that orders
 * updates by it takes the new version; CI needs no state for this.
 *
 * Minutes, not seconds, so the value stays a 32-bit INTEGER for 4000 years;
 * two versions within one minute are still told apart by DTSTAMP.
 */

const ORIGIN = Date.UTC(2000, 0, 1);
const MAX = 2 ** 31 - 1;

export function sequenceAt(changed: Date): number {
  const minutes = Math.floor((changed.getTime() - ORIGIN) / 60_000);
  return Number.isFinite(minutes) ? Math.min(MAX, Math.max(0, minutes)) : 0;
}
