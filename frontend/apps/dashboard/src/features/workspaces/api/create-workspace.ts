import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { workspaceSchema } from '@/types/workspace';

/** POST /v1/workspaces: a new workspace owned by the caller. */
export function createWorkspace(input: { name: string }) {
  return apiRequest('/v1/workspaces', workspaceSchema, { method: 'POST', body: input });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createWorkspace, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }) });
}
