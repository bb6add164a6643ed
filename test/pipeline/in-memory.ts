/**
 * The pipeline for one source held in memory, for the tests: compileSource
 * then renderSource, as the build runs them (on two threads), without its
 * disk, its cache or the browser.
 */
import { compileSource, type Project, type RenderedView, renderSource, type ViewContext } from '../../src/pipeline/compile.js';

export function compile(text: string, file: string, project: Project, name: string, context: ViewContext) {
  const compiled = compileSource({ file, text, name }, project);
  const rendered = compiled.gathering && compiled.views ? renderSource(compiled.gathering, compiled.views, project, context) : [];
  return {
    diagnostics: [...compiled.diagnostics, ...rendered.flatMap((r) => r.diagnostics)],
    views: rendered.flatMap((r): RenderedView[] => (r.value ? [r.value] : [])),
  };
}
