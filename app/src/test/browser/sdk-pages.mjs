// Drives Debian's headless Chromium (one browser for many pages) for Parley's SDK binding tests.
// Usage: node sdk-pages.mjs <microphone wav>; then write one page URL per line on stdin. For each, the page is opened,
// its #talk button clicked, and the page's window.parleyResult printed as one JSON line. Ends when stdin closes.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [wav] = process.argv.slice(2);
if (!wav) {
  console.error('usage: node sdk-pages.mjs <microphone wav>');
  process.exit(2);
}
const PAGE_TIMEOUT_MS = Number(process.env.PARLEY_PAGE_TIMEOUT_MS ?? 80000);
const profile = mkdtempSync(join(tmpdir(), 'parley-sdk-chromium-'));
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
  console.log(JSON.stringify({ ready: true }));
  for await (const url of createInterface({ input: process.stdin })) {
    if (!url.trim()) continue;
    const page = await context.newPage();
    page.on('console', message => console.error(`[page] ${message.text()}`));
    page.on('pageerror', error => console.error(`[page error] ${error.stack ?? error}`));
    try {
      await page.goto(url);
      await page.click('#talk');
      await page.waitForFunction(() => window.parleyResult !== undefined, null, { timeout: PAGE_TIMEOUT_MS });
      const result = await page.evaluate(() => window.parleyResult);
      if (process.env.PARLEY_SCREENSHOTS) {
        const name = new URL(url).pathname.replace(/^\//, '').replace(/\.html$/, '');
        await page.screenshot({ path: join(process.env.PARLEY_SCREENSHOTS, `${name}.png`) });
      }
      console.log(JSON.stringify(result));
    } catch (error) {
      const seen = await page.evaluate(() => document.body.innerText).catch(() => '');
      console.log(JSON.stringify({ error: String(error?.stack ?? error), page: seen }));
    } finally {
      await page.close().catch(() => {});
    }
  }
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.stack ?? error) }));
  process.exitCode = 1;
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
