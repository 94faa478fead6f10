import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { deploymentSchema } from '@/types/deployment';
import { deploymentsQueryKey } from './get-deployments';

/** GET /v1/workspaces/{id}/deployments/{deploymentId} */
export function getDeployment(workspaceId: string, deploymentId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/deployments/${deploymentId}`, deploymentSchema);
}

export function deploymentQueryOptions(workspaceId: string, deploymentId: string) {
  return queryOptions({
    queryKey: [...deploymentsQueryKey(workspaceId), deploymentId],
    queryFn: () => getDeployment(workspaceId, deploymentId),
  });
}

export function useDeployment(workspaceId: string, deploymentId: string) {
  return useQuery(deploymentQueryOptions(workspaceId, deploymentId));
}
