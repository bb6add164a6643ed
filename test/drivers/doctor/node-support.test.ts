/**
 * Which Node agenda supports, said the same in package.json's engines (what
 * npm warns about) and by `agenda doctor`: Node's long-term lines 20, 22
 * and 24 on. The build's outputs were compared byte for byte on 20.20.2,
 * 22.23.5, 24.22.3 and 26.12.1 (the commit says how).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSupport } from '../../../src/drivers/doctor/doctor.js';
import { root } from '../build/helpers.js';

/** Whether `version` is in an engines range of the forms package.json uses: `^X.Y.Z` and `>=X.Y.Z`, joined by `||`. */
function inRange(range: string, version: string): boolean {
  const v = version.split('.').map(Number);
  const atLeast = (w: number[]) => (v[0] !== w[0] ? v[0] > w[0] : v[1] !== w[1] ? v[1] > w[1] : v[2] >= w[2]);
  return range.split('||').some((part) => {
    const m = /^\s*(\^|>=)(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`engines: a form this test does not read: ${part}`);
    const w = [Number(m[2]), Number(m[3]), Number(m[4])];
    return m[1] === '^' ? v[0] === w[0] && atLeast(w) : atLeast(w);
  });
}

describe('the Node agenda supports', () => {
  const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node as string;

  it('is the same in package.json and in agenda doctor', () => {
    for (const version of ['18.20.4', '19.9.0', '20.0.0', '20.20.2', '21.7.3', '22.23.5', '23.11.1', '24.22.3', '26.12.1']) {
      expect(inRange(engines, version), version).toBe(nodeSupport(version) === 'supported');
    }
  });

  it('takes the long-term lines, flags the short-lived ones and refuses the old', () => {
    expect(nodeSupport('20.20.2')).toBe('supported');
    expect(nodeSupport('22.23.5')).toBe('supported');
    expect(nodeSupport('24.22.3')).toBe('supported');
    expect(nodeSupport('23.11.1')).toBe('unchecked');
    expect(nodeSupport('18.20.4')).toBe('old');
  });
});
