/**
 * What the schema allows at a path of the front matter (or the config):
 * the keys of the maps there, and the values of the enumerations there.
 * Read from the same zod schemas the parser checks with.
 */
import type * as z from 'zod/mini';
import { own } from '../base/own.js';
/** A path into the front matter or the config: keys and list indexes. */
type Path = readonly PropertyKey[];

interface Def {
  type: string;
  [key: string]: unknown;
}

export interface Allowed {
  keys: string[];
  values: string[];
  /** A map whose keys the author names (audiences, rules, facts). */
  namedKeys: boolean;
}

export function allowedAt(root: z.ZodMiniType, path: Path): Allowed {
  const keys = new Set<string>();
  const values = new Set<string>();
  let namedKeys = false;
  const visit = (schema: unknown, rest: Path, depth: number): void => {
    if (!schema || depth > 40) return;
    const def = (schema as { _zod: { def: Def } })._zod.def;
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return visit(def.innerType, rest, depth + 1);
      case 'pipe':
        return visit(def.in, rest, depth + 1);
      case 'lazy':
        return visit((def.getter as () => unknown)(), rest, depth + 1);
      case 'union':
        for (const option of def.options as unknown[]) visit(option, rest, depth + 1);
        return;
      case 'array':
        return typeof rest[0] === 'number' ? visit(def.element, rest.slice(1), depth + 1) : undefined;
      case 'record':
        if (rest.length) return visit(def.valueType, rest.slice(1), depth + 1);
        namedKeys = true;
        return;
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        if (rest.length === 0) for (const k of Object.keys(shape)) keys.add(k);
        else if (typeof rest[0] === 'string') visit(own(shape, rest[0]), rest.slice(1), depth + 1);
        return;
      }
      case 'enum':
        if (rest.length === 0) for (const v of Object.values(def.entries as Record<string, string>)) values.add(String(v));
        return;
      case 'literal':
        if (rest.length === 0) for (const v of def.values as unknown[]) values.add(String(v));
        return;
      default:
        return;
    }
  };
  visit(root, path, 0);
  return { keys: [...keys], values: [...values], namedKeys };
}
