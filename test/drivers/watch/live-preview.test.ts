/**
 * The preview gives out its address as soon as the first invitation is on
 * disk, and serves it, while the last one is still being made: told by the
 * order of events, with the last invitation's print held until the test
 * lets it go (no timing).
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/pipeline/config.js';
import { LivePreview } from '../../../src/drivers/watch/live-preview.js';
import { WatchSession } from '../../../src/drivers/watch/watch-session.js';
import { envWith, project, source, tempDir } from '../build/helpers.js';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (s: string) => (body += s));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('agenda preview, before the first build is over', { timeout: 240_000 }, () => {
  it('gives out its address and serves the first invitation while the last is still being made', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-live-preview-');
    const events: string[] = [];
    let address: string | undefined;
    const preview = await LivePreview.start(out, 0, (url) => {
      events.push('address');
      address = url;
    });
    cleanup.push(() => preview.close());

    // The second invitation's PDF waits until the test lets it go: until then the first build cannot end.
    let prints = 0;
    const lastHeld = deferred();
    const release = deferred();
    const firstMade = deferred();
    const session = new WatchSession({
      build: {
        paths: [dir],
        outDir: out,
        cwd: dir,
        formats: ['html', 'pdf'],
        concurrency: 1,
        today: { year: 2020, month: 1, day: 1 },
        env: envWith(),
        pdfRendererOptions: {
          beforePrint: async () => {
            if (++prints < 2) return;
            lastHeld.resolve();
            await release.promise;
          },
        },
      },
      loadConfig: () => loadConfig(undefined, dir),
      onEvent: (e) => {
        if (e.kind === 'progress' && e.event.kind === 'view') events.push(`made ${e.event.name}`);
        if (e.kind === 'built') events.push('built');
        preview.onEvent(e);
        if (e.kind === 'progress' && e.event.kind === 'view') firstMade.resolve();
      },
    });
    cleanup.push(() => session.close());
    // A failed test lets the held print go too, so that the session can close.
    cleanup.push(async () => release.resolve());
    const starting = session.start();

    await Promise.all([firstMade.promise, lastHeld.promise]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatch(/^made (alfa|beta)$/);
    expect(events[1]).toBe('address');
    const first = events[0].slice('made '.length);

    // The address answers now: the index (not written yet) lists the invitation made, and it is served.
    const index = await get(address!);
    expect(index.status).toBe(200);
    expect(index.body).toContain(`href="/${first}.html"`);
    const page = await get(`${address}${first}.html`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(first === 'alfa' ? 'Alfa' : 'Beta');
    expect(events).not.toContain('built');

    release.resolve();
    await starting;
    preview.started(session);
    expect(events.filter((e) => e.startsWith('made'))).toHaveLength(2);
    expect(events.at(-1)).toBe('built');
    // Once the build is over, the address is the index of both, and it was given out once.
    const after = await get(address!);
    expect(after.body).toContain('Alfa');
    expect(after.body).toContain('Beta');
    expect(events.filter((e) => e === 'address')).toHaveLength(1);
  });
});
