/** Reads `--shard K/N`. */
import { InvalidArgumentError } from 'commander';
import type { Shard } from '../drivers/build/shard.js';

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('write it K/N, 1 ≤ K ≤ N, e.g. 2/4');
  return { index, count };
}
