import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envOf, find, has, notes, render, template } from '../lib/helm.mjs';

const node = (docs) => find(docs, 'Deployment', 'parley');
const container = (deployment) => deployment.spec.template.spec.containers[0];

test('nodes are probed on the actuator health groups, with a startup probe covering migrations', () => {
  const c = container(node(render({})));
  assert.equal(c.startupProbe.httpGet.path, '/actuator/health/liveness');
  assert.equal(c.livenessProbe.httpGet.path, '/actuator/health/liveness');
  assert.equal(c.readinessProbe.httpGet.path, '/actuator/health/readiness');
  assert.equal(c.startupProbe.periodSeconds * c.startupProbe.failureThreshold, 300);
  assert.deepEqual(c.resources.limits, { cpu: '4', memory: '4Gi' });
});

test('a stopping node waits in preStop, then drains live calls within the termination grace period', () => {
  const d = node(render({ set: { 'drain.gracePeriodSeconds': 600, 'drain.preStopSeconds': 20 } }));
  const c = container(d);
  assert.deepEqual(c.lifecycle.preStop.exec.command, ['sleep', '20']);
  assert.equal(envOf(c).SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE, '600s');
  assert.equal(d.spec.template.spec.terminationGracePeriodSeconds, 630);
  assert.deepEqual(d.spec.strategy.rollingUpdate, { maxSurge: 1, maxUnavailable: 0 });
});

test('the container runs as the image non-root user with a read-only root file system', () => {
  const d = node(render({}));
  assert.equal(d.spec.template.spec.securityContext.runAsNonRoot, true);
  assert.equal(d.spec.template.spec.securityContext.runAsUser, 10001);
  assert.equal(container(d).securityContext.readOnlyRootFilesystem, true);
  const mounts = container(d).volumeMounts.map((m) => m.mountPath);
  assert.ok(mounts.includes('/var/lib/parley/spool') && mounts.includes('/tmp'));
  assert.equal(envOf(container(d)).PARLEY_INTERACTION_LOG_SPOOL_DIRECTORY, '/var/lib/parley/spool');
});

test('the spool goes on the operator claim, one sub-directory per pod, when one is given', () => {
  const d = node(render({ set: { 'spool.existingClaim': 'shared-spool' } }));
  const volume = d.spec.template.spec.volumes.find((v) => v.name === 'spool');
  assert.equal(volume.persistentVolumeClaim.claimName, 'shared-spool');
  assert.equal(container(d).volumeMounts.find((m) => m.name === 'spool').subPathExpr, '$(POD_NAME)');
});

test('the HPA scales on CPU by default and also on live sessions per node when asked', () => {
  const plain = render({});
  const hpa = find(plain, 'HorizontalPodAutoscaler');
  assert.equal(hpa.spec.scaleTargetRef.name, node(plain).metadata.name);
  assert.deepEqual(hpa.spec.metrics.map((m) => m.type), ['Resource']);
  assert.equal(hpa.spec.metrics[0].resource.target.averageUtilization, 65);
  assert.equal(node(plain).spec.replicas, undefined, 'the HPA, not the Deployment, owns the replica count');

  const sessions = find(render({ set: { 'autoscaling.activeSessions.enabled': true, 'autoscaling.activeSessions.targetAverage': 120 } }), 'HorizontalPodAutoscaler');
  const pods = sessions.spec.metrics.find((m) => m.type === 'Pods');
  assert.equal(pods.pods.metric.name, 'parley_sessions_active');
  assert.equal(pods.pods.target.averageValue, '120');
  assert.equal(sessions.spec.behavior.scaleDown.policies[0].value, 1);
});

test('without autoscaling the Deployment has a fixed replica count and no HPA', () => {
  const docs = render({ set: { 'autoscaling.enabled': false, replicaCount: 4 } });
  assert.equal(node(docs).spec.replicas, 4);
  assert.equal(has(docs, 'HorizontalPodAutoscaler'), false);
});

test('the PodDisruptionBudget selects exactly the node pods', () => {
  const docs = render({});
  const pdb = find(docs, 'PodDisruptionBudget');
  assert.equal(pdb.spec.maxUnavailable, 1);
  const podLabels = node(docs).spec.template.metadata.labels;
  for (const [k, v] of Object.entries(pdb.spec.selector.matchLabels)) assert.equal(podLabels[k], v);
  assert.equal(pdb.spec.selector.matchLabels['app.kubernetes.io/component'], 'node');
});

test('signaling sticks to one node: ClientIP affinity on the Service and cookie affinity on the ingress', () => {
  const docs = render({ set: { 'ingress.enabled': true, 'ingress.host': 'voice.example.org', 'ingress.tlsSecretName': 'tls' } });
  const service = find(docs, 'Service', 'parley');
  assert.equal(service.spec.sessionAffinity, 'ClientIP');
  assert.equal(service.spec.sessionAffinityConfig.clientIP.timeoutSeconds, 10800);
  const ingress = find(docs, 'Ingress');
  assert.equal(ingress.metadata.annotations['nginx.ingress.kubernetes.io/affinity'], 'cookie');
  assert.equal(ingress.spec.rules[0].host, 'voice.example.org');
  assert.deepEqual(ingress.spec.tls, [{ hosts: ['voice.example.org'], secretName: 'tls' }]);
  assert.equal(ingress.spec.rules[0].http.paths[0].backend.service.name, service.metadata.name);
});

test('the nodes list every Kurento replica by its stable DNS name behind the headless Service', () => {
  const docs = render({ set: { 'kurento.replicas': 3 } }, 'parley', 'voice');
  const sts = find(docs, 'StatefulSet', 'kurento');
  const headless = find(docs, 'Service', 'kurento');
  assert.equal(headless.spec.clusterIP, 'None');
  assert.equal(sts.spec.serviceName, headless.metadata.name);
  assert.equal(sts.spec.replicas, 3);
  for (const [k, v] of Object.entries(headless.spec.selector)) assert.equal(sts.spec.template.metadata.labels[k], v);
  const env = envOf(container(node(docs)));
  assert.equal(env.PARLEY_KURENTO_ENABLED, 'true');
  assert.deepEqual(env.PARLEY_KURENTO_URIS.split(','), [0, 1, 2].map(
    (i) => `ws://parley-kurento-${i}.parley-kurento.voice.svc:8888/kurento`));
});

test('Kurento uses host networking by default, one server per node, with its RTP range', () => {
  const sts = find(render({}), 'StatefulSet', 'kurento');
  const pod = sts.spec.template.spec;
  assert.equal(pod.hostNetwork, true);
  assert.equal(pod.dnsPolicy, 'ClusterFirstWithHostNet');
  assert.equal(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey, 'kubernetes.io/hostname');
  const env = envOf(pod.containers[0]);
  assert.equal(env.KMS_MIN_PORT, '40000');
  assert.equal(env.KMS_MAX_PORT, '40099');
});

test('in hostPort mode every RTP port is published, and too wide a range is refused', () => {
  const sts = find(render({ set: { 'kurento.networkMode': 'hostPort', 'kurento.minPort': 41000, 'kurento.maxPort': 41009 } }), 'StatefulSet', 'kurento');
  assert.equal(sts.spec.template.spec.hostNetwork, undefined);
  const udp = sts.spec.template.spec.containers[0].ports.filter((p) => p.protocol === 'UDP');
  assert.equal(udp.length, 10);
  assert.deepEqual([udp[0].hostPort, udp[9].hostPort], [41000, 41009]);

  const wide = template({ set: { 'kurento.networkMode': 'hostPort', 'kurento.minPort': 40000, 'kurento.maxPort': 49999 } });
  assert.notEqual(wide.status, 0);
  assert.match(wide.output, /200 ports or fewer/);
  const inverted = template({ set: { 'kurento.minPort': 40100, 'kurento.maxPort': 40000 } });
  assert.notEqual(inverted.status, 0);
  assert.match(inverted.output, /must not be below/);
});

test('with Kurento off the nodes keep the embedded WebRTC plane and no media server is rendered', () => {
  const docs = render({ set: { 'kurento.enabled': false } });
  assert.equal(has(docs, 'StatefulSet'), false);
  const env = envOf(container(node(docs)));
  assert.equal(env.PARLEY_KURENTO_ENABLED, 'false');
  assert.equal(env.PARLEY_KURENTO_URIS, undefined);
});

test('coturn checks credentials with the same secret the nodes sign them with', () => {
  const docs = render({ set: { 'coturn.publicHost': 'turn.example.org' } });
  const coturn = find(docs, 'Deployment', 'coturn');
  const c = coturn.spec.template.spec.containers[0];
  assert.ok(c.args.includes('--use-auth-secret'));
  assert.ok(c.args.includes('--static-auth-secret=$(TURN_SECRET)'));
  assert.equal(coturn.spec.template.spec.hostNetwork, true);
  const nodeEnv = envOf(container(node(docs)));
  assert.deepEqual(envOf(c).TURN_SECRET, nodeEnv.PARLEY_SESSIONS_TURN_SECRET);
  assert.equal(nodeEnv.PARLEY_SESSIONS_TURN_URLS, 'turn:turn.example.org:3478?transport=udp,turn:turn.example.org:3478?transport=tcp');
});

test('PostgreSQL is an external connection read from the operator secret by default', () => {
  const docs = render({});
  const url = envOf(container(node(docs))).DATABASE_URL;
  assert.deepEqual(url, { secretKeyRef: { name: 'parley-database', key: 'url' } });
  assert.equal(docs.some((d) => d.kind === 'Secret' && d.metadata.name.endsWith('-database')), false);

  const inline = render({ set: { 'database.url': 'postgres://u:p@db:5432/parley' } });
  const secret = find(inline, 'Secret', '-database');
  assert.equal(Buffer.from(secret.data.url, 'base64').toString(), 'postgres://u:p@db:5432/parley');
  assert.equal(envOf(container(node(inline))).DATABASE_URL.secretKeyRef.name, secret.metadata.name);
});

test('the chart secret holds the signing key, TURN secret and provider keys; an existing secret replaces it', () => {
  const docs = render({ set: { 'secrets.signingKey': 'c2lnbmluZw==', 'secrets.providerKeys': { OPENAI_API_KEY: 'sk-1' } } });
  const secret = find(docs, 'Secret', '-secrets');
  assert.equal(Buffer.from(secret.data['signing-key'], 'base64').toString(), 'c2lnbmluZw==');
  assert.ok(Buffer.from(secret.data['turn-secret'], 'base64').length > 0, 'a TURN secret is generated');
  const env = envOf(container(node(docs)));
  assert.deepEqual(env.OPENAI_API_KEY, { secretKeyRef: { name: secret.metadata.name, key: 'OPENAI_API_KEY' } });
  assert.deepEqual(env.PARLEY_SESSIONS_SIGNING_KEY, { secretKeyRef: { name: secret.metadata.name, key: 'signing-key' } });

  const external = render({ set: { 'secrets.existingSecret': 'vault-parley', 'secrets.providerKeyNames': ['ANTHROPIC_API_KEY'] } });
  assert.equal(external.some((d) => d.kind === 'Secret'), false);
  const externalEnv = envOf(container(node(external)));
  assert.equal(externalEnv.PARLEY_SESSIONS_SIGNING_KEY.secretKeyRef.name, 'vault-parley');
  assert.equal(externalEnv.ANTHROPIC_API_KEY.secretKeyRef.name, 'vault-parley');
});

test('a ServiceMonitor scrapes /actuator/prometheus only when enabled', () => {
  assert.equal(has(render({}), 'ServiceMonitor'), false);
  const sm = find(render({ set: { 'metrics.serviceMonitor.enabled': true, 'metrics.serviceMonitor.labels': { release: 'prom' } } }), 'ServiceMonitor');
  assert.equal(sm.spec.endpoints[0].path, '/actuator/prometheus');
  assert.equal(sm.spec.endpoints[0].port, 'http');
  assert.equal(sm.metadata.labels.release, 'prom');
});

test('the values schema rejects unknown keys at every level and values out of range', () => {
  for (const [set, message] of [
    [{ replicas: 3 }, /additional properties 'replicas' not allowed/],
    [{ 'kurento.hostNetwork': true }, /additional properties 'hostNetwork' not allowed/],
    [{ 'autoscaling.activeSessions.target': 100 }, /additional properties 'target' not allowed/],
    [{ 'config.maxSessionsPerNode': 0 }, /maxSessionsPerNode/],
    [{ 'kurento.networkMode': 'nodePort' }, /networkMode/],
    [{ 'config.sessionTokenTtl': 'five minutes' }, /sessionTokenTtl/],
    [{ 'database.url': 'mysql://db/parley' }, /database\/url/],
  ]) {
    const r = template({ set });
    assert.notEqual(r.status, 0, `accepted ${JSON.stringify(set)}`);
    assert.match(r.output, message);
  }
});

test('NOTES tell how to reach the dashboard and log in', () => {
  const portForward = notes({});
  assert.match(portForward, /port-forward service\/parley 8080:80/);
  assert.match(portForward, /demo@parley\.local/);
  assert.match(portForward, /grep "Log in as"/);
  assert.match(portForward, /create secret generic parley-database/);

  const ingress = notes({ set: { 'ingress.enabled': true, 'ingress.host': 'voice.example.org', 'ingress.tlsSecretName': 'tls', 'config.demoEnabled': false } });
  assert.match(ingress, /https:\/\/voice\.example\.org/);
  assert.match(ingress, /POST \/v1\/auth\/signup/);
  assert.doesNotMatch(ingress, /demo@parley\.local/);
});
