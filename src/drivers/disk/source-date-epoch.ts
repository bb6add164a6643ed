/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since
 * 1970-01-01T00:00:00Z. The one reader of it: the PDF's dates, the
 * calendar's DTSTAMP and "today" for the date rules all come from here, so
 * that two builds of the same sources give the same bytes and findings.
 */

export class InvalidSourceDateEpochError extends Error {
  constructor(value: string) {
    super(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got "${value}". ` + 'Unset it, or set it to e.g. the last commit time: `git log -1 --format=%ct`.',
    );
    this.name = 'InvalidSourceDateEpochError';
  }
}

/** SOURCE_DATE_EPOCH when set, else undefined; throws when it is malformed. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,12}$/.test(value)) throw new InvalidSourceDateEpochError(value);
  return new Date(Number(value) * 1000);
}
