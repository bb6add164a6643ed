/**
 * DTSTAMP from SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds
 * since 1970-01-01T00:00:00Z, so that two builds of the same sources give
 * the same bytes.
 */

/** The date SOURCE_DATE_EPOCH names; `undefined` when unset or empty; throws when it is not whole seconds. */
export function dtstampFromSourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00:00Z, not "${value}"`);
  }
  const date = new Date(Number(value.trim()) * 1000);
  if (Number.isNaN(date.getTime())) throw new RangeError(`SOURCE_DATE_EPOCH ${value} is out of range`);
  return date;
}
