import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../lib/helm.mjs';
import { validateManifest } from '../lib/kubernetes-schemas.mjs';
import { scenarios } from './scenarios.mjs';

for (const [name, options] of Object.entries(scenarios)) {
  test(`every manifest rendered with ${name} is valid against the Kubernetes schemas`, () => {
    const docs = render(options);
    assert.ok(docs.length >= 3, `only ${docs.length} manifests rendered`);
    for (const doc of docs) {
      validateManifest(doc);
      assert.match(doc.metadata.name, /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, `${doc.kind} name is a DNS label`);
      assert.ok(doc.metadata.name.length <= 63, `${doc.kind} ${doc.metadata.name} is longer than 63`);
    }
  });
}

test('the schema check itself rejects a broken manifest', () => {
  const docs = render({});
  const deployment = structuredClone(docs.find((d) => d.kind === 'Deployment' && d.metadata.name === 'parley'));
  deployment.spec.template.spec.containers[0].ports[0].containerPort = 'http';
  assert.throws(() => validateManifest(deployment), /containerPort must be integer/);
  assert.throws(() => validateManifest({ apiVersion: 'v9', kind: 'Nope', metadata: { name: 'x' } }), /no schema known/);
});
