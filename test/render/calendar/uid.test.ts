import { describe, expect, it } from 'vitest';
import { stableUid } from '../../../src/render/calendar/uid.js';

describe('stableUid', () => {
  const parts = ['gatherings/asker-nov.md', '2018-11-14', 'opening'];

  it('gives the same UID for the same parts, every time', () => {
    expect(stableUid(parts)).toBe(stableUid([...parts]));
    // Pinned (= printf '23:gatherings/asker-nov.md10:2018-11-147:opening' | sha256sum, first 32):
    // a change here would duplicate every event already in people's calendars.
    expect(stableUid(parts)).toBe('52184e35312bbdfc8b8f94e9b0363e84@agenda.invalid');
  });

  it('has the form hash@domain', () => {
    expect(stableUid(parts)).toMatch(/^[0-9a-f]{32}@agenda\.invalid$/);
    expect(stableUid(parts, 'example.org')).toMatch(/^[0-9a-f]{32}@example\.org$/);
  });

  it('differs when any part differs, or the parts are cut differently', () => {
    const uids = new Set([
      stableUid(parts),
      stableUid(['gatherings/asker-nov.md', '2018-11-14', 'lunch']),
      stableUid(['gatherings/asker-nov.md', '2018-11-15', 'opening']),
      stableUid(['gatherings/asker-des.md', '2018-11-14', 'opening']),
      stableUid(['a,b']),
      stableUid(['a', 'b']),
      stableUid(['ab']),
      stableUid(['a', 'b', '']),
    ]);
    expect(uids.size).toBe(8);
  });

  it('does not depend on the Unicode normal form of a part', () => {
    expect(stableUid(['samling-sø.md'.normalize('NFD')])).toBe(stableUid(['samling-sø.md'.normalize('NFC')]));
  });
});
