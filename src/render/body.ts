/**
 * The Markdown body, cut into prose and placed blocks. A leaf directive on a
 * line of its own (`::programme`, `::facts` …) places a generated block; the
 * `:::aside` container holds the side panel's text. A placed block prints
 * the directive's label as its heading (`::programme[Program 21.03.25]`),
 * none right under the author's own heading, else its default heading.
 */
import type { Root, RootContent } from 'mdast';
import type {} from 'remark-directive';
import { mdastToHtml, type MarkdownContext } from './markdown.js';
import { blockNames, type BlockName, type Segment } from './view-types.js';

export interface BodyView {
  segments: Segment[];
  aside: string | undefined;
  placed: Record<BlockName, boolean>;
}

const isBlock = (name: string): name is BlockName => (blockNames as readonly string[]).includes(name);

export function splitBody(body: Root, headings: Record<BlockName, string>, ctx: MarkdownContext): BodyView {
  const segments: Segment[] = [];
  const placed = Object.fromEntries(blockNames.map((b) => [b, false])) as Record<BlockName, boolean>;
  const aside: RootContent[] = [];
  let run: RootContent[] = [];
  let previous: RootContent | undefined;

  const flush = () => {
    const html = run.length ? mdastToHtml({ type: 'root', children: run }, ctx) : '';
    if (html) segments.push({ html, block: undefined, heading: undefined });
    run = [];
  };

  for (const node of body.children) {
    if (node.type === 'leafDirective' && isBlock(node.name)) {
      flush();
      const label = node.children
        .map((c) => ('value' in c ? c.value : ''))
        .join('')
        .trim();
      const heading = label || (previous?.type === 'heading' ? '' : headings[node.name]);
      segments.push({ html: undefined, block: node.name, heading });
      placed[node.name] = true;
    } else if (node.type === 'containerDirective' && node.name === 'aside') {
      aside.push(...node.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel)));
      continue;
    } else {
      run.push(node);
    }
    previous = node;
  }
  flush();
  keepDeadlinesWithRegistration(segments, placed, headings);
  const asideHtml = aside.length ? mdastToHtml({ type: 'root', children: aside }, ctx) : '';
  return { segments, aside: asideHtml || undefined, placed };
}

/**
 * Deadlines the body does not place go just before the registration it
 * does place: left to the template, they would come after it, at the very
 * end of the invitation, where a date to act on is easily missed.
 */
function keepDeadlinesWithRegistration(segments: Segment[], placed: Record<BlockName, boolean>, headings: Record<BlockName, string>): void {
  if (placed.deadlines) return;
  const at = segments.findIndex((s) => s.block === 'registration');
  if (at < 0) return;
  segments.splice(at, 0, { html: undefined, block: 'deadlines', heading: headings.deadlines });
  placed.deadlines = true;
}
