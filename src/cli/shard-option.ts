/** Reads `--shard K/N`. */
import { InvalidArgumentError } from 'commander';
import { say } from '../base/messages/index.js';
import type { Shard } from '../drivers/build/shard.js';

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError(say('cli.arg.shard'));
  return { index, count };
}
