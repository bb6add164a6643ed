/**
 * One pass over the `yaml` package's document, before anything else reads
 * it, so that nothing later can recurse or search without bound: every
 * alias resolved once (the package's own `resolve` walks the whole
 * document per alias, and recurses for ever on an alias whose anchor is
 * missing if its result is followed again), duplicate keys found with a
 * set per map (the package's `uniqueKeys` compares every key with every
 * other), and the nesting depth measured. The walk keeps its own stack, so
 * a deep document cannot overflow the call stack here either.
 */
import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yaml-lib.js';
import { append } from '../../base/arrays.js';

/** Deeper than this (maps and lists within each other) is refused: front matter needs about eight. */
export const MAX_YAML_DEPTH = 64;

/** The one key a JavaScript object cannot hold as data without care (zod's records drop it): reported, then left out. */
export const RESERVED_KEY = '__proto__';

export interface YamlScan {
  /** An alias whose anchor is not set before it. */
  unknownAlias?: Alias;
  /** An alias that stands inside the block its anchor names. */
  cyclicAlias?: Alias;
  /** The first node deeper than MAX_YAML_DEPTH. */
  tooDeep?: Node;
  /** Key nodes that repeat a key of their map. */
  duplicateKeys: Node[];
  /** Key nodes written `__proto__`: toData leaves them out, as no plain object can hold them as a key. */
  reservedKeys: Node[];
}

const targets = new WeakMap<Document, Map<Alias, Node>>();
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

type Step = { node: unknown; depth: number } | { leave: Node };

export function scanDocument(doc: Document): YamlScan {
  const scan: YamlScan = { duplicateKeys: [], reservedKeys: [] };
  const aliases = new Map<Alias, Node>();
  targets.set(doc, aliases);
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  const stack: Step[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('leave' in step) {
      open.delete(step.leave);
      continue;
    }
    const { node, depth } = step;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) scan.unknownAlias ??= node;
      else if (open.has(target)) scan.cyclicAlias ??= node;
      else aliases.set(node, target);
      continue;
    }
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isScalar(node)) continue;
    if (depth >= MAX_YAML_DEPTH) {
      scan.tooDeep = node;
      return scan;
    }
    if (node.anchor) {
      open.add(node);
      stack.push({ leave: node });
    }
    if (isMap(node)) {
      append(scan.duplicateKeys, duplicatesIn(node));
      for (const pair of node.items) if (keyText(pair.key) === RESERVED_KEY) scan.reservedKeys.push(pair.key as Node);
    }
    // Pushed last first, so that they come off in document order (an anchor counts from where it stands).
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item: unknown = node.items[i];
      if (isPair(item)) {
        stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return scan;
}

function duplicatesIn(map: YAMLMap): Node[] {
  const seen = new Set<string>();
  const out: Node[] = [];
  for (const pair of map.items) {
    const key = keyText(pair.key);
    if (seen.has(key)) out.push(pair.key as Node);
    else seen.add(key);
  }
  return out;
}

/** What an alias stands for, as found by scanDocument (undefined for a missing anchor or a cycle). */
export function aliasTarget(doc: Document, alias: Alias): Node | undefined {
  if (!targets.has(doc)) scanDocument(doc);
  return targets.get(doc)!.get(alias);
}

/** A node with its alias followed. */
export function resolved(doc: Document, node: unknown): unknown {
  return isAlias(node) ? aliasTarget(doc, node) : node;
}

/** The pair of `key` in a map (its first, as a search would find), by an index made on first use. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const k = keyText(pair.key);
      if (!index.has(k)) index.set(k, pair);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key);
}

export function keyText(key: unknown): string {
  if (isScalar(key)) return key.source ?? String(key.value);
  return String(key);
}
