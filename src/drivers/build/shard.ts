/**
 * `agenda build --shard K/N`: a stable share of the sources, so a CI matrix
 * of N machines spreads a large repository. A source's shard follows from a
 * hash of its path in the project (not from its place in a sorted list), so
 * adding or removing a source moves no other source to another shard and
 * each shard's cached outputs stay its own. Every source is in exactly one
 * shard. Each shard keeps its own build record, so the shards' output
 * folders can be merged into one; `--index-only` then writes the index.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Whether the source (its path relative to the project folder, forward slashes) is in the shard. */
export function inShard(sourceId: string, shard: Shard): boolean {
  const n = createHash('sha256').update(sourceId).digest().readUInt32BE(0);
  return (n % shard.count) + 1 === shard.index;
}

/** The build record's name: one per shard, so merged output folders keep every shard's. */
export function recordName(shard: Shard | undefined): string {
  return shard ? `.agenda-build.${shard.index}-of-${shard.count}.json` : '.agenda-build.json';
}
