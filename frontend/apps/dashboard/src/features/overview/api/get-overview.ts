import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { overviewSchema, type BucketMinutes } from '../types';

export interface OverviewWindow {
  from: string;
  to: string;
  bucketMinutes: BucketMinutes;
}

/** GET /v1/workspaces/{id}/deployments/{deploymentId}/overview: totals and time buckets of turns, latency and failures. */
export function getOverview(workspaceId: string, deploymentId: string, window: OverviewWindow) {
  return apiRequest(`/v1/workspaces/${workspaceId}/deployments/${deploymentId}/overview`, overviewSchema, { query: { ...window } });
}

export function overviewQueryOptions(workspaceId: string, deploymentId: string, window: OverviewWindow) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'deployments', deploymentId, 'overview', window],
    queryFn: () => getOverview(workspaceId, deploymentId, window),
    placeholderData: keepPreviousData,
  });
}

export function useOverview(workspaceId: string, deploymentId: string, window: OverviewWindow) {
  return useQuery(overviewQueryOptions(workspaceId, deploymentId, window));
}
