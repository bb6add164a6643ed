/**
 * docs/editors.md's VS Code problem matcher reads what `--format unix`
 * prints: the docs cannot drift from the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const root = join(import.meta.dirname, '..', '..');

describe('docs/editors.md', { timeout: 30_000 }, () => {
  it('has a problem matcher that reads every line of --format unix', async () => {
    const doc = readFileSync(join(root, 'docs', 'editors.md'), 'utf8');
    const tasks = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]);
    const { pattern } = tasks.tasks[0].problemMatcher;
    const file = join(root, 'test', 'fixtures', 'seeds', '004.md');
    const { stdout } = await run(['check', '--format', 'unix', file]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const m = new RegExp(pattern.regexp).exec(line);
      expect(m, line).not.toBeNull();
      expect(m![pattern.file]).toBe(file);
      expect(m![pattern.severity]).toMatch(/^(error|warning)$/);
      expect(Number(m![pattern.line])).toBeGreaterThan(0);
      expect(m![pattern.code]).toMatch(/^[a-z-]+$/);
    }
  });
});
