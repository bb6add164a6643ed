/**
 * DTSTAMP from SOURCE_DATE_EPOCH, so that two builds of the same sources
 * give the same bytes (see output/source-date-epoch.ts).
 */
import { sourceDateEpoch } from '../output/source-date-epoch.js';

/** The date SOURCE_DATE_EPOCH names; `undefined` when unset or empty; throws when it is not whole seconds. */
export function dtstampFromSourceDateEpoch(value: string | undefined): Date | undefined {
  return sourceDateEpoch({ SOURCE_DATE_EPOCH: value });
}
