/**
 * Images the body shows that rendering could not: missing, a folder, not
 * an image, too large, or outside the project. The rule reads no disk: the
 * pipeline gives it a probe (the renderer's own image reader), so what
 * check passes, build can show; without a probe (an editor's text with no
 * project) it says nothing.
 */
import { dirname, resolve } from 'node:path';
import type { ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { spanOfPosition } from '../../model/location.js';
import type { Span } from '../../base/diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/images.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { say } from '../../base/messages/index.js';
import { MAX_IMAGE_BYTES } from '../../model/limits.js';

export const images: Rule = {
  id: 'images',
  codes: codesOf('images'),
  ok,
  notOk,
  check(context) {
    const probe = context.probeImage;
    const g = context.gathering;
    if (!probe || !context.source?.includes('![')) return;
    const base = dirname(resolve(g.file));
    let total = 0;
    for (const { url, span } of bodyImages(g.body)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue; // an address, not a file: the sanitizer decides
      let path: string;
      try {
        path = decodeURIComponent(url.replace(/[?#].*$/, ''));
      } catch {
        path = url;
      }
      const probed = probe(path, base);
      if (!('bytes' in probed)) {
        context.report({ code: 'image-unreadable', span, message: probed.message, hint: probed.hint });
        continue;
      }
      const before = total;
      total += probed.bytes;
      if (before <= MAX_IMAGE_BYTES && total > MAX_IMAGE_BYTES) {
        context.report({
          code: 'images-too-large',
          span,
          message: say('images-too-large.message', { total: mb(total), max: mb(MAX_IMAGE_BYTES) }),
          hint: say('images-too-large.hint'),
        });
      }
    }
  },
};

/** Megabytes to one decimal, a number for the message to write as its language does (10.5, 10,5). */
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Inline images and images by reference, each with its place. */
function bodyImages(body: Root): { url: string; span?: Span }[] {
  const found: { url: string; span?: Span }[] = [];
  const definitions = new Map<string, string>();
  const references: ImageReference[] = [];
  visit(body, (node) => {
    if (node.type === 'image') found.push({ url: node.url, span: spanOfPosition(node.position) });
    else if (node.type === 'imageReference') references.push(node);
    else if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });
  for (const r of references) {
    const url = definitions.get(r.identifier);
    if (url !== undefined) found.push({ url, span: spanOfPosition(r.position) });
  }
  return found;
}
