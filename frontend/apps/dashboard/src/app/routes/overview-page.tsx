import { useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorBanner, Loading } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useDeployments } from '@/features/deployments/api/get-deployments';
import { useWorkspace } from '../use-workspace';
import { DeploymentOverview } from './deployment-overview';

export function OverviewPage() {
  const { workspaceId, workspace } = useWorkspace();
  const deployments = useDeployments(workspaceId);
  const [params, setParams] = useSearchParams();
  const selected = params.get('deploymentId') ?? deployments.data?.[0]?.id;

  return (
    <div className="page">
      <PageHeader title="Overview" subtitle={`How ${workspace?.name ?? 'this workspace'}'s deployments are doing: traffic, latency and failures.`}
        actions={deployments.data && deployments.data.length > 0 && (
          <select className="input" aria-label="Deployment" value={selected} onChange={(e) => setParams({ deploymentId: e.target.value })}>
            {deployments.data.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        )} />
      {deployments.isPending ? <Loading /> : deployments.error ? <ErrorBanner error={deployments.error} /> : !selected ? (
        <Card><EmptyState title="No deployments yet">Create an agent and deploy it; its charts appear here.</EmptyState></Card>
      ) : <DeploymentOverview key={selected} workspaceId={workspaceId} deploymentId={selected} />}
    </div>
  );
}
