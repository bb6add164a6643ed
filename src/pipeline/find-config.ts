/**
 * Where the project config is: `agenda.config.yaml` in the folder or the
 * nearest one above it. Its own module, light, so that the face can read
 * the config's `messages:` before it speaks without loading the checker.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_NAME = 'agenda.config.yaml';

export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
