/**
 * Characters that change what a reader sees without being seen (the
 * Trojan Source class): bidi overrides and embeddings, zero-width
 * characters, tags and other invisible format characters, in any text of
 * the front matter (and its keys) and the body. Which are hidden is decided
 * in src/base/hidden.ts, which texts a reader sees in
 * src/model/shown-texts.ts; the renderer leaves out exactly these.
 */
import type { Nodes } from 'mdast';
import type { Span } from '../../base/diagnostics/diagnostic.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { hiddenIn, mayHide } from '../../base/hidden.js';
import { locationOf, spanOfPosition } from '../../model/location.js';
import { blockWords, bodySlots, hiddenProblem, mapShown, type Place, type TextPlace } from '../../model/shown-texts.js';
import type { Context } from '../context.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/characters.js';

export const characters: Rule = {
  id: 'characters',
  codes: codesOf('characters'),
  ok,
  notOk,
  check(context) {
    frontMatter(context);
    body(context);
  },
};

function frontMatter(context: Context): void {
  const seen = new Set<string>();
  const { gathering, source, recorded } = context;
  const point = recorded && ((offset: number) => recorded.point(offset));
  mapShown(gathering, (text, place) => {
    if (!mayHide(text)) return text;
    const span = spanOfPlace(place, gathering);
    const at: TextPlace = { span, source, point };
    // A field the model made from a shorter form (`venue: Rådhuset` is a venue's name) is named by the key the author wrote.
    const written = place.isKey || locationOf(place.owner)?.key(place.key) !== undefined || place.parent === undefined;
    const problem = hiddenProblem([{ text, hidden: hiddenIn(text), at }], { key: written ? place.key : place.parent, isKey: place.isKey });
    const id = problem && `${problem.span.start.offset}:${problem.span.end.offset}`;
    if (problem && !seen.has(id!)) {
      seen.add(id!);
      context.report({ code: 'hidden-character', ...problem });
    }
    return text;
  });
}

/** The span of a text's node: the key as written, the value (or its list entry), else the nearest object that has one. */
function spanOfPlace(place: Place, fallback: object): Span {
  const location = locationOf(place.owner);
  const own = place.isKey ? location?.key(place.key) : location?.field(place.key, place.index);
  if (own) return own;
  const anchor = place.anchor;
  const near = anchor && locationOf(anchor.owner);
  return (anchor && near?.field(anchor.key, anchor.index)) || near?.span || locationOf(fallback)!.span;
}

/** A character reference (`&#x202E;`, `&zwj;`): the Markdown parser makes it the character. */
const REFERENCE = /&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*);/i;

function body(context: Context): void {
  const { gathering, source, recorded } = context;
  // The body's tree costs a parse that check otherwise spares: a body with no such character, written or referenced, needs none.
  if (source !== undefined && recorded !== undefined) {
    const text = source.slice(recorded.bodyStart);
    if (!mayHide(text) && !REFERENCE.test(text)) return;
  }
  const point = recorded && ((offset: number) => recorded.point(offset));
  const blocks = new Map<Nodes, { text: string; hidden: ReturnType<typeof hiddenIn>; at: TextPlace }[]>();
  for (const slot of bodySlots(gathering.body)) {
    const text = slot.node[slot.field] as string;
    const hidden = hiddenIn(text, slot.context);
    if (!hidden.length) continue;
    const span = spanOfPosition((slot.node as { position?: Parameters<typeof spanOfPosition>[0] }).position) ?? spanOfPosition(slot.block.position);
    if (!span) continue;
    const list = blocks.get(slot.block) ?? [];
    list.push({ text, hidden, at: { span, source, point } });
    blocks.set(slot.block, list);
  }
  for (const [block, found] of blocks) {
    // The fix rewrites the whole block (a paragraph, a heading), its marks judged in its words as the renderer judges them.
    const span = spanOfPosition(block.position);
    const whole = span && { span, source, point, context: blockWords(block) || undefined };
    const problem = hiddenProblem(found, {}, whole);
    if (problem) context.report({ code: 'hidden-character', ...problem });
  }
}
