// Runs one test call in Debian's headless Chromium and prints the page's measurements as one JSON line.
// Usage: node call.mjs <page url> <microphone wav>
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, wav] = process.argv.slice(2);
if (!url || !wav) {
  console.error('usage: node call.mjs <page url> <microphone wav>');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', message => console.error('[page] ' + message.text()));
  await page.goto(url);
  await page.waitForFunction(() => window.parleyResult !== undefined, null, { timeout: 60000 });
  console.log(JSON.stringify(await page.evaluate(() => window.parleyResult)));
} catch (error) {
  console.log(JSON.stringify({ error: String(error && error.stack || error) }));
  process.exitCode = 1;
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
