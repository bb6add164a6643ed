/**
 * Raw output in a template is only for what the renderer itself made safe.
 * Every `{{{…}}}` (and `{{&…}}`) of every template, built-in or the
 * project's, is compiled as a call of the `trusted` helper: it prints a
 * text raw only when the renderer vouched for that very text in this
 * render (the sanitizer's HTML, the style sheets, the footer's CSS
 * strings), and escapes anything else. So `{{{title}}}` in a project
 * template prints a source's `<script>` or `<meta http-equiv="refresh">`
 * as text: whatever a template does, the page holds no markup the source
 * brought in beyond what the sanitizer allows.
 */
import Handlebars from 'handlebars';

const vouched = new Set<string>();

/** Vouches for a text the renderer made safe (sanitized HTML, CSS it wrote), for this render. */
export function trust(text: string): string {
  vouched.add(text);
  return text;
}

/** Starts a render: forgets what the last one vouched for. */
export function forgetTrusted(): void {
  vouched.clear();
}

/** The helper `{{{…}}}` is compiled to. */
export function trustedHelper(value: unknown): string {
  if (typeof value === 'string' && vouched.has(value)) return value;
  return Handlebars.escapeExpression(value as string);
}

export const TRUSTED_HELPER = 'agenda-trusted';

type Node = hbs.AST.Node & Record<string, unknown>;

/** Every node of a template's tree, parents first (templates nest a few levels). */
export function eachNode(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) eachNode(child, visit);
    return;
  }
  if (typeof node !== 'object' || node === null || typeof (node as { type?: unknown }).type !== 'string') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node)) if (key !== 'loc' && typeof value === 'object') eachNode(value, visit);
}

/** A template's tree with every raw mustache (`{{{…}}}`, `{{&…}}`) made a call of the trusted helper. */
export function guardRawOutput(program: hbs.AST.Program): hbs.AST.Program {
  const raw: hbs.AST.MustacheStatement[] = [];
  eachNode(program, (node) => {
    if (node.type === 'MustacheStatement' && !(node as unknown as hbs.AST.MustacheStatement).escaped) raw.push(node as unknown as hbs.AST.MustacheStatement);
  });
  for (const node of raw) wrap(node);
  return program;
}

function wrap(node: hbs.AST.MustacheStatement): void {
  const inner =
    node.params.length || node.hash ? ({ type: 'SubExpression', path: node.path, params: node.params, hash: node.hash, loc: node.loc } as hbs.AST.SubExpression) : node.path;
  node.path = { type: 'PathExpression', data: false, depth: 0, parts: [TRUSTED_HELPER], original: TRUSTED_HELPER, loc: node.loc } as hbs.AST.PathExpression;
  node.params = [inner as hbs.AST.Expression];
  node.hash = undefined as unknown as hbs.AST.Hash;
}
