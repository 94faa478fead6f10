import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../lib/helm.mjs';
import { scenarios } from './scenarios.mjs';

for (const [name, options] of Object.entries(scenarios)) {
  test(`helm lint --strict passes with ${name}`, () => {
    const r = lint(options);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /1 chart\(s\) linted, 0 chart\(s\) failed/);
  });
}
