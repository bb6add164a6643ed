/**
 * What the build record is made of: the hash its keys are written with,
 * and the tests its JSON is read with (the record is read as untrusted:
 * cache.ts, check-cache.ts).
 */
import { createHash } from 'node:crypto';

/** SHA-256 of the parts, each prefixed with its length, so that no two lists of parts hash alike. */
export function hash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(String(typeof p === 'string' ? p.length : p.byteLength));
    h.update(':');
    h.update(p);
  }
  return h.digest('hex');
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
