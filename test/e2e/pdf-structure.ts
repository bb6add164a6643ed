/**
 * A printed PDF's structure as a screen reader meets it, read back with
 * pdf.js: the document's language and title and whether the viewer shows
 * that title, the structure tree of every page (roles, alternative text),
 * the text in the tree's order, and the text that no element of the tree
 * holds (running headers, footers and page numbers belong there).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface TreeNode {
  role?: string;
  alt?: string;
  children?: TreeNode[];
  type?: string;
  id?: string;
}

export interface PdfStructure {
  language: string | undefined;
  title: string | undefined;
  displayDocTitle: boolean;
  marked: boolean;
  /** Every element of the tree, page by page, in the tree's order. */
  elements: { role: string; alt?: string; page: number; descendants: string[] }[];
  /** The text of the page's content, in the tree's order. */
  text: string;
  /** Text drawn outside any element of the tree (not tagged content), page by page. */
  untagged: string[];
  /** Text drawn inside marked content tagged /Artifact. */
  artifacts: string[];
}

interface TextItem {
  str?: string;
  type?: string;
  id?: string;
  tag?: string;
}

export async function readStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>;
    const out: PdfStructure = {
      language: info.Language as string | undefined,
      title: info.Title as string | undefined,
      displayDocTitle: ((await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null)?.DisplayDocTitle === true,
      marked: (await doc.getMarkInfo())?.Marked === true,
      elements: [],
      text: '',
      untagged: [],
      artifacts: [],
    };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const byId = markedText((await page.getTextContent({ includeMarkedContent: true })).items as TextItem[], out);
      const walk = (node: TreeNode) => {
        if (node.type === 'content' && node.id) out.text += byId.get(node.id) ?? '';
        if (!node.role) return;
        if (node.role !== 'Root') out.elements.push({ role: node.role, alt: node.alt, page: n, descendants: rolesBelow(node) });
        for (const c of node.children ?? []) walk(c);
      };
      walk((await page.getStructTree()) as TreeNode);
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

/** The text of each marked-content id; text outside any, and inside /Artifact, noted on `out`. */
function markedText(items: TextItem[], out: PdfStructure): Map<string, string> {
  const byId = new Map<string, string>();
  const open: TextItem[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item);
    else if (item.type === 'endMarkedContent') open.pop();
    else if (item.str?.trim()) {
      const tagged = [...open].reverse().find((o) => o.id);
      if (open.some((o) => o.tag === 'Artifact')) out.artifacts.push(item.str);
      else if (!tagged) out.untagged.push(item.str);
      else byId.set(tagged.id!, `${byId.get(tagged.id!) ?? ''}${item.str} `);
    }
  }
  return byId;
}

function rolesBelow(node: TreeNode): string[] {
  return (node.children ?? []).flatMap((c) => (c.role ? [c.role, ...rolesBelow(c)] : []));
}

/** The heading levels in the tree's order: [1, 2, 2, 3 …]. */
export const headingLevels = (s: PdfStructure) => s.elements.flatMap((e) => (/^H[1-6]$/.test(e.role) ? [Number(e.role[1])] : []));
