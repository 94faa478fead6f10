import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { presetsSchema } from '@/types/deployment';

/** GET /v1/deployment-presets: channel presets plus every setting's range and one-line explanation. */
export function getDeploymentPresets() {
  return apiRequest('/v1/deployment-presets', presetsSchema);
}

export function deploymentPresetsQueryOptions() {
  return queryOptions({ queryKey: ['deployment-presets'], queryFn: getDeploymentPresets, staleTime: Infinity });
}

export function useDeploymentPresets() {
  return useQuery(deploymentPresetsQueryOptions());
}
