import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { chartDir } from '../lib/helm.mjs';

/** Every key of values.yaml not documented by a comment on itself or on an enclosing key. */
function undocumented(map, path = [], documented = false) {
  const missing = [];
  map.items.forEach((pair, index) => {
    assert.ok(isPair(pair) && isScalar(pair.key));
    const name = [...path, pair.key.value].join('.');
    // The parser hangs the comment above a map's first key on the map itself.
    const hasComment = Boolean(pair.key.commentBefore || (index === 0 && map.commentBefore));
    if (isMap(pair.value) && pair.value.items.length > 0) {
      missing.push(...undocumented(pair.value, [...path, pair.key.value], documented || hasComment));
    } else if (!hasComment && !documented) {
      missing.push(name);
    }
  });
  return missing;
}

test('every value is documented where it is declared', () => {
  const doc = parseDocument(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
  assert.deepEqual(undocumented(doc.contents), []);
});

test('every value is declared in the strict schema, and every schema object refuses other keys', () => {
  const schema = JSON.parse(readFileSync(join(chartDir, 'values.schema.json'), 'utf8'));
  const values = parseDocument(readFileSync(join(chartDir, 'values.yaml'), 'utf8')).toJS();
  const check = (node, value, path) => {
    if (node.type === 'object' && node.properties) {
      assert.equal(node.additionalProperties, false, `${path || '(root)'} allows unknown keys`);
      for (const key of Object.keys(value ?? {})) {
        assert.ok(node.properties[key], `${path}${key} is not in the schema`);
        check(node.properties[key], value[key], `${path}${key}.`);
      }
    }
  };
  check(schema, values, '');
});
