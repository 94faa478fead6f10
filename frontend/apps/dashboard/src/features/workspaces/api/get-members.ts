import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { memberSchema } from '@/types/workspace';

/** GET /v1/workspaces/{id}/members */
export function getMembers(workspaceId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/members`, z.array(memberSchema));
}

export const membersQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const;

export function membersQueryOptions(workspaceId: string) {
  return queryOptions({ queryKey: membersQueryKey(workspaceId), queryFn: () => getMembers(workspaceId) });
}

export function useMembers(workspaceId: string) {
  return useQuery(membersQueryOptions(workspaceId));
}
