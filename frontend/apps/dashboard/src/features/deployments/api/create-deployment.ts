import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { deploymentSchema, type DeploymentDraft } from '@/types/deployment';
import { deploymentsQueryKey } from './get-deployments';

/** POST /v1/workspaces/{id}/deployments: unset settings come from the channel preset. */
export function createDeployment(workspaceId: string, draft: DeploymentDraft) {
  return apiRequest(`/v1/workspaces/${workspaceId}/deployments`, deploymentSchema, { method: 'POST', body: draft });
}

export function useCreateDeployment(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: DeploymentDraft) => createDeployment(workspaceId, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deploymentsQueryKey(workspaceId) }),
  });
}
