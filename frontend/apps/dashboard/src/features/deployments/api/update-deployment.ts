import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { deploymentSchema, type DeploymentDraft } from '@/types/deployment';
import { deploymentsQueryKey } from './get-deployments';

/** PATCH /v1/workspaces/{id}/deployments/{deploymentId}: changes only the fields the draft carries. */
export function updateDeployment(workspaceId: string, deploymentId: string, draft: DeploymentDraft) {
  return apiRequest(`/v1/workspaces/${workspaceId}/deployments/${deploymentId}`, deploymentSchema, { method: 'PATCH', body: draft });
}

export function useUpdateDeployment(workspaceId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: DeploymentDraft) => updateDeployment(workspaceId, deploymentId, draft),
    onSuccess: (deployment) => {
      queryClient.setQueryData([...deploymentsQueryKey(workspaceId), deploymentId], deployment);
      return queryClient.invalidateQueries({ queryKey: deploymentsQueryKey(workspaceId) });
    },
  });
}
