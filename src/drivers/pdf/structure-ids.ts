/**
 * Chromium names tagged-PDF structure elements by DOM node ids
 * (`/ID (node00000086)`), and table cells refer to their header cells by
 * those names (`/Headers [(node00000086)]`). The ids come from a counter
 * that other pages and timing advance, and the order in which a page's
 * nodes draw their ids varies between runs, so the same HTML gave
 * different bytes (issue 15).
 *
 * Renumbered here by where each element is defined in the file (the
 * objects are written in a fixed order), every reference to a name
 * follows it, and the ID tree's leaf is sorted again under the new names.
 * Names keep their width and the leaf its length, so every byte offset
 * (and the cross-reference table) stays valid.
 */

const NAME = /\(node(\d+)\)/g;
const DEFINITION = /\/ID \(node(\d+)\)/g;
const PAIR = /\(node(\d+)\) (\d+ \d+ R)/g;

interface Leaf {
  /** Offset and length of the `/Limits [...] /Names [...]` text. */
  at: number;
  text: string;
}

/** The one leaf of Chromium's ID tree, or undefined when there is none or more than one. */
function idTreeLeaf(text: string): Leaf | undefined | 'several' {
  const leaves = [...text.matchAll(/\/Limits \[\(node\d+\) \(node\d+\)\]\s*\/Names \[((?:\(node\d+\) \d+ \d+ R ?)*)\]/g)];
  if (leaves.length > 1) return 'several';
  return leaves[0] && { at: leaves[0].index, text: leaves[0][0] };
}

/** The leaf with its pairs sorted by name and its limits set, the same length as before; undefined if it is not laid out as Chromium writes it. */
function sortedLeaf(leaf: string): string | undefined {
  const names = /\/Names \[(.*)\]$/s.exec(leaf);
  if (!names) return undefined;
  const pairs = [...names[1].matchAll(PAIR)].map((m) => ({ name: m[1], ref: m[2] }));
  if (!pairs.length || pairs.map((p) => `(node${p.name}) ${p.ref}`).join(' ') !== names[1]) return undefined;
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = leaf.slice(0, names.index);
  const limits = prefix.replace(/\/Limits \[\(node\d+\) \(node\d+\)\]/, `/Limits [(node${pairs[0].name}) (node${pairs.at(-1)!.name})]`);
  return `${limits}/Names [${pairs.map((p) => `(node${p.name}) ${p.ref}`).join(' ')}]`;
}

function rename(text: string, order: string[]): string {
  const renamed = new Map(order.map((name, i) => [name, String(i + 1).padStart(name.length, '0')]));
  return text.replace(NAME, (_, name: string) => `(node${renamed.get(name)})`);
}

/** Renamed by where the elements are defined, the ID tree sorted again; undefined when the file is not laid out as expected. */
function byDefinition(text: string, all: string[]): string | undefined {
  const leaf = idTreeLeaf(text);
  const width = all[0].length;
  if (leaf === 'several' || (!leaf && text.includes('/IDTree')) || !all.every((n) => n.length === width)) return undefined;
  const order = [...new Set([...[...text.matchAll(DEFINITION)].map((m) => m[1]), ...all])];
  if (String(order.length).length > width) return undefined;
  const out = rename(text, order);
  if (!leaf) return out;
  const sorted = sortedLeaf(out.slice(leaf.at, leaf.at + leaf.text.length));
  if (sorted === undefined || sorted.length !== leaf.text.length) return undefined;
  return out.slice(0, leaf.at) + sorted + out.slice(leaf.at + leaf.text.length);
}

/**
 * Renumbers the structure element names 1, 2, 3 … in the order the
 * elements are defined; names only referred to follow, in the order first
 * seen. A file laid out otherwise (names of several widths, an ID tree of
 * several leaves: Chromium writes one) is renumbered by rank instead,
 * which keeps it valid but not independent of the run.
 */
export function renumberStructureIds(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const all = [...text.matchAll(NAME)].map((m) => m[1]);
  if (!all.length) return bytes;
  const byRank = () => {
    const order = [...new Set(all)].sort((a, b) => Number(a) - Number(b));
    return order.every((name, i) => String(i + 1).length <= name.length) ? rename(text, order) : text;
  };
  return new Uint8Array(Buffer.from(byDefinition(text, all) ?? byRank(), 'latin1'));
}
