import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { memberSchema, type Role } from '@/types/workspace';
import { membersQueryKey } from './get-members';

/** PATCH /v1/workspaces/{id}/members/{userId} */
export function changeMemberRole(workspaceId: string, userId: string, role: Role) {
  return apiRequest(`/v1/workspaces/${workspaceId}/members/${userId}`, memberSchema, { method: 'PATCH', body: { role } });
}

export function useChangeMemberRole(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => changeMemberRole(workspaceId, userId, role),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(workspaceId) }),
  });
}
