/** A preview port that is taken is said in the language spoken, as a usage error (exit 2), with what to do. */
import { createServer } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { UsageError } from '../../../src/base/errors.js';
import { useLanguage } from '../../../src/base/messages/index.js';
import { startPreviewServer } from '../../../src/drivers/watch/preview-server.js';
import { tempDir } from '../build/helpers.js';

afterEach(() => useLanguage('en'));

it('says a port in use in the language spoken, naming the port and --port', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as { port: number }).port;
  try {
    const english = await startPreviewServer(await tempDir(), port).catch((e) => e);
    expect(english).toBeInstanceOf(UsageError);
    expect(english.message).toBe(`port ${port} is in use; name another with --port, or leave it out for a free one`);
    await useLanguage('nn');
    const nynorsk = await startPreviewServer(await tempDir(), port).catch((e) => e);
    expect(nynorsk).toBeInstanceOf(UsageError);
    expect(nynorsk.message).toContain(`port ${port} er i bruk`);
    expect(nynorsk.message).toContain('--port');
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});
