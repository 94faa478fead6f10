import { productionValues } from '../lib/helm.mjs';

/** Value sets every check renders: the defaults, the production example, and the switches turned the other way. */
export const scenarios = {
  defaults: {},
  production: { files: [productionValues] },
  'every optional part on': {
    set: {
      'ingress.enabled': true,
      'ingress.className': 'nginx',
      'ingress.tlsSecretName': 'parley-tls',
      'metrics.serviceMonitor.enabled': true,
      'autoscaling.activeSessions.enabled': true,
      'kurento.networkMode': 'hostPort',
      'kurento.minPort': 40000,
      'kurento.maxPort': 40019,
      'kurento.externalIPv4': '203.0.113.7',
      'coturn.externalIP': '203.0.113.8',
      'database.url': 'postgres://parley:secret@db:5432/parley',
      'secrets.providerKeys': { OPENAI_API_KEY: 'sk-test' },
      'secrets.demoPassword': 'demo-password',
      'spool.existingClaim': 'parley-spool',
      'config.otlpEndpoint': 'http://collector:4318/v1/traces',
    },
  },
  'optional parts off': {
    set: {
      'autoscaling.enabled': false,
      'podDisruptionBudget.enabled': false,
      'kurento.enabled': false,
      'coturn.enabled': false,
      'serviceAccount.create': false,
      'config.demoEnabled': false,
    },
  },
};
