import { TryItPanel } from '@/features/try-it/components/try-it-panel';
import type { Deployment } from '@/types/deployment';

export function TryItTab({ workspaceId, deployment }: { workspaceId: string; deployment: Deployment }) {
  return <TryItPanel workspaceId={workspaceId} deploymentId={deployment.id} budgetMs={deployment.settings.latencyBudgetMs} />;
}
