// Validates rendered manifests against the Kubernetes API schemas shipped in kubernetes-models (and the Prometheus
// Operator's, for ServiceMonitor). No cluster and no network: the schemas are compiled into the npm packages.
import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as coreV1 from 'kubernetes-models/v1';
import * as networkingV1 from 'kubernetes-models/networking.k8s.io/v1';
import * as policyV1 from 'kubernetes-models/policy/v1';
import * as monitoringV1 from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';

const models = {
  'apps/v1': appsV1,
  'autoscaling/v2': autoscalingV2,
  v1: coreV1,
  'networking.k8s.io/v1': networkingV1,
  'policy/v1': policyV1,
  'monitoring.coreos.com/v1': monitoringV1,
};

/** Throws with the schema's message when the manifest is not a valid object of its apiVersion and kind. */
export function validateManifest(doc) {
  const group = models[doc.apiVersion];
  const Model = group?.[doc.kind];
  if (!Model) throw new Error(`no schema known for ${doc.apiVersion} ${doc.kind}`);
  try {
    new Model(doc).validate();
  } catch (e) {
    throw new Error(`${doc.kind} ${doc.metadata?.name}: ${e.message}`);
  }
}
