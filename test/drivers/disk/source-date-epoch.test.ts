/** SOURCE_DATE_EPOCH: the one date every output is stamped with, so that two builds give the same bytes. */
import { describe, expect, it } from 'vitest';
import { sourceDateEpoch } from '../../../src/drivers/disk/source-date-epoch.js';

const epoch = (value: string | undefined) => sourceDateEpoch({ SOURCE_DATE_EPOCH: value });

describe('sourceDateEpoch', () => {
  it('reads whole seconds since the epoch', () => {
    expect(epoch('1700000000')?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
  it('is undefined when unset and throws when malformed', () => {
    expect(epoch(undefined)).toBeUndefined();
    expect(epoch('')).toBeUndefined();
    expect(() => epoch('2023-11-14')).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => epoch('-1')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
