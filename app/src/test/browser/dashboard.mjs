// Walks the dashboard as a new tenant admin in Debian's headless Chromium, with a WAV file as the microphone:
// sign up, create an agent and a deployment, change a setting (and see a bad value refused), create a publishable
// key, talk to the deployment from "Try it", then find the session and its latency waterfall in the logs.
// Saves a screenshot of each main page and prints what it saw as one JSON line.
// Usage: node dashboard.mjs <base url> <microphone wav> <screenshot dir>
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, wav, shots] = process.argv.slice(2);
if (!base || !wav || !shots) {
  console.error('usage: node dashboard.mjs <base url> <microphone wav> <screenshot dir>');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const STEP_TIMEOUT = 20_000;
const CALL_TIMEOUT = 90_000;
const result = { steps: [] };
const profile = mkdtempSync(join(tmpdir(), 'parley-dashboard-'));
let context;
let page;
let nav;

async function step(name, action) {
  result.steps.push(name);
  await action();
}

async function shot(name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => console.error('[page] ' + message.text()));
  nav = page.getByRole('navigation', { name: 'Main' });
  page.on('pageerror', (error) => console.error('[page error] ' + error.message));

  await step('sign up', async () => {
    await page.goto(`${base}/signup`);
    await shot('01-sign-up');
    await page.getByLabel('Your name').fill('Ada Admin');
    result.email = `ada-${Date.now()}@example.com`;
    result.password = 'correct horse battery staple';
    await page.getByLabel('Work email').fill(result.email);
    await page.getByLabel('Password').fill(result.password);
    await page.getByLabel('Workspace name').fill('Acme Support');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/w\/[0-9a-f-]{36}\/agents$/);
    result.workspaceId = page.url().match(/\/w\/([0-9a-f-]{36})/)[1];
  });

  await step('create agent', async () => {
    await page.getByRole('button', { name: 'New agent' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Front desk');
    await shot('02-agent-new');
    await page.getByRole('button', { name: 'Create agent' }).click();
    await page.waitForURL(/\/agents\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Front desk' }).waitFor();
  });

  await step('create deployment', async () => {
    await nav.getByRole('link', { name: 'Agents' }).click();
    await page.getByRole('table', { name: 'Agents' }).getByText('Front desk').waitFor();
    await shot('02-agents');
    await nav.getByRole('link', { name: 'Deployments' }).click();
    await page.getByLabel('Deployment name').fill('Website');
    await page.getByText('Nothing deployed yet').waitFor();
    await shot('03-deployments');
    await page.getByRole('button', { name: 'Create deployment' }).click();
    await page.waitForURL(/\/deployments\/[0-9a-f-]{36}\/settings$/);
    result.deploymentId = page.url().match(/deployments\/([0-9a-f-]{36})/)[1];
  });

  await step('change a setting, refused then accepted', async () => {
    const silence = page.getByRole('spinbutton', { name: /Silence to end turn/ });
    await silence.fill('20');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const refusal = page.locator('.field', { has: silence }).locator('.field-error');
    await refusal.waitFor();
    result.refusedMessage = await refusal.textContent();
    await refusal.scrollIntoViewIfNeeded();
    await shot('04-deployment-settings-refused');
    await silence.fill('600');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();
    result.savedSilence = await silence.inputValue();
  });

  await step('create a publishable key', async () => {
    await nav.getByRole('link', { name: 'Settings' }).click();
    // Let both cards load first, so the form does not move under the click.
    await page.getByRole('table', { name: 'Members' }).waitFor();
    await page.getByText('No API keys yet').waitFor();
    await page.getByLabel('Key name').fill('Website widget');
    await page.getByRole('button', { name: 'Create key' }).click();
    result.publishableKey = (await page.getByTestId('new-secret').textContent()).trim();
    await shot('05-workspace-settings');
  });

  await step('snippets', async () => {
    await page.goto(`${base}/w/${result.workspaceId}/deployments/${result.deploymentId}/snippets`);
    await page.getByTestId('snippet').waitFor();
    result.snippet = await page.getByTestId('snippet').textContent();
    await shot('06-snippets');
  });

  await step('try it', async () => {
    await page.getByRole('link', { name: 'Try it' }).click();
    await page.getByRole('button', { name: 'Start call' }).click();
    await page.locator('[data-connection="connected"]').waitFor({ timeout: CALL_TIMEOUT });
    // A turn the caller started (not the greeting) has a voice-to-voice figure in ms.
    const spokenTurn = page.getByTestId('turn-latency').filter({ hasText: / ms$/ });
    await spokenTurn.first().waitFor({ timeout: CALL_TIMEOUT });
    result.tryItTurn = await spokenTurn.first().textContent();
    result.tryItTranscript = await page.locator('.transcript li').allTextContents();
    result.transport = await page.getByTestId('call-status').textContent();
    // Let the agent finish its answer before the picture and the hang-up (the log then has what was spoken).
    await page.getByTestId('call-status').filter({ hasText: 'listening' }).waitFor({ timeout: CALL_TIMEOUT });
    result.tryItTranscript = await page.locator('.transcript li').allTextContents();
    await shot('07-try-it');
    await page.getByRole('button', { name: 'Hang up' }).click();
    await page.locator('[data-connection="ended"]').waitFor();
  });

  await step('find the session and its waterfall', async () => {
    await nav.getByRole('link', { name: 'Sessions' }).click();
    await page.getByRole('table', { name: 'Sessions' }).locator('tbody tr').first().waitFor();
    await shot('08-sessions');
    await page.getByRole('table', { name: 'Sessions' }).locator('tbody tr').first().click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    result.sessionId = page.url().match(/sessions\/([0-9a-f-]{36})/)[1];
    // The log is written as the call goes; poll until the spoken turn's timeline is there.
    const waterfall = page.getByTestId('waterfall').filter({ hasText: 'voice-to-voice' });
    const deadline = Date.now() + STEP_TIMEOUT;
    while (await waterfall.count() === 0 && Date.now() < deadline) {
      await page.reload();
      await page.getByRole('heading', { name: /Session/ }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    await waterfall.first().waitFor();
    result.waterfallBars = await waterfall.first().locator('.waterfall-bar').count();
    result.waterfallHead = await waterfall.first().locator('figcaption').textContent();
    result.sessionTranscript = await page.getByRole('list', { name: 'Transcript' }).locator('li').allTextContents();
    await shot('09-session');
  });

  await step('overview', async () => {
    await nav.getByRole('link', { name: 'Overview' }).click();
    await page.locator('.chart, .banner-error').first().waitFor();
    result.overviewCharts = await page.locator('figure.chart').count();
    await shot('10-overview');
  });

  await step('log out and in again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByLabel('Email').fill(result.email);
    await page.getByLabel('Password').fill(result.password);
    await shot('11-login');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(new RegExp(`/w/${result.workspaceId}/overview`));
  });

  await step('create and switch workspaces', async () => {
    await page.getByLabel('Workspace', { exact: true }).selectOption({ label: '+ New workspace…' });
    await page.getByLabel('New workspace name').fill('Acme Sales');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL((url) => /\/w\/[0-9a-f-]{36}\/overview/.test(url.pathname) && !url.pathname.includes(result.workspaceId));
    result.secondWorkspaceId = page.url().match(/\/w\/([0-9a-f-]{36})/)[1];
    await nav.getByRole('link', { name: 'Deployments' }).click();
    await page.getByText('Nothing deployed yet').waitFor();
    await page.getByLabel('Workspace', { exact: true }).selectOption({ label: 'Acme Support' });
    await page.waitForURL(new RegExp(`/w/${result.workspaceId}/overview`));
    result.workspaces = await page.getByLabel('Workspace', { exact: true }).locator('option').allTextContents();
  });
  console.log(JSON.stringify(result));
} catch (error) {
  if (page) await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {});
  console.log(JSON.stringify({ ...result, error: String((error && error.stack) || error) }));
  process.exitCode = 1;
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
