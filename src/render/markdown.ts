/**
 * Markdown → safe HTML. Everything an author writes in Markdown (the body,
 * `details`, facts, phase parts, registration text) goes through here:
 * remark-rehype (raw HTML dropped), local images inlined as data: URLs and
 * every other image reduced to its alt text, then rehype-sanitize last, so no
 * script, event handler, iframe, `javascript:` or `file:` URL survives.
 */
import type { Element, Root as HastRoot, Text as HastText } from 'hast';
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type {} from 'remark-directive';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { MAX_MARKDOWN_DEPTH, MAX_PARAGRAPH_MARKS, markdownDepth, markdownMarks } from '../model/limits.js';
import { say } from '../base/messages/index.js';
import { RenderError } from './render-error.js';
import { trust } from './trusted.js';
import { LINK_SCHEMES, linkVerdict } from '../model/links.js';

export interface MarkdownContext {
  /** A data: URL for an image path written in the Markdown, or undefined to drop it. */
  image: (src: string) => string | undefined;
  /** Heading of footnotes, in the page's language. */
  footnoteLabel: string;
  /** Counts fragments, so that footnote ids differ between them. */
  fragments: number;
}

const schema: SanitizeSchema = {
  ...defaultSchema,
  // remark-rehype prefixes footnote ids itself (per fragment, below).
  clobberPrefix: '',
  // The links kept are those model/links.ts keeps (links() below decides and writes the scheme lower-cased).
  protocols: { ...defaultSchema.protocols, href: [...LINK_SCHEMES], src: ['data'] },
};

const parser = unified().use(remarkParse).use(remarkGfm);
const stringifier = unified().use(rehypeStringify);

/** A Markdown string (details, a fact, a phase part) as HTML. */
export function markdownToHtml(text: string, ctx: MarkdownContext): string {
  // `check` refuses such texts (model/limits.ts); a source rendered unchecked must not hang or overflow.
  const { depth } = markdownDepth(text);
  if (depth > MAX_MARKDOWN_DEPTH) throw new RenderError(say('render.markdown-deep', { depth, max: MAX_MARKDOWN_DEPTH }));
  const { marks } = markdownMarks(text);
  if (marks > MAX_PARAGRAPH_MARKS) throw new RenderError(say('render.markdown-marks', { marks, max: MAX_PARAGRAPH_MARKS }));
  return mdastToHtml(parser.parse(text), ctx);
}

/** A tree (the body, or a run of it) as HTML. */
export function mdastToHtml(tree: Root, ctx: MarkdownContext): string {
  const mdast = structuredClone(tree);
  literalDirectives(mdast);
  const n = ++ctx.fragments;
  const processor = unified()
    .use(remarkRehype, { clobberPrefix: `md${n}-`, footnoteLabel: ctx.footnoteLabel, footnoteBackLabel: '↩' })
    .use(() => (hast: HastRoot) => inlineImages(hast, ctx))
    .use(() => links)
    .use(() => keepClockTogether)
    .use(rehypeSanitize, schema);
  const hast = processor.runSync(mdast) as HastRoot;
  return trust(String(stringifier.stringify(hast)).trim());
}

/** "kl." (klokka, klokken, klo, kl) and the hour after it, kept on one line: a no-break space between them. */
const CLOCK_WORD = /\b(kl\.?|klokka|klokken|klo\.?)[ \t]+(?=\d)/giu;

function keepClockTogether(tree: HastRoot): void {
  visit(tree, 'text', (node: HastText) => {
    node.value = node.value.replace(CLOCK_WORD, '$1\u00a0');
  });
}

/** A tree's plain text, directives as typed. */
export function mdastToText(tree: Nodes): string {
  return toString(tree);
}

/**
 * Directives the renderer does not place are the author's text: `kl 10:30`
 * parses as a text directive `:30`, and `::unknown` on a line of its own as
 * a leaf directive. Put them back as typed; unwrap unknown containers.
 */
export function literalDirectives(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'textDirective') {
      const text: HastText | PhrasingContent = { type: 'text', value: directiveText(':', node) };
      parent.children.splice(index, 1, text as never);
      return [SKIP, index + 1];
    }
    if (node.type === 'leafDirective') {
      const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: directiveText('::', node) }] };
      parent.children.splice(index, 1, paragraph as never);
      return [SKIP, index + 1];
    }
    if (node.type === 'containerDirective') {
      const children = node.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel));
      parent.children.splice(index, 1, ...(children as RootContent[] as never[]));
      return index;
    }
    return undefined;
  });
}

interface DirectiveLike {
  name: string;
  children: Nodes[];
  attributes?: Record<string, string | null | undefined> | null;
}

function directiveText(marker: string, node: DirectiveLike): string {
  const label = node.children.length ? `[${node.children.map((c) => toString(c)).join('')}]` : '';
  const attrs = Object.entries(node.attributes ?? {})
    .map(([k, v]) =>
      k === 'id'
        ? `#${v}`
        : k === 'class'
          ? String(v)
              .split(/\s+/)
              .map((c) => `.${c}`)
              .join(' ')
          : v
            ? `${k}="${v}"`
            : k,
    )
    .join(' ');
  return `${marker}${node.name}${label}${attrs ? `{${attrs}}` : ''}`;
}

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml)[;,]/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The page may load nothing: a relative image path becomes a data: URL (or
 * its alt text when it cannot be read or lies outside the project); an
 * image with any other address becomes its alt text.
 */
/**
 * Every link's address judged by linkVerdict, the decision `check` reports
 * from: a link it drops loses its address (its text stays), a link it keeps
 * has its scheme written lower-case, as the sanitizer's list has it.
 */
function links(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = node.properties.href;
    const verdict = linkVerdict(href);
    if (verdict.kind === 'dropped') delete node.properties.href;
    else if (verdict.kind === 'kept') node.properties.href = href.replace(/^[\u0000-\u0020]*[^:]*/, verdict.scheme);
  });
}

function inlineImages(tree: HastRoot, ctx: MarkdownContext): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
    const src = typeof node.properties.src === 'string' ? node.properties.src : '';
    let url: string | undefined;
    if (DATA_IMAGE.test(src)) url = src;
    else if (src && !SCHEME.test(src) && !src.startsWith('//')) url = ctx.image(src);
    if (url) {
      node.properties.src = url;
      return undefined;
    }
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
    parent.children.splice(index, 1, ...(alt ? [{ type: 'text', value: alt } as HastText] : []));
    return [SKIP, index];
  });
}
