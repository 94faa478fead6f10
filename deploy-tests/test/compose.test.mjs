import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../lib/helm.mjs';

/** .env.example with the secrets an operator must fill in filled in. */
function envFile(overrides) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-compose-'));
  let text = readFileSync(join(repoRoot, '.env.example'), 'utf8');
  for (const [k, v] of Object.entries(overrides)) {
    text = text.replace(new RegExp(`^${k}=.*$`, 'm'), `${k}=${v}`);
  }
  const file = join(dir, '.env');
  writeFileSync(file, text);
  return file;
}

function compose(args, env) {
  return spawnSync('docker-compose', ['--project-directory', repoRoot, '--file', join(repoRoot, 'docker-compose.yml'), '--env-file', env, ...args],
    { encoding: 'utf8', timeout: 60_000 });
}

const filled = { PARLEY_SESSIONS_SIGNING_KEY: 'c2lnbmluZy1rZXk=', TURN_SECRET: 'turn-secret', PUBLIC_IP: '198.51.100.4' };

test('docker-compose config -q accepts the compose file with .env.example filled in', () => {
  const r = compose(['config', '-q'], envFile(filled));
  assert.equal(r.status, 0, r.stderr);
});

test('compose refuses to start without the secrets .env.example leaves empty', () => {
  const r = compose(['config', '-q'], envFile({}));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /set (PARLEY_SESSIONS_SIGNING_KEY|TURN_SECRET) in \.env/);
});

test('Parley runs with the Kurento plane, PostgreSQL and coturn sharing its TURN secret', () => {
  const r = compose(['config'], envFile(filled));
  assert.equal(r.status, 0, r.stderr);
  const { services, volumes } = parse(r.stdout);
  assert.deepEqual(Object.keys(services).sort(), ['coturn', 'kurento', 'parley', 'postgres']);
  const env = services.parley.environment;
  assert.equal(env.PARLEY_KURENTO_ENABLED, 'true');
  assert.equal(env.PARLEY_KURENTO_URIS, 'ws://kurento:8888/kurento');
  assert.match(env.DATABASE_URL, /^postgres:\/\/parley:change-me@postgres:5432\/parley$/);
  assert.equal(env.PARLEY_SESSIONS_TURN_SECRET, 'turn-secret');
  assert.match(env.PARLEY_SESSIONS_TURN_URLS, /^turn:198\.51\.100\.4:3478\?transport=udp,/);
  assert.ok(services.coturn.command.includes('--use-auth-secret'));
  assert.ok(services.coturn.command.includes('--static-auth-secret=turn-secret'));
  assert.equal(services.parley.depends_on.postgres.condition, 'service_healthy');
  assert.ok(Object.keys(volumes).includes('parley-data'), 'the spool lives on a named volume');
  assert.ok(services.parley.volumes.some((v) => (v.target ?? v).toString().includes('/var/lib/parley/data')));
});

test('the WebRTC media ports are published over UDP for Kurento and coturn', () => {
  const { services } = parse(compose(['config'], envFile(filled)).stdout);
  const udp = (service) => services[service].ports.filter((p) => p.protocol === 'udp').map((p) => Number(p.published));
  assert.ok(udp('kurento').includes(40100) && udp('kurento').includes(40199));
  assert.equal(services.kurento.environment.KMS_MIN_PORT, '40100');
  assert.equal(services.kurento.environment.KMS_MAX_PORT, '40199');
  assert.ok(udp('coturn').includes(3478) && udp('coturn').includes(49160));
});
