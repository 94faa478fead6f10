import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { membersQueryKey } from './get-members';

/** DELETE /v1/workspaces/{id}/members/{userId} */
export function removeMember(workspaceId: string, userId: string) {
  return apiRequest<void>(`/v1/workspaces/${workspaceId}/members/${userId}`, null, { method: 'DELETE' });
}

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(workspaceId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(workspaceId) }),
  });
}
