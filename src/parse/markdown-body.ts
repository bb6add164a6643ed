/**
 * The Markdown body's tree (mdast), for whatever reads `gathering.body`
 * (the renderer; `agenda check` never does). The remark packages are
 * loaded on first use rather than with the parser: they take longer to
 * load than a hundred sources take to check.
 *
 * `loadMarkdown()` loads them ahead, with import(); without it, the first
 * body read loads them with require(), which Node can do for these ES
 * modules from 20.19 and 22.12 on.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';

interface MarkdownParser {
  parse(text: string): unknown;
}

type Modules = [typeof import('unified'), typeof import('remark-parse'), typeof import('remark-frontmatter'), typeof import('remark-gfm'), typeof import('remark-directive')];

const names = ['unified', 'remark-parse', 'remark-frontmatter', 'remark-gfm', 'remark-directive'] as const;

let parser: MarkdownParser | undefined;

function build([{ unified }, parse, frontmatter, gfm, directive]: Modules): MarkdownParser {
  return unified().use(parse.default).use(frontmatter.default, ['yaml']).use(gfm.default).use(directive.default);
}

export async function loadMarkdown(): Promise<void> {
  if (parser) return;
  const modules = (await Promise.all(names.map((name) => import(name)))) as Modules;
  parser ??= build(modules);
}

/** The tree of a whole source file (front matter included, as a `yaml` node). */
export function parseMarkdown(text: string): Root {
  if (!parser) {
    const require = createRequire(import.meta.url);
    let modules: Modules;
    try {
      modules = names.map((name) => require(name)) as Modules;
    } catch (e) {
      throw new Error(`cannot load the Markdown parser synchronously (${(e as Error).message}); call loadMarkdown() before reading a body, or use Node 20.19 or later`);
    }
    parser = build(modules);
  }
  return parser.parse(text) as Root;
}
