/**
 * The `yaml` package, loaded on first use: the simple reader handles the
 * usual front matter without it, so `agenda check` on valid sources never
 * pays for loading it. The package is CommonJS, so a synchronous require
 * works on every Node version. Modules of the full road take the package's
 * functions from here and only its types from 'yaml'.
 */
import { createRequire } from 'node:module';
import type { Alias, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

type Yaml = typeof import('yaml');

let lib: Yaml | undefined;

export function yaml(): Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as Yaml);
}

export const isAlias = (node: unknown): node is Alias => yaml().isAlias(node);
export const isMap = (node: unknown): node is YAMLMap => yaml().isMap(node);
export const isPair = (node: unknown): node is Pair => yaml().isPair(node);
export const isScalar = (node: unknown): node is Scalar => yaml().isScalar(node);
export const isSeq = (node: unknown): node is YAMLSeq => yaml().isSeq(node);
