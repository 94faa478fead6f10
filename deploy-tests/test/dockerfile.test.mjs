// The image cannot be built here (no container engine): these checks read the Dockerfile for what operators rely on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../lib/helm.mjs';

const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);
const runtime = stages.at(-1);

const stage = (name) => stages.find((s) => new RegExp(` AS ${name}\\n`).test(s.split('\n')[0] + '\n'));

test('the image builds the front end on Node 20, then Maven on JDK 25, and runs on a Debian JRE 25', () => {
  assert.match(stage('frontend'), /^node:20-bookworm-slim AS frontend/);
  assert.match(stage('frontend'), /npm ci .*&& npm run build/);
  const build = stage('build');
  assert.match(build, /^eclipse-temurin:25-jdk AS build/);
  assert.match(build, /COPY --from=frontend \/src\/frontend\/apps\/dashboard\/dist/);
  assert.match(build, /\.\/mvnw -B -ntp install -DskipTests/);
  assert.match(dockerfile, /^FROM eclipse-temurin:25-jre AS jre/m);
  assert.match(runtime, /^debian:bookworm-slim/);
  assert.match(runtime, /COPY --from=jre \/opt\/java\/openjdk/);
  assert.match(runtime, /COPY --from=build .*\/parley\.jar/);
});

test('the runtime has the engines\' Debian packages and nothing for tests', () => {
  for (const pkg of ['espeak-ng', 'libespeak-ng1', 'flite', 'libflite1', 'pocketsphinx-en-us', 'libpocketsphinx3',
    'libopus0', 'libpulse0', 'libx11-6', 'libxrandr2', 'libxcomposite1', 'libxfixes3', 'libudev1', 'libdbus-1-3']) {
    assert.match(runtime, new RegExp(`\\s${pkg.replace(/[.+]/g, '\\$&')}\\s`), pkg);
  }
  for (const pkg of ['chromium', 'coturn', 'pocketsphinx-testdata', 'sox']) {
    assert.doesNotMatch(runtime, new RegExp(`\\s${pkg}\\s`), pkg);
  }
});

test('it runs as a non-root user with container JVM flags, native access and a health check', () => {
  assert.match(runtime, /^USER 10001:10001$/m);
  assert.match(runtime, /-XX:MaxRAMPercentage=/);
  assert.match(runtime, /-XX:\+ExitOnOutOfMemoryError/);
  assert.match(runtime, /ENTRYPOINT \[.*"--enable-native-access=ALL-UNNAMED", "-jar", "\/opt\/parley\/parley\.jar"\]/);
  assert.match(runtime, /HEALTHCHECK .*\n\s+CMD curl -fsS "http:\/\/127\.0\.0\.1:\$\{PORT\}\/actuator\/health\/liveness"/);
  assert.match(runtime, /^EXPOSE 8080$/m);
});

test('the build context leaves out local state and build output', () => {
  const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split('\n');
  for (const entry of ['**/target/', '**/node_modules/', 'data/', '.env', '.git/']) assert.ok(ignored.includes(entry), entry);
});
