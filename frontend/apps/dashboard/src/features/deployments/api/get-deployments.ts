import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { deploymentSchema } from '@/types/deployment';

/** GET /v1/workspaces/{id}/deployments */
export function getDeployments(workspaceId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/deployments`, z.array(deploymentSchema));
}

export const deploymentsQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'deployments'] as const;

export function deploymentsQueryOptions(workspaceId: string) {
  return queryOptions({ queryKey: deploymentsQueryKey(workspaceId), queryFn: () => getDeployments(workspaceId) });
}

export function useDeployments(workspaceId: string) {
  return useQuery(deploymentsQueryOptions(workspaceId));
}
